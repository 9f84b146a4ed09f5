"""An exchange's programme in one cell, as the exchanges export writes it and the import reads
it: an item a line, "day | place | what", the items by day.

    2026-05-12 | Cité du design | Opening of the workshop
    2026-05-13 | | Visit of the schools
      the afternoon at the museum

The day is ISO when exported (the import also takes DD.MM.YYYY and DD/MM/YYYY, as every
date); an empty place leaves its two bars ("| |"). A "what" of several lines goes on the
lines below its item, each indented by two spaces; a line that starts with a space or a tab
continues the item above it. A "|" or a backslash in a place is written "\\|" and "\\\\";
in a "what", everything after the second bar is the what, bars included. A line of a single
bar, "day | what", has no place. So an export reads back exactly, and a cell written by hand
in Excel (Alt+Enter between items) reads as expected.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

ITEMS_JOIN = "\n"
INDENT = "  "  # before each further line of a "what"


def _escaped(place: str) -> str:
    return place.replace("\\", "\\\\").replace("|", "\\|")


def programme_text(items: Iterable[tuple[date, str, str]]) -> str:
    """The cell of (day, place, what) items, in the order given."""
    lines = []
    for day, place, what in items:
        first, *more = what.split("\n")
        line = day.isoformat() + " |" + (f" {_escaped(place)}" if place else "") + " |"
        lines.append(line + (f" {first}" if first else ""))
        lines.extend(INDENT + text for text in more)
    return ITEMS_JOIN.join(lines)


@dataclass
class ItemText:
    """One item of a cell as written: its day as text, place and what; `what` is None when
    the line has no bar (nothing says what happens)."""

    day: str
    place: str
    what: str | None


def _place_and_rest(text: str) -> tuple[str | None, str]:
    """The place before the first unescaped bar of `text` (unescaped), and what follows;
    (None, text) when there is no such bar."""
    out, at = [], 0
    while at < len(text):
        ch = text[at]
        if ch == "\\" and at + 1 < len(text) and text[at + 1] in "\\|":
            out.append(text[at + 1])
            at += 2
            continue
        if ch == "|":
            return "".join(out), text[at + 1 :]
        out.append(ch)
        at += 1
    return None, text


def programme_items(text: str) -> list[ItemText]:
    """The items of a programme cell, in the order written (see the module)."""
    items: list[ItemText] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and items and items[-1].what is not None:
            rest = line[len(INDENT) :] if line.startswith(INDENT) else line[1:]
            items[-1].what += "\n" + rest
            continue
        if not line.strip():
            continue  # a blank line between items
        day, bar, rest = line.partition("|")
        if not bar:
            items.append(ItemText(day.strip(), "", None))
            continue
        place, what = _place_and_rest(rest)
        if place is None:  # "day | what"
            items.append(ItemText(day.strip(), "", rest.strip()))
        else:
            items.append(ItemText(day.strip(), place.strip(), what.strip()))
    for item in items:
        if item.what is not None:
            item.what = item.what.rstrip()
    return items
