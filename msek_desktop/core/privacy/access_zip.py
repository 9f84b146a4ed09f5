"""Everything held about a person written to one ZIP, all or nothing, with its audit entry.

The ZIP holds: person.pdf (for reading, in the person's language: made by a renderer the
caller passes in, as core never imports ReportLab), person.json (every row of every table,
machine-readable), one CSV per table (UTF-8 with a BOM for Excel, `;`, cells neutralised
as every export's: core.exporting.cells), letters/*.pdf (the archived letters byte for
byte) and documents/* (the attached files). It is written to a temporary file beside the
place asked for, then renamed over it in the transaction that writes the audit entry
(vocab.AuditAction.EXPORT_PERSON): no entry without a file, no file without an entry.

    export_person(db, 12, Path("Person 12.zip"), render=render_person_pdf, actor="anna")
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from msek_desktop.core import audit
from msek_desktop.core.db import Database
from msek_desktop.core.exporting.cells import cell_text, neutralise, safe_filename
from msek_desktop.core.exporting.target import ExportRefused, cannot_write
from msek_desktop.core.plain_file import SQLITE_HEADER
from msek_desktop.core.privacy.access import TABLES, PersonData, columns, gather
from msek_desktop.core.vocab import AuditAction

FORMAT = "msek-person-export"
VERSION = 1
PDF_NAME, JSON_NAME = "person.pdf", "person.json"
Renderer = Callable[[PersonData], bytes]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exported:
    path: Path
    data: PersonData
    pdf: bytes  # the readable PDF, as the ZIP holds it (the window may print it)


def suggested_name(contact_id: int, last_name: str, word: str = "Person") -> str:
    """A file name valid on Windows: "Person 12 - Nowak.zip"."""
    stem = f"{word} {contact_id} - {last_name}" if last_name.strip() else f"{word} {contact_id}"
    return safe_filename(" ".join(stem.split()), fallback=f"person-{contact_id}") + ".zip"


# -- the files' contents --------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def json_bytes(data: PersonData) -> bytes:
    """person.json: the person's record, then every table's rows, then the files."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "made_at": _plain(data.made_at),
        "person_id": data.contact_id,
    }
    for name in TABLES:
        rows = [{k: _plain(v) for k, v in row.items()} for row in data.tables[name]]
        document[name] = rows[0] if name == "person" else rows
    document["files"] = [{"path": f.path, "size": len(f.data)} for f in data.files]
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def csv_bytes(data: PersonData, name: str) -> bytes:
    """<name>.csv: the table's rows under its columns, as the office's CSV exports are
    written (UTF-8 with a BOM, `;`, CRLF, cells that start like a formula neutralised)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    heads = columns(name)
    writer.writerow([neutralise(h) for h in heads])
    for row in data.tables[name]:
        writer.writerow([cell_text(row.get(h)) for h in heads])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def zip_entries(data: PersonData, pdf: bytes) -> list[tuple[str, bytes]]:
    """Every file of the ZIP, in order: the PDF, the JSON, the CSVs, letters, documents."""
    entries = [(PDF_NAME, pdf), (JSON_NAME, json_bytes(data))]
    entries += [(f"{name}.csv", csv_bytes(data, name)) for name in TABLES]
    entries += [(f.path, f.data) for f in data.files]
    return entries


# -- where it goes --------------------------------------------------------------------------


def check_target(path: Path) -> Path:
    """Where the ZIP for `path` is written (a symlink's file); ExportRefused for a name not
    ending in .zip, a folder, a device, a database file or a read-only file."""
    if path.suffix.lower() != ".zip":
        raise ExportRefused(
            "extension", path, f"Cannot export to {path.name}: the file name must end in .zip."
        )
    try:
        real = Path(os.path.realpath(path))
        found = os.stat(real)
    except (FileNotFoundError, NotADirectoryError):
        return real
    except (OSError, ValueError) as exc:
        raise cannot_write(path, exc) from exc
    if stat.S_ISDIR(found.st_mode):
        raise ExportRefused("folder", path, f"Cannot export to {path}: it is a folder.")
    if not stat.S_ISREG(found.st_mode):
        raise ExportRefused(
            "not_a_file", path, f"Cannot export to {path}: it is not a regular file (a pipe "
            "or a device).",
        )  # fmt: skip
    try:
        with open(real, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    if head == SQLITE_HEADER:
        raise ExportRefused(
            "sqlite", path, f"Cannot export to {path}: it is a database file, which an export "
            "never replaces; choose another name.",
        )  # fmt: skip
    if not found.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise ExportRefused("read_only", path, f"Cannot export to {path}: the file is read-only.")
    return real


def _write_temp(real: Path, path: Path, entries: list[tuple[str, bytes]]) -> str:
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{real.stem[:32]}.", suffix=".tmp", dir=real.parent)
    except (OSError, ValueError) as exc:
        raise cannot_write(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, content in entries:
                    archive.writestr(name, content)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        _remove(temp)
        raise cannot_write(path, exc) from exc
    except BaseException:
        _remove(temp)
        raise
    return temp


def _remove(temp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)


# -- the export -----------------------------------------------------------------------------


def export_person(
    db: Database,
    contact_id: int,
    path: Path,
    *,
    render: Renderer,
    actor: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Exported:
    """Write everything held about person `contact_id` to the ZIP `path`, and its audit
    entry. A place that cannot be written is refused before anything is read
    (ExportRefused); an unknown person is a NotFoundError. Nothing is left behind when it
    fails."""
    report = progress or (lambda _done, _total: None)
    path = Path(path)
    real = check_target(path)
    report(0, 4)
    data = gather(db, contact_id, now=now)
    report(1, 4)
    pdf = render(data)
    report(2, 4)
    temp = _write_temp(real, path, zip_entries(data, pdf))
    report(3, 4)
    try:
        with db.write() as session:
            audit.record_in(
                session, AuditAction.EXPORT_PERSON, actor=actor, contact_id=contact_id,
                subject=data.subject, detail=path.name,
            )  # fmt: skip
            real = check_target(path)  # nothing slipped in meanwhile
            try:
                os.replace(temp, real)
            except OSError as exc:
                raise cannot_write(path, exc) from exc
    finally:
        _remove(temp)  # gone already when it was renamed
    report(4, 4)
    return Exported(path, data, pdf)
