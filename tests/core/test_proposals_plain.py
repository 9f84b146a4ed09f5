"""The acknowledgement read and kept with plain sqlite3 (core.proposals.plain), against the
general path (gathering, keeping) on copies of the same database: the same facts, the same
rows in every column of every table (the times aside, checked for their form), the same
errors; and when the plain path does not apply (the general one then decides)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import (
    contacts,
    errors,
    file_checks,
    inquiries,
    organisations,
    proposals,
    settings,
    staff,
)
from msek_desktop.core.db import Database
from msek_desktop.core.proposals import LetterRequest, plain
from msek_desktop.core.store import open_database
from msek_desktop.letters import making

DAY = date(2026, 12, 5)
TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
TIMES = {"proposals": ("created_at", "updated_at"), "timeline_entries": ("at",)}


def fill(db: Database) -> dict[str, int]:
    """Inquiries of every shape an acknowledgement reads: a person of an organisation, an
    organisation alone, a person alone (no organisation), a person and another's
    organisation; fields, an assignee with
    titles, none; stored letterhead settings."""
    staff.create_staff(
        db,
        {"login": "anna", "full_name": "Anna Kowalska", "email": "anna@msek.example.org",
         "title_pl": "Koordynatorka", "title_en": "Coordinator", "phone": "32 100 20 30"},
    )  # fmt: skip
    head = {"office.name": "MSEK Katowice", "office.city": "", "office.phone": "32 123 45 67"}
    settings.save(db, head)
    school = organisations.create_organisation(
        db,
        {"name": "Zespół Szkół Muzycznych", "city": "Łódź", "country": "PL", "side": "katowice",
         "address": "ul. Wólczańska 123", "postal_code": "90-521",
         "description_pl": "Szkoła muzyczna.", "description_fr": "Une école de musique."},
    )  # fmt: skip
    ewa = contacts.create_contact(
        db,
        {"honorific": "ms", "first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": school.id, "position": "Dyrektorka", "email": "ewa@example.pl"},
    )  # fmt: skip
    jean = contacts.create_contact(
        db, {"honorific": "mr", "first_name": "Jean", "last_name": "Dupont",
             "side": "saint_etienne", "city": "Saint-Étienne"},
    )  # fmt: skip
    made = {
        "person": {"subject": "Wymiana", "contact_id": ewa.id, "assignee": "anna",
                   "letter_language": "pl", "fields": ["design", "film", "crafts"],
                   "desired_counterpart": "Une école\nde design"},
        "organisation": {"subject": "Chór", "organisation_id": school.id, "letter_language": "fr"},
        "alone": {"subject": "Orchestre", "contact_id": jean.id, "letter_language": "en",
                  "side": "saint_etienne", "fields": ["film"]},
        "both": {"subject": "Question", "contact_id": jean.id, "organisation_id": school.id,
                 "side": "other"},
    }  # fmt: skip
    ids = {name: inquiries.create_inquiry(db, values).id for name, values in made.items()}
    return {**ids, "ewa": ewa.id}


@pytest.fixture
def office(tmp_path: Path, database_files: Any) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "office.db"
    db = database_files.open(path)
    try:
        ids = database_files.build(db, fill)
    finally:
        db.dispose()
    return path, ids


def plain_conn(path: Path) -> sqlite3.Connection:
    file_checks.remember(path)  # as a command leaves a file it found sound
    conn = plain.open_file(path)
    assert conn is not None
    return conn


def general_facts(path: Path, inquiry: int, language: str | None) -> proposals.LetterFacts:
    db = open_database(path, quick_check=False)
    try:
        return proposals.letter_facts(db, LetterRequest(inquiry, language=language), today=DAY)
    finally:
        db.dispose()


@pytest.mark.parametrize("language", [None, "fr", "pl", "en"])
@pytest.mark.parametrize("shape", ["person", "organisation", "alone", "both"])
def test_the_facts_are_the_general_paths(
    office: tuple[Path, dict[str, int]], shape: str, language: str | None
) -> None:
    path, ids = office
    expected = general_facts(path, ids[shape], language)
    conn = plain_conn(path)
    try:
        got = plain.acknowledgement(conn, ids[shape], language=language, today=DAY)
    finally:
        conn.close()
    assert got == expected
    if shape == "person":  # what the comparison covers, for the record
        assert len(expected.inquiry.fields) == 3 and expected.recipient.organisation
        assert expected.signer is not None and expected.letterhead.name == "MSEK Katowice"


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, the times of a letter's rows checked and set aside."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for name in names:
            cur = conn.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cur.description]
            rows = []
            for row in cur:
                values = dict(zip(columns, row, strict=True))
                for column in TIMES.get(name, ()):
                    assert TIME.match(values[column]), (name, column, values[column])
                    values[column] = "a time"
                rows.append(tuple(values.items()))
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


@pytest.mark.parametrize("shape", ["person", "organisation", "both"])
def test_the_rows_kept_are_the_general_paths_in_every_column(
    office: tuple[Path, dict[str, int]], tmp_path: Path, shape: str
) -> None:
    path, ids = office
    general, plain_file = tmp_path / "general.db", tmp_path / "plain.db"
    shutil.copyfile(path, general)
    shutil.copyfile(path, plain_file)
    facts = general_facts(path, ids[shape], None)
    rendered = making.render(facts)
    db = open_database(general, quick_check=False)
    try:
        for _ in range(2):  # the second is letter #2
            proposals.record_proposals(db, [(facts, rendered)])
    finally:
        db.dispose()
    conn = plain_conn(plain_file)
    try:
        for _ in range(2):
            assert plain.keep(conn, facts, rendered) == rendered.pdf
    finally:
        conn.close()
    before, kept, made = dump(path), dump(general), dump(plain_file)
    assert made == kept
    assert len(made["proposals"]) == len(before["proposals"]) + 2
    assert len(made["timeline_entries"]) == len(before["timeline_entries"]) + 2
    entries = [dict(row)["new_value"] for row in made["timeline_entries"]]
    assert {f"#1 ({facts.language})", f"#2 ({facts.language})"} <= set(entries)


def test_the_refusals_are_the_general_paths(office: tuple[Path, dict[str, int]]) -> None:
    path, ids = office
    db = open_database(path, quick_check=False)
    try:
        contacts.update_contact(db, ids["ewa"], {"no_letters": True})
        inquiries.set_deleted(db, ids["alone"], True)
        said = {}
        for shape in ("person", "alone"):
            with pytest.raises(errors.UserError) as general:
                proposals.letter_facts(db, LetterRequest(ids[shape]), today=DAY)
            said[shape] = str(general.value)
    finally:
        db.dispose()
    conn = plain_conn(path)
    try:
        for shape in ("person", "alone"):
            with pytest.raises(errors.UserError) as got:
                plain.acknowledgement(conn, ids[shape], language=None, today=DAY)
            assert str(got.value) == said[shape]
        assert errors.code_of(said["person"]) == "no_letters"
        assert "Ewa Wiśniewska" in said["person"]
        with pytest.raises(errors.NotFoundError) as unknown:
            plain.inquiry_id(conn, " 1999-0042 ")
        assert str(unknown.value) == "There is no inquiry '1999-0042'."
    finally:
        conn.close()


def test_an_error_of_the_file_is_one_line_and_the_next_command_checks_it(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    open_database(path, create=True).dispose()
    conn = plain_conn(path)
    with pytest.raises(errors.DatabaseDamagedError) as said, plain.used(path, conn):
        raise sqlite3.DatabaseError("database disk image is malformed")
    assert str(said.value) == f"The database file {path} is damaged."
    assert not file_checks.unchanged(path)  # forgotten: checked first next time
    with plain.used(path, plain_conn(path)):
        pass
    assert file_checks.unchanged(path)  # remembered after a command that met no damage


def test_the_general_path_opens_what_the_plain_one_does_not(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    open_database(path, create=True).dispose()
    assert plain.open_file(path) is None  # never checked here: its quick_check is due
    plain_conn(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0009'")  # to be migrated
    conn.commit()
    conn.close()
    file_checks.remember(path)
    assert plain.open_file(path) is None
    open_database(tmp_path / "other.db", create=True).dispose()
    plain_conn(tmp_path / "other.db").close()
    os.chmod(tmp_path / "other.db", 0o444)  # read-only
    file_checks.remember(tmp_path / "other.db")
    assert plain.open_file(tmp_path / "other.db") is None
    (tmp_path / "text.db").write_text("not a database")
    file_checks.remember(tmp_path / "text.db")
    assert plain.open_file(tmp_path / "text.db") is None
    assert plain.open_file(tmp_path) is None  # a folder


def test_what_it_copies_is_what_it_copies_from() -> None:
    defaults = {d.key: d.default for d in settings.SETTINGS if d.key.startswith("office.")}
    assert defaults == plain.LETTERHEAD_DEFAULTS
    assert plain.INQUIRY == inquiries.LABEL
