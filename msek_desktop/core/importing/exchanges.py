"""Importing exchanges from CSV or XLSX: all rows or none, checked by core.exchanges' own rules.

The file is read as every import's (core.reading: UTF-8 with or without a BOM, Windows-1250 or
-1252, ; , or tab between cells, XLSX); headers are matched in English, French or Polish
(exchange_columns), case and accents aside; columns not understood are named in the report.
The columns are those of the exchanges export, so an export imports again:

- title (required), kind, status, cancel_reason, cancel_note, starts_on, ends_on, outcome;
  kinds, statuses and reasons as codes or English, French or Polish words ("koncert",
  "exposition", "en cours", "odwołana");
- the organisations, by name, in organisations_saint_etienne, organisations_katowice,
  organisations_other (each on that side) or organisations (any side), names separated by
  ";" or a new line. A name is the recorded, live organisation whose name is the same once
  folded (case, accents, ł, spaces and dashes); a name matching none, or several, is the
  row's error: an import of exchanges never creates an organisation (import or create it
  first), and an organisation found on another side than its column says is an error too;
- fields: codes or names in any of the three languages;
- planned_saint_etienne, planned_katowice, actual_saint_etienne, actual_katowice: numbers;
- funding: "source: amount currency (note)" lines separated by ";" (the amount, currency and
  note optional; a ; within the brackets of a note stays in the note);
- inquiry_ref: the ref of a live inquiry (2026-0042);
- programme: the items, a line each, "day | place | what" (core.exporting.exchange_programme:
  a "what" of several lines indented below its item); each day a date within the exchange's
  dates, a line without a bar says nothing of what happens and is the row's error;
- moves_stage: yes (or empty) when the status and the inquiry's stage follow the dates, no
  when staff keep them as set.

Each row's values go through core.exchanges.rules (checked, then its links looked up), so the
rules are those of the exchange form; an exchange already recorded with the same title, first
day and organisations is refused (a file imported twice writes nothing the second time).
The real import writes every row in one transaction (each exchange's status and its inquiry's
stage following the dates on `today`, with their timeline entries, as core.exchanges does);
one invalid row and nothing is written. A dry run checks and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, errors
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges import following, rules
from msek_desktop.core.exporting import unneutralise
from msek_desktop.core.exporting.exchange_programme import programme_items
from msek_desktop.core.importing.columns import _loose
from msek_desktop.core.importing.exchange_columns import (
    COLUMN_SIDE,
    COLUMNS,
    ORGANISATION_COLUMNS,
    funding_lines,
    map_headers,
    word_code,
)
from msek_desktop.core.importing.report import RowError
from msek_desktop.core.models import (
    Exchange,
    ExchangeFunding,
    ExchangeItem,
    Field,
    Inquiry,
    Organisation,
)
from msek_desktop.core.reading import Table, read_table
from msek_desktop.core.validation import Checker

__all__ = [
    "PROGRESS_EVERY",
    "ExchangeImportRejected",
    "ExchangeImportReport",
    "import_exchanges",
    "import_table",
]
PROGRESS_EVERY = 50  # rows checked between two calls of an import's progress

# core.exchanges' value names -> the file's column named in an error
_COLUMN_OF = {
    "organisation_ids": "organisations",
    "field_codes": "fields",
    "inquiry_id": "inquiry_ref",
    "items": "programme",
}
_LISTS = ("organisation_ids", "field_codes", "items", "funding")
_SCALARS = tuple(k for k in rules.KEYS if k not in _LISTS)
_TEXTS = (
    "title", "cancel_note", "starts_on", "ends_on", *rules.PARTICIPANTS, "outcome",
)  # fmt: skip


@dataclass
class ExchangeImportReport:
    """What an import of exchanges found and did."""

    rows: int = 0
    exchanges: int = 0  # written, or to be written by a dry run
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    dry_run: bool = True
    written: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "created": {"exchanges": self.exchanges},
            "errors": [
                {"line": e.line, "field": e.field, "message": e.message} for e in self.errors
            ],
            "rows": self.rows,
            "ignored_columns": list(self.ignored_columns),
            "dry_run": self.dry_run,
            "written": self.written,
        }

    def summary(self) -> str:
        return f"{self.exchanges} exchanges"


class ExchangeImportRejected(errors.UserError):
    """Some rows are invalid: nothing was written. `report` lists every problem."""

    def __init__(self, report: ExchangeImportReport) -> None:
        self.report = report
        first = report.errors[0]
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        super().__init__(
            f"Nothing was imported: line {first.line}, {first.field}: {first.message}{more}."
        )


class _Lookups:
    """What rows name, read once: organisations by folded name, fields by any of their
    names, inquiries by ref, the exchanges already recorded."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.orgs: dict[str, list[tuple[int, str, str]]] = {}
        stmt = select(Organisation.id, Organisation.name, Organisation.side).where(
            Organisation.deleted_at.is_(None)
        )
        for org_id, name, side in session.execute(stmt):
            self.orgs.setdefault(_loose(name), []).append((org_id, name, side))
        self.fields: dict[str, str] = {}
        for f in session.scalars(select(Field)):
            for name in (f.code, f.name_en, f.name_fr, f.name_pl):
                self.fields.setdefault(_loose(name), f.code)
        # (folded title, first day) -> (what says which exchange it is, its organisations)
        self.recorded: dict[tuple[str, date | None], list[tuple[str, set[int]]]] = {}
        e = Exchange
        for ex in session.scalars(select(e).where(e.deleted_at.is_(None))):
            recorded = errors.Message("exchange_recorded", id=ex.id)
            self.remember(ex.title, ex.starts_on, [o.id for o in ex.organisations], recorded)

    def inquiry(self, check: Checker, ref: str) -> int | None:
        if not ref:
            return None
        found = self.session.scalar(
            select(Inquiry.id).where(Inquiry.ref == ref, Inquiry.deleted_at.is_(None))
        )
        if found is None:
            check.fail("inquiry_ref", "import_no_inquiry", ref=ref)
        return found

    def organisations(self, check: Checker, column: str, text: str, ids: list[int]) -> None:
        side = COLUMN_SIDE.get(column)
        for name in (n.strip() for n in text.replace("\n", ";").split(";")):
            if not name:
                continue
            found = self.orgs.get(_loose(name), [])
            if not found:
                check.fail(column, "import_no_organisation", name=name)
            elif len(found) > 1:
                check.fail(column, "import_several_organisations", name=name)
            elif side is not None and found[0][2] != side:
                check.fail(column, "import_other_side", name=found[0][1], side=found[0][2])
            elif found[0][0] not in ids:
                ids.append(found[0][0])

    def field_codes(self, text: str) -> list[str]:
        parts = (p.strip() for p in text.replace(";", ",").replace("\n", ",").split(","))
        return [self.fields.get(_loose(p), p) for p in parts if p]

    def remember(self, title: str, starts: date | None, ids: list[int], which: str) -> None:
        self.recorded.setdefault((_loose(title), starts), []).append((which, set(ids)))

    def already(self, title: str, starts: date | None, ids: list[int]) -> str | None:
        """Why a row is the exchange (or earlier line) with the same title, first day and
        organisations, if it is."""
        for which, orgs in self.recorded.get((_loose(title), starts), ()):
            if orgs == set(ids):
                return which
        return None


