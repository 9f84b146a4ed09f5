"""A person's legal basis and contact preferences in the import (headers and words in
English, French or Polish) and in the people export, read back by the import."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from msek_desktop.core import contacts, errors, exporting, history, importing
from msek_desktop.core.db import Database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 11, 25)


def person(db: Database, last_name: str) -> tuple[str, bool, bool, bool]:
    (row,) = [c for c in contacts.find_contacts(db, limit=500) if c.last_name == last_name]
    return row.legal_basis, row.no_letters, row.no_email, row.no_phone


@pytest.mark.parametrize(
    ("header", "cells", "encoding", "expected"),
    [
        ("legal_basis;no_letters;no_email;no_phone", "consent;yes;no;", "utf-8",
         ("consent", True, False, False)),
        ("Base légale;Pas de courriers;Pas de courriel;Pas d’appels",
         "intérêt légitime;oui;non;OUI", "cp1252", ("legitimate_interest", True, False, True)),
        ("Podstawa prawna;Bez listów;Bez e-maili;Bez telefonów", "umowa;nie;tak;t", "cp1250",
         ("contract", False, True, True)),
        ("Legal basis;No letters;No emails;No calls", ";;x;", "utf-8",
         ("own_request", False, True, False)),
        ("Base légale;Pas de courriers", "à sa demande;Vrai", "utf-8-sig",
         ("own_request", True, False, False)),
    ],
)  # fmt: skip
def test_a_new_persons_basis_and_preferences_are_imported(
    db: Database, tmp_path: Path, header: str, cells: str, encoding: str,
    expected: tuple[str, bool, bool, bool],
) -> None:  # fmt: skip
    text = f"Nom;Objet;{header}\nNowak;Chór;{cells}\n"
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode(encoding))
    report = importing.import_file(db, path, today=TODAY)
    assert report.created["contacts"] == 1
    assert person(db, "Nowak") == expected


@pytest.mark.parametrize(
    ("cells", "field"),
    [("whim;yes", "legal_basis"), ("consent;perhaps", "no_letters")],
)
def test_a_word_not_known_is_the_rows_error(
    db: Database, tmp_path: Path, cells: str, field: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"last_name;subject;legal_basis;no_letters\nNowak;Chór;{cells}\n")
    with pytest.raises(importing.ImportRejected) as caught:
        importing.import_file(db, path, today=TODAY)
    ((problem),) = caught.value.report.errors
    assert (problem.line, problem.field) == (2, field)
    assert errors.code_of(problem.message) == "unknown_code"
    assert contacts.find_contacts(db) == []


def test_the_people_export_reads_back(db: Database, tmp_path: Path) -> None:
    contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice",
             "legal_basis": "consent", "no_letters": True, "no_phone": True},
    )  # fmt: skip
    contacts.create_contact(db, {"last_name": "Dupont", "side": "saint_etienne"})
    out = tmp_path / "people.csv"
    exporting.export(db, out, "people")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    said = {r["last_name"]: (r["legal_basis"], r["no_letters"], r["no_email"], r["no_phone"])
            for r in rows}  # fmt: skip
    assert said == {
        "Nowak": ("consent", "yes", "no", "yes"), "Dupont": ("own_request", "no", "no", "no"),
    }  # fmt: skip
    columns = ["first_name", "last_name", "legal_basis", "no_letters", "no_email", "no_phone"]
    back = tmp_path / "back.csv"
    lines = [";".join([*columns, "subject"])]
    lines += [";".join([*(r[c] for c in columns), "Again"]) for r in rows]
    back.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = importing.import_file(db, back, today=TODAY)  # the same people: matched
    assert report.created["contacts"] == 0
    assert person(db, "Nowak") == ("consent", True, False, True)


def test_a_refusal_in_the_file_holds_for_a_recorded_person_and_a_no_undoes_nothing(
    db: Database, tmp_path: Path
) -> None:
    ewa = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Nowak", "email": "ewa@example.pl",
             "side": "katowice", "no_phone": True, "legal_basis": "contract"}, actor=None,
    )  # fmt: skip
    text = (
        "first_name;last_name;email;subject;no_letters;no_phone;legal_basis\n"
        "Ewa;Nowak;ewa@example.pl;Chór;tak;nie;consent\n"
        "Jan;Lis;;Teatr;;;\n"
        "Jan;Lis;;Opera;;oui;\n"  # the same new person, refusing calls further on
    )
    path = tmp_path / "again.csv"
    path.write_text(text, encoding="utf-8")
    report = importing.import_file(db, path, today=TODAY)
    assert report.created["contacts"] == 1
    assert person(db, "Nowak") == ("contract", True, False, True)  # only the refusal added
    assert person(db, "Lis") == ("own_request", False, False, True)
    edits = [e for e in history.entries(db, "changes", contact_id=ewa.id) if e.kind == "changed"]
    assert [(e.field, e.old_value, e.new_value, e.note) for e in edits] == [
        ("no_letters", "no", "yes", "imported from again.csv"),
    ]
    assert contacts.get_contact(db, ewa.id).version == ewa.version + 1
