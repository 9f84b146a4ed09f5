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
- CSV bytes are decoded as UTF-8 (with or without BOM) if they are valid UTF-8. Otherwise the
  file comes from Windows and is Windows-1250 (Poland) or Windows-1252 (France): both
  decodings are tried and each scored by the letters it yields. A letter of Polish or French
  (ą ć ę ł ń ś ź ż / à â æ ç é è ê ë î ï ô œ ù û ü ...) counts +1; any other non-ASCII letter
  (č ř ů ŕ Ÿ ... which the wrong code page produces) or a symbol where a letter should be
  (¹ ³ ¿ £ ¥ ... next to a letter) counts -1. The higher score wins; a tie means the two
  decodings differ in nothing that matters and Windows-1252 is taken. A byte undefined in
  a code page rules that code page out.
- UTF-8 with a few bad bytes is refused, never re-read as a code page (that would garble every
  letter of the file without a word). Windows code-page text contains almost no valid UTF-8
  multi-byte sequence: its accented letters are single bytes, and a pair forms only by chance,
  from an upper-case letter before a symbol or one of ą ł ś ź ż (Ó before Ł or Ż in
  "WSPÓŁPRACA", "RÓŻNE" is UTF-8 for the Cyrillic ӣ, ӯ), while every other accented letter is
  a bad byte. The UTF-8 of Polish and French is different: letters from U+00A0 to U+017F
  (lead bytes C2-C5, which are Â Ă Ä Ĺ / Â Ã Ä Å in the code pages and never start a Polish
  or French word before such a symbol), typographic punctuation and € (E2 80-83: "â€" in the
  code pages). Those count 1 each, any other valid sequence (other scripts, which a code page
  letter before two symbols also makes by chance) 1/4, against
  the bad bytes: a file with a UTF-8 BOM, or with at least as much of that evidence as bad
  bytes, is UTF-8 damaged in places and is refused, naming the line and byte offset (from 0)
  of the first bad bytes. We refuse rather than import with those rows marked invalid: the
  import is all or nothing anyway, and the bytes around a bad one may belong to another row.
- The delimiter (; , or tab) comes from csv.Sniffer limited to those three; if it cannot
  tell, or its answer does not appear in the header line, the most frequent of the three in
  the header line wins (ties: ; then , then tab).
- A cell holds at most CELL_LIMIT (131,072) characters, csv.field_size_limit()'s default that
  the CSV reader applies; a longer one refuses the file, naming its line or row.

Hostile spreadsheets (an XLSX is a ZIP of XML parts) are refused before openpyxl parses them,
so memory stays bounded (a 600 KB file can hold a part of 600 MB):
- at most MAX_PARTS parts; each part at most MAX_PART_BYTES uncompressed (MAX_OTHER_PART_BYTES
  for parts other than worksheets and shared strings, which openpyxl parses whole), the whole
  at most MAX_WORKBOOK_BYTES; a part over RATIO_FLOOR uncompressed compresses at most
  MAX_RATIO:1. Real workbooks' XML compresses 10-15:1 (10,000 rows of names, emails and
  subjects: a 3.6 MB sheet at 13:1; 10,000 identical rows 15:1; 300,000 styled empty cells
  14:1); a run of one repeated character compresses about 1000:1;
- every part is then decompressed in 64 KB steps, never past its declared size (a header that
  lies about the size is caught there) and checked against its CRC, and each XML part is
  parsed by expat without keeping it: no DOCTYPE (so no entity expansion); at most
  MAX_ELEMENTS elements in a part besides its worksheet rows and shared strings (openpyxl
  builds those one at a time, each as a tree: at most MAX_GROUP_ELEMENTS elements each, and
  MAX_CELLS of them); at most MAX_CELLS cells in a sheet, counted as openpyxl fills rows (a
  row is as wide as its last cell); rows up to 1,048,576 and columns up to XFD (16,384),
  Excel's own limits. Shared strings are held whole by openpyxl: their part's size bounds
  that memory.
- A workbook that still exhausts memory is said to be too large, not damaged.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from msek_desktop.core import errors

__all__ = ["CELL_LIMIT", "DELIMITERS", "Table", "detect_encoding", "read_table"]

