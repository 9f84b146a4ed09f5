"""Exporting exchanges (core.exporting, what="exchanges"): one row per live exchange, its
organisations by side, fields, participants, funding, the inquiry's ref; cells neutralised."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from msek_desktop.core import exporting, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Exchange,
    ExchangeFunding,
    ExchangeItem,
    Field,
    Organisation,
    utcnow,
)
from tests.core.test_exporting import read_csv, read_xlsx

if TYPE_CHECKING:
    from conftest import Party  # tests/core/conftest.py

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def add_exchange(db: Database, org_ids: list[int], codes: list[str], **values: Any) -> int:
    """An exchange written as it is stored (the export reads the tables)."""
    funding = values.pop("funding", [])
    items = values.pop("items", [])
    deleted = values.pop("deleted", False)
    with db.write() as session:
        ex = Exchange(**values)
        ex.organisations = [session.get(Organisation, i) for i in org_ids]  # type: ignore[misc]
        ex.fields = [f for f in session.query(Field).all() if f.code in codes]
        ex.funding = [ExchangeFunding(**f) for f in funding]
        ex.items = [ExchangeItem(**i) for i in items]
        if deleted:
            ex.deleted_at = utcnow()
        session.add(ex)
        session.flush()
        return ex.id


@pytest.fixture
def office(db: Database, katowice: Party, saint_etienne: Party) -> Database:
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id, "fields": ["music"]}
    )
    both = [katowice.organisation.id, saint_etienne.organisation.id]
    add_exchange(
        db, both, ["music", "education"], title="=Chór w Saint-Étienne", kind="concert",
        status="completed", starts_on=date(2025, 6, 1), ends_on=date(2025, 6, 5),
        planned_saint_etienne=4, planned_katowice=30, actual_saint_etienne=5,
        actual_katowice=28, outcome="+2 concerts", inquiry_id=inquiry.id,
        funding=[
            {"source": "erasmus_plus", "amount": Decimal("12000.50"), "currency": "EUR"},
            {"source": "katowice_city", "amount": Decimal("8000"), "currency": "PLN",
             "note": "bus"},
            {"source": "own_funds", "amount": None, "currency": "EUR"},
        ],
        items=[{"day": date(2025, 6, 2), "place": "Opéra", "what": "Concert"}],
    )  # fmt: skip
    add_exchange(
        db, [saint_etienne.organisation.id], [], title="Visite annulée", kind="visit",
        status="cancelled", cancel_reason="funding", cancel_note="@budget",
    )  # fmt: skip
    add_exchange(db, both, [], title="Deleted", deleted=True)
    return db


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exchanges_export_every_live_one_with_its_columns(
    office: Database, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"exchanges{suffix}"
    result = exporting.export(office, path, "exchanges")
    rows = read_csv(path) if suffix == ".csv" else read_xlsx(path)
    assert result.rows == 2 and len(rows) == 3
    assert rows[0] == list(exporting.HEADERS["exchanges"])
    first, second = (dict(zip(rows[0], r, strict=True)) for r in rows[1:])
    assert first["title"] == "'=Chór w Saint-Étienne"  # neutralised
    assert (first["kind"], first["status"]) == ("concert", "completed")
    assert (first["starts_on"], first["ends_on"]) == ("2025-06-01", "2025-06-05")
    assert first["organisations_katowice"] == "Zespół Szkół Muzycznych w Łodzi"
    assert first["organisations_saint_etienne"] == "Conservatoire Massenet"
    assert first["organisations_other"] == ""
    assert first["fields"] == "music, education"
    participants = [first[k] for k in ("planned_saint_etienne", "planned_katowice",
                                       "actual_saint_etienne", "actual_katowice")]  # fmt: skip
    assert participants == ["4", "30", "5", "28"]
    assert first["funding"] == (
        "erasmus_plus: 12000.50 EUR; katowice_city: 8000.00 PLN (bus); own_funds"
    )
    assert first["outcome"] == "'+2 concerts"
    assert first["inquiry_ref"].startswith(f"{date.today().year}-")
    # without dates: last; cancelled with its reason and note
    assert (second["title"], second["status"], second["cancel_reason"]) == (
        "Visite annulée", "cancelled", "funding",
    )  # fmt: skip
    assert second["cancel_note"] == "'@budget"
    assert second["organisations_katowice"] == "" and second["inquiry_ref"] == ""
    for cell in (c for row in rows for c in row):
        assert not cell.startswith(exporting.DANGEROUS)


def test_suggested_name_of_an_exchanges_export() -> None:
    name = exporting.suggested_filename("exchanges", date(2026, 12, 5), ".csv")
    assert name == "msek-exchanges-2026-12-05.csv"
