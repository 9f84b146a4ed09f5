"""Facts for letter tests: letters are printed from plain data, no database needed."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import Any

import pypdf

from msek_desktop.core.proposals import (
    InquiryFacts,
    LetterFacts,
    Letterhead,
    Partner,
    Recipient,
    Signer,
    TemplateText,
)
from msek_desktop.core.templates import default_template

POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
FRENCH = "àâçéèêëîïôœùûüÿ«»€"
DAY = date(2026, 11, 25)


def head() -> Letterhead:
    return Letterhead(
        name="Maison de Saint-Étienne à Katowice",
        address="ul. Mariacka 1\n40-014 Katowice\nPolska",
        phone="+48 32 123 45 67",
        email="contact@msek.example.org",
        website="www.msek.example.org",
    )


def ewa(**changes: Any) -> Recipient:
    return replace(
        Recipient(
            honorific="ms",
            first_name="Ewa",
            last_name="Wiśniewska",
            position="Dyrektorka",
            organisation="Zespół Szkół Muzycznych w Łodzi",
            address="ul. Żeromskiego 56",
            postal_code="90-626",
            city="Łódź",
            country="PL",
        ),
        **changes,
    )


def massenet() -> Partner:
    return Partner(
        7,
        "Conservatoire Massenet",
        "music_school",
        "saint_etienne",
        "Saint-Étienne",
        "FR",
        "https://conservatoire.example.fr",
        "Conservatoire à rayonnement régional, 1 600 élèves.",
        ("Musique", "Éducation (écoles)"),
    )


def facts(language: str = "fr", **changes: Any) -> LetterFacts:
    tpl = default_template(language)
    base = LetterFacts(
        language=language,
        date=DAY,
        letterhead=head(),
        recipient=ewa(),
        inquiry=InquiryFacts(
            12,
            "2026-0012",
            date(2026, 11, 3),
            "Wymiana nauczycieli fortepianu",
            "katowice",
            ("Musique",),
        ),
        template=TemplateText(1, tpl.name, tpl.subject, tpl.body),
        partners=(massenet(),),
        signer=Signer("Anna Kowalska", "Chargée de mission", "anna@msek.example.org", "+48 32 1"),
    )
    return replace(base, **changes)


def pages(pdf: bytes) -> list[str]:
    """Each page's text, whitespace folded to single spaces."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())
