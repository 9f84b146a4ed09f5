"""The three letters of `msek proposal`, run as the real `msek` program: the proposal (with
--partner), the acknowledgement (no partner), the introduction to a partner (--to partner
ORG_ID); a partner without a description in the letter's language is refused unless
--allow-missing-description. The PDFs are read with pdftotext."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from offices import two_schools

from msek_desktop.core import contacts, inquiries, organisations, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

MSEK = Path(sys.executable).with_name("msek")


@dataclass(frozen=True)
class Office:
    location: str
    ref: str
    massenet: int  # Saint-Étienne, descriptions in French and English only
    silesia: int  # Katowice, no description at all
    lodz: int  # the inquiry's own organisation


def make_office(db: Database) -> tuple[str, int, int, int]:
    lodz, ste = two_schools(db)
    organisations.update_organisation(
        db, ste.id,
        {"description_fr": "Conservatoire à rayonnement régional, 1 600 élèves.",
         "description_en": "A regional conservatory with 1,600 pupils.",
         "address": "32 rue des Francs-Maçons", "postal_code": "42000", "country": "FR"},
    )  # fmt: skip
    silesia = organisations.create_organisation(
        db, {"name": "Akademia Muzyczna", "city": "Katowice", "side": "katowice"}
    )
    contacts.create_contact(
        db,
        {"honorific": "mr", "first_name": "Jean", "last_name": "Dupont", "language": "fr",
         "side": "saint_etienne", "organisation_id": ste.id, "position": "Directeur"},
    )  # fmt: skip
    anna = contacts.create_contact(
        db,
        {"honorific": "ms", "first_name": "Anna", "last_name": "Wiśniewska", "language": "pl",
         "side": "katowice", "organisation_id": lodz.id, "position": "Dyrektorka",
         "email": "anna@szkola.example.pl", "phone": "+48 42 555 01 02"},
    )  # fmt: skip
    row = inquiries.create_inquiry(
        db,
        {"subject": "Wymiana nauczycieli fortepianu", "contact_id": anna.id,
         "assignee": "anowak", "desired_counterpart": "konserwatorium"},
    )  # fmt: skip
    return row.ref, ste.id, silesia.id, lodz.id


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> Office:
    db = databases.open(tmp_path / "office.db")
    try:
        ref, massenet, silesia, lodz = databases.build(db, make_office)
    finally:
        db.dispose()
    return Office(db.location, ref, massenet, silesia, lodz)


def msek(office: Office, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MSEK), "--db", str(office.location), "proposal", office.ref, *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext reads it, whitespace folded."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    return " ".join(out.split())


def kept(office: Office) -> list[proposals.ProposalRow]:
    db = open_database(office.location)
    try:
        return proposals.list_proposals(db, inquiries.get_by_ref(db, office.ref).row.id)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("language", "subject", "never"),
    [
        ("pl", "Potwierdzenie otrzymania zapytania – Wymiana", ("Propozycj", "propozycj")),
        ("fr", "Accusé de réception de votre demande – Wymiana", ("proposition", "Proposition")),
        ("en", "Acknowledgement of your enquiry – Wymiana", ("proposal", "Proposal")),
    ],
)
def test_no_partner_makes_an_acknowledgement(
    office: Office, tmp_path: Path, language: str, subject: str, never: tuple[str, ...]
) -> None:
    out = tmp_path / "ack.pdf"
    result = msek(office, "--out", str(out), "--lang", language)
    assert (result.returncode, result.stderr) == (0, "")
    text = pdf_text(out)
    assert subject in text
    assert office.ref in text  # the reference the request is registered under
    for word in never:
        assert word not in text
    (row,) = kept(office)
    assert (row.kind, row.language, row.partners) == ("acknowledgement", language, ())


def test_the_polish_acknowledgement_says_what_happens_next(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "ack.pdf"
    assert msek(office, "--out", str(out)).returncode == 0
    text = pdf_text(out)
    assert "Dziękujemy za Pani zapytanie z dnia" in text
    assert "poszukujemy w Saint-Étienne instytucji" in text
    assert "przedstawimy ją Pani i przekażemy jej dane kontaktowe" in text
    assert "prosimy o kontakt z osobą prowadzącą sprawę: Agnieszka Nowak" in text


def test_to_partner_introduces_the_requester_in_the_partners_language(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "intro.pdf"
    result = msek(office, "--to", "partner", str(office.massenet), "--out", str(out))
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{out}\n", "")
    text = pdf_text(out)
    # to the organisation's first person, at its address, in French (its side's language)
    assert "Monsieur Jean Dupont" in text and "32 rue des Francs-Maçons" in text
    assert "Monsieur," in text and "Demande de coopération – Wymiana nauczycieli" in text
    # who asked, what they want, how to reach them
    assert "Anna Wiśniewska, Dyrektorka, Szkoła Muzyczna I st. (Łódź)." in text
    assert "Demande : « Wymiana nauczycieli fortepianu »" in text
    assert "Partenaire recherché : konserwatorium." in text
    assert "Coordonnées : anna@szkola.example.pl, tél. +48 42 555 01 02" in text
    assert "Votre demande du" not in text  # the partner asked nothing
    assert "Proposition de partenariat" not in text
    (row,) = kept(office)
    assert (row.kind, row.language) == ("introduction", "fr")
    assert [p.id for p in row.partners] == [office.massenet]


def test_to_a_polish_partner_without_people_writes_to_the_organisation(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "intro.pdf"
    result = msek(office, "--to", "partner", str(office.silesia), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    # Katowice's side: Polish; nobody named: the organisation, "Szanowni Państwo"
    assert "Akademia Muzyczna" in text and "Szanowni Państwo," in text
    assert "Zapytanie o współpracę – Wymiana" in text
    assert "profilowi działalności Państwa instytucji" in text
    assert "Zapytanie: „Wymiana nauczycieli fortepianu”" in text
    assert kept(office)[0].kind == "introduction"


def test_to_partner_language_option_wins(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "intro.pdf"
    result = msek(
        office, "--to", "partner", str(office.massenet), "--lang", "pl", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Szanowny Panie," in text and "Zapytanie o współpracę – Wymiana" in text
    assert kept(office)[0].language == "pl"


def test_a_partner_without_a_description_in_the_letters_language_is_refused(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "letter.pdf"
    result = msek(office, "--partner", str(office.massenet), "--out", str(out))  # Polish
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"msek: Conservatoire Massenet (organisation {office.massenet}) has no description in "
        "Polish: write it, or make the letter without it with --allow-missing-description.\n"
    )
    assert kept(office) == [] and not out.exists()
    assert list(tmp_path.glob(".msek-*")) == []


def test_allowed_the_partner_is_presented_without_any_description(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "letter.pdf"
    result = msek(
        office, "--partner", str(office.massenet), "--out", str(out),
        "--allow-missing-description",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Propozycja partnerstwa" in text
    assert "Conservatoire Massenet (Saint-Étienne)." in text
    # never the French or English description in a Polish letter
    assert "rayonnement" not in text and "1,600" not in text and "1 600" not in text
    (row,) = kept(office)
    assert row.kind == "proposal"


def test_in_french_the_description_prints(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = msek(office, "--partner", str(office.massenet), "--lang", "fr", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Conservatoire Massenet (Saint-Étienne) : Conservatoire à rayonnement régional" in text


@pytest.mark.parametrize(
    "args",
    [
        ["--to", "partner"],
        ["--to", "partner", "x"],
        ["--to", "partner", "0"],
        ["--to", "someone", "3"],
        ["--to", "partner", "3", "--partner", "4"],
    ],
)
def test_wrong_to_is_usage(office: Office, tmp_path: Path, args: list[str]) -> None:
    result = msek(office, *args, "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "usage:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("lodz", "msek: --to partner: Szkoła Muzyczna I st. is the inquiry's own organisation.\n"),
        ("999", "msek: --to partner: organisation 999 does not exist.\n"),
    ],
)
def test_to_partner_refusals_are_one_line(
    office: Office, tmp_path: Path, which: str, message: str
) -> None:
    org = str(office.lodz) if which == "lodz" else which
    result = msek(office, "--to", "partner", org, "--out", str(tmp_path / "x.pdf"))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", message)
    assert kept(office) == [] and not (tmp_path / "x.pdf").exists()
