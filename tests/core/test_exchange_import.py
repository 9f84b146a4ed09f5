"""Importing exchanges (core.importing.exchanges): headers in English, French or Polish, files
in UTF-8 with a BOM or Windows-1250, organisations matched by name, core.exchanges' rules,
all rows or none, a dry run, and an export that imports back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from msek_desktop.core import exchanges, exporting, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.importing.exchanges import (
    ExchangeImportRejected,
    import_exchanges,
)
from msek_desktop.core.models import Exchange

if TYPE_CHECKING:
    from conftest import Party  # tests/core/conftest.py

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 5, 10)
KATOWICE = "Zespół Szkół Muzycznych w Łodzi"
SAINT_ETIENNE = "Conservatoire Massenet"


@pytest.fixture
def office(db: Database, katowice: Party, saint_etienne: Party) -> Database:
    return db


def count(db: Database) -> int:
    with db.read() as session:
        return session.query(Exchange).count()


def the_only(db: Database) -> exchanges.ExchangeDetail:
    (row,) = exchanges.list_exchanges(db)
    return exchanges.get_exchange(db, row.id)


def test_french_headers_and_words_in_utf8_with_a_bom(office: Database, tmp_path: Path) -> None:
    path = tmp_path / "échanges.csv"
    path.write_text(
        "Titre;Type;Statut;Début;Fin;Organismes (Saint-Étienne);Organismes (Katowice);"
        "Domaines;Prévus (Saint-Étienne);Prévus (Katowice);Financement;Bilan\n"
        "Exposition croisée;Exposition;Terminé;02/03/2026;15/03/2026;conservatoire  massenet;"
        "ZESPÓŁ SZKÓŁ MUZYCZNYCH W ŁODZI;Musique, design;4;12;"
        '"Ville de Saint-Étienne: 1 200,50 €; Erasmus+ (demande; en cours)";Très bien\n',
        encoding="utf-8-sig",
    )
    report = import_exchanges(office, path, today=TODAY)
    assert (report.rows, report.exchanges, report.written, report.errors) == (1, 1, True, [])
    got = the_only(office)
    row = got.row
    assert (row.title, row.kind, row.status) == ("Exposition croisée", "exhibition", "completed")
    assert (row.starts_on, row.ends_on) == (date(2026, 3, 2), date(2026, 3, 15))
    assert sorted(o.name for o in row.organisations) == [SAINT_ETIENNE, KATOWICE]
    assert row.fields == ("design", "music")
    assert (row.planned_saint_etienne, row.planned_katowice) == (4, 12)
    assert got.funding == (
        exchanges.FundingRow("saint_etienne_city", Decimal("1200.50"), "EUR", ""),
        exchanges.FundingRow("erasmus_plus", None, "EUR", "demande; en cours"),
    )
    assert got.outcome == "Très bien"


def test_polish_headers_in_windows_1250(office: Database, tmp_path: Path) -> None:
    path = tmp_path / "wymiany.csv"
    text = (
        "Tytuł;Rodzaj;Stan;Początek;Koniec;Organizacje (Katowice);Organizacje (Saint-Étienne);"
        "Dziedziny;Powód;Finansowanie\r\n"
        "Koncert chóru w Saint-Étienne;koncert;odwołana;2026-06-01;2026-06-05;"
        f"{KATOWICE};{SAINT_ETIENNE};muzyka;finansowanie;Miasto Katowice: 8000 zł\r\n"
    )
    path.write_bytes(text.encode("cp1250"))
    report = import_exchanges(office, path, today=TODAY)
    assert report.encoding is not None and "1250" in report.encoding
    got = the_only(office)
    assert got.row.title == "Koncert chóru w Saint-Étienne"
    assert (got.row.kind, got.row.status, got.row.cancel_reason) == (
        "concert", "cancelled", "funding",
    )  # fmt: skip
    assert got.row.fields == ("music",)
    assert got.funding == (exchanges.FundingRow("katowice_city", Decimal("8000"), "PLN", ""),)


def test_the_inquiry_by_its_ref_follows_the_exchange(
    office: Database, katowice: Party, tmp_path: Path
) -> None:
    inquiry = inquiries.create_inquiry(
        office, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    )
    path = tmp_path / "e.csv"
    path.write_text(
        "title,organisations,starts_on,ends_on,inquiry_ref\n"
        f'Chór,"{KATOWICE}; {SAINT_ETIENNE}",2026-05-01,2026-05-20,{inquiry.ref}\n',
        encoding="utf-8",
    )
    import_exchanges(office, path, actor="anna", today=TODAY)
    row = the_only(office).row
    assert (row.status, row.inquiry_ref) == ("running", inquiry.ref)  # its dates, on TODAY
    assert inquiries.get_inquiry(office, inquiry.id).row.stage == "running"


BAD = (
    "title;organisations_katowice;organisations_saint_etienne;starts_on;ends_on;funding;"
    "kind;inquiry_ref\n"
    f"Good one;{KATOWICE};{SAINT_ETIENNE};2026-06-01;2026-06-02;;concert;\n"
    f"Wrong side;{SAINT_ETIENNE};;2026-06-01;2026-06-02;;;\n"
    f"Dates;{KATOWICE};Nobody Known;2026-06-05;2026-06-01;own_funds: 12,345.6;dance;2020-9999\n"
    ";;;;;;;\n"
    f";{KATOWICE};;;;;;\n"
)


def test_all_rows_or_none_with_every_error_by_line_and_column(
    office: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ExchangeImportRejected) as caught:
        import_exchanges(office, path, today=TODAY)
    assert count(office) == 0
    report = caught.value.report
    found = {(e.line, e.field) for e in report.errors}
    assert found == {
        (3, "organisations_katowice"),
        (4, "organisations_saint_etienne"),
        (4, "ends_on"),
        (4, "funding"),
        (4, "kind"),
        (4, "inquiry_ref"),
        (6, "title"),
    }
    messages = {(e.line, e.field): e.message for e in report.errors}
    assert "Nobody Known" in messages[(4, "organisations_saint_etienne")]
    assert "saint_etienne side" in messages[(3, "organisations_katowice")]
    assert "2020-9999" in messages[(4, "inquiry_ref")]
    assert str(caught.value).startswith("Nothing was imported: line 3, organisations_katowice")
    dry = import_exchanges(office, path, dry_run=True, today=TODAY)
    assert dry.errors == report.errors and not dry.written and count(office) == 0


def test_a_dry_run_writes_nothing(office: Database, tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text(BAD.splitlines()[0] + "\n" + BAD.splitlines()[1] + "\n", encoding="utf-8")
    report = import_exchanges(office, path, dry_run=True, today=TODAY)
    assert (report.rows, report.exchanges, report.errors, report.written) == (1, 1, [], False)
    assert count(office) == 0


def test_a_file_without_the_needed_columns(office: Database, tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("nom;sujet\nx;y\n", encoding="utf-8")
    with pytest.raises(ExchangeImportRejected) as caught:
        import_exchanges(office, path)
    assert {(e.line, e.field) for e in caught.value.report.errors} == {
        (1, "title"), (1, "organisations"),
    }  # fmt: skip
    assert caught.value.report.ignored_columns == ["nom", "sujet"]


def test_several_organisations_of_one_name_are_not_guessed(
    office: Database, tmp_path: Path
) -> None:
    organisations.create_organisation(
        office, {"name": "Conservatoire  MASSENET", "side": "saint_etienne"}
    )
    path = tmp_path / "two.csv"
    path.write_text(f"title;organisations\nX;{SAINT_ETIENNE}\n", encoding="utf-8")
    with pytest.raises(ExchangeImportRejected, match="several organisations"):
        import_exchanges(office, path)


def made(db: Database, katowice: Party, saint_etienne: Party) -> list[int]:
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    )
    both = [katowice.organisation.id, saint_etienne.organisation.id]
    first = exchanges.create_exchange(
        db,
        {
            "title": "=Chór w Saint-Étienne", "kind": "concert", "status": "completed",
            "starts_on": "2025-06-01", "ends_on": "2025-06-05", "organisation_ids": both,
            "field_codes": ["music", "education"], "planned_saint_etienne": 4,
            "planned_katowice": 30, "actual_saint_etienne": 5, "actual_katowice": 28,
            "outcome": "+2 concerts; 600 people", "inquiry_id": inquiry.id,
            "funding": [
                {"source": "erasmus_plus", "amount": "12000.50", "currency": "EUR"},
                {"source": "katowice_city", "amount": "8000", "currency": "PLN",
                 "note": "bus (coach); hotel"},
                {"source": "own_funds"},
            ],
        },
        actor="anna", today=TODAY,
    )  # fmt: skip
    second = exchanges.create_exchange(
        db,
        {
            "title": "Visite annulée", "status": "cancelled", "cancel_reason": "schedule",
            "cancel_note": "@plus tard", "organisation_ids": [saint_etienne.organisation.id],
        },
        today=TODAY,
    )  # fmt: skip
    return [first.row.id, second.row.id]


def comparable(detail: exchanges.ExchangeDetail) -> tuple[Any, ...]:
    r = detail.row
    return (
        r.title, r.kind, r.status, r.starts_on, r.ends_on,
        tuple((o.id, o.side) for o in r.organisations), r.fields, r.planned_saint_etienne,
        r.planned_katowice, r.actual_saint_etienne, r.actual_katowice, r.cancel_reason,
        r.inquiry_ref, detail.cancel_note, detail.outcome, detail.funding,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back(
    office: Database, katowice: Party, saint_etienne: Party, tmp_path: Path, suffix: str
) -> None:
    ids = made(office, katowice, saint_etienne)
    before = sorted(comparable(exchanges.get_exchange(office, i)) for i in ids)
    path = tmp_path / f"exchanges{suffix}"
    exporting.export(office, path, "exchanges")
    # the same file again: every exchange is already recorded, nothing is written
    with pytest.raises(ExchangeImportRejected, match="already recorded"):
        import_exchanges(office, path, today=TODAY)
    assert count(office) == 2
    for i in ids:
        exchanges.set_deleted(office, i, True)
    report = import_exchanges(office, path, today=TODAY)
    assert (report.exchanges, report.ignored_columns) == (2, [])
    after = sorted(comparable(exchanges.get_exchange(office, r.id))
                   for r in exchanges.list_exchanges(office))  # fmt: skip
    assert after == before
