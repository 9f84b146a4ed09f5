"""Writing a table to CSV (UTF-8 with a BOM, `;`, CRLF) or XLSX (openpyxl, write-only), beside
its final place first, then moved there: a failed export never leaves half a file."""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from msek_desktop.core.exporting.cells import cell_text, neutralise
from msek_desktop.core.exporting.target import cannot_write, check_target, format_of

# XML 1.0 cannot hold these; openpyxl refuses them (ILLEGAL_CHARACTERS_RE)
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


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
    ext = format_of(path)
    real, _mode = check_target(path, database)
    try:
        # a short temporary name: a long target name must not make it too long
        fd, tmp = tempfile.mkstemp(prefix=f".{real.stem[:32]}.", suffix=".tmp", dir=real.parent)
    except (OSError, ValueError) as exc:
        raise cannot_write(path, exc) from exc
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
        raise cannot_write(path, exc) from exc
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
