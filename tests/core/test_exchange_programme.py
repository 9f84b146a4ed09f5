"""An exchange's programme in the exchanges export and import: one cell, an item a line
"day | place | what" (core.exporting.exchange_programme), read back exactly; a bad item is
its row's error, by line, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from msek_desktop.core import demo, exchanges, exporting
from msek_desktop.core.db import Database
from msek_desktop.core.exporting.exchange_programme import (
    ItemText,
    programme_items,
    programme_text,
)
from msek_desktop.core.exporting.exchanges import funding_text
from msek_desktop.core.importing.exchange_columns import funding_lines
from msek_desktop.core.importing.exchanges import ExchangeImportRejected, import_exchanges
from msek_desktop.core.models import Exchange
from tests.core.test_exporting import read_csv, read_xlsx

if TYPE_CHECKING:
    from conftest import Party  # tests/core/conftest.py

pytestmark = pytest.mark.both_databases  # the database's tests: an SQLite file, then the server

TODAY = date(2026, 5, 10)
KATOWICE = "Zespół Szkół Muzycznych w Łodzi"
SAINT_ETIENNE = "Conservatoire Massenet"
ITEMS = [
    {"day": "2026-06-02", "place": "Cité du design", "what": "Opening | welcome"},
    {"day": "2026-06-02", "place": "", "what": "Lunch\n\n  with the mayor\nthen the bus"},
    {"day": "2026-06-01", "place": r"Hall A|B \ upstairs", "what": ""},
    {"day": "2026-06-03", "place": "Opéra", "what": "=Concert; 600 people"},
]


# -- the cell, without a database --------------------------------------------------------


def test_items_written_and_read_back_exactly() -> None:
    items = [(date.fromisoformat(i["day"]), i["place"], i["what"]) for i in ITEMS]
    text = programme_text(items)
    assert text.splitlines()[:4] == [
        "2026-06-02 | Cité du design | Opening | welcome",
        "2026-06-02 | | Lunch",
        "  ",
        "    with the mayor",
    ]
    assert "2026-06-01 | Hall A\\|B \\\\ upstairs |" in text.splitlines()
    assert [(i.day, i.place, i.what) for i in programme_items(text)] == [
        (i["day"], i["place"], i["what"]) for i in ITEMS
    ]


def test_a_cell_written_by_hand() -> None:
    text = "12/05/2026 | Cité du design | Atelier\r\n\r\n13.05.2026 | Visite des écoles\r\nConcert"
    assert programme_items(text) == [
        ItemText("12/05/2026", "Cité du design", "Atelier"),
        ItemText("13.05.2026", "", "Visite des écoles"),
        ItemText("Concert", "", None),  # no bar: nothing says what happens
    ]


# -- the export and the import -----------------------------------------------------------


@pytest.fixture
def office(db: Database, katowice: Party, saint_etienne: Party) -> Database:
    return db


def made(db: Database, katowice: Party, saint_etienne: Party) -> int:
    both = [katowice.organisation.id, saint_etienne.organisation.id]
    detail = exchanges.create_exchange(
        db,
        {
            "title": "Chór w Saint-Étienne", "kind": "concert", "starts_on": "2026-06-01",
            "ends_on": "2026-06-05", "organisation_ids": both, "items": ITEMS,
        },
        actor="anna", today=TODAY,
    )  # fmt: skip
    return detail.row.id


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_programme_exports_and_imports_back(
    office: Database, katowice: Party, saint_etienne: Party, tmp_path: Path, suffix: str
) -> None:
    first = made(office, katowice, saint_etienne)
    before = exchanges.get_exchange(office, first).items
    assert len(before) == 4
    path = tmp_path / f"exchanges{suffix}"
    exporting.export(office, path, "exchanges")
    rows = read_csv(path) if suffix == ".csv" else read_xlsx(path)
    cell = dict(zip(rows[0], rows[1], strict=True))["programme"]
    assert cell.startswith("2026-06-01 | Hall A\\|B \\\\ upstairs |\n2026-06-02 | Cité du design")
    exchanges.set_deleted(office, first, True)
    report = import_exchanges(office, path, today=TODAY)
    assert (report.exchanges, report.errors) == (1, [])
    (row,) = exchanges.list_exchanges(office)
    assert exchanges.get_exchange(office, row.id).items == before


def test_french_and_polish_headers_and_dates_written_by_hand(
    office: Database, tmp_path: Path
) -> None:
    path = tmp_path / "échanges.csv"
    path.write_text(
        "Titre;Organismes;Début;Fin;Programme\n"
        f'Atelier;{SAINT_ETIENNE};2026-05-11;2026-05-14;"12/05/2026 | Cité du design | Atelier\n'
        '13.05.2026 | Visite des écoles"\n',
        encoding="utf-8-sig",
    )
    import_exchanges(office, path, today=TODAY)
    (row,) = exchanges.list_exchanges(office)
    assert exchanges.get_exchange(office, row.id).items == (
        exchanges.ItemRow(date(2026, 5, 12), "Cité du design", "Atelier"),
        exchanges.ItemRow(date(2026, 5, 13), "", "Visite des écoles"),
    )
    polish = tmp_path / "wymiany.csv"
    polish.write_bytes(
        "Tytuł;Organizacje;Harmonogram\r\n"
        f"Koncert;{KATOWICE};2026-07-01 | Filharmonia | Próba\r\n".encode("cp1250")
    )
    import_exchanges(office, polish, today=TODAY)
    (got,) = [r for r in exchanges.list_exchanges(office) if r.title == "Koncert"]
    assert exchanges.get_exchange(office, got.id).items == (
        exchanges.ItemRow(date(2026, 7, 1), "Filharmonia", "Próba"),
    )


def test_a_bad_item_is_its_rows_error_and_nothing_is_written(
    office: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "title;organisations;starts_on;ends_on;programme\n"
        f"Good;{SAINT_ETIENNE};2026-06-01;2026-06-03;2026-06-02 | Musée | Visite\n"
        f'Bad day;{SAINT_ETIENNE};;;"2026-06-02 | Musée | Visite\n31/02/2026 | Opéra | Concert"\n'
        f"No what;{SAINT_ETIENNE};;;2026-06-02 Musée\n"
        f"Outside;{SAINT_ETIENNE};2026-06-01;2026-06-03;2026-06-09 | Musée | Visite\n",
        encoding="utf-8",
    )
    with pytest.raises(ExchangeImportRejected) as caught:
        import_exchanges(office, path, today=TODAY)
    with office.read() as session:
        assert session.query(Exchange).count() == 0
    got = {(e.line, e.field, e.message) for e in caught.value.report.errors}
    assert got == {
        (3, "programme", "item 2, day: is not a valid date: that month has only 28 days"),
        (5, "programme", "item 1, day: is not a date; write it as YYYY-MM-DD, DD.MM.YYYY or "
                         "DD/MM/YYYY"),
        (5, "programme", "item 1, what: is required"),  # the line 3 row takes two lines
        (6, "programme", "item 1: its day 2026-06-09 is not between 2026-06-01 and 2026-06-03"),
    }  # fmt: skip
    assert str(caught.value).startswith("Nothing was imported: line 3, programme: item 2, day")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_demo_exchanges_export_and_import_back_whole(
    tmp_path: Path, new_database: Callable[[Path], Database], suffix: str
) -> None:
    db = new_database(tmp_path / "demo.db")
    demo.generate(db, inquiries=80, seed=3, today=TODAY)

    def whole() -> list[tuple[object, ...]]:
        out = []
        for row in exchanges.list_exchanges(db):
            d = exchanges.get_exchange(db, row.id)
            r = d.row
            out.append((
                r.title, r.kind, r.status, r.starts_on, r.ends_on, r.organisations, r.fields,
                r.planned_saint_etienne, r.planned_katowice, r.actual_saint_etienne,
                r.actual_katowice, r.cancel_reason, r.inquiry_ref, d.cancel_note, d.outcome,
                d.items, d.funding,
            ))  # fmt: skip
        return sorted(out, key=repr)

    before = whole()
    assert sum(len(e[-2]) for e in before) > 0  # the demo's exchanges have programmes
    path = tmp_path / f"demo{suffix}"
    exporting.export(db, path, "exchanges")
    for row in exchanges.list_exchanges(db):
        exchanges.set_deleted(db, row.id, True)
    report = import_exchanges(db, path, today=TODAY)
    assert (report.exchanges, report.errors) == (len(before), [])
    assert whole() == before


def test_a_funding_line_without_an_amount_keeps_its_currency() -> None:
    text = funding_text("katowice_city", None, "PLN", "montant à confirmer")
    assert text == "katowice_city: PLN (montant à confirmer)"
    assert funding_lines(text) == [
        {"source": "katowice_city", "amount": "", "currency": "PLN", "note": "montant à confirmer"}
    ]
    assert funding_text("own_funds", None, "EUR", "") == "own_funds"


def test_an_exchange_kept_as_staff_set_it_stays_so(
    office: Database, katowice: Party, saint_etienne: Party, tmp_path: Path
) -> None:
    kept = exchanges.create_exchange(
        office,
        {
            "title": "Visite reportée", "status": "planned", "moves_stage": False,
            "starts_on": "2026-03-01", "ends_on": "2026-03-02",
            "organisation_ids": [saint_etienne.organisation.id],
        },
        today=TODAY,
    )  # fmt: skip
    path = tmp_path / "kept.csv"
    exporting.export(office, path, "exchanges")
    assert dict(zip(*read_csv(path)[:2], strict=True))["moves_stage"] == "no"
    exchanges.set_deleted(office, kept.row.id, True)
    import_exchanges(office, path, today=TODAY)
    (row,) = exchanges.list_exchanges(office)
    got = exchanges.get_exchange(office, row.id)
    assert (row.status, got.moves_stage) == ("planned", False)  # its last day is past
