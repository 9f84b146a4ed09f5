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

An export never replaces what it must not (check_target), whatever the name or link leads
there: the open database or its -wal, -shm or -journal file (by real path, and by device and
inode, so a hard link or a symlink is caught too), anything in the database's backups
folder, any existing file that begins with the SQLite header (another database), a folder,
a pipe or a device, or a read-only file. A symlink is followed: the file it points to is
replaced and the link stays. A replaced file keeps its permission bits; a new one is made
readable by its owner only (it holds people's data). The refusal is an ExportRefused whose
`reason` the window translates; the command line prints its English message.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import stat
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
    "ExportRefused",
    "ExportResult",
    "check_target",
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
SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUPS_FOLDER = "backups"  # core.backups.FOLDER_NAME (backups imports more than we need)

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


class ExportRefused(errors.UserError):
    """The export's file cannot be written there. `reason` (one of REASONS) and `path` let
    the window say it in its own language; `detail` is the system's words, if any."""

    REASONS = (
        "extension", "folder", "not_a_file", "database", "backup", "sqlite", "read_only",
        "cannot_write",
    )  # fmt: skip

    def __init__(self, reason: str, path: Path, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path
        self.detail = detail


def _format_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise ExportRefused(
            "extension",
            path,
            f"Cannot export to {path.name}: the file name must end in .csv or .xlsx.",
        )
    return ext


def _cannot_write(path: Path, exc: OSError | ValueError) -> ExportRefused:
    if isinstance(exc, ValueError):  # a NUL character in the name
        detail = "the name is not a valid file name"
    else:
        detail = exc.strerror or str(exc)
    return ExportRefused("cannot_write", path, f"Cannot write {path}: {detail}.", detail)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _key(path: Path) -> str:
    return os.path.normcase(str(path))  # Windows: Office.DB is office.db


def _database_files(database: Path) -> list[Path]:
    real = Path(os.path.realpath(database))
    return [real] + [real.with_name(real.name + side) for side in DATABASE_SIDE_FILES]


def _stat(path: Path, shown: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as exc:
        raise _cannot_write(shown, exc) from exc


def _starts_like_sqlite(path: Path, shown: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as exc:  # unreadable: it cannot be shown not to be a database
        raise _cannot_write(shown, exc) from exc


def check_target(path: Path | str, database: Path | None = None) -> tuple[Path, int | None]:
    """Where an export to `path` is written (a symlink's file), and the permission bits of
    the file it replaces (None for a new file); ExportRefused for what must not be replaced
    (see the module's docstring). Nothing is written or changed."""
    path = Path(path)
    _format_of(path)
    try:
        real = Path(os.path.realpath(path))
    except ValueError as exc:  # a NUL character in the name
        raise _cannot_write(path, exc) from exc
    found = _stat(real, path)
    if database is not None:
        own = _database_files(database)
        if _key(real) in {_key(f) for f in own} or (
            found is not None
            and any(_same_file(found, s) for f in own if (s := _stat(f, path)) is not None)
        ):
            raise ExportRefused(
                "database",
                path,
                f"Cannot export to {path}: it is the database itself (or one of its files); "
                "choose another name.",
            )
        if _key(real.parent) == _key(own[0].parent / BACKUPS_FOLDER):
            raise ExportRefused(
                "backup",
                path,
                f"Cannot export to {path}: it is in the database's backups folder; choose "
                "another folder.",
            )
    if found is None:
        return real, None
    if stat.S_ISDIR(found.st_mode):
        raise ExportRefused("folder", path, f"Cannot export to {path}: it is a folder.")
    if not stat.S_ISREG(found.st_mode):
        raise ExportRefused(
            "not_a_file",
            path,
            f"Cannot export to {path}: it is not a regular file (a pipe or a device).",
        )
    if _starts_like_sqlite(real, path):
        raise ExportRefused(
            "sqlite",
            path,
            f"Cannot export to {path}: it is a database file, which an export never "
            "replaces; choose another name.",
        )
    if not found.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise ExportRefused("read_only", path, f"Cannot export to {path}: the file is read-only.")
    return real, stat.S_IMODE(found.st_mode)


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


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    database: Path | None = None,
) -> int:
    """Write a table to `path` (CSV or XLSX by extension) atomically; return the row count.

    What must not be replaced is refused first (check_target; `database` is the open
    database's file), and checked again just before the new file takes the old one's
    place. A path that cannot be written (no such folder, no permission, disk full, a name
    too long) is an ExportRefused and leaves nothing behind.
    """
    path = Path(path)
    ext = _format_of(path)
    real, _mode = check_target(path, database)
    try:
        # a short temporary name: a long target name must not make it too long
        fd, tmp = tempfile.mkstemp(prefix=f".{real.stem[:32]}.", suffix=".tmp", dir=real.parent)
    except (OSError, ValueError) as exc:
        raise _cannot_write(path, exc) from exc
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
        real, mode = check_target(path, database)  # nothing slipped in meanwhile
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, real)
    except OSError as exc:
        _remove(tmp)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        _remove(tmp)
        raise
    _sync_folder(real.parent)
    return count


def _sync_folder(folder: Path) -> None:
    """The rename made durable where the system allows it (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
    check_target(target, db.path)  # refuse before reading anything
    with db.read() as session:
        count = write_table(target, HEADERS[what], _QUERIES[what](session), database=db.path)
    return ExportResult(target, what, count)
