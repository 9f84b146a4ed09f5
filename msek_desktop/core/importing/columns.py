"""Understanding the columns of an import file and coded values, in English, French or Polish."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from msek_desktop.core.search import fold
from msek_desktop.core.vocab import Channel, Language, OrganisationKind, Side

# column code -> header names accepted (besides the code itself), folded when used
COLUMNS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "prénom", "imię"),
    "last_name": ("last name", "lastname", "name", "surname", "nom", "nom de famille", "nazwisko"),
    "email": ("e-mail", "e mail", "mail", "courriel", "adres e-mail"),
    "phone": ("telephone", "téléphone", "tél", "tel", "telefon"),
    "organisation": ("organization", "organisme", "organizacja", "institution", "instytucja"),
    "organisation_kind": ("organization_kind", "type d'organisme", "typ organizacji"),
    "city": ("ville", "miasto"),
    "country": ("pays", "kraj"),
    "side": ("territoire", "strona"),
    "field": ("fields", "domaine", "domaines", "dziedzina", "dziedziny"),
    "language": ("langue", "język"),
    "channel": ("canal", "kanał"),
    "received_on": ("date", "reçu le", "data wpływu", "received"),
    "subject": ("objet", "temat", "sujet"),
    "message": ("wiadomość", "texte", "treść"),
}


_WORDS: dict[str, dict[str, str]] = {
    "side": {
        "saint etienne": "saint_etienne", "st etienne": "saint_etienne",
        "saint etienne metropole": "saint_etienne", "france": "saint_etienne",
        "francja": "saint_etienne", "katowice": "katowice", "katowicach": "katowice",
        "polska": "katowice", "poland": "katowice", "pologne": "katowice",
        "other": "other", "autre": "other", "inne": "other", "inna": "other",
    },
    "language": {
        "french": "fr", "francais": "fr", "francuski": "fr", "polish": "pl", "polonais": "pl",
        "polski": "pl", "english": "en", "anglais": "en", "angielski": "en",
    },
    "channel": {
        "e mail": "email", "mail": "email", "courriel": "email", "telephone": "phone",
        "tel": "phone", "telefon": "phone", "visite": "visit", "wizyta": "visit",
        "lettre": "letter", "courrier": "letter", "list": "letter", "evenement": "event",
        "wydarzenie": "event", "site": "website", "site web": "website", "site internet": "website",
        "strona": "website", "strona internetowa": "website", "www": "website",
        "recommandation": "referral", "polecenie": "referral",
    },
    "organisation_kind": {
        "ecole": "school", "szkola": "school", "music school": "music_school",
        "conservatoire": "music_school", "ecole de musique": "music_school",
        "szkola muzyczna": "music_school", "universite": "university",
        "uniwersytet": "university", "uczelnia": "university", "culture": "cultural",
        "culturel": "cultural", "kultura": "cultural", "entreprise": "company",
        "firma": "company", "przedsiebiorstwo": "company", "stowarzyszenie": "association",
        "fundacja": "association", "mairie": "municipality", "commune": "municipality",
        "gmina": "municipality", "urzad": "municipality", "autre": "other", "inne": "other",
    },
    "country": {
        "france": "FR", "francja": "FR", "poland": "PL", "pologne": "PL", "polska": "PL",
        "germany": "DE", "allemagne": "DE", "niemcy": "DE",
    },
}  # fmt: skip


_ENUMS: dict[str, Any] = {
    "side": Side,
    "language": Language,
    "channel": Channel,
    "organisation_kind": OrganisationKind,
}


_LOOSE = re.compile(r"[\s_\-'.’]+")


_FIELD_SPLIT = re.compile(r"[,;|/\n]+")


def _loose(text: str) -> str:
    return _LOOSE.sub(" ", fold(text)).strip()


_HEADER_NAMES: dict[str, str] = {}


for _code, _names in COLUMNS.items():
    for _name in (_code, _code.replace("_", " "), *_names):
        _HEADER_NAMES.setdefault(_loose(_name), _code)


def map_headers(headers: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """column code -> position, and the headers not understood (first one wins)."""
    found: dict[str, int] = {}
    ignored: list[str] = []
    for position, header in enumerate(headers):
        code = _HEADER_NAMES.get(_loose(header.lstrip("\ufeff")))
        if code is None or code in found:
            if header.strip():
                ignored.append(header)
            continue
        found[code] = position
    return found, ignored


def _word_code(column: str, text: str) -> str | None:
    loose = _loose(text)
    if not loose:
        return None
    enum = _ENUMS.get(column)
    if enum is not None:
        for member in enum:
            if _loose(member.value) == loose:
                return str(member.value)
    return _WORDS.get(column, {}).get(loose)
