"""The exchanges list read a batch at a time (core.exchanges.reading.each_exchange): each
batch's organisations and fields read with it, the rows the same as with every exchange's
read at once, whatever the filters."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from msek_desktop.core import exchanges, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges import reading

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


@pytest.fixture
def office(db: Database, katowice: Any, saint_etienne: Any) -> Database:
    kat, se = katowice.organisation.id, saint_etienne.organisation.id
    other = organisations.create_organisation(db, {"name": "Lycée Fauriel", "side": "other"})
    made = [
        ("Chór w Saint-Étienne", [kat, se, other.id], {"kind": "concert",
         "field_codes": ["music", "film"], "starts_on": "2025-12-20", "ends_on": "2026-01-10"}),
        ("Design week", [se], {"kind": "workshop", "field_codes": ["design"],
         "starts_on": "2026-03-02", "ends_on": "2026-03-06"}),
        ("Résidence d'écriture", [other.id], {"kind": "residency"}),
        ("Łódź visit", [kat], {"starts_on": "2024-05-01", "status": "cancelled",
         "cancel_reason": "funding"}),
        ("Only an end", [kat, se], {"ends_on": "2025-02-01", "field_codes": ["music"]}),
        ("Binned", [se], {"starts_on": "2025-04-01"}),
        ("Teatr", [kat, other.id], {"starts_on": "2025-05-01", "field_codes": ["literature"]}),
    ]  # fmt: skip
    for title, orgs, more in made:
        given = {"title": title, "organisation_ids": orgs, **more}
        row = exchanges.create_exchange(db, given, today=date(2020, 1, 1)).row
        if title == "Binned":
            exchanges.set_deleted(db, row.id, True)
    return db


FILTERS: list[dict[str, Any]] = [
    {},
    {"include_deleted": True},
    {"year": 2025},
    {"side": "katowice"},
    {"field": "music"},
    {"search": "lodz"},
    {"search": "saint chor"},
    {"search": "zzz"},
]


@pytest.mark.parametrize("flt", FILTERS, ids=str)
def test_the_rows_are_those_of_every_link_read_at_once(
    office: Database, monkeypatch: pytest.MonkeyPatch, flt: dict[str, Any]
) -> None:
    monkeypatch.setattr(reading, "BATCH", 10**6)  # one batch: every exchange's links at once
    whole = list(reading.each_exchange(office, **flt))
    monkeypatch.setattr(reading, "BATCH", 2)  # several, the last one partly full
    assert list(reading.each_exchange(office, **flt)) == whole
    if not flt:
        assert len(whole) == 6 and [len(r.organisations) for r in whole[:2]] == [1, 3]


def test_each_batch_is_given_before_the_next_is_read(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organisations and fields of every exchange are not read before the first row is
    given (34,000 exchanges' weighed more than the rest of `msek exchanges --json`)."""
    monkeypatch.setattr(reading, "BATCH", 2)
    sent: list[str] = []

    def keep(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)

    event.listen(office.engine, "before_cursor_execute", keep)
    try:
        rows = reading.each_exchange(office)
        first = next(rows)
        read_first = len(sent)
        rest = list(rows)
    finally:
        event.remove(office.engine, "before_cursor_execute", keep)
    assert first.title == "Design week" and len(rest) == 5
    selects = [s for s in sent if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert read_first <= len(sent) - 2  # the next two batches' links: read after the first
    assert len(selects) == 1 + 3  # the exchanges, then each batch's links
