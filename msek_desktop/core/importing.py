"""Importing inquiries, with their people and organisations, from CSV or XLSX files.

Reading files is core.reading (CSV encodings and delimiters, XLSX).
- Headers are matched case- and accent-insensitively (search.fold) in English, French or
  Polish; unknown columns are ignored and named in the report.
- A cell that an export neutralised ('=..., '+48 ...) is read back without its quote.

Each row needs last_name or organisation, and subject. Emails and phone numbers are checked
(the phone's region follows the side: France for Saint-Étienne, Poland otherwise). Side, field,
language, channel and organisation kind may be written as codes or as English, French or
Polish words ("Saint-Étienne", "Katowice", "muzyka", "musique", "music").

Matching (rules in core.identity): a row's person is a recorded contact with the same email,
or, where at most one of them has an email, the same first and last name once folded (case,
accents, ł, invisible characters, look-alike letters; a woman's last name also in its masculine
form) and the same organisation when the row names one. Anything weaker (a first name or
last name a few letters apart, another organisation, several people of that name) is a
*possible* match: listed in the report, never linked unless the user confirms it (the wizard
passes `decisions`); otherwise the row gets a new contact. An organisation is the recorded one
whose folded name is the same; a close name is possible. Existing records are indexed by
folded email, last name and its stem, and close last names are looked for only among those
sharing the initial, which keeps 10,000 rows against a big office quick. Matched records are
linked, not changed. Rows of the same file naming the same person (same email, or same name
and organisation with no other email) share one contact; two emails are two people.

The real import is all rows or none: one write transaction, written by core.writer (bulk
inserts, ids taken under the write lock, refs from the year's counter, the search index
refreshed), with a timeline entry of kind "import" on every created inquiry, contact and
organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, errors
from msek_desktop.core.db import Database
from msek_desktop.core.exporting import unneutralise
from msek_desktop.core.identity import REASONS, Person, name_key
from msek_desktop.core.matching import NEW, Decisions, Existing, MatchFound, PossibleMatch
from msek_desktop.core.models import Field
from msek_desktop.core.reading import Table, detect_encoding, read_table
from msek_desktop.core.search import fold
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Channel, Language, OrganisationKind, Side, TimelineKind
from msek_desktop.core.writer import Writer

__all__ = [
    "COLUMNS",
    "NEW",
    "Decisions",
    "ImportRejected",
    "ImportReport",
    "MatchFound",
    "PossibleMatch",
    "RowError",
    "Table",
    "detect_encoding",
    "import_file",
    "import_table",
    "map_headers",
    "read_table",
]

PROGRESS_EVERY = 500

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


# -- the report --------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str


def _reason(code: str) -> str:
    return REASONS.get(code, code)


@dataclass
class ImportReport:
    rows: int = 0
    created: dict[str, int] = field(
        default_factory=lambda: {"inquiries": 0, "contacts": 0, "organisations": 0}
    )
    matches: list[MatchFound] = field(default_factory=list)
    possible: list[PossibleMatch] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    dry_run: bool = True
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def matched(self) -> dict[str, int]:
        return {
            "contacts": len({m.id for m in self.matches if m.kind == "contact"}),
            "organisations": len({m.id for m in self.matches if m.kind == "organisation"}),
        }

    def possible_rows(self) -> list[tuple[int, str]]:
        """(line, kind) of the rows with possible matches, in order, each once."""
        return list(dict.fromkeys((p.line, p.kind) for p in self.possible))

    def to_json(self) -> dict[str, Any]:
        return {
            "created": dict(self.created),
            "matched": {
                **self.matched,
                "rows": [
                    {
                        "line": m.line, "kind": m.kind, "id": m.id, "name": m.name,
                        "email": m.email, "by": m.by, "reason": _reason(m.reason),
                        "score": round(m.score, 1),
                    }
                    for m in self.matches
                ],
            },
            "possible": [
                {
                    "line": p.line, "kind": p.kind, "given": p.given, "id": p.id,
                    "name": p.name, "email": p.email, "reason": _reason(p.reason),
                    "score": round(p.score, 1),
                }
                for p in self.possible
            ],
            "errors": [
                {"line": e.line, "field": e.field, "message": e.message} for e in self.errors
            ],
            "rows": self.rows,
            "ignored_columns": list(self.ignored_columns),
            "dry_run": self.dry_run,
            "written": self.written,
        }  # fmt: skip

    def summary(self) -> str:
        c = self.created
        m = self.matched
        text = (
            f"{c['inquiries']} inquiries, {c['contacts']} new people, "
            f"{c['organisations']} new organisations; matched {m['contacts']} people and "
            f"{m['organisations']} organisations already recorded"
        )
        rows = len(self.possible_rows())
        if rows:
            text += (
                f"; {rows} possible matches not linked (new records instead; see them with"
                " --dry-run --json, or confirm them in the import window)"
            )
        return text


class ImportRejected(errors.UserError):
    """Some rows are invalid: nothing was written. `report` lists every problem."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        first = report.errors[0]
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        super().__init__(
            f"Nothing was imported: line {first.line}, {first.field}: {first.message}{more}."
        )


