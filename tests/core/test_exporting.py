"""Exports to CSV and XLSX: Excel-friendly CSV, neutralised cells, Windows names, atomic."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from msek_desktop.core import contacts, errors, exporting, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.models import Exchange, Organisation

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

if TYPE_CHECKING:
    from conftest import Party  # tests/core/conftest.py

    from tests.conftest import DatabaseFiles


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def read_xlsx(path: Path) -> list[list[str]]:
    book = load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        return [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        book.close()


@pytest.fixture
def office(
    db: Database, katowice: Party, saint_etienne: Party, database_files: DatabaseFiles
) -> Database:
    database_files.build(db, make_office, katowice, saint_etienne)
    return db


def make_office(db: Database, katowice: Party, saint_etienne: Party) -> None:
    made = inquiries.create_inquiry(
        db,
        {
            "subject": '=HYPERLINK("http://evil")',
            "contact_id": katowice.contact.id,
            "received_on": "2025-03-04",
            "message": "-2+3",
            "fields": ["music"],
        },
    )
    inquiries.create_inquiry(
        db, {"subject": "Échange scolaire", "contact_id": saint_etienne.contact.id}
    )
    followups.add_followup(
        db, made.id, {"due_on": date(2025, 3, 10), "action": "call", "description": "@team"}
    )
    with db.write() as session:  # an exchange, as stored (tests/core/test_exchange_export.py)
        exchange = Exchange(title="=cmd", outcome="-1", inquiry_id=made.id)
        exchange.organisations = [session.get(Organisation, katowice.organisation.id)]
        session.add(exchange)


def test_csv_is_excel_friendly(office: Database, tmp_path: Path) -> None:
    result = exporting.export(office, tmp_path / "i.csv")
    raw = (tmp_path / "i.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfref;received_on;")
    assert raw.count(b"\r\n") >= 3 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = read_csv(tmp_path / "i.csv")
    assert result.rows == 2 and len(rows) == 3
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["received_on"] == "2025-03-04"
    assert first["subject"] == '\'=HYPERLINK("http://evil")'
    assert first["message"] == "'-2+3"
    assert first["phone"].startswith("'+48")
    assert first["last_name"] == "Wiśniewska"
    assert first["field"] == "music"


@pytest.mark.parametrize("what", exporting.WHATS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_export_neutralises_every_cell(
    office: Database, tmp_path: Path, what: str, suffix: str
) -> None:
    path = tmp_path / f"{what}{suffix}"
    exporting.export(office, path, what)
    rows = read_csv(path) if suffix == ".csv" else read_xlsx(path)
    assert rows[0] == list(exporting.HEADERS[what])
    assert len(rows) > 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(exporting.DANGEROUS), (what, cell)


def test_xlsx_cells_are_text_not_formulas(office: Database, tmp_path: Path) -> None:
    exporting.export(office, tmp_path / "i.xlsx")
    book = load_workbook(tmp_path / "i.xlsx")
    sheet = book.worksheets[0]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert '\'=HYPERLINK("http://evil")' in values
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_bad_paths_are_user_errors(office: Database, tmp_path: Path) -> None:
    with pytest.raises(errors.UserError, match=r"\.csv or \.xlsx"):
        exporting.export(office, tmp_path / "i.pdf")
    with pytest.raises(errors.UserError):
        exporting.export(office, tmp_path / "no" / "such" / "folder.csv")
    with pytest.raises(errors.UserError):
        exporting.export(office, tmp_path, "people")
    with pytest.raises(errors.UserError):
        exporting.export(office, tmp_path / "x.csv", "nonsense")


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "i.csv"
    target.write_text("old")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(errors.UserError, match="No space"):
        exporting.export(office, target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("what", exporting.WHATS)
def test_suggested_filenames(what: str) -> None:
    name = exporting.suggested_filename(what, date(2026, 1, 2))
    assert name == f"msek-{what}-2026-01-02.xlsx"
    assert exporting.suggested_filename(what, date(2026, 1, 2), ".csv").endswith(".csv")


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("CON", "_CON"),
        ("nul.csv", "_nul.csv"),
        ("com1.xlsx", "_com1.xlsx"),
        ("report. ", "report"),
        ("", "export"),
    ],
)
def test_safe_filename(raw: str, safe: str) -> None:
    assert exporting.safe_filename(raw) == safe


@given(st.text(max_size=40))
def test_safe_filename_is_always_valid_on_windows(name: str) -> None:
    safe = exporting.safe_filename(name)
    assert safe and not any(ch in safe for ch in '<>:"/\\|?*')
    assert all(ord(ch) >= 32 for ch in safe)
    assert not safe.endswith((".", " "))
    assert safe.split(".")[0].upper().strip() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


@given(st.text())
def test_neutralise_is_safe_and_reversible(text: str) -> None:
    safe = exporting.neutralise(text)
    assert not safe.startswith(exporting.DANGEROUS)
    assert exporting.unneutralise(safe) == text


_values = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.lists(_values, min_size=3, max_size=3), max_size=6))
def test_csv_round_trips_any_values(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]
) -> None:
    path = tmp_path_factory.mktemp("rt") / "t.csv"
    exporting.write_table(path, ["a", "b", "c"], rows)
    back = read_csv(path)
    assert back[0] == ["a", "b", "c"]
    for cell in (c for row in back for c in row):
        assert not cell.startswith(exporting.DANGEROUS)
    assert [[exporting.unneutralise(c) for c in row] for row in back[1:]] == rows


# XML keeps no control characters and turns CR into LF, so the XLSX round trip is of text
# without them (the export drops the control characters it cannot store).
_xlsx_values = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=30,
)


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(st.lists(_xlsx_values, min_size=2, max_size=2), min_size=1, max_size=5))
def test_xlsx_round_trips_any_values(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]
) -> None:
    path = tmp_path_factory.mktemp("rt") / "t.xlsx"
    exporting.write_table(path, ["a", "b"], rows)
    back = read_xlsx(path)
    for cell in (c for row in back for c in row):
        assert not cell.startswith(exporting.DANGEROUS)
    got = [[exporting.unneutralise(c) for c in row] for row in back[1:]]
    # openpyxl reads an empty string cell as nothing: rows may come back shorter
    assert [row + [""] * (2 - len(row)) for row in got] == rows


# -- what an export never replaces ---------------------------------------------------------


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), os.stat(path).st_mode


def still_opens(path: Path) -> None:
    from msek_desktop.core.store import open_database

    again = open_database(path, migrate=False)
    try:
        assert inquiries.count_inquiries(again) >= 1
    finally:
        again.dispose()


@pytest.fixture
def office_csv(tmp_path: Path) -> Database:
    """A database whose file is named office.csv (`msek --db office.csv export office.csv`)."""
    from msek_desktop.core.store import open_database

    database = open_database(tmp_path / "office.csv", create=True)
    person = contacts.create_contact(database, {"last_name": "Nowak", "side": "katowice"})
    inquiries.create_inquiry(database, {"subject": "Wymiana", "contact_id": person.id})
    return database


def test_the_open_database_is_never_replaced(office_csv: Database, tmp_path: Path) -> None:
    db_file = office_csv.path
    before = fingerprint(db_file)
    (tmp_path / "link.csv").symlink_to(db_file)
    os.link(db_file, tmp_path / "hard.xlsx")
    for target in (db_file, tmp_path / "link.csv", tmp_path / "hard.xlsx"):
        with pytest.raises(exporting.ExportRefused, match="the database itself") as refused:
            exporting.export(office_csv, target)
        assert refused.value.reason == "database"
    assert fingerprint(db_file) == before
    assert (tmp_path / "link.csv").is_symlink()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    office_csv.dispose()
    still_opens(db_file)


@pytest.mark.database_file  # the file beside it: SQLite only
def test_the_databases_side_files_are_never_replaced(office: Database, tmp_path: Path) -> None:
    reader = office.engine.connect()  # an open connection keeps the -wal and -shm files
    reader.exec_driver_sql("SELECT count(*) FROM inquiries").all()
    wal = office.path.with_name(office.path.name + "-wal")
    assert wal.exists()
    before = wal.read_bytes()
    for side in ("-wal", "-shm", "-journal"):  # -journal does not exist: refused by name
        link = tmp_path / f"side{side}.csv"
        link.symlink_to(office.path.with_name(office.path.name + side))
        with pytest.raises(exporting.ExportRefused) as refused:
            exporting.export(office, link)
        assert refused.value.reason == "database"
    assert wal.read_bytes() == before
    assert not office.path.with_name(office.path.name + "-journal").exists()
    reader.close()


@pytest.mark.database_file  # the file beside it: SQLite only
def test_nothing_is_written_into_the_backups_folder(office: Database, tmp_path: Path) -> None:
    folder = office.path.parent / "backups"
    folder.mkdir()
    with pytest.raises(exporting.ExportRefused, match="backups folder") as refused:
        exporting.export(office, folder / "inquiries.csv")
    assert refused.value.reason == "backup"
    assert list(folder.iterdir()) == []


def test_another_sqlite_database_is_never_replaced(office: Database, tmp_path: Path) -> None:
    other = tmp_path / "accounts.xlsx"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = fingerprint(other)
    with pytest.raises(exporting.ExportRefused, match="database file") as refused:
        exporting.export(office, other, "people")
    assert refused.value.reason == "sqlite"
    assert fingerprint(other) == before


def test_a_read_only_file_is_refused_and_kept(office: Database, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old")
    target.chmod(0o444)
    with pytest.raises(exporting.ExportRefused, match="read-only") as refused:
        exporting.export(office, target)
    assert refused.value.reason == "read_only"
    assert fingerprint(target) == (b"old", target.stat().st_mode)
    assert target.stat().st_mode & 0o777 == 0o444


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_pipe_is_refused_without_opening_it(office: Database, tmp_path: Path) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    with pytest.raises(exporting.ExportRefused, match="not a regular file"):
        exporting.export(office, fifo)  # opening it would block: the test would hang


def test_a_replaced_file_keeps_its_mode_and_a_symlink_stays(
    office: Database, tmp_path: Path
) -> None:
    real = tmp_path / "shared" / "report.csv"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "report.csv"
    link.symlink_to(real)
    result = exporting.export(office, link)
    assert result.rows == 2
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.stat().st_mode & 0o777 == 0o640
    assert len(read_csv(real)) == 3
    assert sorted(p.name for p in real.parent.iterdir()) == ["report.csv"]


def test_the_old_file_stays_whole_while_the_new_one_is_written(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old")
    seen: list[str] = []

    def rows() -> Iterator[tuple[str]]:
        seen.append(target.read_text())  # read while the export is being written
        yield ("a",)
        yield ("b",)

    assert exporting.write_table(target, ("x",), rows()) == 2
    assert seen == ["old"]
    assert read_csv(target) == [["x"], ["a"], ["b"]]


def test_a_name_too_long_is_one_plain_refusal(office: Database, tmp_path: Path) -> None:
    target = tmp_path / ("x" * 300 + ".csv")
    with pytest.raises(exporting.ExportRefused) as refused:
        exporting.export(office, target)
    assert refused.value.reason == "cannot_write"
    assert refused.value.message == f"Cannot write {target}: File name too long."
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_long_but_valid_name_is_written(office: Database, tmp_path: Path) -> None:
    target = tmp_path / ("y" * 250 + ".csv")  # 254 characters: the temporary name is shorter
    assert exporting.export(office, target).rows == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
