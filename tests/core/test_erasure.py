"""Erasure that really erases (core.privacy.erasure): a person written with distinctive
strings everywhere, erased, then looked for in the raw bytes of the database file, its -wal
and the next backup (on the office server: in every row, and the tables rewritten)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, select, text

from msek_desktop.core import (
    activities,
    audit,
    backups,
    contacts,
    documents,
    errors,
    followups,
    inquiries,
    proposals,
)
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Base,
    ConsentRecord,
    Contact,
    Document,
    Erasure,
    Inquiry,
    Proposal,
    TimelineEntry,
)
from msek_desktop.core.privacy import erasure
from msek_desktop.core.proposals import LetterFacts, LetterRequest, RenderedLetter
from msek_desktop.core.rows import StaffRow

if TYPE_CHECKING:
    from conftest import Party  # tests/core/conftest.py

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

FIRST, LAST = "Zdzisława", "Quarkowska-Żbik"
EMAIL = "zq.erase-me.7731@example.pl"
PHONE_TYPED = "601 734 219"
# every form the person may be found in, as bytes (the search index keeps them folded)
SECRETS = (
    "Zdzisława", "Zdzislawa", "zdzislawa", "Quarkowska", "quarkowska", "erase-me.7731",
    "601734219", "601 734 219", "CV-7731-SECRET-PAGE",
)  # fmt: skip


def fake_render(facts: LetterFacts) -> RenderedLetter:
    body = f"Dear {FIRST} {LAST}, {EMAIL}, tel. {PHONE_TYPED}: our proposal."
    return RenderedLetter(body, b"%PDF-1.4 " + body.encode() + b" %%EOF")


def write_person(db: Database, org_id: int) -> tuple[int, int]:
    """The person, an inquiry of theirs naming them in every text, a letter, a document, a
    follow-up, a note on their record and on their organisation's; (person, inquiry)."""
    person = contacts.create_contact(
        db,
        {"first_name": FIRST, "last_name": LAST, "email": EMAIL, "phone": PHONE_TYPED,
         "side": "katowice", "organisation_id": org_id, "notes": f"met {FIRST} at the fair"},
        actor="anna",
    )  # fmt: skip
    inquiry = inquiries.create_inquiry(
        db,
        {"subject": f"Wymiana - {LAST}", "contact_id": person.id, "assignee": "anna",
         "message": f"Dzień dobry, tu {FIRST} {LAST} ({EMAIL}, 601-734-219). Pozdrawiam, {FIRST}",
         "received_on": date.today() - timedelta(days=3), "letter_language": "pl"},
        actor="anna",
    )  # fmt: skip
    inquiries.add_note(db, inquiry.id, f"Called {LAST}, {FIRST} on +48 601 734 219", actor="anna")
    followups.add_followup(
        db, inquiry.id, {"due_on": date.today(), "description": f"write to {EMAIL}"}, actor="anna"
    )
    for said in (f"{FIRST} {LAST} visits next week", f"CALL {FIRST.upper()} {LAST.upper()}"):
        activities.log_activity(db, "note", said, actor="anna", organisation_id=org_id)
    proposals.make_proposal(db, LetterRequest(inquiry.id), render=fake_render, actor="anna")
    documents.attach(
        db, f"CV-7731-SECRET-PAGE of {FIRST} {LAST}".encode() * 20, name="cv.txt",
        inquiry_id=inquiry.id, actor="anna",
    )  # fmt: skip
    with db.write() as session:
        signed = f"form signed by {FIRST}"
        session.add(ConsentRecord(contact_id=person.id, purpose="newsletter",
                                  given_on=date.today(), source=signed))  # fmt: skip
    return person.id, inquiry.id


def raw_bytes(path: Path) -> bytes:
    sides = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")]
    return b"".join(p.read_bytes() for p in sides if p.exists())


def found_in(data: bytes) -> list[str]:
    low = data.lower()
    return [s for s in SECRETS if s.encode().lower() in low]


def rows_naming(db: Database, secrets: tuple[str, ...] = SECRETS) -> list[str]:
    """The tables with a row holding one of `secrets` (search index included)."""
    names = [t.name for t in Base.metadata.sorted_tables] + ["search_index"]
    hits = []
    with db.read() as session:
        for name in names:
            for row in session.execute(text(f'SELECT * FROM "{name}"')):
                blob = " ".join(
                    bytes(v).decode("latin-1") if isinstance(v, bytes | memoryview) else str(v)
                    for v in row
                )
                if any(s.lower() in blob.lower() for s in secrets):
                    hits.append(name)
    return sorted(set(hits))


@pytest.fixture
def person(db: Database, anna: StaffRow, katowice: Party) -> tuple[int, int]:
    return write_person(db, katowice.organisation.id)


