"""The columns of an exchanges import and the words its cells may use, in English, French or
Polish (compared folded: case, accents, ł, spaces, dashes and underscores do not matter)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from msek_desktop.core.exporting.exchanges import SIDE_COLUMNS
from msek_desktop.core.importing import columns
from msek_desktop.core.importing.columns import _header_key, _loose
from msek_desktop.core.vocab import CancelReason, ExchangeKind, ExchangeStatus, FundingSource

# column code -> header names accepted (besides the code itself)
COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("titre", "intitulé", "tytuł", "nazwa"),
    "kind": ("type", "kind of exchange", "type d'échange", "rodzaj", "typ", "rodzaj wymiany"),
    "status": ("statut", "état", "stan"),
    "cancel_reason": (
        "cancellation reason", "reason", "motif d'annulation", "motif", "raison",
        "powód odwołania", "powód", "przyczyna",
    ),
    "cancel_note": ("cancellation note", "note d'annulation", "uwagi do odwołania"),
    "starts_on": (
        "start", "starts", "from", "first day", "début", "du", "date de début", "premier jour",
        "początek", "od", "data rozpoczęcia", "pierwszy dzień",
    ),
    "ends_on": (
        "end", "ends", "to", "last day", "fin", "au", "date de fin", "dernier jour", "koniec",
        "do", "data zakończenia", "ostatni dzień",
    ),
    "programme": (
        "program", "programme items", "items", "schedule", "déroulé", "programme des journées",
        "harmonogram", "program wymiany",
    ),
    "organisations_saint_etienne": (
        "organisations (Saint-Étienne)", "organizations (Saint-Étienne)",
        "organismes (Saint-Étienne)", "organizacje (Saint-Étienne)",
    ),
    "organisations_katowice": (
        "organisations (Katowice)", "organizations (Katowice)", "organismes (Katowice)",
        "organizacje (Katowice)",
    ),
    "organisations_other": (
        "organisations (other)", "organizations (other)", "organismes (autres)",
        "organizacje (inne)",
    ),
    "organisations": (
        "organisation", "organizations", "organization", "organismes", "organisme",
        "organizacje", "organizacja", "partners", "partenaires", "partnerzy",
    ),
    "fields": ("field", "domaine", "domaines", "dziedzina", "dziedziny"),
    "planned_saint_etienne": (
        "planned (Saint-Étienne)", "prévus (Saint-Étienne)", "participants prévus (Saint-Étienne)",
        "planowani (Saint-Étienne)", "planowani uczestnicy (Saint-Étienne)",
    ),
    "planned_katowice": (
        "planned (Katowice)", "prévus (Katowice)", "participants prévus (Katowice)",
        "planowani (Katowice)", "planowani uczestnicy (Katowice)",
    ),
    "actual_saint_etienne": (
        "actual (Saint-Étienne)", "réels (Saint-Étienne)", "participants réels (Saint-Étienne)",
        "faktyczni (Saint-Étienne)", "faktyczni uczestnicy (Saint-Étienne)",
    ),
    "actual_katowice": (
        "actual (Katowice)", "réels (Katowice)", "participants réels (Katowice)",
        "faktyczni (Katowice)", "faktyczni uczestnicy (Katowice)",
    ),
    "funding": ("financement", "financements", "finansowanie", "źródła finansowania"),
    "outcome": ("résultat", "bilan", "rezultat", "wynik", "efekty"),
    "inquiry_ref": (
        "inquiry", "ref", "inquiry ref", "demande", "réf", "référence", "référence de la demande",
        "zapytanie", "sygnatura", "nr zapytania",
    ),
    "moves_stage": (
        "follows the dates", "suit les dates", "według dat", "stage follows",
    ),
}  # fmt: skip
ORGANISATION_COLUMNS = (*SIDE_COLUMNS.values(), "organisations")
COLUMN_SIDE = {column: side for side, column in SIDE_COLUMNS.items()}

_HEADER_NAMES: dict[str, str] = {}
for _code, _names in COLUMNS.items():
    for _name in (_code, *_names):
        _HEADER_NAMES.setdefault(_header_key(_name), _code)


def map_headers(headers: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """column code -> position, and the headers not understood (first one wins)."""
    return columns.map_headers(headers, _HEADER_NAMES)


_WORDS: dict[str, dict[str, str]] = {
    "kind": {
        "visite": "visit", "wizyta": "visit", "accueil": "hosting", "przyjecie": "hosting",
        "goszczenie": "hosting", "stage": "internship", "staz": "internship",
        "praktyka": "internship", "praktyki": "internship", "residence": "residency",
        "rezydencja": "residency", "koncert": "concert", "exposition": "exhibition",
        "wystawa": "exhibition", "atelier": "workshop", "ateliers": "workshop",
        "warsztaty": "workshop", "warsztat": "workshop", "projet commun": "joint_project",
        "wspolny projekt": "joint_project", "project": "joint_project",
        "autre": "other", "inne": "other", "inny": "other",
    },
    "status": {
        "prevu": "planned", "prevue": "planned", "planifie": "planned", "planifiee": "planned",
        "planowana": "planned", "zaplanowana": "planned", "planowany": "planned",
        "en cours": "running", "w trakcie": "running", "trwa": "running", "trwajaca": "running",
        "termine": "completed", "terminee": "completed", "realise": "completed",
        "realisee": "completed", "zakonczona": "completed", "zrealizowana": "completed",
        "zakonczony": "completed", "done": "completed", "annule": "cancelled",
        "annulee": "cancelled", "canceled": "cancelled", "odwolana": "cancelled",
        "anulowana": "cancelled", "odwolany": "cancelled",
    },
    "cancel_reason": {
        "financement": "funding", "finansowanie": "funding", "brak funduszy": "funding",
        "calendrier": "schedule", "dates": "schedule", "termin": "schedule",
        "terminy": "schedule", "retrait du partenaire": "partner_withdrew",
        "wycofanie partnera": "partner_withdrew", "sante": "health_safety",
        "securite": "health_safety", "zdrowie": "health_safety",
        "bezpieczenstwo": "health_safety", "autre": "other", "inne": "other",
    },
    "source": {
        "erasmus": "erasmus_plus", "erasmus+": "erasmus_plus", "erasmus plus": "erasmus_plus",
        "europe creative": "creative_europe", "kreatywna europa": "creative_europe",
        "ville de saint etienne": "saint_etienne_city", "saint etienne": "saint_etienne_city",
        "miasto saint etienne": "saint_etienne_city", "ville de katowice": "katowice_city",
        "katowice": "katowice_city", "miasto katowice": "katowice_city",
        "fonds propres": "own_funds", "srodki wlasne": "own_funds", "autre": "other",
        "inne": "other",
    },
    "currency": {
        "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR", "pln": "PLN", "zl": "PLN",
        "zloty": "PLN", "zlotych": "PLN", "zlote": "PLN",
    },
}  # fmt: skip
_ENUMS = {
    "kind": ExchangeKind,
    "status": ExchangeStatus,
    "cancel_reason": CancelReason,
    "source": FundingSource,
}
for _column, _enum in _ENUMS.items():
    for _member in _enum:
        _WORDS[_column].setdefault(_loose(_member.value), _member.value)


def word_code(column: str, text: str) -> str:
    """The code a word stands for in `column` ("concert", "koncert", "Erasmus+"), or the text
    as it is (core.exchanges' rules then name what is allowed)."""
    return _WORDS[column].get(_loose(text), _WORDS[column].get(text.strip().lower(), text))


_MONEY = re.compile(
    r"^(?P<amount>.*?)\s*(?P<currency>EUR|PLN|€|zł|zl|złotych|zlotych|złoty|zloty|euros?)?$",
    re.IGNORECASE,
)
_NOTE = re.compile(r"^(?P<head>[^(]*?)\s*\((?P<note>.*)\)\s*$", re.DOTALL)


def split_outside_brackets(text: str, separators: str = ";\n") -> list[str]:
    """`text` cut at each separator that is not within brackets (a note may hold a ;)."""
    parts, depth, start = [], 0, 0
    for at, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def funding_lines(text: str) -> list[dict[str, str]]:
    """The funding lines of a cell, "source: amount currency (note); ...", as core.exchanges
    takes them (words made codes; what is not understood left for its rules to name)."""
    out = []
    for part in split_outside_brackets(text):
        head, note = part, ""
        matched = _NOTE.match(part)
        if matched:
            head, note = matched["head"], matched["note"].strip()
        source, _colon, money = head.partition(":")
        amount, currency = money.strip(), ""
        found = _MONEY.match(amount)
        if found and found["currency"]:
            amount, currency = found["amount"].strip(), word_code("currency", found["currency"])
        out.append(
            {
                "source": word_code("source", source),
                "amount": amount,
                "currency": currency,
                "note": note,
            }
        )
    return out