def _values(cells: list[str], columns: dict[str, int], found: _Lookups, check: Checker) -> Any:
    """A row's values as core.exchanges takes them; what cannot be looked up goes to
    `check` under the file's column."""

    def get(code: str) -> str:
        at = columns.get(code)
        return "" if at is None or at >= len(cells) else unneutralise(cells[at].strip()).strip()

    values: dict[str, Any] = {name: get(name) for name in _TEXTS}
    for name in ("kind", "status", "cancel_reason"):
        values[name] = word_code(name, get(name)) if get(name) else None
    values["inquiry_id"] = found.inquiry(check, get("inquiry_ref"))
    values["moves_stage"] = get("moves_stage") or None  # empty: yes
    ids: list[int] = []
    for column in ORGANISATION_COLUMNS:
        found.organisations(check, column, get(column), ids)
    values["organisation_ids"] = ids
    values["field_codes"] = found.field_codes(get("fields"))
    values["funding"] = funding_lines(get("funding"))
    values["items"] = _items(get("programme"), check)
    return values


def _items(text: str, check: Checker) -> list[dict[str, Any]]:
    """The programme's items as core.exchanges takes them; a line without a bar (no "what")
    is an error of its item, numbered as the rules number the others."""
    items = []
    for number, item in enumerate(programme_items(text), start=1):
        if item.what is None:
            check.fail("items", "item_problem", number=number, part="what",
                       problem=errors.Message("required"))  # fmt: skip
        items.append({"day": item.day, "place": item.place, "what": item.what or ""})
    return items


