"""CSV files: their encoding and delimiter, then their rows.

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
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from functools import cache

from msek_desktop.core import errors
from msek_desktop.core.reading.table import DELIMITERS, Table, too_long

# letters the two office languages use; the wrong code page gives other letters or symbols
_PLAUSIBLE = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻàâæçéèêëîïôœùûüÀÂÆÇÉÈÊËÎÏÔŒÙÛÜäöüßÄÖÜ")
_NEUTRAL = set("«»–—‘’‚“”„…€°§·•\u00a0\u202f")
_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, under surrogateescape
# valid multi-byte sequences: what Polish and French UTF-8 is made of, and any other
_UTF8_LIKELY = re.compile("[\u00a0-\u017f\u2000-\u206f\u20a0-\u20cf]")
_UTF8_OTHER = re.compile("[\u0080-\u009f\u0180-\u1fff\u2070-\u209f\u20d0-\ud7ff\ue000-\U0010ffff]")
_SHOWN_BAD_BYTES = 5


# what each byte of a code page reads as, for scoring: an ASCII letter (a), a letter of the
# office languages (P), another letter (A), a neutral sign (N), another symbol (S), any other
# ASCII character (a space), or a byte the code page does not define (?)
_UNDEFINED = b"?"


@cache
def _kinds(code_page: str) -> bytes:
    kinds = bytearray(b" " * 256)
    for byte in range(256):
        try:
            ch = bytes([byte]).decode(code_page)
        except UnicodeDecodeError:
            kinds[byte] = ord(_UNDEFINED)
            continue
        if ch < "\x80":
            kind = "a" if ch.isalpha() else " "
        elif ch in _PLAUSIBLE:
            kind = "P"
        elif ch.isalpha():
            kind = "A"
        else:
            kind = "N" if ch in _NEUTRAL else "S"
        kinds[byte] = ord(kind)
    return bytes(kinds)


def _score(kinds: bytes) -> int:
    """The score of a code page's reading (a letter of Polish or French +1, any other
    non-ASCII letter -1, a symbol right after a letter -1), from the kinds of its bytes:
    a code page reads one byte as one character."""
    after_letter = sum(kinds.count(pair) for pair in (b"aS", b"PS", b"AS"))
    return kinds.count(b"P") - kinds.count(b"A") - after_letter


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
    escaped = data.decode("utf-8", "surrogateescape")  # each bad byte one surrogate
    valid = data.decode("utf-8", "ignore")  # the same without them
    bad = len(escaped) - len(valid)
    evidence = len(_UTF8_LIKELY.findall(valid)) + len(_UTF8_OTHER.findall(valid)) / 4
    if data.startswith(codecs.BOM_UTF8) or (evidence and evidence >= bad):
        raise _bad_utf8(data, escaped, bad)
    candidates: list[tuple[int, int, str]] = []
    for preference, name in enumerate(("cp1252", "cp1250")):
        kinds = data.translate(_kinds(name))
        if _UNDEFINED in kinds:
            continue
        candidates.append((_score(kinds), -preference, name))
    if not candidates:
        # A byte undefined in both code pages: read it as Latin-1 so nothing is lost.
        return "latin-1", data.decode("latin-1")
    _, _, name = max(candidates)
    return name, data.decode(name)


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


def read_csv(data: bytes) -> Table:
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
            raise too_long("line", last + 1) from exc
        raise errors.UserError(
            errors.Message("csv_line", number=last + 1, reason=str(exc))
        ) from exc
    return Table(headers or [], rows, encoding, delimiter)
