"""Hostile spreadsheets (an XLSX is a ZIP of XML parts) are refused before openpyxl parses them,
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
A workbook that still exhausts memory is said to be too large, not damaged
(core.reading.xlsx).
"""

from __future__ import annotations

import codecs
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, Any
from xml.parsers import expat

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


class Refused(Exception):
    """A workbook part breaks a limit; the message says which (without the file's name)."""


class Damaged(Refused):
    """A workbook that is not a sound ZIP archive of XML parts."""


def _declared_parts(file: IO[bytes]) -> int:
    """The number of parts the ZIP's end record declares (read before zipfile lists them)."""
    size = file.seek(0, os.SEEK_END)
    file.seek(max(0, size - 22 - 65_535))
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise Damaged("it is not a ZIP archive")
    return int(struct.unpack_from("<H", tail, at + 10)[0])


def _check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse from the ZIP directory alone: encryption, methods, sizes and ratios."""
    total = 0
    for info in archive.infolist():
        part = info.filename
        if info.flag_bits & 0x1:
            raise Refused(f"its part {part} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(f"its part {part} uses a compression office programs do not write")
        limit = MAX_PART_BYTES if _kind(part) != "other" else MAX_OTHER_PART_BYTES
        if info.file_size > limit:
            raise Refused(
                f"its part {part} expands to {info.file_size // 2**20:,} MB "
                f"(at most {limit // 2**20} MB)"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise Refused(
                f"its part {part} expands {ratio:,.0f} times (at most {MAX_RATIO}), "
                "as a crafted file does"
            )
        total += info.file_size
    if total > MAX_WORKBOOK_BYTES:
        raise Refused(
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
        raise Damaged(f"its part {info.filename} is damaged")
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
                raise Damaged(f"its part {info.filename} is cut short")
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
            raise Refused(
                f"its part {info.filename} holds more than its header says "
                f"({info.file_size:,} bytes), as a crafted file does"
            )
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if produced != info.file_size or crc != info.CRC:
        raise Damaged(f"its part {info.filename} is damaged")


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
        raise Refused(f"its part {self.part} declares a DOCTYPE, which workbooks never do")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        tag = name.rpartition(":")[2]
        if self.group_depth:
            self.group_elements += 1
            if self.group_elements > MAX_GROUP_ELEMENTS:
                raise Refused(
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
                raise Refused(f"its part {self.part} has more than {MAX_CELLS:,} rows or texts")
            if tag == "row":
                self.start_row(attributes.get("r", ""))
            return
        if tag == "sheetData" and not self.data_depth:
            self.data_depth = self.depth
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise Refused(f"its part {self.part} has more than {MAX_ELEMENTS:,} elements")

    def start_row(self, given: str) -> None:
        if given.isdecimal():  # as int() reads it, and openpyxl
            self.row = int(given) if len(given) <= 9 else MAX_ROW + 1
        else:
            self.row += 1
        if self.row > MAX_ROW:
            raise Refused(f"its sheet {self.part} has a row beyond row {MAX_ROW:,}")
        self.column = self.width = 0

    def cell(self, given: str) -> None:
        self.column = _column(given) if given else self.column + 1
        if self.column > MAX_COLUMN:
            raise Refused(f"its sheet {self.part} has a cell beyond column XFD")
        self.width = max(self.width, self.column)

    def end(self, name: str) -> None:
        if self.depth == self.group_depth:
            self.group_depth = 0
            if self.data_depth:  # a row ends
                self.cells += self.width
                if self.cells > MAX_CELLS:
                    raise Refused(f"its sheet {self.part} has more than {MAX_CELLS:,} cells")
        elif self.depth == self.data_depth:
            self.data_depth = 0
        self.depth -= 1

    def feed(self, data: bytes, final: bool = False) -> None:
        try:
            self.parser.Parse(data, final)
        except expat.ExpatError as exc:
            raise Damaged(f"its part {self.part} is damaged XML ({exc})") from exc


def check_workbook(file: IO[bytes]) -> None:
    """Refuse a workbook whose parts break the limits in the module notes (see there)."""
    if _declared_parts(file) > MAX_PARTS:
        raise Refused(f"it has more than {MAX_PARTS:,} parts")
    file.seek(0)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise Damaged(f"it is a damaged ZIP archive ({exc})") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise Refused(f"it has more than {MAX_PARTS:,} parts")
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