DELIMITERS = ";,\t"
CELL_LIMIT = 131_072  # characters in one cell: csv.field_size_limit()'s default
MAX_FILE_BYTES = 100 * 2**20  # a file to import; 10,000 rows of CSV are a few MB
MAX_PARTS = 10_000
MAX_PART_BYTES = 100 * 2**20  # uncompressed, a worksheet or the shared strings
MAX_OTHER_PART_BYTES = 20 * 2**20  # uncompressed, any other part (styles, workbook, ...)
MAX_WORKBOOK_BYTES = 200 * 2**20  # uncompressed, all parts together
MAX_RATIO = 100
RATIO_FLOOR = 2**20  # a part smaller than this costs nothing, whatever its ratio
MAX_ELEMENTS = 500_000  # in a part, besides worksheet rows and shared strings
MAX_GROUP_ELEMENTS = 100_000  # in one worksheet row or one shared string
MAX_CELLS = 3_000_000  # in one worksheet, as openpyxl fills its rows
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
_CHUNK = 64 * 1024

# letters the two office languages use; the wrong code page gives other letters or symbols
_PLAUSIBLE = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻàâæçéèêëîïôœùûüÀÂÆÇÉÈÊËÎÏÔŒÙÛÜäöüßÄÖÜ")
_NEUTRAL = set("«»–—‘’‚“”„…€°§·•\u00a0\u202f")
_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, under surrogateescape
# valid multi-byte sequences: what Polish and French UTF-8 is made of, and any other
_UTF8_LIKELY = re.compile("[\u00a0-\u017f\u2000-\u206f\u20a0-\u20cf]")
_UTF8_OTHER = re.compile("[\u0080-\u009f\u0180-\u1fff\u2070-\u209f\u20d0-\ud7ff\ue000-\U0010ffff]")
_SHOWN_BAD_BYTES = 5
# an OLE directory entry named EncryptedPackage: the name in UTF-16, padded to 64 bytes, then
# its length in bytes with the terminating NUL (34)
_ENCRYPTED_ENTRY = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0") + b"\x22\x00"


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


