"""Exporting inquiries, people, organisations and follow-ups to CSV or XLSX.

CSV is written the way Excel in France and Poland opens it without a wizard: UTF-8 with a BOM,
`;` between cells, CRLF line ends. XLSX is written with openpyxl (write-only mode). The format
follows the file's extension. Column headers are English codes, the same names the importer
reads where they overlap, so an inquiries export imports again.

A cell whose text starts with = + - @ tab or CR is neutralised with a leading single quote
(OWASP "CSV injection"), in CSV and XLSX alike; a text that already starts with quotes followed
by such a character gets one more quote, so the importer's `unneutralise` (strip one quote)
gives back exactly the original text. Dates are ISO (YYYY-MM-DD). The file is written beside
its final place and moved there with os.replace, so a failed export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from msek_desktop.core import errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Contact,
    Field,
    FollowUp,
    Inquiry,
    Organisation,
    StaffMember,
    inquiry_fields,
    organisation_fields,
)

__all__ = [
    "DANGEROUS",
    "HEADERS",
    "WHATS",
    "ExportResult",
    "export",
    "neutralise",
    "safe_filename",
    "suggested_filename",
    "unneutralise",
    "write_table",
]

WHATS = ("inquiries", "people", "organisations", "followups")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = (".csv", ".xlsx")

HEADERS: dict[str, tuple[str, ...]] = {
    "inquiries": (
        "ref", "received_on", "stage", "kind", "channel", "priority", "side", "field",
        "subject", "message", "desired_counterpart", "first_name", "last_name", "email",
        "phone", "language", "organisation", "organisation_kind", "city", "country",
        "assignee", "closed_on",
    ),
    "people": (
        "id", "honorific", "first_name", "last_name", "organisation", "position", "email",
        "phone", "language", "side", "city", "notes",
    ),
    "organisations": (
        "id", "organisation", "organisation_kind", "side", "address", "postal_code", "city",
        "country", "website", "email", "phone", "field", "description",
    ),
    "followups": (
        "id", "inquiry_ref", "subject", "due_on", "action", "assignee", "description",
        "done_at", "outcome",
    ),
}  # fmt: skip

_LEADING_QUOTES = re.compile(r"'*")
# XML 1.0 cannot hold these; openpyxl refuses them (ILLEGAL_CHARACTERS_RE)
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


# -- cells -------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet: no formula, no DDE, no hidden lead."""
    quotes = _LEADING_QUOTES.match(text)
    rest = text[quotes.end() if quotes else 0 :]
    if rest[:1] in DANGEROUS and rest:
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """The inverse of `neutralise` for any text it produced (used by the importer)."""
    if text.startswith("'"):
        quotes = _LEADING_QUOTES.match(text)
        rest = text[quotes.end() if quotes else 0 :]
        if rest[:1] in DANGEROUS and rest:
            return text[1:]
    return text


