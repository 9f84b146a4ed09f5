"""Everything held about a person (core.privacy.access, access_zip): every record naming
them, in a ZIP of JSON, CSV, their letters and documents, with an audit entry; nothing about
another person with a similar name; all or nothing."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import or_, select, update

from msek_desktop.core import (
    activities,
    audit,
    contacts,
    documents,
    errors,
    exchanges,
    followups,
    inquiries,
    organisations,
    partner_proposals,
)
from msek_desktop.core.db import Database
from msek_desktop.core.exporting.target import ExportRefused
from msek_desktop.core.models import ConsentRecord, Contact, Proposal, TimelineEntry, utcnow
from msek_desktop.core.privacy import access, access_zip
from msek_desktop.core.proposals import TO_PARTNER, LetterRequest
from msek_desktop.core.vocab import AuditAction
from msek_desktop.letters import LetterService

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 11, 20)
TWIN_MARKS = ("Wiśniewska-Nowak", "ewa.nowak@example.pl", "Bliźniaczy temat", "twin.txt")


@dataclass
class Office:
    ewa: int
    twin: int
    ewa_inquiry: int
    twin_inquiry: int
    introduction: int  # a letter on Jean's inquiry, to Ewa's school: addressed to her
    tombstone: int  # a letter to Ewa, erased
    letter: int  # a letter to Ewa, kept


def _person(db: Database, first: str, last: str, email: str, org: int, **more: str) -> int:
    values = {"first_name": first, "last_name": last, "email": email, "side": "katowice",
              "organisation_id": org, "language": "pl", **more}  # fmt: skip
    return contacts.create_contact(db, values, actor="anna").id


def _consent(db: Database, contact_id: int, source: str) -> None:
    with db.write() as session:
        day = date(2026, 3, 2)
        session.add(ConsentRecord(contact_id=contact_id, purpose="newsletter", given_on=day,
                                  given_how="form", source=source))  # fmt: skip


def _inquiry(db: Database, contact_id: int, subject: str) -> int:
    values = {"subject": subject, "contact_id": contact_id, "received_on": date(2026, 3, 1),
              "message": f"{subject}: proszę o kontakt."}  # fmt: skip
    return inquiries.create_inquiry(db, values, actor="anna").id


def _around(db: Database, inquiry_id: int, what: str, partner: int) -> None:
    """A follow-up, an activity, a partner proposed and a document on the inquiry."""
    followups.add_followup(db, inquiry_id, {"due_on": date(2026, 12, 1), "description": what},
                           actor="anna")  # fmt: skip
    activities.log_activity(db, "note", f"Notatka: {what}", inquiry_id=inquiry_id, actor="anna")
    partner_proposals.propose(db, inquiry_id, [partner], actor="anna")


def make_office(db: Database) -> Office:
    lodz = organisations.create_organisation(
        db, {"name": "Szkoła Muzyczna w Łodzi", "city": "Łódź", "side": "katowice"}
    ).id
    ste = organisations.create_organisation(
        db, {"name": "Conservatoire Massenet", "city": "Saint-Étienne", "side": "saint_etienne"}
    ).id
    ewa = _person(db, "Ewa", "Wiśniewska", "ewa.w@example.pl", lodz, phone="+48 601 234 567",
                  notes="=HYPERLINK(\"x\") woli kontakt rano")  # fmt: skip
    twin = _person(db, "Ewa", "Wiśniewska-Nowak", "ewa.nowak@example.pl", lodz)
    jean = contacts.create_contact(
        db, {"first_name": "Jean", "last_name": "Dupont", "side": "saint_etienne",
             "organisation_id": ste}, actor="anna",
    ).id  # fmt: skip
    _consent(db, ewa, "formularz na stronie")
    _consent(db, twin, "twin form")
    mine = _inquiry(db, ewa, "Chór z Łodzi")
    theirs = _inquiry(db, twin, "Bliźniaczy temat")
    jeans = _inquiry(db, jean, "Concert à Łódź")
    _around(db, mine, "zadzwonić do Ewy", ste)
    _around(db, theirs, "twin follow-up", ste)
    activities.log_activity(db, "call", "Rozmowa z Ewą", contact_id=ewa, actor="anna")
    activities.log_activity(db, "call", "Twin call", contact_id=twin, actor="anna")
    documents.attach(db, "Lista uczniów Ewy".encode(), name="lista.txt", inquiry_id=mine,
                     actor="anna")  # fmt: skip
    documents.attach(db, b"twin", name="twin.txt", inquiry_id=theirs, actor="anna")
    exchanges.create_exchange(db, {"title": "Chór w Saint-Étienne", "inquiry_id": mine,
                                   "organisation_ids": [lodz, ste]}, actor="anna",
                              today=TODAY)  # fmt: skip
    service = LetterService(db, actor=lambda: "anna", today=lambda: TODAY)
    letter = service.make(LetterRequest(mine, partner_ids=(ste,))).id
    tombstone = service.make(LetterRequest(mine)).id
    service.make(LetterRequest(theirs))
    introduction = service.make(LetterRequest(jeans, partner_ids=(lodz,), to=TO_PARTNER)).id
    with db.write() as session:  # as erasure leaves a letter: no text, a tombstone PDF
        session.execute(update(Proposal).where(Proposal.id == tombstone).values(
            erased_at=utcnow(), rendered_text="", pdf=b"%PDF tombstone"))  # fmt: skip
    return Office(ewa, twin, mine, theirs, introduction, tombstone, letter)


@pytest.fixture
def office(db: Database, anna: object) -> Office:
    return make_office(db)


def fake_pdf(data: access.PersonData) -> bytes:
    return f"%PDF readable {data.name}".encode()


def _read(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _csv(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_every_record_naming_the_person_is_in_the_zip(
    db: Database, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "Person.zip"
    done = access_zip.export_person(db, office.ewa, out, render=fake_pdf, actor="anna")
    files = _read(out)
    assert files["person.pdf"] == b"%PDF readable Ewa Wi\xc5\x9bniewska" == done.pdf
    found = json.loads(files["person.json"])
    assert found["person"]["id"] == office.ewa and found["person"]["legal_basis"] == "own_request"
    assert {"no_letters", "no_email", "no_phone"} <= set(found["person"])
    assert [c["source"] for c in found["consents"]] == ["formularz na stronie"]
    assert [i["id"] for i in found["inquiries"]] == [office.ewa_inquiry]
    assert [f["description"] for f in found["follow_ups"]] == ["zadzwonić do Ewy"]
    assert [p["organisation"] for p in found["partner_proposals"]] == ["Conservatoire Massenet"]
    assert [x["title"] for x in found["exchanges"]] == ["Chór w Saint-Étienne"]
    with db.read() as session:  # every entry on her or on her inquiry, and only those
        expected = set(session.scalars(select(TimelineEntry.id).where(or_(
            TimelineEntry.contact_id == office.ewa,
            TimelineEntry.inquiry_id == office.ewa_inquiry))))  # fmt: skip
        pdfs = dict(session.execute(select(Proposal.id, Proposal.pdf)).all())
    assert {e["id"] for e in found["timeline"]} == expected and len(expected) >= 8
    letters = {row["id"]: row for row in found["letters"]}
    assert set(letters) == {office.letter, office.tombstone, office.introduction}
    for kept in (office.letter, office.introduction):
        assert files[letters[kept]["file"]] == pdfs[kept]  # byte for byte as archived
    assert letters[office.tombstone]["file"] == "" and letters[office.tombstone]["erased_at"]
    assert "Ewa Wiśniewska" in letters[office.introduction]["rendered_text"]
    [doc] = found["documents"]
    assert files[doc["file"]] == "Lista uczniów Ewy".encode()
    assert sorted(f["path"] for f in found["files"]) == sorted(
        n for n in files if n.startswith(("letters/", "documents/"))
    )
    assert done.data.tables["inquiries"][0]["ref"] == found["inquiries"][0]["ref"]


def test_one_csv_per_table_each_row_and_cells_neutralised(
    db: Database, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "p.zip"
    access_zip.export_person(db, office.ewa, out, render=fake_pdf, actor="anna")
    files = _read(out)
    found = json.loads(files["person.json"])
    for table in access.TABLES:
        rows = _csv(files[f"{table}.csv"])
        head = files[f"{table}.csv"].decode("utf-8-sig").split("\r\n")[0]
        assert head.split(";") == access.columns(table)
        expected = [found[table]] if table == "person" else found[table]
        assert [r["id"] for r in rows] == [str(e["id"]) for e in expected]
    [person] = _csv(files["person.csv"])
    assert person["notes"].startswith("'=HYPERLINK")  # no formula when opened in Excel
    assert person["email"] == "ewa.w@example.pl" and person["no_email"] == "no"


def test_nothing_about_another_person_with_a_similar_name(
    db: Database, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "ewa.zip"
    access_zip.export_person(db, office.ewa, out, render=fake_pdf, actor="anna")
    text = b"".join(c for n, c in _read(out).items() if not n.endswith(".pdf")).decode()
    for mark in TWIN_MARKS:
        assert mark not in text
    assert f'"contact_id": {office.twin}' not in text
    # and the other way round: the letter to Ewa's school names Ewa, not her namesake
    other = access_zip.export_person(db, office.twin, tmp_path / "twin.zip", render=fake_pdf)
    assert office.introduction not in [r["id"] for r in other.data.tables["letters"]]
    assert other.data.tables["audit"] == []  # Ewa's export is hers
    twin_text = b"".join(_read(tmp_path / "twin.zip").values()).decode("utf-8", "replace")
    assert "ewa.w@example.pl" not in twin_text and "Chór z Łodzi" not in twin_text


def test_each_export_is_in_the_audit_list(db: Database, office: Office, tmp_path: Path) -> None:
    access_zip.export_person(db, office.ewa, tmp_path / "Person 1.zip", render=fake_pdf,
                             actor="anna")  # fmt: skip
    [entry] = audit.list_audit(db, action=AuditAction.EXPORT_PERSON)
    assert (entry.contact_id, entry.subject, entry.detail) == (
        office.ewa,
        f"person #{office.ewa}",
        "Person 1.zip",
    )
    assert entry.login == "anna"
    assert "Wiśniewska" not in entry.subject + entry.detail  # the audit list names no one
    again = access_zip.export_person(db, office.ewa, tmp_path / "again.zip", render=fake_pdf)
    assert [(a["id"], a["action"]) for a in again.data.tables["audit"]] == [
        (entry.id, "export_person")
    ]  # the next export says who exported their data before


def test_a_person_in_the_bin_is_exported_too(db: Database, office: Office, tmp_path: Path) -> None:
    contacts.set_deleted(db, office.ewa, True, actor="anna")
    done = access_zip.export_person(db, office.ewa, tmp_path / "p.zip", render=fake_pdf)
    assert done.data.in_bin and done.data.tables["inquiries"]


def test_an_unknown_person_or_a_bad_place_writes_nothing(
    db: Database, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.NotFoundError, match="Contact 999999 does not exist"):
        access_zip.export_person(db, 999999, out / "x.zip", render=fake_pdf)
    with pytest.raises(ExportRefused, match=r"must end in \.zip"):
        access_zip.export_person(db, office.ewa, out / "x.pdf", render=fake_pdf)
    with pytest.raises(ExportRefused, match="no-such-folder"):
        access_zip.export_person(db, office.ewa, out / "no-such-folder" / "x.zip",
                                 render=fake_pdf)  # fmt: skip
    (out / "folder.zip").mkdir()
    with pytest.raises(ExportRefused, match="it is a folder"):
        access_zip.export_person(db, office.ewa, out / "folder.zip", render=fake_pdf)

    def broken(data: access.PersonData) -> bytes:
        raise RuntimeError("the renderer failed")

    (out / "kept.zip").write_bytes(b"what was there")
    with pytest.raises(RuntimeError):
        access_zip.export_person(db, office.ewa, out / "kept.zip", render=broken)
    if not db.on_server:  # an audit entry that cannot be written: no file either
        with pytest.raises(errors.NotFoundError, match="nobody"):
            access_zip.export_person(db, office.ewa, out / "kept.zip", render=fake_pdf,
                                     actor="nobody")  # fmt: skip
    assert (out / "kept.zip").read_bytes() == b"what was there"
    assert sorted(p.name for p in out.iterdir()) == ["folder.zip", "kept.zip"]
    assert audit.list_audit(db) == []


def test_a_suggested_name_is_valid_on_windows() -> None:
    assert access_zip.suggested_name(12, "Nowak") == "Person 12 - Nowak.zip"
    assert access_zip.suggested_name(3, 'Ko:w/a"l') == "Person 3 - Ko_w_a_l.zip"
    assert access_zip.suggested_name(4, "  ") == "Person 4.zip"
    assert access_zip.suggested_name(5, "Dąb", "Osoba") == "Osoba 5 - Dąb.zip"


def test_a_person_with_no_inquiry_has_their_record_and_empty_tables(
    db: Database, office: Office, tmp_path: Path
) -> None:
    with db.read() as session:
        school = session.scalar(select(Contact.organisation_id).where(Contact.id == office.ewa))
    alone = _person(db, "Piotr", "Nowak", "piotr@example.pl", school)
    done = access_zip.export_person(db, alone, tmp_path / "p.zip", render=fake_pdf)
    tables = done.data.tables
    assert [r["id"] for r in tables["person"]] == [alone] and done.data.files == ()
    assert [e["kind"] for e in tables["timeline"]] == ["created"]  # the entry of their record
    assert all(tables[name] == [] for name in access.TABLES if name not in ("person", "timeline"))
    assert _csv(_read(tmp_path / "p.zip")["letters.csv"]) == []  # its heads only
