"""Checking one row of an import file into the values of an inquiry, person and organisation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import errors, organisations, sides
from msek_desktop.core.exporting import unneutralise
from msek_desktop.core.identity import clean_text
from msek_desktop.core.importing.columns import _ENUMS, _FIELD_SPLIT, _loose, _word_code
from msek_desktop.core.importing.report import RowError
from msek_desktop.core.models import Field
from msek_desktop.core.reading import Table
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import CONTACT_PREFERENCES, Audience, LegalBasis, Side


@dataclass
class _Row:
    line: int
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    organisation_kind: str = "other"
    city: str = ""
    country: str = ""
    side: str = "other"
    language: str = "en"
    channel: str = "email"
    received_on: date = date.min
    subject: str = ""
    message: str = ""
    field_ids: list[int] = field(default_factory=list)
    # the organisation's profile values the row gives (PROFILE), as stored
    profile: dict[str, Any] = field(default_factory=dict)
    # a new person's legal basis and contact preferences (PRIVACY), as stored
    privacy: dict[str, Any] = field(default_factory=dict)
    # the person's consents the row gives: purpose -> (given on, how)
    consents: dict[str, tuple[date, str]] = field(default_factory=dict)


class _FieldNames:
    """Fields of exchange by any of their names, and a memory of checked values (a file names
    the same person, date and field many times: checking each value once saves seconds)."""

    def __init__(self, session: Session) -> None:
        self.ids: dict[str, int] = {}
        self._checked: dict[tuple[str, str, str], tuple[Any, list[str]]] = {}
        self._names: dict[str, str] = {}
        self._resolved: dict[str, tuple[list[int], list[str]]] = {}
        for f in session.scalars(select(Field)):
            for name in (f.code, f.name_en, f.name_fr, f.name_pl):
                self.ids.setdefault(_loose(name), f.id)

    def checked(self, check: Checker, column: str, text: str, region: str) -> Any:
        """`text` checked as an email (region ""), a phone number of `region`, or a date
        (column "received_on"), as Checker checks it."""
        key = (column, text, region)
        known = self._checked.get(key)
        if known is None:
            alone = Checker()
            value: Any
            if column == "email":
                value = alone.email(column, text)
            elif column == "received_on":
                value = alone.date(column, text)
            else:
                value = alone.phone(column, text, region=region)
            known = (value, [e.message for e in alone.errors])
            self._checked[key] = known
        for message in known[1]:
            check.add(column, message)
        return known[0]

    def check_first(self, rows: list[_Cells]) -> None:
        """Check the e-mails, then the phones, then the dates of these rows, each distinct
        value once, before the rows are checked one by one (and find them here). The same
        checks take a third less time a column at a time than among the rest of each row's
        work: one library's code stays in the processor's caches."""
        for cells in rows:
            if cells["email"]:
                self.checked(Checker(), "email", cells["email"], "")
        regions: dict[tuple[str, str, str], str] = {}
        for cells in rows:
            if cells["phone"]:
                said = (cells["side"], cells["country"], cells["language"])
                region = regions.get(said)
                if region is None:
                    side = _side_of(_coded(Checker(), cells.__getitem__))
                    region = regions[said] = Side(side).phone_region
                self.checked(Checker(), "phone", cells["phone"], region)
        for cells in rows:
            self.checked(Checker(), "received_on", cells["received_on"], "")

    def clean(self, text: str) -> str:
        """A name without control or invisible characters (Checker.name's cleaning)."""
        cleaned = self._names.get(text)
        if cleaned is None:
            cleaned = self._names[text] = clean_text(text)
        return cleaned

    def resolve(self, text: str) -> tuple[list[int], list[str]]:
        known = self._resolved.get(text)
        if known is None:
            known = self._resolved[text] = self._resolve(text)
        return list(known[0]), list(known[1])

    def _resolve(self, text: str) -> tuple[list[int], list[str]]:
        ids: list[int] = []
        unknown: list[str] = []
        for part in _FIELD_SPLIT.split(text):
            if not part.strip():
                continue
            found = self.ids.get(_loose(part))
            if found is None:
                unknown.append(part.strip())
            elif found not in ids:
                ids.append(found)
        return ids, unknown


class _Cells(dict[str, str]):
    """A row's cells by column code; "" for a column the file does not have."""

    def __missing__(self, code: str) -> str:
        return ""


def _cells(cells: list[str], columns: dict[str, int]) -> _Cells:
    """The row's cell of each column code, stripped, a neutralised one ('=...) unquoted."""
    given = _Cells()
    count = len(cells)
    for code, position in columns.items():
        text = cells[position].strip() if position < count else ""
        if text.startswith("'"):
            text = unneutralise(text).strip()
        given[code] = text
    return given


def _coded(check: Checker, get: Callable[[str], str]) -> dict[str, str | None]:
    """The codes written as codes or words in the side, language, channel, kind, country."""
    coded: dict[str, str | None] = {}
    for column in ("side", "language", "channel", "organisation_kind", "country"):
        text = get(column)
        coded[column] = None
        if not text:
            continue
        if column == "country" and re.fullmatch(r"[A-Za-z]{2}", text):
            coded[column] = text.upper()
            continue
        code = _word_code(column, text)
        if code is None:
            if column == "country":
                check.fail(column, "unknown_country", value=text)
            else:
                allowed = ", ".join(str(m.value) for m in _ENUMS[column])
                check.fail(column, "unknown_code", value=text, allowed=allowed)
        coded[column] = code
    return coded


# the organisation profile's columns, in the order of models.Organisation
PROFILE = (
    "offers", "seeks", "tags", "audiences", "languages", "capacity", "active",
    "description_fr", "description_pl", "description_en",
)  # fmt: skip
_PROFILE_TEXTS = {
    "offers": 1000, "seeks": 1000, "description_fr": 5000, "description_pl": 5000,
    "description_en": 5000,
}  # fmt: skip


def _word(column: str, word: str) -> str | None:
    if column == "languages":
        text = word.strip()
        if re.fullmatch(r"[A-Za-z]{2}", text):
            return text.lower()
        return _word_code("language", text)
    return _word_code(column, word)


def _words(check: Checker, column: str, text: str) -> list[str]:
    """The codes of a list of words (audiences: codes or English, French or Polish words;
    languages: two-letter codes or a language's name), each once, in order; a word not known
    is an error of the column."""
    found: list[str] = []
    unknown: list[str] = []
    for part in _FIELD_SPLIT.split(text):
        whole = _word(column, part) if part.strip() else None
        pairs = (
            [(part, whole)] if whole is not None else [(w, _word(column, w)) for w in part.split()]
        )
        for word, code in pairs:
            if code is None:
                unknown.append(word.strip())
            elif code not in found:
                found.append(code)
    if unknown and column == "languages":
        check.fail(column, "language_code", value=unknown[0])
    elif unknown:
        allowed = ", ".join(str(m.value) for m in _ENUMS[column])
        check.fail(column, "unknown_code", value=", ".join(unknown), allowed=allowed)
    return found


def _profile(check: Checker, get: Callable[[str], str]) -> dict[str, Any]:
    """The profile values written in the row (empty cells say nothing), checked, as stored."""
    out: dict[str, Any] = {}
    for column in PROFILE:
        text = get(column)
        if not text:
            continue
        if column in _PROFILE_TEXTS:
            out[column] = check.text(column, text, max_len=_PROFILE_TEXTS[column])
        elif column == "tags":
            tags = ", ".join(organisations.split_list(text))
            if len(tags) > organisations.MAX_TAGS:
                check.fail(column, "too_long", max_len=organisations.MAX_TAGS, length=len(tags))
            out[column] = tags
        elif column == "audiences":
            chosen = _words(check, column, text)
            out[column] = " ".join(a.value for a in Audience if a.value in chosen)
        elif column == "languages":
            out[column] = " ".join(_words(check, column, text))
        elif column == "capacity":
            out[column] = check.integer(column, text, minimum=0, maximum=organisations.MAX_CAPACITY)
        else:  # active
            answer = _word_code("active", text)
            if answer is None:
                check.fail(column, "unknown_code", value=text, allowed="yes, no")
            out[column] = answer == "yes"
    return out


# a person's legal basis and the ways they refused to be contacted (yes or no)
PRIVACY = ("legal_basis", *CONTACT_PREFERENCES)


def _privacy(check: Checker, get: Callable[[str], str]) -> dict[str, Any]:
    """The legal basis and preferences written in the row (empty cells say nothing)."""
    out: dict[str, Any] = {}
    for column in PRIVACY:
        text = get(column)
        if not text:
            continue
        kind = "legal_basis" if column == "legal_basis" else "yes_no"
        code = _word_code(kind, text)
        if code is None:
            allowed = ", ".join(LegalBasis) if kind == "legal_basis" else "yes, no"
            check.fail(column, "unknown_code", value=text, allowed=allowed)
        out[column] = code if kind == "legal_basis" else code == "yes"
    return out


_LIST = re.compile(r"[,;|\n]+")
_CONSENTS = ("consents", "consent_given_on", "consent_how")


def _consents(
    check: Checker, get: Callable[[str], str], received_on: date, today: date
) -> dict[str, tuple[date, str]]:
    """The consents the row gives (purposes as codes or words), each with its day and way:
    one day or way for all, or one per purpose in the same order; the day defaults to the
    row's date of receipt, the way is required."""
    text, days_text, hows_text = get("consents"), get("consent_given_on"), get("consent_how")
    if not text:
        for column, given in (("consent_given_on", days_text), ("consent_how", hows_text)):
            if given:
                check.fail(column, "consent_without_purpose")
        return {}
    purposes = _words(check, "consents", text)
    days: list[date | None] = []
    for part in _LIST.split(days_text) if days_text else []:
        day = check.date("consent_given_on", part)
        if day is not None and day > today:
            check.fail("consent_given_on", "in_future")
        days.append(day)
    parts = [part.strip() for part in _LIST.split(hows_text) if part.strip()]
    hows = [_word_code("consent_how", part) for part in parts]
    unknown = [part for part, how in zip(parts, hows, strict=True) if how is None]
    if not hows:
        check.fail("consent_how", "consent_how_required")
    elif unknown:
        allowed = ", ".join(_ENUMS["consent_how"])
        check.fail("consent_how", "unknown_code", value=", ".join(unknown), allowed=allowed)
    for column, values in (("consent_given_on", days), ("consent_how", hows)):
        if len(values) not in (0, 1, len(purposes)):
            check.fail(column, "consent_count", count=len(values), purposes=len(purposes))
    if check.errors:
        return {}
    out: dict[str, tuple[date, str]] = {}
    for n, purpose in enumerate(purposes):
        day = days[n if len(days) > 1 else 0] if days else received_on
        how = hows[n if len(hows) > 1 else 0]
        assert day is not None and how is not None
        out[purpose] = (day, how)
    return out


def _side_of(coded: dict[str, str | None]) -> str:
    """The row's side: as written, or as its country or language say."""
    country = coded["country"] or ""
    return coded["side"] or sides.side_of(country=country, language=coded["language"]).value


def _check_row(
    line: int, given: _Cells, names: _FieldNames, today: date
) -> tuple[_Row | None, list[RowError]]:
    """The row of these cells (_cells) checked, or its errors."""
    check = Checker()
    row = _Row(line)
    get = given.__getitem__  # a dict's own lookup, not a function of ours a cell

    # Checker.name: the text check of the cleaned name
    row.first_name = check.text("first_name", names.clean(get("first_name")), max_len=100)
    row.last_name = check.text("last_name", names.clean(get("last_name")), max_len=100)
    row.organisation = check.text("organisation", names.clean(get("organisation")), max_len=200)
    if not row.last_name and not row.organisation:
        check.fail("last_name", "required_without_organisation")
    row.subject = check.text("subject", get("subject"), required=True, max_len=300)
    row.message = check.text("message", get("message"), max_len=20_000)
    row.city = check.text("city", get("city"), max_len=100)

    coded = _coded(check, get)
    row.country = coded["country"] or ""
    row.side = side = _side_of(coded)
    row.language = coded["language"] or sides.default_language(side).value
    row.channel = coded["channel"] or "email"
    row.organisation_kind = coded["organisation_kind"] or "other"

    if get("email"):
        row.email = names.checked(check, "email", get("email"), "").lower()
    if get("phone"):
        row.phone = names.checked(check, "phone", get("phone"), Side(side).phone_region)
    received = names.checked(check, "received_on", get("received_on"), "")
    if received is not None and received > today:
        check.fail("received_on", "in_future")
    row.received_on = received or today
    ids, unknown = names.resolve(get("field"))
    if unknown:
        check.fail("field", "unknown_fields", names=", ".join(unknown))
    row.field_ids = ids
    # a file without a section's columns gives every row nothing of it
    if not given.keys().isdisjoint(PROFILE):
        row.profile = _profile(check, get)
    if not given.keys().isdisjoint(PRIVACY):
        row.privacy = _privacy(check, get)
    if not given.keys().isdisjoint(_CONSENTS):
        row.consents = _consents(check, get, row.received_on, today)
    if row.consents and not row.last_name:
        check.fail("consents", "consent_without_person")
    if row.profile and not row.organisation:
        check.fail(next(iter(row.profile)), "profile_without_organisation")
    if check.errors:
        return None, [RowError(line, e.field, e.message) for e in check.errors]
    return row, []


def _header_errors(table: Table, columns: dict[str, int]) -> list[RowError]:
    if not table.headers or not any(h.strip() for h in table.headers):
        return [RowError(1, "header", errors.Message("no_header"))]
    problems = []
    if "subject" not in columns:
        problems.append(RowError(1, "subject", errors.Message("no_column")))
    if "last_name" not in columns and "organisation" not in columns:
        problems.append(RowError(1, "last_name", errors.Message("no_name_column")))
    return problems