def _bad_utf8(data: bytes, text: str, bad: int) -> errors.UserError:
    """The refusal of UTF-8 `data` (decoded with surrogateescape as `text`) with bad bytes."""
    places = []
    for found in list(_ESCAPED.finditer(text))[:_SHOWN_BAD_BYTES]:
        line = text.count("\n", 0, found.start()) + 1
        offset = len(text[: found.start()].encode("utf-8", "surrogateescape"))
        places.append((line, offset))
    more = bad - len(places)
    where = ", ".join(f"line {line} at byte {offset}" for line, offset in places)
    where += f" and {more} more" if more else ""
    code = "bad_utf8" if bad > 1 else "bad_utf8_one"
    return errors.UserError(errors.Message(code, count=bad, where=where, places=places, more=more))


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(encoding name, text) for the bytes of a CSV file; see the module notes.

    UTF-8 damaged in places is a UserError naming the bad bytes.
    """
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
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    evidence = len(_UTF8_LIKELY.findall(escaped)) + len(_UTF8_OTHER.findall(escaped)) / 4
    if data.startswith(codecs.BOM_UTF8) or (evidence and evidence >= bad):
        raise _bad_utf8(data, escaped, bad)
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


def _too_long(place: str, number: int) -> errors.UserError:
    return errors.UserError(errors.Message(f"long_cell_{place}", number=number, limit=CELL_LIMIT))


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
        if "field larger than field limit" in str(exc):
            raise _too_long("line", last + 1) from exc
        raise errors.UserError(
            errors.Message("csv_line", number=last + 1, reason=str(exc))
        ) from exc
    return Table(headers or [], rows, encoding, delimiter)


# -- XLSX --------------------------------------------------------------------------------


class _Refused(Exception):
    """A workbook part breaks a limit; the message says which (without the file's name)."""


class _Damaged(_Refused):
    """A workbook that is not a sound ZIP archive of XML parts."""


def _declared_parts(file: IO[bytes]) -> int:
    """The number of parts the ZIP's end record declares (read before zipfile lists them)."""
    size = file.seek(0, os.SEEK_END)
    file.seek(max(0, size - 22 - 65_535))
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise _Damaged("it is not a ZIP archive")
    return int(struct.unpack_from("<H", tail, at + 10)[0])


def _check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse from the ZIP directory alone: encryption, methods, sizes and ratios."""
    total = 0
    for info in archive.infolist():
        part = info.filename
        if info.flag_bits & 0x1:
            raise _Refused(f"its part {part} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Refused(f"its part {part} uses a compression office programs do not write")
        limit = MAX_PART_BYTES if _kind(part) != "other" else MAX_OTHER_PART_BYTES
        if info.file_size > limit:
            raise _Refused(
                f"its part {part} expands to {info.file_size // 2**20:,} MB "
                f"(at most {limit // 2**20} MB)"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _Refused(
                f"its part {part} expands {ratio:,.0f} times (at most {MAX_RATIO}), "
                "as a crafted file does"
            )
        total += info.file_size
    if total > MAX_WORKBOOK_BYTES:
        raise _Refused(
            f"it expands to {total // 2**20:,} MB (at most {MAX_WORKBOOK_BYTES // 2**20} MB)"
        )


def _kind(part: str) -> str:
    lowered = part.lower()
    if lowered.endswith("sharedstrings.xml"):
        return "strings"
    if "worksheets/" in lowered and lowered.endswith(".xml"):
        return "sheet"
    return "other"


def _inflate(file: IO[bytes], info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The bytes of one part, in steps of at most 64 KB; a part that holds more than its
    header declares (or less, or fails its CRC) is refused."""
    file.seek(info.header_offset)
    local = file.read(30)
    if len(local) < 30 or not local.startswith(b"PK\x03\x04"):
        raise _Damaged(f"its part {info.filename} is damaged")
    name_length, extra_length = struct.unpack_from("<HH", local, 26)
    file.seek(info.header_offset + 30 + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left = info.compress_size
    produced = 0
    crc = 0
    pending = b""
    while True:
        if inflater is not None and pending:
            chunk = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
        elif left > 0:
            raw = file.read(min(_CHUNK, left))
            if not raw:
                raise _Damaged(f"its part {info.filename} is cut short")
            left -= len(raw)
            if inflater is None:
                chunk = raw
            else:
                pending = raw
                continue
        elif inflater is not None:
            chunk = inflater.decompress(b"", _CHUNK)
            if not chunk:
                break
        else:
            break
        produced += len(chunk)
        if produced > info.file_size:
            raise _Refused(
                f"its part {info.filename} holds more than its header says "
                f"({info.file_size:,} bytes), as a crafted file does"
            )
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if produced != info.file_size or crc != info.CRC:
        raise _Damaged(f"its part {info.filename} is damaged")


def _column(reference: str) -> int:
    number = 0
    for ch in reference:
        if "A" <= ch <= "Z":
            number = number * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            number = number * 26 + ord(ch) - 96
        else:
            break
    return number


class _XmlScan:
    """Parses one XML part as it streams by, keeping nothing but counts.

    A worksheet row (a <row> in <sheetData>, in any part) and a shared string (<si>) are
    parsed by openpyxl as one small tree each: they are counted apart, and their elements
    each against MAX_GROUP_ELEMENTS; every other element counts against MAX_ELEMENTS.
    """

    def __init__(self, part: str, kind: str) -> None:
        self.part = part
        self.strings = kind == "strings"
        self.depth = 0
        self.data_depth = 0  # the open <sheetData>'s depth, 0 outside one
        self.group_depth = 0  # the open row's or shared string's depth, 0 outside one
        self.group_elements = 0
        self.elements = 0
        self.groups = 0
        self.row = 0
        self.width = 0  # of the current row: its last cell's column
        self.column = 0
        self.cells = 0  # as openpyxl fills rows
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.StartDoctypeDeclHandler = self.doctype

    def doctype(self, *_: Any) -> None:
        raise _Refused(f"its part {self.part} declares a DOCTYPE, which workbooks never do")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        tag = name.rpartition(":")[2]
        if self.group_depth:
            self.group_elements += 1
            if self.group_elements > MAX_GROUP_ELEMENTS:
                raise _Refused(
                    f"its part {self.part} has a row or a text of more than "
                    f"{MAX_GROUP_ELEMENTS:,} elements"
                )
            if tag == "c" and self.data_depth:
                self.cell(attributes.get("r", ""))
            return
        if (self.data_depth and tag == "row") or (self.strings and tag == "si"):
            self.group_depth, self.group_elements = self.depth, 0
            self.groups += 1
            if self.groups > MAX_CELLS:
                raise _Refused(f"its part {self.part} has more than {MAX_CELLS:,} rows or texts")
            if tag == "row":
                self.start_row(attributes.get("r", ""))
            return
        if tag == "sheetData" and not self.data_depth:
            self.data_depth = self.depth
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise _Refused(f"its part {self.part} has more than {MAX_ELEMENTS:,} elements")

    def start_row(self, given: str) -> None:
        if given.isdecimal():  # as int() reads it, and openpyxl
            self.row = int(given) if len(given) <= 9 else MAX_ROW + 1
        else:
            self.row += 1
        if self.row > MAX_ROW:
            raise _Refused(f"its sheet {self.part} has a row beyond row {MAX_ROW:,}")
        self.column = self.width = 0

    def cell(self, given: str) -> None:
        self.column = _column(given) if given else self.column + 1
        if self.column > MAX_COLUMN:
            raise _Refused(f"its sheet {self.part} has a cell beyond column XFD")
        self.width = max(self.width, self.column)

    def end(self, name: str) -> None:
        if self.depth == self.group_depth:
            self.group_depth = 0
            if self.data_depth:  # a row ends
                self.cells += self.width
                if self.cells > MAX_CELLS:
                    raise _Refused(f"its sheet {self.part} has more than {MAX_CELLS:,} cells")
        elif self.depth == self.data_depth:
            self.data_depth = 0
        self.depth -= 1

    def feed(self, data: bytes, final: bool = False) -> None:
        try:
            self.parser.Parse(data, final)
        except expat.ExpatError as exc:
            raise _Damaged(f"its part {self.part} is damaged XML ({exc})") from exc


def _check_workbook(file: IO[bytes]) -> None:
    """Refuse a workbook whose parts break the limits in the module notes (see there)."""
    if _declared_parts(file) > MAX_PARTS:
        raise _Refused(f"it has more than {MAX_PARTS:,} parts")
    file.seek(0)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise _Damaged(f"it is a damaged ZIP archive ({exc})") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise _Refused(f"it has more than {MAX_PARTS:,} parts")
        _check_sizes(archive)
        for info in infos:
            scan: _XmlScan | None = None
            for number, chunk in enumerate(_inflate(file, info)):
                if number == 0 and _xml_part(info.filename, chunk):
                    scan = _XmlScan(info.filename, _kind(info.filename))
                if scan is not None:
                    scan.feed(chunk)
            if scan is not None:
                scan.feed(b"", final=True)


def _xml_part(name: str, start: bytes) -> bool:
    """Whether openpyxl may parse this part as XML: by its name, or by its first bytes for a
    part a relationship may point to under any name (legacy VML drawings, which openpyxl does
    not read in read-only mode and which are often not well-formed, are left alone)."""
    lowered = name.lower()
    if lowered.endswith((".xml", ".rels")):
        return True
    if lowered.endswith(".vml"):
        return False
    return start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or start.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    )


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


def _xlsx_rows(file: IO[bytes], name: str) -> Table:
    from openpyxl import load_workbook  # only when an XLSX is read

    # openpyxl raises assorted exceptions (zipfile, XML, KeyError, its own) for a damaged or
    # foreign ZIP file; whatever it is, the file is not a workbook we can read.
    try:
        book = load_workbook(file, read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception as exc:
        raise errors.UserError(
            errors.Message("xlsx_unreadable", name=name, reason=str(exc))
        ) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return Table([], [])
        # rows as wide as their own cells (the size the file states may be anything)
        sheet.reset_dimensions()
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_cell(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            if any(len(cell) > CELL_LIMIT for cell in cells):
                raise _too_long("row", number)
            if headers is None:
                headers = cells
            elif cells:
                rows.append((number, cells))
        return Table(headers or [], rows)
    except (errors.UserError, MemoryError):
        raise
    except Exception as exc:
        raise errors.UserError(errors.Message("xlsx_damaged", name=name, reason=str(exc))) from exc
    finally:
        book.close()


def _read_xlsx(file: IO[bytes], name: str) -> Table:
    try:
        _check_workbook(file)
    except _Damaged as exc:
        raise errors.UserError(
            errors.Message("xlsx_unreadable", name=name, reason=str(exc))
        ) from None
    except _Refused as exc:
        raise errors.UserError(errors.Message("xlsx_unsafe", name=name, reason=str(exc))) from None
    file.seek(0)
    return _xlsx_rows(file, name)


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
                return _read_xlsx(file, name)
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
        return _read_csv(data)
    except MemoryError:
        raise errors.UserError(errors.Message("file_no_memory", name=name)) from None
