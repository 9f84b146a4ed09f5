"""Reading the files staff import: CSV (any of the encodings offices use) and XLSX.

DESIGN.md "Import columns":
- XLSX (recognised by its ZIP signature) is read with openpyxl, first sheet; a row's line is
  its spreadsheet row number (header = 1).
- An old binary .xls is refused with a hint; UTF-16 with a BOM (Excel's "Unicode text") is read.
- CSV bytes are decoded as UTF-8 (with or without BOM) if they are valid UTF-8. Otherwise the
  file comes from Windows and is Windows-1250 (Poland) or Windows-1252 (France): both
  decodings are tried and each scored by the letters it yields. A letter of Polish or French
  (ą ć ę ł ń ś ź ż / à â æ ç é è ê ë î ï ô œ ù û ü ...) counts +1; any other non-ASCII letter
  (č ř ů ŕ Ÿ ... which the wrong code page produces) or a symbol where a letter should be
  (¹ ³ ¿ £ ¥ ... next to a letter) counts -1. The higher score wins; a tie means the two
  decodings differ in nothing that matters and Windows-1252 is taken. A byte undefined in
  a code page rules that code page out.
- The delimiter (; , or tab) comes from csv.Sniffer limited to those three; if it cannot
  tell, or its answer does not appear in the header line, the most frequent of the three in
  the header line wins (ties: ; then , then tab).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from msek_desktop.core import errors

__all__ = ["DELIMITERS", "Table", "detect_encoding", "read_table"]

DELIMITERS = ";,\t"

# letters the two office languages use; the wrong code page gives other letters or symbols
_PLAUSIBLE = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻàâæçéèêëîïôœùûüÀÂÆÇÉÈÊËÎÏÔŒÙÛÜäöüßÄÖÜ")
_NEUTRAL = set("«»–—‘’‚“”„…€°§·•\u00a0\u202f")


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (file line, cells)
    encoding: str | None = None
    delimiter: str | None = None


def _score(text: str) -> int:
    score = 0
    previous = " "
    for ch in text:
        if ch >= "\x80":
            if ch in _PLAUSIBLE:
                score += 1
            elif ch.isalpha() or (ch not in _NEUTRAL and previous.isalpha()):
                score -= 1
        previous = ch
    return score


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(encoding name, text) for the bytes of a CSV file; see the module notes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" (tab-separated UTF-16 with a BOM)
        try:
            return "utf-16", data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return "utf-8", data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, int, str, str]] = []
    for preference, name in enumerate(("cp1252", "cp1250")):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), -preference, name, text))
    if not candidates:
        # A byte undefined in both code pages: read it as Latin-1 so nothing is lost.
        return "latin-1", data.decode("latin-1")
    _, _, name, text = max(candidates)
    return name, text


def _header_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _detect_delimiter(text: str) -> str:
    header = _header_line(text)
    try:
        found = csv.Sniffer().sniff(text[:8192], delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in header:
        return found
    counts = [(header.count(d), -i, d) for i, d in enumerate(DELIMITERS)]
    return max(counts)[2]


def _read_csv(data: bytes) -> Table:
    encoding, text = detect_encoding(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    last = 0
    try:
        for cells in reader:
            line = last + 1
            last = reader.line_num
            if headers is None:
                headers = cells
            else:
                rows.append((line, cells))
    except csv.Error as exc:
        raise errors.UserError(f"The file cannot be read at line {last + 1}: {exc}.") from exc
    return Table(headers or [], rows, encoding, delimiter)


def _xlsx_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # only when an XLSX is read

    # openpyxl raises assorted exceptions (zipfile, XML, KeyError, its own) for a damaged or
    # foreign ZIP file; whatever it is, the file is not a workbook we can read.
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise errors.UserError(f"{path.name} is not a readable XLSX workbook ({exc}).") from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return Table([], [])
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_cell(v) for v in values]
            if headers is None:
                headers = cells
            else:
                rows.append((number, cells))
        return Table(headers or [], rows)
    except errors.UserError:
        raise
    except Exception as exc:
        raise errors.UserError(f"{path.name} is a damaged XLSX workbook ({exc}).") from exc
    finally:
        book.close()


def read_table(path: Path | str) -> Table:
    """The header and rows of a CSV or XLSX file; unreadable files are a UserError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise errors.UserError(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise errors.UserError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise errors.UserError(f"The file {path} cannot be read: {exc.strerror or exc}.") from exc
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise errors.UserError(
            f"{path.name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that."
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise errors.UserError(f"{path.name} is not a readable XLSX workbook.")
    return _read_csv(data)
