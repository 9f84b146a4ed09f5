"""The words around the template: dates, salutations and closings fit language and person."""

from __future__ import annotations

from datetime import date

import pytest
from letter_facts import ewa, facts

from msek_desktop.core import templates
from msek_desktop.letters import letter as lettermod
from msek_desktop.letters import wording
from msek_desktop.letters.letter import values

DAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Katowice, le 25 novembre 2026"),
        ("pl", "Katowice, 25 listopada 2026"),
        ("en", "Katowice, 25 November 2026"),
    ],
)
def test_date_line(language: str, line: str) -> None:
    assert wording.date_line(language, "Katowice", DAY) == line


def test_first_of_the_month_in_french_is_1er() -> None:
    assert wording.long_date("fr", date(2026, 12, 1)) == "1er décembre 2026"
    assert wording.long_date("pl", date(2026, 12, 1)) == "1 grudnia 2026"
    assert wording.long_date("en", date(2026, 12, 1)) == "1 December 2026"
    assert wording.long_date("fr", date(2026, 12, 11)) == "11 décembre 2026"


CASES = {
    # honorific: (fr salutation, fr closing title, pl salutation, en salutation, en closing)
    "ms": ("Madame,", "Madame", "Szanowna Pani,", "Dear Ms Wiśniewska,", "Yours sincerely,"),
    "mr": ("Monsieur,", "Monsieur", "Szanowny Panie,", "Dear Mr Wiśniewska,", "Yours sincerely,"),
    "none": (
        "Madame, Monsieur,",
        "Madame, Monsieur",
        "Szanowni Państwo,",
        "Dear Sir or Madam,",
        "Yours faithfully,",
    ),
}


@pytest.mark.parametrize("honorific", list(CASES))
def test_salutation_and_closing_match_the_person(honorific: str) -> None:
    fr, fr_title, pl, en, en_closing = CASES[honorific]
    person = ewa(honorific=honorific)
    assert wording.salutation("fr", person) == fr
    assert wording.closing("fr", person) == (
        f"Nous vous prions d’agréer, {fr_title}, l’expression de nos salutations distinguées."
    )
    assert wording.salutation("pl", person) == pl
    assert wording.closing("pl", person) == "Z wyrazami szacunku"
    assert wording.salutation("en", person) == en
    assert wording.closing("en", person) == en_closing


def test_no_person_at_all_gets_the_neutral_forms() -> None:
    office = ewa(honorific="ms", first_name="", last_name="")
    assert wording.salutation("fr", office) == "Madame, Monsieur,"
    assert wording.salutation("pl", office) == "Szanowni Państwo,"
    assert wording.salutation("en", office) == "Dear Sir or Madam,"
    assert wording.closing("en", office) == "Yours faithfully,"


@pytest.mark.parametrize(
    ("honorific", "forms"),
    [
        ("ms", ("Pani", "Pani", "Pani", "Panią", "Panią", "Pani")),
        ("mr", ("Pan", "Pana", "Panu", "Pana", "Panem", "Panu")),
        ("none", ("Państwo", "Państwa", "Państwu", "Państwa", "Państwem", "Państwu")),
    ],
)
def test_polish_forms_of_address(honorific: str, forms: tuple[str, ...]) -> None:
    got = wording.address_forms("pl", ewa(honorific=honorific))
    assert tuple(got[f"address_{case}"] for case in wording.CASES) == forms


def test_recipient_block_names_the_country_abroad_only() -> None:
    assert lettermod.recipient_lines("fr", ewa(), "PL") == (
        "Madame Ewa Wiśniewska",
        "Dyrektorka",
        "Zespół Szkół Muzycznych w Łodzi",
        "ul. Żeromskiego 56",
        "90-626 Łódź",
    )
    french = ewa(honorific="mr", country="FR", postal_code="42000", city="Saint-Étienne")
    assert lettermod.recipient_lines("pl", french, "PL")[-1] == "FRANCJA"
    assert lettermod.recipient_lines("fr", french, "PL")[-1] == "FRANCE"
    assert lettermod.recipient_lines("en", french, "PL")[0] == "Mr Ewa Wiśniewska"


def test_every_placeholder_has_a_value_in_every_language() -> None:
    for language in ("fr", "pl", "en"):
        assert set(values(facts(language))) == set(templates.PLACEHOLDERS)


def test_default_templates_fill_without_leftover_braces() -> None:
    for language in ("fr", "pl", "en"):
        letter = lettermod.compose(facts(language))
        assert "{" not in letter.body and "}" not in letter.body
        assert "Wymiana nauczycieli fortepianu" in letter.subject


def test_polish_letter_speaks_to_the_person_in_the_right_case() -> None:
    woman = lettermod.compose(facts("pl")).body
    assert woman.startswith(
        "Dziękujemy za Pani zapytanie z dnia 3 listopada 2026 r. w sprawie "
        "„Wymiana nauczycieli fortepianu” oraz za zainteresowanie współpracą"
    )
    assert "spotka się z Pani zainteresowaniem" in woman
    man = lettermod.compose(facts("pl", recipient=ewa(honorific="mr", first_name="Jan"))).body
    assert man.startswith("Dziękujemy za Pana zapytanie")
    nobody = lettermod.compose(facts("pl", recipient=ewa(honorific="none"))).body
    assert nobody.startswith("Dziękujemy za Państwa zapytanie")
    assert "spotka się z Państwa zainteresowaniem" in nobody


def test_partners_paragraph_or_still_looking() -> None:
    one = wording.partners_paragraph("fr", facts().partners, "katowice")
    assert one.startswith("Nous vous proposons d’entrer en relation avec la structure suivante")
    assert "– Conservatoire Massenet (Saint-Étienne)\u00a0: Conservatoire à rayonnement" in one
    assert "Domaines\u00a0: musique, éducation (écoles)." in one
    none = wording.partners_paragraph("pl", (), "saint_etienne")
    assert none.startswith("Obecnie poszukujemy w Katowicach partnera")
    assert "in Saint-Étienne" in wording.partners_paragraph("en", (), "katowice")


def test_override_is_printed_as_typed_braces_included() -> None:
    letter = lettermod.compose(
        facts("en", subject_override="Re {x}", body_override="Dear {friend}, hello.")
    )
    assert (letter.subject, letter.body) == ("Re {x}", "Dear {friend}, hello.")


@pytest.mark.parametrize(
    ("side", "fr", "en"),
    [
        ("katowice", "Saint-Étienne", "in Saint-Étienne best placed"),
        ("saint-etienne", "Katowice", "in Katowice best placed"),  # as the command line writes it
        ("other", "Saint-Étienne ou Katowice", "in Saint-Étienne or Katowice best placed"),
        ("", "Saint-Étienne ou Katowice", "in Saint-Étienne or Katowice best placed"),
    ],
)
def test_the_city_sought_is_core_sides_other_side(side: str, fr: str, en: str) -> None:
    assert wording.other_side("fr", side) == fr
    assert en in wording.partners_paragraph("en", (), side)