def cell_text(value: Any) -> str:
    """How a value is written: ISO dates, empty for None, the text neutralised."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.replace(microsecond=0).isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    return neutralise(text)


# -- file names --------------------------------------------------------------------------


def safe_filename(name: str, *, fallback: str = "export") -> str:
    """`name` made valid on Windows: no <>:"/\\|?* or control characters, no reserved name,
    no trailing dot or space."""
    cleaned = _WINDOWS_BAD.sub("_", name).strip().rstrip(". ")
    if not cleaned:
        cleaned = fallback
    stem = cleaned.split(".", 1)[0]
    if stem.upper().rstrip(" ") in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned[:200]


def suggested_filename(what: str, today: date, extension: str = ".xlsx") -> str:
    """e.g. msek-inquiries-2026-11-25.xlsx, valid as a Windows file name."""
    if what not in WHATS:
        raise ValueError(f"unknown export {what!r}; one of {', '.join(WHATS)}")
    ext = extension if extension.startswith(".") else "." + extension
    if ext.lower() not in FORMATS:
        raise ValueError(f"unknown format {extension!r}; one of {', '.join(FORMATS)}")
    return safe_filename(f"msek-{what}-{today.isoformat()}{ext.lower()}")


# -- writing -----------------------------------------------------------------------------


def _format_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise errors.UserError(
            f"Cannot export to {path.name}: the file name must end in .csv or .xlsx."
        )
    return ext


def _write_csv(fh: IO[str], headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    writer = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(h) for h in headers])
    count = 0
    for row in rows:
        writer.writerow([cell_text(v) for v in row])
        count += 1
    return count


def _write_xlsx(target: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    from openpyxl import Workbook  # only when an XLSX is asked for

    book = Workbook(write_only=True)
    sheet = book.create_sheet("export")
    sheet.append([neutralise(h) for h in headers])
    count = 0
    for row in rows:
        # Every cell as text: openpyxl would make "=..." a formula, and ISO dates stay ISO.
        sheet.append([_XML_ILLEGAL.sub("", cell_text(v)) for v in row])
        count += 1
    book.save(target)
    return count


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a table to `path` (CSV or XLSX by extension) atomically; return the row count.

    A path that cannot be written (no such folder, no permission, disk full) is a UserError
    and leaves nothing behind.
    """
    path = Path(path)
    ext = _format_of(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise errors.UserError(f"Cannot export to {path}: it is a folder.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise errors.UserError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    try:
        if ext == ".csv":
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                count = _write_csv(fh, headers, rows)
                fh.flush()
                os.fsync(fh.fileno())
        else:
            os.close(fd)
            count = _write_xlsx(tmp, headers, rows)
            with open(tmp, "rb") as check:
                os.fsync(check.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise errors.UserError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        _remove(tmp)
        raise
    return count


def _remove(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


# -- what is exported --------------------------------------------------------------------


def _codes(session: Session, table: Any, key: str) -> dict[int, str]:
    out: dict[int, list[str]] = {}
    stmt = (
        select(getattr(table.c, key), Field.code)
        .join(Field, Field.id == table.c.field_id)
        .order_by(getattr(table.c, key), Field.id)
    )
    for owner, code in session.execute(stmt):
        out.setdefault(owner, []).append(code)
    return {k: ", ".join(v) for k, v in out.items()}


def _inquiries(session: Session) -> Iterator[tuple[Any, ...]]:
    i, c, o, s = Inquiry, aliased(Contact), aliased(Organisation), aliased(StaffMember)
    codes = _codes(session, inquiry_fields, "inquiry_id")
    stmt = (
        select(
            i.id, i.ref, i.received_on, i.stage, i.kind, i.channel, i.priority, i.side,
            i.subject, i.message, i.desired_counterpart, c.first_name, c.last_name, c.email,
            c.phone, i.letter_language, o.name, o.kind, o.city, c.city, o.country, s.login,
            i.closed_on,
        )
        .outerjoin(c, i.contact_id == c.id)
        .outerjoin(o, i.organisation_id == o.id)
        .outerjoin(s, i.assignee_id == s.id)
        .where(i.deleted_at.is_(None))
        .order_by(i.received_on, i.id)
    )  # fmt: skip
    for r in session.execute(stmt):
        yield (
            r[1], r[2], r[3], r[4], r[5], r[6], r[7], codes.get(r[0], ""), r[8], r[9], r[10],
            r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18] or r[19], r[20], r[21],
            r[22],
        )  # fmt: skip


def _people(session: Session) -> Iterator[tuple[Any, ...]]:
    c, o = Contact, Organisation
    stmt = (
        select(
            c.id, c.honorific, c.first_name, c.last_name, o.name, c.position, c.email, c.phone,
            c.language, c.side, c.city, c.notes,
        )
        .outerjoin(o, c.organisation_id == o.id)
        .where(c.deleted_at.is_(None))
        .order_by(c.last_name, c.first_name, c.id)
    )  # fmt: skip
    for r in session.execute(stmt):
        yield tuple(r)


def _organisations(session: Session) -> Iterator[tuple[Any, ...]]:
    o = Organisation
    codes = _codes(session, organisation_fields, "organisation_id")
    stmt = (
        select(
            o.id, o.name, o.kind, o.side, o.address, o.postal_code, o.city, o.country,
            o.website, o.email, o.phone, o.description,
        )
        .where(o.deleted_at.is_(None))
        .order_by(o.name, o.id)
    )  # fmt: skip
    for r in session.execute(stmt):
        yield (*r[:11], codes.get(r[0], ""), r[11])


def _followups(session: Session) -> Iterator[tuple[Any, ...]]:
    f, i, s = FollowUp, Inquiry, StaffMember
    stmt = (
        select(
            f.id, i.ref, i.subject, f.due_on, f.action, s.login, f.description, f.done_at,
            f.outcome,
        )
        .join(i, f.inquiry_id == i.id)
        .outerjoin(s, f.assignee_id == s.id)
        .where(i.deleted_at.is_(None))
        .order_by(f.due_on, f.id)
    )  # fmt: skip
    for r in session.execute(stmt):
        yield tuple(r)


_QUERIES: dict[str, Callable[[Session], Iterator[tuple[Any, ...]]]] = {
    "inquiries": _inquiries,
    "people": _people,
    "organisations": _organisations,
    "followups": _followups,
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    what: str
    rows: int


def export(db: Database, path: Path | str, what: str = "inquiries") -> ExportResult:
    """Write every live record of `what` to `path` (.csv or .xlsx)."""
    if what not in WHATS:
        raise errors.UserError(f"Cannot export {what!r}: choose one of {', '.join(WHATS)}.")
    target = Path(path)
    _format_of(target)  # refuse a wrong extension before reading anything
    with db.read() as session:
        count = write_table(target, HEADERS[what], _QUERIES[what](session))
    return ExportResult(target, what, count)
