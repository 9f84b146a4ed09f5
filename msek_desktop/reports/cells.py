"""A table cell's text broken into lines that fit its column, as a reader breaks them: at
spaces; a word wider than the whole column after its hyphens ("Gastronomiczno-" /
"Hotelarskich"), then at its no-break spaces (such a word starts on a line of its own);
inside a word only when a piece alone is still wider than the column. ReportLab's own
wrapping cuts a long word at the end of the line it starts on ("Gastr" / "onomiczno-Hotelar"
/ "skich"); lines made here are drawn as they are.

    lines("Zespół Szkół Gastronomiczno-Hotelarskich", FONT, 8.5, 86)
    # ["Zespół Szkół", "Gastronomiczno-", "Hotelarskich"]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth

NBSP = "\u00a0"
_SPACES = re.compile(r"[^\S\u00a0]+")  # where a line may break: any space but a no-break one
_AFTER_HYPHEN = re.compile(r"(?<=[-\u2010\u00ad])(?=.)")
_AFTER_NBSP = re.compile(f"(?<={NBSP})(?=[^–])")  # a dash stays at the end of its line


Fits = Callable[[str], bool]


def _pieces(word: str, fits: Fits) -> list[str]:
    """`word` cut where it may be cut, each piece fitting the column when it can."""
    out: list[str] = []
    for part in _AFTER_HYPHEN.split(word):
        if fits(part):
            out.append(part)
            continue
        for piece in _AFTER_NBSP.split(part):
            out += [piece] if fits(piece) else _letters(piece, fits)
    return out


def _letters(word: str, fits: Fits) -> list[str]:
    """`word` cut between letters, as many on each line as fit (at least one)."""
    out: list[str] = []
    line = ""
    for letter in word:
        if line and not fits(line + letter):
            out.append(line)
            line = ""
        line += letter
    return [*out, line] if line else out


def keep_dates(text: str) -> str:
    """An exchange's dates ("6 nov. 2026 – 4 avr. 2027", Babel's) broken after the dash
    only, while each date fits: "6 nov. 2026 –" / "4 avr. 2027"."""
    return text.replace(" ", NBSP).replace("\u2009–\u2009", f"{NBSP}– ")


def lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text`'s lines (its own, then broken) each at most `width` points wide in `font` at
    `size`, but for a single letter wider than that."""

    def fits(s: str) -> bool:
        return float(stringWidth(s.rstrip(NBSP), font, size)) <= width

    out: list[str] = []
    for given in text.split("\n"):
        line = ""
        for word in _SPACES.split(given.strip()):
            joined = f"{line} {word}" if line else word
            if fits(joined):
                line = joined
                continue
            if fits(word):  # whole on the next line
                out.append(line)
                line = word
                continue
            if NBSP in word and line:  # kept together as far as it can be: from the next line
                out.append(line)
                line = ""
            for number, piece in enumerate(_pieces(word, fits)):
                glued = line + piece if number else (f"{line} {piece}" if line else piece)
                if fits(glued):
                    line = glued
                else:
                    if line:
                        out.append(line)
                    line = piece
        out.append(line)
    return [line.rstrip(NBSP) for line in out]