# -- understanding columns and values ----------------------------------------------------


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


class _FieldNames:
    """Fields of exchange by any of their names, and a memory of checked emails and phones
    (a file names the same person many times; checking each value once saves seconds)."""

    def __init__(self, session: Session) -> None:
        self.ids: dict[str, int] = {}
        self._checked: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
        for f in session.scalars(select(Field)):
            for name in (f.code, f.name_en, f.name_fr, f.name_pl):
                self.ids.setdefault(_loose(name), f.id)

    def checked(self, check: Checker, column: str, text: str, region: str) -> str:
        """`text` checked as an email (region "") or a phone number of `region`."""
        key = (column, text, region)
        known = self._checked.get(key)
        if known is None:
            alone = Checker()
            if column == "email":
                value = alone.email(column, text)
            else:
                value = alone.phone(column, text, region=region)
            known = (value, [e.message for e in alone.errors])
            self._checked[key] = known
        for message in known[1]:
            check.add(column, message)
        return known[0]

    def resolve(self, text: str) -> tuple[list[int], list[str]]:
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


def _cell(cells: list[str], columns: dict[str, int], code: str) -> str:
    position = columns.get(code)
    if position is None or position >= len(cells):
        return ""
    return unneutralise(cells[position].strip()).strip()


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


def _check_row(
    line: int, cells: list[str], columns: dict[str, int], names: _FieldNames, today: date
) -> tuple[_Row | None, list[RowError]]:
    check = Checker()
    row = _Row(line)

    def get(code: str) -> str:
        return _cell(cells, columns, code)

    row.first_name = check.name("first_name", get("first_name"), max_len=100)
    row.last_name = check.name("last_name", get("last_name"), max_len=100)
    row.organisation = check.name("organisation", get("organisation"), max_len=200)
    if not row.last_name and not row.organisation:
        check.fail("last_name", "required_without_organisation")
    row.subject = check.text("subject", get("subject"), required=True, max_len=300)
    row.message = check.text("message", get("message"), max_len=20_000)
    row.city = check.text("city", get("city"), max_len=100)

    coded = _coded(check, get)
    row.country = coded["country"] or ""
    side = coded["side"]
    if side is None:
        by_country = {"FR": "saint_etienne", "PL": "katowice"}
        side = by_country.get(row.country) or {"fr": "saint_etienne", "pl": "katowice"}.get(
            coded["language"] or "", "other"
        )
    row.side = side
    row.language = coded["language"] or {"saint_etienne": "fr", "katowice": "pl"}.get(side, "en")
    row.channel = coded["channel"] or "email"
    row.organisation_kind = coded["organisation_kind"] or "other"

    if get("email"):
        row.email = names.checked(check, "email", get("email"), "").lower()
    if get("phone"):
        row.phone = names.checked(check, "phone", get("phone"), Side(side).phone_region)
    received = check.date("received_on", get("received_on"))
    if received is not None and received > today:
        check.fail("received_on", "in_future")
    row.received_on = received or today
    ids, unknown = names.resolve(get("field"))
    if unknown:
        check.fail("field", "unknown_fields", names=", ".join(unknown))
    row.field_ids = ids
    if check.errors:
        return None, [RowError(line, e.field, e.message) for e in check.errors]
    return row, []