def test_markers_cover_names_email_and_phone_in_their_forms() -> None:
    c = Contact(first_name="Ewa", last_name="Wiśniewska", email="ewa.w@example.pl",
                phone="+48 32 123 45 67", side="katowice")  # fmt: skip
    found = erasure.markers(c)
    for form in ("Ewa Wiśniewska", "Wiśniewska Ewa", "Ewa Wisniewska", "Wiśniewska, Ewa",
                 "ewa.w@example.pl", "+48321234567", "321234567", "Wiśniewska", "Ewa"):  # fmt: skip
        assert form in found
    pattern = erasure.compile_markers(found)
    assert erasure.scrub("Pani EWA WIŚNIEWSKA, tel. 32-123-45-67, Ewangelia", pattern) == (
        "Pani [erased], tel. [erased], Ewangelia"
    )


def test_a_name_inside_a_hyphenated_word_is_another_word() -> None:
    c = Contact(first_name="Étienne", last_name="Nowak", email="", phone="", side="saint_etienne")
    pattern = erasure.compile_markers(erasure.markers(c))
    text = "Étienne Nowak (Saint-Étienne), cf. Wiśniewska-Nowak; signé : Étienne"
    assert erasure.scrub(text, pattern) == (
        "[erased] (Saint-Étienne), cf. Wiśniewska-Nowak; signé : [erased]"
    )


def test_erasure_removes_the_person_everywhere_and_keeps_the_counts(
    db: Database, person: tuple[int, int], katowice: Party, count
) -> None:
    person_id, inquiry_id = person
    other = katowice.contact.id  # Ewa Wiśniewska, untouched
    inquiries_before = count(Inquiry)
    ahead = erasure.preview(db, person_id)
    assert (ahead.name, ahead.counts["inquiries"], ahead.counts["letters"]) == (
        f"{FIRST} {LAST}", 1, 1,
    )  # fmt: skip
    assert ahead.counts["documents"] == 1 and ahead.counts["consents"] == 1
    assert rows_naming(db)  # the strings are there before

    counts = erasure.erase_person(db, person_id, actor="anna")

    assert counts["inquiries"] == 1 and counts["letters"] == 1 and counts["documents"] == 1
    assert counts["consents"] == 1 and counts["people"] == 1
    assert rows_naming(db) == []
    assert count(Inquiry) == inquiries_before  # the inquiry stays, anonymised
    assert count(Contact) == 1 and count(Document) == 0 and count(ConsentRecord) == 0
    with db.read() as session:
        inq = session.get(Inquiry, inquiry_id)
        assert inq is not None and inq.contact_id is None and inq.anonymised_at is not None
        assert "[erased]" in inq.message and "Pozdrawiam" in inq.message
        letter = session.scalars(select(Proposal)).one()
        assert letter.erased_at is not None and letter.rendered_text == ""
        assert letter.pdf.startswith(b"%PDF") and letter.sha256.encode() in letter.pdf
        kinds = session.scalars(
            select(TimelineEntry.kind).where(TimelineEntry.inquiry_id == inquiry_id)
        ).all()
        assert "anonymised" in kinds
        erased = session.scalars(select(Erasure)).one()
        summary = {**json.loads(erased.summary), "wiped": 1}
        assert (erased.contact_id, summary) == (person_id, counts)
    assert contacts.get_contact(db, other).last_name == "Wiśniewska"
    assert proposals.get_pdf(db, letter.id) == letter.pdf  # a tombstone is no damage
    [entry] = audit.list_audit(db, action="erase_person")
    assert (entry.contact_id, entry.subject) == (person_id, f"person #{person_id}")
    assert FIRST not in entry.detail


def test_the_bytes_are_gone_from_the_file_its_wal_and_the_next_backup(
    db: Database, person: tuple[int, int], tmp_path: Path
) -> None:
    if db.on_server:
        relfile = "SELECT pg_relation_filenode('contacts')"
        with db.read() as session:
            before = session.scalar(text(relfile))
        erasure.erase_person(db, person[0], actor="anna")
        with db.read() as session:
            assert session.scalar(text(relfile)) != before  # VACUUM FULL rewrote the table
        assert rows_naming(db) == []
        _scan_server_files(db)
        return
    path = db.path
    assert found_in(raw_bytes(path))  # the file held them
    erasure.erase_person(db, person[0], actor="anna")
    assert found_in(raw_bytes(path)) == []
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # emptied, not just overwritten
    backup = backups.backup_now(db, to=tmp_path / "after.db")
    assert found_in(backup.read_bytes()) == []


