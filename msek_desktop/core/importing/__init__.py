"""Importing inquiries, with their people and organisations, from CSV or XLSX files.

Reading files is core.reading (CSV encodings and delimiters, XLSX).
- Headers are matched case- and accent-insensitively (search.fold) in English, French or
  Polish; unknown columns are ignored and named in the report.
- A cell that an export neutralised ('=..., '+48 ...) is read back without its quote.

Each row needs last_name or organisation, and subject. Emails and phone numbers are checked
(the phone's region follows the side: France for Saint-Étienne, Poland otherwise). Side, field,
language, channel and organisation kind may be written as codes or as English, French or
Polish words ("Saint-Étienne", "Katowice", "muzyka", "musique", "music").

The row's organisation may come with its profile: description_fr, description_pl,
description_en ("description (français)", "opis (po polsku)" ...), offers, seeks, tags,
audiences (codes or English, French or Polish words: "enfants", "młodzież"), languages
(two-letter codes), capacity (visitors it can host) and active (yes/no, oui/non, tak/nie).
A new organisation gets them all. One already recorded gets only those it has empty (an
empty text, no capacity): an import never overwrites what staff wrote, and never changes
whether a recorded organisation is active; each value it gets is a timeline entry. Several
rows naming one organisation: the first value of each column wins. A profile value on a row
without an organisation, or a value that is not valid, is that row's error (line, column).

The row's person may come with consents: consents (purposes as codes or words: "newsletter",
"bulletin d'information", "zdjęcia"), consent_given_on (one day for all, or one per purpose;
the row's date of receipt when empty) and consent_how (form, email, letter, phone, or their
French or Polish words; required with consents). A person already recorded gets only the
consents not in force; an import never withdraws one (core.importing.writing).

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

Its parts: columns (headers and coded words), rows (checking a row), planning (which person
and organisation each row is), writing, report. The real import is all rows or none: one
write transaction, written by core.writer (bulk inserts, ids taken under the write lock, refs
from the year's counter), the search documents of the new records added after (one statement
a kind), with a timeline entry of kind "import" on every created inquiry, contact and
organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from msek_desktop.core import changes, collector
from msek_desktop.core.db import Database
from msek_desktop.core.importing.columns import COLUMNS, map_headers
from msek_desktop.core.importing.planning import PROGRESS_EVERY, _Options, _plan
from msek_desktop.core.importing.report import ImportRejected, ImportReport, RowError
from msek_desktop.core.importing.writing import _write
from msek_desktop.core.matching import NEW, Decisions, MatchFound, PossibleMatch
from msek_desktop.core.reading import Table, detect_encoding, read_table

__all__ = [
    "COLUMNS",
    "NEW",
    "PROGRESS_EVERY",
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
        with collector.paused(), db.read() as session:
            _plan(session, table, report, options)
        return report
    with collector.paused(), db.write() as session:
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
    with collector.paused():
        table = read_table(path)
        return import_table(
            db, table, dry_run=dry_run, actor=actor, source=f"imported from {path.name}",
            today=today,
        )  # fmt: skip


def rows_of(table: Table) -> Iterable[list[str]]:
    """The cells of every row (for previews)."""
    return (cells for _line, cells in table.rows)