# -- planning and writing ----------------------------------------------------------------


@dataclass
class _Plan:
    rows: list[_Row] = field(default_factory=list)
    # per row: ("new", key) or ("old", id) or None, for contact and organisation
    contact_of: list[tuple[str, Any] | None] = field(default_factory=list)
    org_of: list[tuple[str, Any] | None] = field(default_factory=list)
    new_contacts: dict[Any, _Row] = field(default_factory=dict)
    new_orgs: dict[str, _Row] = field(default_factory=dict)


def _header_errors(table: Table, columns: dict[str, int]) -> list[RowError]:
    if not table.headers or not any(h.strip() for h in table.headers):
        return [RowError(1, "header", errors.Message("no_header"))]
    problems = []
    if "subject" not in columns:
        problems.append(RowError(1, "subject", errors.Message("no_column")))
    if "last_name" not in columns and "organisation" not in columns:
        problems.append(RowError(1, "last_name", errors.Message("no_name_column")))
    return problems


Ref = tuple[str, Any]  # ("new", key of a record to create) or ("old", id)


class _Planner:
    """Decides, row by row, which person and organisation each row is.

    Rows of the file agree with each other: a row naming a person or organisation that an
    earlier row named (the same email; or the same name and organisation where neither row
    has another email) gets what the earlier row got, linked or new. Two rows with different
    emails are two people, even of the same name and organisation.
    """

    def __init__(self, session: Session, report: ImportReport, decisions: Decisions) -> None:
        self.report = report
        self.decisions = decisions
        self.existing = Existing(session)
        self.plan = _Plan()
        self.org_refs: dict[str, tuple[Ref, MatchFound | None]] = {}
        self.person_by_email: dict[str, tuple[Ref, MatchFound | None]] = {}
        self.person_by_name: dict[tuple[str, str, Any], list[tuple[Ref, MatchFound | None]]] = {}
        self.emails: dict[Any, str] = {}  # new person key -> email ("" for none)

    def _linked(self, line: int, found: MatchFound | None) -> None:
        if found is not None:
            self.report.matches.append(replace(found, line=line))

    def _possible(self, line: int, possible: list[PossibleMatch], given: str) -> None:
        self.report.possible.extend(replace(p, line=line, given=given) for p in possible)

    def _confirmed(self, line: int, kind: str) -> MatchFound | None:
        """The user's answer for a possible match of `line`: a record to link, or None."""
        decision = self.decisions.get((line, kind))
        if decision is None or decision == NEW:
            return None
        if kind == "contact":
            known = self.existing.contacts.get(int(decision))
            if known is None:
                raise _gone(line, "person", decision)
            return MatchFound(line, kind, known.id, known.display, "confirmed", 100.0,
                              known.person.email, "confirmed")  # fmt: skip
        name = self.existing.organisations.get(int(decision))
        if name is None:
            raise _gone(line, "organisation", decision)
        return MatchFound(line, kind, int(decision), name, "confirmed", 100.0, "", "confirmed")

    def organisation(self, row: _Row) -> Ref | None:
        if not row.organisation:
            return None
        key = name_key(row.organisation)
        confirmed = self._confirmed(row.line, "organisation")
        if confirmed is not None:
            self._linked(row.line, confirmed)
            ref: Ref = ("old", confirmed.id)
            self.org_refs.setdefault(key, (ref, confirmed))
            return ref
        if key in self.org_refs:
            earlier_ref, earlier = self.org_refs[key]
            self._linked(row.line, earlier)
            return earlier_ref
        found: MatchFound | None = None
        possible: list[PossibleMatch] = []
        if self.decisions.get((row.line, "organisation")) != NEW:
            found, possible = self.existing.organisation(row.organisation)
        if found is not None:
            ref = ("old", found.id)
        else:
            self._possible(row.line, possible, row.organisation)
            self.plan.new_orgs[key] = row
            ref = ("new", key)
        self.org_refs[key] = (ref, found)
        self._linked(row.line, found)
        return ref

    def _in_file(
        self, row: _Row, name_key: tuple[str, str, Any]
    ) -> tuple[Ref, MatchFound | None] | None:
        if row.email and row.email in self.person_by_email:
            return self.person_by_email[row.email]
        same_name = [
            (ref, found)
            for ref, found in self.person_by_name.get(name_key, [])
            if not (row.email and self._email_of(ref, found) not in ("", row.email))
        ]
        return same_name[0] if len(same_name) == 1 else None

    def _email_of(self, ref: Ref, found: MatchFound | None) -> str:
        if ref[0] == "new":
            return self.emails[ref[1]]
        return found.email if found is not None else ""

    def contact(self, row: _Row, org: Ref | None) -> Ref | None:
        if not row.last_name:
            return None
        first, last = name_key(row.first_name), name_key(row.last_name)
        person = (first, last, org if row.organisation else None)
        confirmed = self._confirmed(row.line, "contact")
        if confirmed is not None:
            self._remember(row, person, ("old", confirmed.id), confirmed)
            self._linked(row.line, confirmed)
            return ("old", confirmed.id)
        earlier = self._in_file(row, person)
        if earlier is not None:
            earlier_ref, earlier_match = earlier
            self._linked(row.line, earlier_match)
            self._fill(row, earlier_ref)
            self._remember(row, person, earlier_ref, earlier_match)
            return earlier_ref
        found: MatchFound | None = None
        possible: list[PossibleMatch] = []
        if self.decisions.get((row.line, "contact")) != NEW:
            org_value = None
            if row.organisation and org is not None:
                org_value = org[1] if org[0] == "old" else org
            wanted = Person(row.first_name, row.last_name, row.email, org_value)
            found, possible = self.existing.contact(wanted)
        if found is not None:
            ref = ("old", found.id)
            self._linked(row.line, found)
        else:
            self._possible(row.line, possible, f"{row.first_name} {row.last_name}".strip())
            ref = ("new", len(self.plan.new_contacts))
            self.plan.new_contacts[ref[1]] = row
            self.emails[ref[1]] = row.email
        self._remember(row, person, ref, found)
        return ref

    def _remember(
        self, row: _Row, name_key: tuple[str, str, Any], ref: Ref, found: MatchFound | None
    ) -> None:
        if row.email:
            self.person_by_email.setdefault(row.email, (ref, found))
        known = self.person_by_name.setdefault(name_key, [])
        if all(r != ref for r, _f in known):
            known.append((ref, found))

    def _fill(self, row: _Row, ref: Ref) -> None:
        """A later row of a new person brings the email or phone the first one lacked."""
        if ref[0] != "new":
            return
        first = self.plan.new_contacts[ref[1]]
        if row.email and not first.email:
            first.email = row.email
            self.emails[ref[1]] = row.email
        if row.phone and not first.phone:
            first.phone = row.phone