def _scan_server_files(db: Database) -> None:
    """On the test server (running here, its files readable): the data files of this
    database hold none of the strings either."""
    with db.read() as session:
        try:
            folder = session.scalar(text("SELECT current_setting('data_directory')"))
            oid = session.scalar(
                text("SELECT oid FROM pg_database WHERE datname = current_database()")
            )
        except Exception:  # not a superuser: the files cannot be found, SQL said enough
            return
    base = Path(str(folder)) / "base" / str(oid)
    if not base.is_dir():
        return
    hits = [f.name for f in base.iterdir() if f.is_file() and found_in(f.read_bytes())]
    assert hits == [], _named(db, hits)


def _named(db: Database, files: list[str]) -> list[str]:
    """The relations those data files are of, for the message of a failure."""
    with db.read() as session:
        return [
            str(session.scalar(text("SELECT pg_filenode_relation(0, :n)::regclass::text"),
                               {"n": int(f.split("_")[0].split(".")[0])}))
            for f in files
        ]  # fmt: skip


def test_a_restored_backup_erases_them_again(
    db: Database, person: tuple[int, int], tmp_path: Path, count
) -> None:
    person_id, inquiry_id = person
    before = backups.backup_now(db, to=tmp_path / "before.db")
    assert found_in(before.read_bytes())
    erasure.erase_person(db, person_id, actor="anna")
    inquiries_after = count(Inquiry)
    if db.on_server:
        backups.restore_server(db, before)
    else:
        backups.restore(db.path, before)
    assert rows_naming(db) == []
    assert count(Inquiry) == inquiries_after
    with db.read() as session:
        assert session.get(Contact, person_id) is None
        assert session.get(Inquiry, inquiry_id).anonymised_at is not None
        assert session.scalar(select(func.count()).select_from(Erasure)) == 1
    if not db.on_server:
        assert found_in(raw_bytes(db.path)) == []


def test_a_backup_taken_after_the_erasure_replays_nothing(
    db: Database, person: tuple[int, int], tmp_path: Path, count
) -> None:
    erasure.erase_person(db, person[0], actor="anna")
    after = backups.backup_now(db, to=tmp_path / "after.db")
    if db.on_server:
        backups.restore_server(db, after)
    else:
        backups.restore(db.path, after)
    assert count(Erasure) == 1 and rows_naming(db) == []


@pytest.mark.database_file
def test_recovering_a_damaged_file_replays_the_erasures_noted_beside_the_backups(
    db: Database, person: tuple[int, int], tmp_path: Path
) -> None:
    path = db.path
    before = backups.backup_now(db)  # in the backups folder, beside erasures.json
    erasure.erase_person(db, person[0], actor="anna")
    marks = json.loads((backups.backup_folder(path) / "erasures.json").read_text())
    assert [m["contact_id"] for m in marks] == [person[0]] and set(marks[0]) == {"contact_id", "at"}
    db.dispose()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # damaged beyond reading
    backups.recover(path, before)
    assert found_in(raw_bytes(path)) == []


def test_only_admins_erase_and_a_missing_person_is_said(db: Database, anna: StaffRow) -> None:
    with pytest.raises(errors.NotFoundError, match="Person 999 does not exist"):
        erasure.erase_person(db, 999, actor="anna")
    assert audit.list_audit(db) == []


def test_a_duplicate_merged_into_them_is_erased_with_them(
    db: Database, person: tuple[int, int], katowice: Party, count
) -> None:
    from msek_desktop.core.privacy import merging

    twin = contacts.create_contact(
        db, {"first_name": FIRST, "last_name": LAST, "email": "zq.7731.other@example.pl",
             "side": "katowice"}, actor="anna",
    )  # fmt: skip
    merging.merge_people(db, person[0], twin.id, actor="anna")
    counts = erasure.erase_person(db, person[0], actor="anna")
    assert counts["people"] == 2 and counts["merges"] >= 1
    assert rows_naming(db, (*SECRETS, "zq.7731.other")) == []
    with db.read() as session:
        assert session.get(Contact, twin.id) is None
        ids = sorted(session.scalars(select(Erasure.contact_id)))
        assert ids == sorted([person[0], twin.id])
        before = session.scalars(select(text("before")).select_from(text("merges"))).all()
        assert before == [""]  # the merge keeps no copy of them


def test_anonymising_one_inquiry_scrubs_the_markers_given(
    db: Database, person: tuple[int, int], count
) -> None:
    person_id, inquiry_id = person
    with db.read() as session:
        contact = session.get(Contact, person_id)
        assert contact is not None
        found = erasure.markers(contact)
    with db.write() as session:
        erasure.anonymise_inquiry_in(session, inquiry_id, found, actor="anna")
    with db.read() as session:
        inq = session.get(Inquiry, inquiry_id)
        assert inq is not None and inq.contact_id is None and inq.anonymised_at is not None
        assert FIRST not in inq.message and LAST not in inq.subject and EMAIL not in inq.message
        assert session.get(Contact, person_id) is not None  # the person stays (retention's)
        assert session.scalars(select(Proposal.erased_at)).one() is not None
    assert count(Document) == 0
