"""Typography and words of the translations, as a French or Polish reader expects them.

French (msek_fr.ts): the typographic apostrophe ’ only; a no-break space (U+00A0 or the narrow
U+202F) before : ; ? ! and inside « »; "courrier" for a letter (not "lettre"); "Site web", in
the window and in the letters alike. Polish (msek_pl.ts): a record is a "wpis", never a
"rekord"; a date "z nazwą miesiąca", not "słownie".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from msek_desktop.letters.wording import WORDING
from msek_desktop.ui.i18n import Languages, tr, with_colon

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
NO_BREAK = "\u00a0\u202f"


def translations(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, text) of every translation (each plural form on its own)."""
    found = []
    for context in ET.parse(I18N / f"msek_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append((name, source, text))
    return found


def offending(lang: str, pattern: str) -> list[str]:
    rule = re.compile(pattern)
    return [f"{c}: {s!r} -> {t!r}" for c, s, t in translations(lang) if rule.search(t)]


def french_problems(text: str) -> list[str]:
    """What is wrong with one French text's typography."""
    problems = []
    if "'" in text:
        problems.append("straight apostrophe")
    for found in re.finditer(r"[:;?!]", text):
        before = text[found.start() - 1] if found.start() else ""
        if before not in NO_BREAK:
            problems.append(f"no no-break space before {found.group()}")
    if re.search(rf"«(?![{NO_BREAK}])|(?<![{NO_BREAK}])»", text):
        problems.append("no no-break space inside « »")
    return problems


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Conserver l'historique", ["straight apostrophe"]),
        ("Langue : %1", ["no no-break space before :"]),
        ("Supprimer ?", ["no no-break space before ?"]),
        (
            "Réessayez; rien n’est perdu!",
            ["no no-break space before ;", "no no-break space before !"],
        ),
        ("le filtre « Supprimées »", ["no no-break space inside « »"]),
        ("Conserver l’historique", []),
        ("Langue\u00a0: %1\u202f; réessayez\u202f! «\u00a0Supprimées\u00a0»\u00a0?", []),
    ],
)
def test_the_french_rules_see_what_they_should(text: str, wanted: list[str]) -> None:
    assert french_problems(text) == wanted


def test_french_translations_follow_french_typography() -> None:
    problems = [
        f"{c}: {s!r} -> {t!r}: {', '.join(p)}"
        for c, s, t in translations("fr")
        if (p := french_problems(t))
    ]
    assert problems == [], "\n".join(problems)


def test_french_says_courrier_for_a_letter() -> None:
    """ "lettre" stays only for letters of the alphabet (a code "à deux lettres", "lettres
    minuscules") and the month "en lettres"."""
    letter = r"(?i)(?<!deux )\blettres?\b(?! minuscules)(?<!en lettres)"
    assert offending("fr", letter) == []


def test_the_website_is_called_alike_in_the_window_and_the_letters() -> None:
    for lang, word in (("fr", "Site web"), ("pl", "Strona internetowa")):
        window = {s: t for c, s, t in translations(lang) if c == "OrganisationForm"}
        assert window["Website"] == word
        assert WORDING[lang].website_label.startswith(word)
    assert offending("fr", r"(?i)site internet") == []


def test_polish_says_wpis_for_a_record() -> None:
    assert offending("pl", r"(?i)rekord") == []


def test_a_date_with_the_month_in_words_is_not_said_in_words() -> None:
    """A letter's date is "4 grudnia 2026", "4 décembre 2026": the month in words, not the
    whole date ("słownie", "en toutes lettres")."""
    assert offending("pl", r"(?i)słownie") == []
    assert offending("fr", r"(?i)toutes lettres") == []
    templates = {s: t for c, s, t in translations("pl") if c == "Templates"}
    assert "z nazwą miesiąca" in templates["the letter's date, with the month in words"]


WORDS = {
    "pl": [
        ("Backups", "&Back up now", "&Utwórz kopię zapasową teraz"),
        ("Templates", "Discard your changes to this template?", "Odrzucić zmiany w tym szablonie?"),
        ("Errors", "Cannot be in the future.", "Data nie może być późniejsza niż dzisiejsza."),
        ("Labels", "Elsewhere", "Inne miejsce"),
        ("Labels", "Association", "Stowarzyszenie / fundacja"),
        ("InquiryForm", "Partnership letter…", "Propozycja partnerstwa…"),
        ("Import", "Record", "Wpis"),
    ],
    "fr": [
        ("InquiryForm", "Partnership letter…", "Proposition de partenariat…"),
        ("Labels", "Out of scope", "Hors de notre champ d’action"),
        ("Labels", "Information request", "Demande d’information"),
        ("Labels", "Website form", "Formulaire du site web"),
        ("Import", "Found by", "Critère de rapprochement"),
        ("Import", "Importing…", "Importation en cours…"),
        ("Inquiries", "Anyone", "Tous les responsables"),
        ("LetterPreview", "Save the letter", "Enregistrer le courrier"),
        (
            "Templates",
            "Polish form of address, dative: Pani / Panu / Państwu",
            "formule de politesse polonaise, datif\u00a0: Pani / Panu / Państwu",
        ),
        (
            "Templates",
            "the letter's date, with the month in words",
            "la date du courrier, avec le mois en lettres",
        ),
    ],
}


@pytest.mark.parametrize(
    ("lang", "context", "source", "wanted"),
    [(lang, *entry) for lang, entries in WORDS.items() for entry in entries],
)
def test_the_words_an_office_worker_uses(lang: str, context: str, source: str, wanted: str) -> None:
    said = {(c, s): t for c, s, t in translations(lang)}
    assert said[(context, source)] == wanted


def test_the_importing_noun_is_one_word() -> None:
    """ "importation", never "import" as a French noun ("L’import a ajouté")."""
    assert offending("fr", r"(?i)\bimport\b") == []


@pytest.mark.parametrize(
    ("lang", "n", "text"),
    [
        ("pl", 1, "Moje otwarte zapytania: 1"),
        ("pl", 3, "Moje otwarte zapytania: 3"),
        ("pl", 244, "Moje otwarte zapytania: 244"),
        ("fr", 244, "Mes demandes en cours\u00a0: 244"),
        ("en", 1, "My open inquiries: 1"),
    ],
)
def test_my_open_inquiries_are_counted_after_a_colon(
    qapp: object, languages: Languages, lang: str, n: int, text: str
) -> None:
    """Not "244 moje otwarte zapytania": the heading, then the count, in every form."""
    languages.switch(lang)
    assert tr("MyDay", "My open inquiries: %n", None, n) == text


@pytest.mark.parametrize(
    ("lang", "label", "text"),
    [("fr", "Votre nom", "Votre nom\u00a0:"), ("pl", "Imię", "Imię:"), ("en", "Name", "Name:")],
)
def test_a_label_made_with_its_colon_writes_it_as_the_language_does(
    qapp: object, languages: Languages, lang: str, label: str, text: str
) -> None:
    languages.switch(lang)
    assert with_colon(label) == text