def _gone(line: int, what: str, record: object) -> errors.UserError:
    return errors.UserError(
        f"Nothing was imported: the {what} {record} chosen for line {line} is no longer "
        "recorded; check the file again."
    )


@dataclass(frozen=True)
class _Options:
    today: date
    columns: dict[str, int] | None = None
    progress: Callable[[int, int], None] | None = None
    decisions: Decisions = field(default_factory=dict)


def _plan(session: Session, table: Table, report: ImportReport, options: _Options) -> _Plan:
    if options.columns is None:
        columns, ignored = map_headers(table.headers)
    else:
        columns, ignored = dict(options.columns), []
    report.ignored_columns = ignored
    today, progress, total = options.today, options.progress, len(table.rows)
    report.errors.extend(_header_errors(table, columns))
    if report.errors:
        return _Plan()
    names = _FieldNames(session)
    planner = _Planner(session, report, options.decisions)
    plan = planner.plan
    for line, cells in table.rows:
        if not any(c.strip() for c in cells):
            continue  # a blank line, as spreadsheets leave at the end
        report.rows += 1
        if progress is not None and report.rows % PROGRESS_EVERY == 0:
            progress(report.rows, total)
        row, problems = _check_row(line, cells, columns, names, today)
        if row is None:
            report.errors.extend(problems)
            continue
        plan.rows.append(row)
        org = planner.organisation(row)
        plan.org_of.append(org)
        plan.contact_of.append(planner.contact(row, org))
    report.created = {
        "inquiries": len(plan.rows),
        "contacts": len(plan.new_contacts),
        "organisations": len(plan.new_orgs),
    }
    return plan


