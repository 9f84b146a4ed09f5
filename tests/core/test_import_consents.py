"""A person's consents in the import (consents, consent_given_on, consent_how: headers and
words in English, French or Polish), recorded through core.privacy.consent; the people
export writes them back in the same columns and the import reads them again."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from msek_desktop.core import contacts, errors, exporting, importing
from msek_desktop.core.db import Database
from msek_desktop.core.models import ConsentRecord, Contact, TimelineEntry
from msek_desktop.core.privacy import consent

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 11, 25)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def consents_of(db: Database, last_name: str) -> list[tuple[str, date, str, date | None]]:
    """(purpose, given on, how, withdrawn on) of the person's consents, by purpose then day."""
    (row,) = [c for c in contacts.find_contacts(db, limit=500) if c.last_name == last_name]
    found = consent.list_consents(db, row.id)
    return sorted((c.purpose, c.given_on, c.given_how, c.withdrawn_on) for c in found)


def count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("header", "cells", "encoding", "expected"),
    [
        ("consents;consent_given_on;consent_how", "newsletter, photos;2026-03-01;form",
         "utf-8", [("newsletter", date(2026, 3, 1), "form"),
                   ("photos", date(2026, 3, 1), "form")]),
        ("Consentements;Date du consentement;Consentement donné par",
         "Bulletin d’information, droit à l’image;01/03/2026, 02/04/2026;courriel, Téléphone",
         "cp1252", [("newsletter", date(2026, 3, 1), "email"),
                    ("photos", date(2026, 4, 2), "phone")]),
        ("Zgody;Data zgody;Forma zgody", "wymiany | zdjęcia;15.02.2026;formularz", "cp1250",
         [("contact_exchanges", date(2026, 2, 15), "form"),
          ("photos", date(2026, 2, 15), "form")]),
        # no day: the inquiry's date of receipt
        ("consent;consent_how;received_on", "contact_exchanges;letter;2026-10-30", "utf-8-sig",
         [("contact_exchanges", date(2026, 10, 30), "letter")]),
    ],
)  # fmt: skip
def test_a_new_persons_consents_are_imported(
    db: Database, tmp_path: Path, header: str, cells: str, encoding: str,
    expected: list[tuple[str, date, str]],
) -> None:  # fmt: skip
    path = write(tmp_path / "in.csv", f"Nom;Objet;{header}\nNowak;Chór;{cells}\n", encoding)
    importing.import_file(db, path, today=TODAY)
    assert consents_of(db, "Nowak") == [(*e, None) for e in expected]
    (row,) = contacts.find_contacts(db)
    with db.read() as session:
        sources = set(session.scalars(select(ConsentRecord.source)))
        notes = set(
            session.execute(
                select(TimelineEntry.field, TimelineEntry.new_value, TimelineEntry.note).where(
                    TimelineEntry.contact_id == row.id, TimelineEntry.kind == "consent"
                )
            )
        )
    assert sources == {"imported from in.csv, line 2"}
    assert notes == {(p, "given", f"{how} {day.isoformat()}") for p, day, how in expected}


@pytest.mark.parametrize(
    ("header", "cells", "field", "code"),
    [
        ("consents;consent_how", "newsletter, fireworks;form", "consents", "unknown_code"),
        ("consents;consent_given_on;consent_how", "photos;31/02/2026;form", "consent_given_on",
         None),
        ("consents;consent_given_on;consent_how", "photos;2026-12-01;form", "consent_given_on",
         "in_future"),
        ("consents;consent_how", "photos;pigeon", "consent_how", "unknown_code"),
        ("consents", "photos", "consent_how", "consent_how_required"),
        ("consents;consent_given_on;consent_how", "photos, newsletter;2026-01-01, 2026-01-02, "
         "2026-01-03;form", "consent_given_on", "consent_count"),
        ("consent_given_on", "2026-01-01", "consent_given_on",
         "consent_without_purpose"),
    ],
)  # fmt: skip
def test_a_bad_consent_is_the_rows_error_and_nothing_is_written(
    db: Database, tmp_path: Path, header: str, cells: str, field: str, code: str | None
) -> None:
    text = f"last_name;subject;{header}\nLis;Teatr;\nNowak;Chór;{cells}\n"
    path = write(tmp_path / "bad.csv", text.replace("Teatr;\n", "Teatr\n"))
    with pytest.raises(importing.ImportRejected) as caught:
        importing.import_file(db, path, today=TODAY)
    (problem,) = caught.value.report.errors
    assert (problem.line, problem.field) == (3, field)
    if code is not None:
        assert errors.code_of(problem.message) == code
    assert str(caught.value).startswith(f"Nothing was imported: line 3, {field}: ")
    assert count(db, Contact) == 0 and count(db, ConsentRecord) == 0


def test_consents_on_a_row_without_a_person_are_refused(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "o.csv", "organisation;subject;consents;consent_how\n"
                                     "Filharmonia;Koncert;newsletter;email\n")  # fmt: skip
    with pytest.raises(importing.ImportRejected) as caught:
        importing.import_file(db, path, today=TODAY)
    (problem,) = caught.value.report.errors
    assert (problem.line, problem.field) == (2, "consents")
    assert errors.code_of(problem.message) == "consent_without_person"


