"""Deciding, row by row, which person and organisation each row of an import is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import errors
from msek_desktop.core.identity import Person, name_key
from msek_desktop.core.importing.columns import map_headers
from msek_desktop.core.importing.report import ImportReport
from msek_desktop.core.importing.rows import (
    PROFILE,
    _cells,
    _check_row,
    _FieldNames,
    _header_errors,
    _Row,
)
from msek_desktop.core.matching import NEW, Decisions, Existing, MatchFound, PossibleMatch
from msek_desktop.core.models import Organisation
from msek_desktop.core.reading import Table
from msek_desktop.core.vocab import CONTACT_PREFERENCES

PROGRESS_EVERY = 500


Ref = tuple[str, Any]  # ("new", key of a record to create) or ("old", id)


@dataclass
class _Plan:
    rows: list[_Row] = field(default_factory=list)
    # per row: ("new", key) or ("old", id) or None, for contact and organisation
    contact_of: list[tuple[str, Any] | None] = field(default_factory=list)
    org_of: list[tuple[str, Any] | None] = field(default_factory=list)
    new_contacts: dict[Any, _Row] = field(default_factory=dict)
    new_orgs: dict[str, _Row] = field(default_factory=dict)
    # the profile values the file gives each organisation (the first value of each wins)
    profiles: dict[Ref, dict[str, Any]] = field(default_factory=dict)
    # recorded organisation id -> the profile values it lacks and the file gives
    fills: dict[int, dict[str, Any]] = field(default_factory=dict)
    # recorded person id -> the ways the file says they refused to be contacted (True)
    refusals: dict[int, dict[str, bool]] = field(default_factory=dict)
    # person (new or recorded) -> purpose -> (given on, how, line): the first row's wins
    consents: dict[Ref, dict[str, tuple[date, str, int]]] = field(default_factory=dict)


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
            known = self.existing.known(int(decision))
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
    # a blank line, as spreadsheets leave at the end, is no row
    lines = [(n, _cells(row, columns)) for n, row in table.rows if any(c.strip() for c in row)]
    names.check_first([cells for _line, cells in lines])
    for line, cells in lines:
        report.rows += 1
        if progress is not None and report.rows % PROGRESS_EVERY == 0:
            progress(report.rows, total)
        row, problems = _check_row(line, cells, names, today)
        if row is None:
            report.errors.extend(problems)
            continue
        plan.rows.append(row)
        org = planner.organisation(row)
        if org is not None and row.profile:
            given = plan.profiles.setdefault(org, {})
            for name, value in row.profile.items():
                given.setdefault(name, value)
        plan.org_of.append(org)
        plan.contact_of.append(planner.contact(row, org))
        _refusals(plan, plan.contact_of[-1], row)
        if row.consents and plan.contact_of[-1] is not None:
            given = plan.consents.setdefault(plan.contact_of[-1], {})
            for purpose, (day, how) in row.consents.items():
                given.setdefault(purpose, (day, how, row.line))
    plan.fills = _fills(session, plan.profiles)
    report.profiles_filled = len(plan.fills)
    report.created = {
        "inquiries": len(plan.rows),
        "contacts": len(plan.new_contacts),
        "organisations": len(plan.new_orgs),
    }
    return plan


def _refusals(plan: _Plan, person: Ref | None, row: _Row) -> None:
    """A refusal the row says (no letters: yes) holds for its person, whoever they are: a new
    one named again further on, or one already recorded (whose other values stay as they
    are: a "no" or a legal basis in a file never undoes what the office recorded)."""
    said = {name: True for name in CONTACT_PREFERENCES if row.privacy.get(name)}
    if person is None or not said:
        return
    if person[0] == "new":
        plan.new_contacts[person[1]].privacy.update(said)
    else:
        plan.refusals.setdefault(int(person[1]), {}).update(said)


def _empty(name: str, value: Any) -> bool:
    """Whether a recorded organisation's profile value is empty: a text with nothing in it,
    no capacity. A yes/no (active) is never empty: staff set it or left it."""
    if name == "active":
        return False
    return value is None if name == "capacity" else not str(value or "").strip()


def _fills(session: Session, profiles: dict[Ref, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """For each recorded organisation the file gives profile values: those it lacks."""
    wanted = {int(ref[1]): given for ref, given in profiles.items() if ref[0] == "old"}
    if not wanted:
        return {}
    columns = [getattr(Organisation, name) for name in PROFILE]
    fills: dict[int, dict[str, Any]] = {}
    ids = sorted(wanted)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = select(Organisation.id, *columns).where(Organisation.id.in_(chunk))
        for oid, *stored in session.execute(stmt):
            now = dict(zip(PROFILE, stored, strict=True))
            lacking = {k: v for k, v in wanted[oid].items() if _empty(k, now[k])}
            if lacking:
                fills[oid] = lacking
    return fills