def _write(session: Session, plan: _Plan, staff_id: int | None, source: str) -> None:
    """New organisations, then people, then inquiries, with an "import" timeline entry each."""
    out = Writer(session)
    org_ids: dict[str, int] = {}
    for folded, row in plan.new_orgs.items():
        org_ids[folded] = out.organisation(
            name=row.organisation, kind=row.organisation_kind, side=row.side, city=row.city,
            country=row.country,
        )  # fmt: skip

    def org_id(ref: Ref | None) -> int | None:
        if ref is None:
            return None
        return int(ref[1]) if ref[0] == "old" else org_ids[ref[1]]

    first_org: dict[Any, int | None] = {}
    for person, org in zip(plan.contact_of, plan.org_of, strict=True):
        if person is not None and person[0] == "new" and person[1] not in first_org:
            first_org[person[1]] = org_id(org)
    contact_ids: dict[Any, int] = {}
    for key, row in plan.new_contacts.items():
        contact_ids[key] = out.contact(
            first_name=row.first_name, last_name=row.last_name, email=row.email,
            phone=row.phone, language=row.language, side=row.side, city=row.city,
            organisation_id=first_org.get(key),
        )  # fmt: skip
    kind = TimelineKind.IMPORT.value
    for row, person, org in zip(plan.rows, plan.contact_of, plan.org_of, strict=True):
        cid = None
        if person is not None:
            cid = int(person[1]) if person[0] == "old" else contact_ids[person[1]]
        inquiry_id, _ref = out.inquiry(
            row.field_ids, received_on=row.received_on, channel=row.channel, contact_id=cid,
            organisation_id=org_id(org), side=row.side, subject=row.subject,
            message=row.message, letter_language=row.language,
        )  # fmt: skip
        out.entry(kind, staff_id, note=f"{source}, line {row.line}", inquiry_id=inquiry_id)
    for new_org in org_ids.values():
        out.entry(kind, staff_id, note=source, organisation_id=new_org)
    for new_contact in contact_ids.values():
        out.entry(kind, staff_id, note=source, contact_id=new_contact)
    out.finish()


def import_table(
    db: Database,
    table: Table,
    *,
    dry_run: bool = False,
    actor: str | None = None,
    source: str = "import",
    today: date | None = None,
    columns: dict[str, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    decisions: Decisions | None = None,
) -> ImportReport:
    """Check (and unless `dry_run`, write) the rows of `table`; see import_file.

    `columns` (column code -> position in a row) replaces the mapping read from the header
    line, for a wizard where staff map columns themselves (start from map_headers). `progress`
    is called as progress(rows checked, rows in the table) every PROGRESS_EVERY rows.
    `decisions` are the user's answers to the possible matches of a dry run: (line, "contact"
    or "organisation") -> the id of the record to link, or NEW; a possible match without an
    answer gets a new record.
    """
    report = ImportReport(encoding=table.encoding, delimiter=table.delimiter, dry_run=dry_run)
    unknown = sorted(set(columns or ()) - set(COLUMNS))
    if unknown:
        raise ValueError(f"unknown import columns: {', '.join(unknown)}")
    options = _Options(today or date.today(), columns, progress, dict(decisions or {}))
    if dry_run:
        with db.read() as session:
            _plan(session, table, report, options)
        return report
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        plan = _plan(session, table, report, options)
        if report.errors:
            raise ImportRejected(report)
        if plan.rows:
            _write(session, plan, staff_id, source)
    report.written = bool(plan.rows)
    return report


def import_file(
    db: Database,
    path: Path | str,
    *,
    dry_run: bool = False,
    actor: str | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import a CSV or XLSX file of inquiries: all rows or none.

    A dry run returns the report (errors included) and writes nothing. A real import raises
    ImportRejected (a UserError carrying the report) when any row is invalid, and writes
    nothing then; otherwise everything is written in one transaction.
    """
    path = Path(path)
    table = read_table(path)
    return import_table(
        db, table, dry_run=dry_run, actor=actor, source=f"imported from {path.name}", today=today
    )


def rows_of(table: Table) -> Iterable[list[str]]:
    """The cells of every row (for previews)."""
    return (cells for _line, cells in table.rows)
