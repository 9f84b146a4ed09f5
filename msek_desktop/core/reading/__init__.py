"""Reading the files staff import: CSV (any of the encodings offices use) and XLSX.

DESIGN.md "Import columns":
- Only a regular file is read: a folder, a FIFO, a device (/dev/zero) or a socket is refused
  from its os.stat, before it is opened (opening a FIFO would wait for a writer). A file over
  MAX_FILE_BYTES is refused before it is read.
- XLSX (recognised by its ZIP signature) is read with openpyxl, first sheet; a row's line is
  its spreadsheet row number (header = 1).
- An old binary .xls is refused with a hint; a password-protected workbook (an OLE file holding
  an "EncryptedPackage" stream, as Excel saves one) is called that. UTF-16 with a BOM (Excel's
  "Unicode text") is read.
- A cell holds at most CELL_LIMIT (131,072) characters, csv.field_size_limit()'s default that
  the CSV reader applies; a longer one refuses the file, naming its line or row.

Decoding CSV is core.reading.text; XLSX is core.reading.xlsx, after core.reading.guard has
refused a hostile workbook.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO

from msek_desktop.core import errors
from msek_desktop.core.reading.table import CELL_LIMIT, DELIMITERS, Table
from msek_desktop.core.reading.text import detect_encoding, read_csv
from msek_desktop.core.reading.xlsx import read_xlsx

__all__ = ["CELL_LIMIT", "DELIMITERS", "Table", "detect_encoding", "read_table"]

MAX_FILE_BYTES = 100 * 2**20  # a file to import; 10,000 rows of CSV are a few MB
# an OLE directory entry named EncryptedPackage: the name in UTF-16, padded to 64 bytes, then
# its length in bytes with the terminating NUL (34)
_ENCRYPTED_ENTRY = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0") + b"\x22\x00"


def _encrypted(data: bytes) -> bool:
    """Whether an OLE compound file holds an EncryptedPackage stream (a password-protected
    workbook); directory entries are 128 bytes, aligned on 128 in the file."""
    at = data.find(_ENCRYPTED_ENTRY)
    while at >= 0:
        if at % 128 == 0:
            return True
        at = data.find(_ENCRYPTED_ENTRY, at + 1)
    return False


def _shown(path: Path) -> str:
    text = str(path)
    return text if len(text) <= 80 else f"{text[:40]}…{text[-30:]}"


def _open_regular(path: Path) -> IO[bytes]:
    """The file at `path` opened for reading, if it is a regular file (checked before opening,
    so a FIFO or a device is never opened, and again on the open file)."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise errors.UserError(errors.Message("file_missing", path=str(path))) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if stat.S_ISDIR(status.st_mode):
        raise errors.UserError(errors.Message("file_folder", path=str(path)))
    if not stat.S_ISREG(status.st_mode):
        raise errors.UserError(
            errors.Message("file_special", path=_shown(path), kind=_special(status.st_mode))
        )
    if status.st_size > MAX_FILE_BYTES:
        raise errors.UserError(
            errors.Message(
                "file_too_large",
                name=path.name,
                size=status.st_size // 2**20,
                limit=MAX_FILE_BYTES // 2**20,
            )
        )
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _unreadable(path, exc) from None
    file = os.fdopen(descriptor, "rb")
    if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):  # replaced since os.stat
        file.close()
        raise errors.UserError(errors.Message("file_replaced", path=_shown(path)))
    return file


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _unreadable(path: Path, exc: OSError) -> errors.UserError:
    if exc.errno == errno.ENAMETOOLONG:
        return errors.UserError(
            errors.Message("file_name_too_long", path=_shown(path), length=len(path.name))
        )
    reason = str(exc.strerror or exc)
    return errors.UserError(errors.Message("file_unreadable", path=_shown(path), reason=reason))


def read_table(path: Path | str) -> Table:
    """The header and rows of a CSV or XLSX file; unreadable files are a UserError."""
    path = Path(path)
    file = _open_regular(path)
    name = path.name
    try:
        with file:
            start = file.read(8)
            if start.startswith(b"PK\x03\x04"):
                return read_xlsx(file, name)
            file.seek(0)
            data = file.read()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except MemoryError:
        raise errors.UserError(errors.Message("file_no_memory", name=name)) from None
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if _encrypted(data):
            raise errors.UserError(errors.Message("file_password", name=name))
        raise errors.UserError(errors.Message("file_xls", name=name))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise errors.UserError(errors.Message("xlsx_not_zip", name=name))
    try:
        return read_csv(data)
    except MemoryError:
        raise errors.UserError(errors.Message("file_no_memory", name=name)) from None
