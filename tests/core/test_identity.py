"""Who is the same person: the matching rules, table-driven, and the folding under them."""

from __future__ import annotations

import unicodedata

import pytest

from msek_desktop.core import contacts, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.identity import (
    Person,
    Verdict,
    clean_text,
    compare_organisations,
    compare_people,
    feminine_first_name,
    identity_key,
    skeleton,
)

SAME, POSSIBLE, DIFFERENT = Verdict.SAME, Verdict.POSSIBLE, Verdict.DIFFERENT
CYRILLIC_TE = "\u0422"  # Т
CYRILLIC_A = "\u0430"  # а

# (new: first, last, email, organisation), (recorded: the same), verdict, reason
CASES: list[tuple[tuple[str, str, str, object], tuple[str, str, str, object], Verdict, str]] = [
    # issue 10: linked before, not the same person
    (("Hanna", "Nowak", "", None), ("Anna", "Nowak", "", None), POSSIBLE, "first_name"),
    (("Joanna", "Nowak", "", None), ("Anna", "Nowak", "", None), POSSIBLE, "first_name"),
    (("Jan", "Kowalewski", "", None), ("Jan", "Kowalski", "", None), POSSIBLE, "last_name"),
    (("Jan", "Kowalska", "", None), ("Jan", "Kowalski", "", None), POSSIBLE, "ending_gender"),
    (("Marian", "Wiśniewski", "", None), ("Maria", "Wiśniewska", "", None), POSSIBLE,
     "first_name"),
    (("Marta", "Wiśniewska", "", None), ("Maria", "Wiśniewska", "", None), POSSIBLE,
     "first_name"),
    (("Ewa", "Nowak", "a@x.pl", 1), ("Ewa", "Nowak", "b@x.pl", 1), DIFFERENT, "other_email"),
    # true positives
    (("Piotr", "Zieliński", "EWA@x.pl", None), ("Ewa", "Nowak", "ewa@x.pl", None), SAME,
     "email"),
    (("Łucja", "Wiśniewska", "", None), ("Lucja", "Wisniewska", "", None), SAME, "name"),
    (("EWA", "WIŚNIEWSKA", "", None), ("Ewa", "Wisniewska", "", None), SAME, "name"),
    (("Ewa", "Wisniewska", "ewa@x.pl", None), ("Ewa", "Wiśniewska", "", None), SAME, "name"),
    (("Anna", "Kowalski", "", None), ("Anna", "Kowalska", "", None), SAME, "name_ending"),
    (("Anna", "Kowalska", "", None), ("Anna", "Kowalski", "", None), SAME, "name_ending"),
    (("Zofia", "Zawadzki", "", None), ("Zofia", "Zawadzka", "", None), SAME, "name_ending"),
    (("Alicja", "Górecki", "", None), ("Alicja", "Górecka", "", None), SAME, "name_ending"),
    (("Ewa", "Nowak", "", 7), ("Ewa", "Nowak", "", 7), SAME, "name"),
    (("Jean-Luc", "Dupont", "", None), ("Jean Luc", "DUPONT", "", None), SAME, "name"),
    # invisible characters and look-alike letters fold away
    (("\u200bEwa", "\u202eNowak\u202c", "", None), ("Ewa", "Nowak", "", None), SAME, "name"),
    ((f"{CYRILLIC_TE}omasz", "Nowak", "", None), ("Tomasz", "Nowak", "", None), SAME, "name"),
    (("Ewa", f"Now{CYRILLIC_A}k", "", None), ("Ewa", "Nowak", "", None), SAME, "name"),
    # weaker: possible, never the same
    (("Ewa", "Nowak", "", 7), ("Ewa", "Nowak", "", 8), POSSIBLE, "organisation"),
    (("Ewa", "Nowak", "", 7), ("Ewa", "Nowak", "", None), POSSIBLE, "organisation"),
    (("", "Nowak", "", None), ("Ewa", "Nowak", "", None), POSSIBLE, "no_first_name"),
    (("E.", "Nowak", "", None), ("Ewa", "Nowak", "", None), POSSIBLE, "first_name"),
    (("Anna", "Nowack", "", None), ("Anna", "Nowak", "", None), POSSIBLE, "last_name"),
    (("Kuba", "Kowalska", "", None), ("Kuba", "Kowalski", "", None), POSSIBLE,
     "ending_gender"),
    (("Anna", "Kowalski", "", 1), ("Anna", "Kowalska", "", 2), POSSIBLE, "organisation"),
    # different people
    (("Piotr", "Nowak", "", None), ("Anna", "Nowak", "", None), DIFFERENT, "different"),
    (("Paweł", "Nowak", "", None), ("Piotr", "Nowak", "", None), DIFFERENT, "different"),
    (("Anna", "Nowakowska", "", None), ("Anna", "Nowak", "", None), DIFFERENT, "different"),
    (("Piotr", "Zieliński", "", None), ("Ewa", "Wiśniewska", "", None), DIFFERENT,
     "different"),
]  # fmt: skip


@pytest.mark.parametrize(("new", "known", "verdict", "reason"), CASES)
def test_who_is_the_same_person(
    new: tuple[str, str, str, object],
    known: tuple[str, str, str, object],
    verdict: Verdict,
    reason: str,
) -> None:
    found = compare_people(Person(*new), Person(*known))
    assert (found.verdict, found.reason) == (verdict, reason)


