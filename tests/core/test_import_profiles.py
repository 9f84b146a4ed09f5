"""The organisation profile columns of an import: a new organisation gets them, one already
recorded only those it lacks; bad values are row errors; an organisations export imports
back with its descriptions, in UTF-8 and in Windows-1250."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from msek_desktop.core import changes, errors, exporting, importing, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.importing.rows import PROFILE
from msek_desktop.core.models import Base, Contact, Inquiry, Organisation, TimelineEntry
from msek_desktop.core.rows import OrganisationRow
from tests.core.conftest import Party

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

Count = Callable[[type[Base]], int]
TODAY = date(2026, 11, 25)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def by_name(db: Database, name: str) -> OrganisationRow:
    with db.read() as session:
        oid = session.scalars(select(Organisation.id).where(Organisation.name == name)).one()
    return organisations.get_organisation(db, oid)


def test_a_new_organisation_gets_its_profile_from_french_and_polish_headers(
    db: Database, tmp_path: Path
) -> None:
    text = (
        "organisme;objet;territoire;Description (français);Opis (po polsku);description_en;"
        "offres;szuka;mots-clés;public;langues;capacité d'accueil;actif\n"
        "Conservatoire Massenet;Échange;Saint-Étienne;Un conservatoire à rayonnement régional;"
        "Konserwatorium o zasięgu regionalnym, kształcące młodzież;A regional conservatory;"
        "cours de piano, orchestre;partnerzy w Polsce;piano, orchestre , jazz;"
        "enfants, adolescents / dorośli;fr en;40;non\n"
    )
    report = importing.import_file(db, write(tmp_path / "p.csv", text), today=TODAY)
    assert report.ignored_columns == [] and report.created["organisations"] == 1
    org = by_name(db, "Conservatoire Massenet")
    assert org.description_fr == "Un conservatoire à rayonnement régional"
    assert org.description_pl == "Konserwatorium o zasięgu regionalnym, kształcące młodzież"
    assert org.description_en == "A regional conservatory"
    assert (org.offers, org.seeks) == ("cours de piano, orchestre", "partnerzy w Polsce")
    assert org.tags == ("piano", "orchestre", "jazz")
    assert org.audiences == ("children", "teenagers", "adults")
    assert org.languages == ("fr", "en")
    assert (org.capacity, org.active) == (40, False)


def test_english_headers_codes_and_words(db: Database, tmp_path: Path) -> None:
    text = (
        "organisation,subject,side,offers,seeks,tags,audiences,languages,capacity,active\n"
        "Filharmonia Śląska,Koncert,katowice,concerts,choirs,"
        '"choir; orchestra",students professionals,"polski, EN",120,tak\n'
    )
    importing.import_file(db, write(tmp_path / "e.csv", text), today=TODAY)
    org = by_name(db, "Filharmonia Śląska")
    assert org.audiences == ("students", "professionals")
    assert org.languages == ("pl", "en")
    assert (org.tags, org.capacity, org.active) == (("choir", "orchestra"), 120, True)


def test_a_recorded_organisation_gets_only_what_it_lacks(
    db: Database, tmp_path: Path, saint_etienne: Party, count: Count
) -> None:
    massenet = saint_etienne.organisation
    organisations.update_organisation(
        db, massenet.id,
        {"description_fr": "Écrit par l'équipe", "tags": "piano", "capacity": 12, "active": False},
        actor="anna",
    )  # fmt: skip
    before = organisations.get_organisation(db, massenet.id)
    text = (
        "organisation;subject;side;description_fr;description_pl;tags;capacity;active;languages\n"
        "Conservatoire Massenet;Échange;saint_etienne;Écrit par le fichier;Opis z pliku;"
        "jazz;80;yes;\n"
        "Conservatoire Massenet;Encore;saint_etienne;;Drugi opis;;;;fr\n"
    )
    path = write(tmp_path / "r.csv", text)
    dry = importing.import_file(db, path, dry_run=True, today=TODAY)
    assert dry.profiles_filled == 1 and "1 organisations already recorded given" in dry.summary()
    assert organisations.get_organisation(db, massenet.id) == before
    report = importing.import_file(db, path, today=TODAY, actor="anna")
    assert report.created["organisations"] == 0 and report.to_json()["profiles_filled"] == 1
    after = organisations.get_organisation(db, massenet.id)
    assert after.description_fr == "Écrit par l'équipe"  # staff's text is kept
    assert (after.tags, after.capacity, after.active) == (("piano",), 12, False)
    assert after.description_pl == "Opis z pliku"  # the first row's value: the file's first
    assert after.languages == ("fr",)  # a later row gives what the first one did not
    assert after.version == before.version + 1
    with db.read() as session:
        entries = [
            (t.kind, t.field, t.old_value, t.new_value, t.note, t.who)
            for t in changes.timeline(session, organisation_id=massenet.id)
        ][-2:]
    assert entries == [
        ("changed", "description_pl", "", "Opis z pliku", "imported from r.csv", "anna"),
        ("changed", "languages", "", "fr", "imported from r.csv", "anna"),
    ]


def test_a_recorded_organisation_with_its_profile_is_left_alone(
    db: Database, tmp_path: Path, saint_etienne: Party
) -> None:
    massenet = saint_etienne.organisation
    organisations.update_organisation(db, massenet.id, {"description_pl": "Nasz opis"})
    before = organisations.get_organisation(db, massenet.id)
    text = "organisation;subject;opis (po polsku)\nConservatoire Massenet;Échange;Inny opis\n"
    report = importing.import_file(db, write(tmp_path / "k.csv", text), today=TODAY)
    assert report.profiles_filled == 0
    assert organisations.get_organisation(db, massenet.id) == before


@pytest.mark.parametrize(
    ("header", "value", "code"),
    [
        ("audiences", "children, pensioners", "unknown_code"),
        ("languages", "fr, klingon", "language_code"),
        ("capacity", "many", "not_integer"),
        ("capacity", "-3", "between"),
        ("active", "perhaps", "unknown_code"),
        ("tags", "x" * 600, "too_long"),
        ("description_fr", "é" * 5001, "too_long"),
    ],
)
def test_bad_values_are_row_errors_and_nothing_is_written(
    db: Database, tmp_path: Path, count: Count, header: str, value: str, code: str
) -> None:
    text = f'organisation;subject;{header}\nLe Fil;Concert;\nCité du design;Design;"{value}"\n'
    path = write(tmp_path / "bad.csv", text)
    before = (count(Organisation), count(Inquiry), count(TimelineEntry))
    with pytest.raises(importing.ImportRejected) as caught:
        importing.import_file(db, path, today=TODAY)
    (error,) = caught.value.report.errors
    assert (error.line, error.field, errors.code_of(error.message)) == (3, header, code)
    assert str(caught.value).startswith(f"Nothing was imported: line 3, {header}: ")
    assert (count(Organisation), count(Inquiry), count(TimelineEntry)) == before


def test_a_profile_value_needs_the_rows_organisation(
    db: Database, tmp_path: Path, count: Count
) -> None:
    text = "last_name;subject;description_fr\nNowak;Wymiana;Une description\n"
    with pytest.raises(importing.ImportRejected) as caught:
        importing.import_file(db, write(tmp_path / "n.csv", text), today=TODAY)
    (error,) = caught.value.report.errors
    assert (error.line, error.field) == (2, "description_fr")
    assert error.message == "is for the row's organisation, and this row names none"
    assert count(Contact) == 0


# -- export, then import ---------------------------------------------------------------------

DESCRIPTIONS = {
    "utf-8": {
        "description_fr": (
            "Lieu où l'on crée : œuvres, ateliers « à la carte », été 2026 — çà et là"
        ),
        "description_pl": "Szkoła muzyczna I i II stopnia w Łodzi: zajęcia dla dzieci, "
        "młodzieży i dorosłych; źródła, żółć, gęślą jaźń",
        "description_en": "A design centre; “Biennale” every two years",
    },
    "cp1250": {  # the French letters Windows-1250 has too
        "description_fr": "Établissement d'enseignement musical : études, répétition, "
        "français, Noël, Côte",
        "description_pl": "Zespół Szkół Muzycznych: zajęcia dla młodzieży, współpraca z "
        "ośrodkami kultury; źródła, żółć, gęślą jaźń",
        "description_en": "Music school",
    },
}


@pytest.mark.parametrize("encoding", ["utf-8", "cp1250"])
def test_an_organisations_export_imports_back_with_its_descriptions(
    db: Database,
    tmp_path: Path,
    encoding: str,
    new_database: Callable[..., Database],
) -> None:
    texts = DESCRIPTIONS[encoding]
    for value in texts.values():
        value.encode(encoding)  # each text can be written in the encoding
    made = organisations.create_organisation(
        db,
        {"name": "Zespół Szkół Muzycznych", "side": "katowice", "city": "Łódź",
         "kind": "music_school", "tags": "chór, fortepian", "audiences": "children adults",
         "languages": "pl fr", "capacity": 25, "offers": "Koncerty", "seeks": "Wymiana",
         **texts},
    )  # fmt: skip
    exported = tmp_path / "organisations.csv"
    exporting.export(db, exported, "organisations")
    rows = list(csv.reader(io.StringIO(exported.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][-3:] == ["description_fr", "description_pl", "description_en"]
    # an inquiry import needs a subject: the exported file with one more column
    out = io.StringIO()
    table = csv.writer(out, delimiter=";", lineterminator="\r\n")
    table.writerow([*rows[0], "subject"])
    for cells in rows[1:]:
        table.writerow([*cells, "Wymiana"])
    path = write(tmp_path / f"back-{encoding}.csv", out.getvalue(), encoding)
    fresh = new_database(tmp_path / "fresh.db")
    report = importing.import_file(fresh, path, today=TODAY)
    assert report.encoding == ("utf-8" if encoding == "utf-8" else "cp1250")
    assert report.created["organisations"] == 1
    back = by_name(fresh, "Zespół Szkół Muzycznych")
    for name in (*PROFILE, "kind", "side", "city"):
        assert getattr(back, name) == getattr(made, name), name
