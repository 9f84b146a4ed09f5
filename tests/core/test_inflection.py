"""The Polish case forms of a name (core.privacy.inflection), table-driven, and an erasure
taking them out of the person's own records ("Zadzwonić do Zdzisławy Wąchockiej")."""

from __future__ import annotations

import pytest

from msek_desktop.core import contacts, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import erasure
from msek_desktop.core.privacy.inflection import case_forms, inflected_forms
from msek_desktop.core.privacy.markers import ERASED_MARK, markers, wide_markers


@pytest.mark.parametrize(
    ("word", "genitive", "dative", "instrumental"),
    [
        ("Wąchocka", "Wąchockiej", "Wąchockiej", "Wąchocką"),
        ("Kowalski", "Kowalskiego", "Kowalskiemu", "Kowalskim"),
        ("Zdzisława", "Zdzisławy", "Zdzisławie", "Zdzisławą"),
        ("Agnieszka", "Agnieszki", "Agnieszce", "Agnieszką"),
        ("Olga", "Olgi", "Oldze", "Olgą"),
        ("Zofia", "Zofii", "Zofii", "Zofią"),
        ("Nowak", "Nowaka", "Nowakowi", "Nowakiem"),
        ("Piotr", "Piotra", "Piotrowi", "Piotrem"),
        ("Marek", "Marka", "Markowi", "Markiem"),
        ("Paweł", "Pawła", "Pawłowi", "Pawłem"),
    ],
)
def test_the_forms_of_a_name(word: str, genitive: str, dative: str, instrumental: str) -> None:
    forms = case_forms(word)
    assert genitive in forms["gen"] and dative in forms["dat"] and instrumental in forms["ins"]


@pytest.mark.parametrize("word", ["Hélène", "Li", "Jean-Marc", "Rossi", ""])
def test_a_name_the_rules_do_not_decline_gets_no_forms(word: str) -> None:
    assert case_forms(word) == {}


def test_full_names_in_one_case_and_never_the_name_as_written() -> None:
    forms = inflected_forms("Zdzisława", "Wąchocka")
    assert {"Zdzisławy Wąchockiej", "Wąchockiej Zdzisławy", "Zdzisławą Wąchocką"} <= set(forms)
    assert "Zdzisława Wąchocka" not in forms
    assert "Anny Nowak" in inflected_forms("Anna", "Nowak")  # her last name as written
    assert "Wiśniewskiej-Nowak" in inflected_forms("Ewa", "Wiśniewska-Nowak")


class Someone:
    first_name, last_name, email, phone, side = "Zdzisława", "Wąchocka", "", "", "katowice"


def test_declined_forms_are_for_the_persons_own_records_only() -> None:
    own, wide = markers(Someone()), wide_markers(Someone())
    assert {"Zdzisławy Wąchockiej", "Zdzislawy Wachockiej", "Wąchocką"} <= set(own)
    assert not any("Wąchockiej" in m or "Wachockiej" in m for m in wide)


@pytest.mark.both_databases
def test_an_erasure_takes_the_declined_name_out_of_their_inquiries(
    db: Database, anna: object
) -> None:
    person = contacts.create_contact(
        db, {"first_name": "Zdzisława", "last_name": "Wąchocka", "side": "katowice"}
    )
    inquiry = inquiries.create_inquiry(db, {
        "subject": "Chór", "contact_id": person.id,
        "message": "Rozmowa z Wąchocką; list do Zdzisławy Wąchockiej.",
    }, actor="anna").id  # fmt: skip
    call = {"due_on": "2026-12-20", "description": "Zadzwonić do Zdzisławy Wąchockiej"}
    followups.add_followup(db, inquiry, call, actor="anna")
    erasure.erase_person(db, person.id, actor="anna")
    detail = inquiries.get_inquiry(db, inquiry)
    assert detail.message == f"Rozmowa z {ERASED_MARK}; list do {ERASED_MARK}."
    (follow_up,) = detail.follow_ups
    assert follow_up.description == f"Zadzwonić do {ERASED_MARK}"