def test_no_organisation_in_the_new_record_is_no_condition() -> None:
    # a form or a row without an organisation: the name alone decides
    assert compare_people(Person("Ewa", "Nowak"), Person("Ewa", "Nowak", "", 3)).verdict is SAME


@pytest.mark.parametrize(
    ("new", "known", "verdict"),
    [
        ("Filharmonia Śląska", "FILHARMONIA SLASKA", SAME),
        ("\u202eFilharmonia Śląska\u200b", "Filharmonia Śląska", SAME),
        ("Zespół Szkół Muzycznych w Łodzi", "Zespol Szkol Muzycznych w Lodzi", SAME),
        ("Conservatoire Massenet de St-Étienne", "Conservatoire Massenet", POSSIBLE),
        ("Szkoła Muzyczna I stopnia", "Szkoła Muzyczna II stopnia", POSSIBLE),
        ("Le Fil", "Filharmonia Śląska", DIFFERENT),
    ],
)
def test_which_organisation_is_the_same(new: str, known: str, verdict: Verdict) -> None:
    assert compare_organisations(new, known).verdict is verdict


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Wiśniewska", "wisniewska"),
        ("ŁUCJA", "lucja"),
        ("Strauß", "strauss"),
        ("\u202eNowak", "nowak"),
        ("No\u200bwak\ufeff", "nowak"),
        (f"{CYRILLIC_TE}omasz", "tomasz"),
        ("\u039fla", "ola"),  # Greek capital omicron
        ("Ｎｏｗａｋ", "nowak"),  # fullwidth
        ("Jean-Luc  O'Neil", "jean luc o neil"),
        ("Kornacki", "kornacki"),  # ASCII "rn" stays, not "m"
    ],
)
def test_identity_key_folds_what_looks_the_same(text: str, key: str) -> None:
    assert identity_key(text) == key


def test_skeleton_uses_the_unicode_confusables_data() -> None:
    assert skeleton(f"{CYRILLIC_TE}{CYRILLIC_A}") == "Ta"
    assert unicodedata.normalize("NFC", skeleton("Łódź")) == "Łódź"  # Latin letters: untouched
    assert skeleton("Nowak") == "Nowak"


@pytest.mark.parametrize(
    ("name", "feminine"),
    [("Anna", True), ("Łucja", True), ("Beatrycze", True), ("Jan", False), ("Kuba", False),
     ("Piotr", False), ("", False)],
)  # fmt: skip
def test_feminine_first_names(name: str, feminine: bool) -> None:
    assert feminine_first_name(name) is feminine


@pytest.mark.parametrize(
    ("raw", "single_line", "multi_line"),
    [
        ("  Nowak  ", "Nowak", "Nowak"),
        ("\u200e\u202eNowak\u202c\u200f", "Nowak", "Nowak"),
        ("\ufeffNo\u200bwak\u2060", "Nowak", "Nowak"),
        ("Now\x00ak\x07\x1b", "Nowak", "Nowak"),
        ("Nowak\x85\x9b", "Nowak", "Nowak"),
        ("Anna\tMaria\nNowak", "Anna Maria Nowak", "Anna\tMaria\nNowak"),
        ("line 1\r\nline 2\rline 3", "line 1 line 2 line 3", "line 1\nline 2\nline 3"),
        ("\u2066\u200dNowak\u200d\u2069", "Nowak", "Nowak"),
        ("کتاب\u200cها", "کتاب\u200cها", "کتاب\u200cها"),  # ZWNJ between letters stays
        ("\u200b\u200e ", "", ""),
        ("Wis\u0301niewska", "Wiśniewska", "Wiśniewska"),  # decomposed, as some Macs type
    ],
)
def test_clean_text(raw: str, single_line: str, multi_line: str) -> None:
    assert clean_text(raw) == single_line
    assert clean_text(raw, multiline=True) == multi_line


# -- the window's warning, by the same rules ----------------------------------------------


def test_similar_contacts_follow_the_rules(db: Database) -> None:
    org = organisations.create_organisation(db, {"name": "Opera", "side": "katowice"})
    ewa = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "email": "ewa@example.pl", "organisation_id": org.id},
    )  # fmt: skip
    hanna = contacts.create_contact(
        db, {"first_name": "Hanna", "last_name": "Nowak", "side": "katowice"}
    )
    similar = contacts.similar_contacts
    assert similar(db, "Ewa", "Wisniewska") == [ewa]
    assert similar(db, "Ewa", "Wiśniewski") == [ewa]  # her name in its masculine form
    assert similar(db, "Piotr", "Zieliński", "EWA@example.pl") == [ewa]
    assert similar(db, "Ewa", "Wiśniewska", "other@example.pl") == []
    assert similar(db, "Anna", "Nowak") == [hanna]  # possible
    assert similar(db, "Piotr", "Nowak") == []
    assert similar(db, f"{CYRILLIC_TE}omasz", "Zieliński") == []


def test_similar_organisations_follow_the_rules(db: Database) -> None:
    opera = organisations.create_organisation(
        db, {"name": "Opera Śląska", "side": "katowice", "email": "opera@example.pl"}
    )
    similar = organisations.similar_organisations
    assert similar(db, "\u202eOPERA SLASKA") == [opera]
    assert similar(db, "Opera Slaska w Bytomiu") == [opera]  # close: possible
    assert similar(db, "Teatr Opera", "OPERA@example.pl") == [opera]
    assert similar(db, "Filharmonia") == []
