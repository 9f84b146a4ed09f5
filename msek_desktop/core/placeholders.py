"""Placeholders of letter templates: a name in braces, `{recipient_name}`; `{{` and `}}` stand
for literal braces. The names are declared once here (PLACEHOLDERS), checked when a template is
saved and again when it is filled (core.templates re-exports these), so a typo is an error that
names it, never a blank in print.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from msek_desktop.core import errors

# name -> what it stands for (shown by the template editor)
PLACEHOLDERS: dict[str, str] = {
    "recipient_name": "the person's first and last name (or the organisation's name)",
    "recipient_first_name": "the person's first name",
    "recipient_last_name": "the person's last name",
    "recipient_honorific": "Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)",
    "recipient_organisation": "the organisation the person writes for",
    "recipient_city": "the recipient's city",
    "address_nom": "Polish form of address, nominative: Pani / Pan / Państwo",
    "address_gen": "Polish form of address, genitive: Pani / Pana / Państwa",
    "address_dat": "Polish form of address, dative: Pani / Panu / Państwu",
    "address_acc": "Polish form of address, accusative: Panią / Pana / Państwa",
    "address_ins": "Polish form of address, instrumental: Panią / Panem / Państwem",
    "address_loc": "Polish form of address, locative: Pani / Panu / Państwu",
    "inquiry_ref": "the inquiry's reference, e.g. 2026-0012",
    "inquiry_date": "the day the inquiry was received, with the month in words",
    "inquiry_subject": "the inquiry's subject",
    "inquiry_fields": "the fields of exchange, e.g. music and education",
    "desired_counterpart": "the counterpart the person hoped for, as they wrote it",
    "other_side": "the city where a counterpart is proposed: Saint-Étienne or Katowice",
    "in_other_city": "where a counterpart is sought, as a place: à Katowice, w Katowicach, in …",
    "partners": "the paragraph proposing the partner organisations and what they offer",
    "partner_names": "the partner organisations' names",
    "signer_name": "the name of the staff member who signs",
    "signer_title": "the signer's title in the letter's language",
    "signer_email": "the signer's email",
    "signer_phone": "the signer's phone",
    "signer_contact": "the signer's name with email and phone, e.g. Anna Kowalska (anna@…)",
    "contact_sentence": "the closing sentence naming whom to contact: the signer, else the office",
    "requester": "the paragraph presenting the person who asked: who, what they seek, contact",
    "requester_name": "the name of the person who asked",
    "requester_position": "the position of the person who asked",
    "requester_organisation": "the organisation of the person who asked",
    "requester_city": "the city of the person who asked",
    "requester_email": "the email of the person who asked",
    "requester_phone": "the phone of the person who asked",
    "office_name": "the office's name",
    "office_city": "the office's city",
    "office_phone": "the office's phone",
    "office_email": "the office's email",
    "office_website": "the office's website",
    "date": "the letter's date, with the month in words",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class PlaceholderProblem:
    """What is wrong with one placeholder, as data for the window to word in its language."""

    kind: str  # "unknown": a name not in PLACEHOLDERS; "lone": a brace not doubled
    token: str  # the name, or the lone brace
    suggestion: str | None = None  # a known name close to an unknown one

    def english(self) -> str:
        if self.kind == "lone":
            brace = self.token
            return f"A lone {brace} in the template: write {brace}{brace} for a brace"
        hint = f" (did you mean {{{self.suggestion}}}?)" if self.suggestion else ""
        return f"Unknown placeholder {{{self.token}}} in the template{hint}"


def suggestion(name: str) -> str | None:
    """The known placeholder `name` was most likely meant to be ("did you mean"), if any."""
    close = difflib.get_close_matches(name, PLACEHOLDERS, n=1)
    return close[0] if close else None


def unknown(name: str) -> PlaceholderProblem:
    return PlaceholderProblem("unknown", name, suggestion(name))


def find_problems(text: str) -> list[PlaceholderProblem]:
    """What is wrong with the placeholders of `text`, each once; empty when all is well."""
    found: list[PlaceholderProblem] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if token in ("{", "}"):
            found.append(PlaceholderProblem("lone", token))
        elif match.group(1) not in PLACEHOLDERS:
            found.append(unknown(match.group(1)))
    return list(dict.fromkeys(found))


def problems(text: str) -> list[str]:
    """find_problems in English sentences (saving a template, the CLI)."""
    return [problem.english() for problem in find_problems(text)]


def names_in(text: str) -> list[str]:
    """Every placeholder name `text` uses, known or not, in order of first use."""
    names = (m.group(1) for m in _TOKEN.finditer(text) if m.group(1) is not None)
    return list(dict.fromkeys(names))


def placeholders_in(text: str) -> list[str]:
    """The known placeholder names `text` uses, in order of first use."""
    return [name for name in names_in(text) if name in PLACEHOLDERS]


def typed_placeholders(text: str, drafted: str) -> list[str]:
    """Placeholder names in `text` that `drafted` did not contain (typed in afterwards)."""
    before = set(names_in(drafted))
    return [name for name in names_in(text) if name not in before]


def fill_only(text: str, names: Collection[str], values: Mapping[str, str]) -> str:
    """`text` with the placeholders in `names` that have a value replaced; all else as is."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return values[name] if name in names and name in values else match.group(0)

    return _TOKEN.sub(replace, text)


def fill_typed(text: str, drafted: str, values: Mapping[str, str]) -> tuple[str, list[str]]:
    """`text` as edited from `drafted` (already filled in): the placeholders typed since are
    filled in from `values`, and the unknown names among them are returned, for the editor
    to name (a text with unknown placeholders is not to be printed)."""
    typed = typed_placeholders(text, drafted)
    unknown_names = [name for name in typed if name not in PLACEHOLDERS]
    return fill_only(text, typed, values), unknown_names


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with every placeholder replaced; an unknown one is a UserError naming it."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        if name is None:
            raise errors.UserError(PlaceholderProblem("lone", token).english() + ".")
        if name not in PLACEHOLDERS:
            raise errors.UserError(unknown(name).english() + ".")
        if name not in values:
            raise ValueError(f"no value given for the placeholder {{{name}}}")  # a bug
        return values[name]

    return _TOKEN.sub(replace, text)