def _check_row(
    session: Session, found: _Lookups, line: int, cells: list[str], columns: dict[str, int]
) -> tuple[dict[str, Any] | None, list[RowError]]:
    """One row checked whole by core.exchanges' rules: its clean values, or its errors."""
    check = Checker()
    values = _values(cells, columns, found, check)
    named = any(e.field in ORGANISATION_COLUMNS for e in check.errors)
    clean = rules.checked(values, check)
    if named and not values["organisation_ids"]:  # "required" says less than the names
        check.errors = [e for e in check.errors if e.field != "organisation_ids"]
    rules.resolve_links(session, clean, check)
    if not check.errors:
        key = (clean["title"], clean["starts_on"], clean["organisation_ids"])
        twin = found.already(*key)
        if twin is not None:
            check.add("title", twin)
        found.remember(*key, errors.Message("exchange_in_file", line=line))
    if check.errors:
        return None, [
            RowError(line, _COLUMN_OF.get(e.field, e.field), e.message) for e in check.errors
        ]
    return clean, []


def _header_errors(table: Table, columns: dict[str, int]) -> list[RowError]:
    if not table.headers or not any(h.strip() for h in table.headers):
        return [RowError(1, "header", errors.Message("no_header"))]
    problems = []
    if "title" not in columns:
        problems.append(RowError(1, "title", errors.Message("no_column")))
    if not any(c in columns for c in ORGANISATION_COLUMNS):
        problems.append(RowError(1, "organisations", errors.Message("no_column")))
    return problems


def _plan(
    session: Session,
    table: Table,
    report: ExchangeImportReport,
    columns: dict[str, int] | None,
    progress: Callable[[int, int], None] | None,
) -> list[dict[str, Any]]:
    if columns is None:
        columns, report.ignored_columns = map_headers(table.headers)
    report.errors = _header_errors(table, columns)
    if report.errors:
        return []
    found = _Lookups(session)
    planned = []
    for line, cells in table.rows:
        if not any(c.strip() for c in cells):
            continue  # an empty line
        report.rows += 1
        if progress is not None and report.rows % PROGRESS_EVERY == 0:
            progress(report.rows, len(table.rows))
        clean, problems = _check_row(session, found, line, cells, columns)
        report.errors.extend(problems)
        if clean is not None:
            planned.append(clean)
    report.exchanges = len(planned)
    return planned


def _write(
    session: Session, planned: list[dict[str, Any]], staff_id: int | None, today: date
) -> None:
    """Each exchange added as core.exchanges adds one (its status and inquiry's stage
    following its dates, their timeline entries), in the caller's transaction."""
    for clean in planned:
        ex = Exchange(**{name: clean[name] for name in _SCALARS})
        ex.organisations = clean["organisations"]
        ex.fields = clean["fields"]
        ex.funding = [ExchangeFunding(**f) for f in clean["funding"]]
        ex.items = [ExchangeItem(**i) for i in clean["items"]]
        session.add(ex)
        session.flush()
        following.settle(session, ex, staff_id, today, None)
    session.flush()


def import_table(
    db: Database,
    table: Table,
    *,
    dry_run: bool = False,
    actor: str | None = None,
    today: date | None = None,
    columns: dict[str, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExchangeImportReport:
    """Check (and unless `dry_run`, write) the exchanges of `table`; see import_exchanges.
    `columns` (column code -> position in a row) replaces the mapping read from the header
    line (a wizard's, where staff map the columns); `progress(rows checked, rows)` is called
    every PROGRESS_EVERY rows."""
    unknown = sorted(set(columns or ()) - set(COLUMNS))
    if unknown:
        raise ValueError(f"unknown exchange import columns: {', '.join(unknown)}")
    report = ExchangeImportReport(
        encoding=table.encoding, delimiter=table.delimiter, dry_run=dry_run
    )
    if dry_run:
        with db.read() as session:
            _plan(session, table, report, columns, progress)
        return report
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        planned = _plan(session, table, report, columns, progress)
        if report.errors:
            raise ExchangeImportRejected(report)
        _write(session, planned, staff_id, today or date.today())
    report.written = bool(planned)
    return report


def import_exchanges(
    db: Database,
    path: Path | str,
    *,
    dry_run: bool = False,
    actor: str | None = None,
    today: date | None = None,
) -> ExchangeImportReport:
    """Import a CSV or XLSX file of exchanges: all rows or none (see the module). A dry run
    returns the report, errors included, and writes nothing; a real import raises
    ExchangeImportRejected (a UserError carrying the report) when any row is invalid."""
    return import_table(db, read_table(Path(path)), dry_run=dry_run, actor=actor, today=today)
