"""Text folded for search and comparison: case, accents and a few special letters gone.

fold("Łódź") == "lodz", fold("Straße") == "strasse", fold("ﬁlharmonia") == "filharmonia":
casefold, the letters NFKD does not take apart (ł, đ, ø, ħ, ı, œ, æ, þ) replaced, NFKD, and
every character of a non-zero canonical combining class (the accents NFKD took apart) removed.

The combining marks are removed by a regular expression, not character by character: the
demo's 150,000 search documents, and an import's, are folded in a quarter of the time. Its
class is the characters whose unicodedata.combining() is not zero (COMBINING below, for the
Unicode version of Python 3.11; computed from unicodedata under any other version), so the
result is exactly that of removing them one by one (tests/core/test_folding.py checks every
code point, and every text of a demo).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

__all__ = ["EXTRA_FOLDS", "fold"]

# letters NFKD leaves whole, and what they fold to (all ASCII: replacing one never makes another)
EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae", "þ": "th"}
)
_EXTRA = tuple((chr(k), str(v)) for k, v in EXTRA_FOLDS.items())

# the code points of a non-zero canonical combining class, Unicode 14.0.0 (first-last)
COMBINING_VERSION = "14.0.0"
COMBINING = (
    "0300-034E 0350-036F 0483-0487 0591-05BD 05BF 05C1-05C2 05C4-05C5 05C7 0610-061A "
    "064B-065F 0670 06D6-06DC 06DF-06E4 06E7-06E8 06EA-06ED 0711 0730-074A 07EB-07F3 07FD "
    "0816-0819 081B-0823 0825-0827 0829-082D 0859-085B 0898-089F 08CA-08E1 08E3-08FF 093C "
    "094D 0951-0954 09BC 09CD 09FE 0A3C 0A4D 0ABC 0ACD 0B3C 0B4D 0BCD 0C3C 0C4D 0C55-0C56 "
    "0CBC 0CCD 0D3B-0D3C 0D4D 0DCA 0E38-0E3A 0E48-0E4B 0EB8-0EBA 0EC8-0ECB 0F18-0F19 0F35 "
    "0F37 0F39 0F71-0F72 0F74 0F7A-0F7D 0F80 0F82-0F84 0F86-0F87 0FC6 1037 1039-103A 108D "
    "135D-135F 1714-1715 1734 17D2 17DD 18A9 1939-193B 1A17-1A18 1A60 1A75-1A7C 1A7F "
    "1AB0-1ABD 1ABF-1ACE 1B34 1B44 1B6B-1B73 1BAA-1BAB 1BE6 1BF2-1BF3 1C37 1CD0-1CD2 "
    "1CD4-1CE0 1CE2-1CE8 1CED 1CF4 1CF8-1CF9 1DC0-1DFF 20D0-20DC 20E1 20E5-20F0 2CEF-2CF1 "
    "2D7F 2DE0-2DFF 302A-302F 3099-309A A66F A674-A67D A69E-A69F A6F0-A6F1 A806 A82C A8C4 "
    "A8E0-A8F1 A92B-A92D A953 A9B3 A9C0 AAB0 AAB2-AAB4 AAB7-AAB8 AABE-AABF AAC1 AAF6 ABED "
    "FB1E FE20-FE2F 101FD 102E0 10376-1037A 10A0D 10A0F 10A38-10A3A 10A3F 10AE5-10AE6 "
    "10D24-10D27 10EAB-10EAC 10F46-10F50 10F82-10F85 11046 11070 1107F 110B9-110BA "
    "11100-11102 11133-11134 11173 111C0 111CA 11235-11236 112E9-112EA 1133B-1133C 1134D "
    "11366-1136C 11370-11374 11442 11446 1145E 114C2-114C3 115BF-115C0 1163F 116B6-116B7 "
    "1172B 11839-1183A 1193D-1193E 11943 119E0 11A34 11A47 11A99 11C3F 11D42 11D44-11D45 "
    "11D97 16AF0-16AF4 16B30-16B36 16FF0-16FF1 1BC9E 1D165-1D169 1D16D-1D172 1D17B-1D182 "
    "1D185-1D18B 1D1AA-1D1AD 1D242-1D244 1E000-1E006 1E008-1E018 1E01B-1E021 1E023-1E024 "
    "1E026-1E02A 1E130-1E136 1E2AE 1E2EC-1E2EF 1E8D0-1E8D6 1E944-1E94A"
)


def combining_ranges() -> list[tuple[int, int]]:
    """(first, last) code points of the non-zero combining classes of this Python's Unicode."""
    if unicodedata.unidata_version == COMBINING_VERSION:
        return [
            (int(a, 16), int(b or a, 16))
            for a, _, b in (item.partition("-") for item in COMBINING.split())
        ]
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges


@cache
def _marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The combining marks of the first 65,536 code points, and those beyond, as two patterns
    of one character (compiled at the first text with an accent). Apart, each is a table
    looked up at once; together they would be a list of ranges tried one after the other."""
    ranges = combining_ranges()
    low = "".join(
        f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges if b <= 0xFFFF
    )
    high = "".join(
        f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges if a > 0xFFFF
    )
    return re.compile(f"[{low}]"), re.compile(f"[{high}]")


def fold(value: str) -> str:
    """Lower-case, accent-free form of `value` used on both sides of a search."""
    if value.isascii():  # most e-mails, refs and English words: nothing to unfold
        return value.lower()
    folded = value.casefold()
    for letter, plain in _EXTRA:  # str.translate with a dict goes one character at a time
        if letter in folded:
            folded = folded.replace(letter, plain)
    if folded.isascii():  # "ß" -> "ss": nothing NFKD would change
        return folded
    low, high = _marks()
    plain = low.sub("", unicodedata.normalize("NFKD", folded))
    return high.sub("", plain) if _beyond_16_bits(plain) else plain


def _beyond_16_bits(text: str) -> bool:
    """Whether `text` holds a code point beyond the first 65,536: one that takes 4 bytes in
    UTF-16, the others 2 (a lone surrogate too, passed). Encoding is a copy in C, half the
    time of a regular expression's search through the text."""
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)