def test_a_recorded_person_gets_only_consents_not_in_force_and_nothing_is_withdrawn(
    db: Database, tmp_path: Path
) -> None:
    ewa = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Nowak", "email": "ewa@example.pl",
             "side": "katowice"},
    )  # fmt: skip
    for purpose, given_on in (("newsletter", "2026-01-10"), ("photos", "2026-01-10")):
        values = {"purpose": purpose, "given_on": given_on, "given_how": "form"}
        consent.add_consent(db, ewa.id, values, today=TODAY)
    photos = next(c for c in consent.list_consents(db, ewa.id) if c.purpose == "photos")
    consent.withdraw_consent(db, photos.id, {"withdrawn_on": "2026-06-01",
                                             "withdrawn_how": "email"}, today=TODAY)  # fmt: skip
    text = (
        "first_name;last_name;email;subject;consents;consent_given_on;consent_how\n"
        # newsletter in force; photos withdrawn after 2026-05-01: neither given again
        "Ewa;Nowak;ewa@example.pl;Chór;newsletter, photos, contact;2026-05-01;letter\n"
        "Jan;Lis;;Teatr;newsletter;2026-02-01;form\n"
        "Jan;Lis;;Opera;newsletter, photos;2026-03-01;phone\n"  # the same new person again
    )
    path = write(tmp_path / "again.csv", text)
    importing.import_file(db, path, today=TODAY)
    assert consents_of(db, "Nowak") == [
        ("contact_exchanges", date(2026, 5, 1), "letter", None),
        ("newsletter", date(2026, 1, 10), "form", None),
        ("photos", date(2026, 1, 10), "form", date(2026, 6, 1)),
    ]
    assert consents_of(db, "Lis") == [  # the first row's newsletter, the later row's photos
        ("newsletter", date(2026, 2, 1), "form", None),
        ("photos", date(2026, 3, 1), "phone", None),
    ]
    before = count(db, ConsentRecord)
    importing.import_file(db, path, today=TODAY)  # again: everything is in force already
    assert count(db, ConsentRecord) == before
    # a consent given after the withdrawal is the person's new yes
    later = "email;last_name;subject;consents;consent_given_on;consent_how\n" \
            "ewa@example.pl;Nowak;Zdjęcia;zdjęcia;2026-07-01;e-mail\n"  # fmt: skip
    importing.import_file(db, write(tmp_path / "later.csv", later), today=TODAY)
    assert ("photos", date(2026, 7, 1), "email", None) in consents_of(db, "Nowak")


def exported(db: Database, path: Path) -> dict[str, dict[str, str]]:
    exporting.export(db, path, "people")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {r["last_name"]: r for r in csv.DictReader(f, delimiter=";")}


def test_the_people_export_writes_consents_the_import_reads_back(
    db: Database, tmp_path: Path, new_database: Any
) -> None:
    text = (
        "first_name;last_name;subject;consents;consent_given_on;consent_how\n"
        "Ewa;Nowak;Chór;photos, newsletter;2026-04-02, 2026-03-01;phone, email\n"
        "Jan;Lis;Teatr;contact;2026-02-01;form\n"
        "Anne;Dupont;Opéra;;;\n"
    )
    importing.import_file(db, write(tmp_path / "in.csv", text), today=TODAY)
    rows = exported(db, tmp_path / "people.csv")
    columns = ("consents", "consent_given_on", "consent_how")
    assert {name: tuple(r[c] for c in columns) for name, r in rows.items()} == {
        "Nowak": ("newsletter, photos", "2026-03-01, 2026-04-02", "email, phone"),
        "Lis": ("contact_exchanges", "2026-02-01", "form"),
        "Dupont": ("", "", ""),
    }
    # the exported cells imported into another office give the same consents
    other = new_database(tmp_path / "other.db")
    lines = ["first_name;last_name;subject;" + ";".join(columns)]
    lines += [f"{r['first_name']};{name};Again;" + ";".join(r[c] for c in columns)
              for name, r in rows.items()]  # fmt: skip
    back = write(tmp_path / "back.csv", "\n".join(lines) + "\n")
    importing.import_file(other, back, today=TODAY)
    for name in rows:
        assert [c[:3] for c in consents_of(other, name)] == [c[:3] for c in consents_of(db, name)]
    assert exported(other, tmp_path / "people2.csv")["Nowak"]["consent_how"] == "email, phone"
    before = count(db, ConsentRecord)
    importing.import_file(db, back, today=TODAY)  # into the same office: nothing new
    assert count(db, ConsentRecord) == before == 3


def test_a_withdrawn_or_expired_consent_is_not_exported(db: Database, tmp_path: Path) -> None:
    ewa = contacts.create_contact(db, {"last_name": "Nowak", "side": "katowice"})
    for purpose, expires in (("newsletter", "2026-02-01"), ("photos", None)):
        values = {"purpose": purpose, "given_on": "2026-01-10", "given_how": "form",
                  "expires_on": expires}  # fmt: skip
        consent.add_consent(db, ewa.id, values, today=TODAY)
    row = exported(db, tmp_path / "p.csv")["Nowak"]
    assert (row["consents"], row["consent_given_on"], row["consent_how"]) == (
        "photos",
        "2026-01-10",
        "form",
    )
