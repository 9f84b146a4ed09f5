"""Cells and file names of an export: neutralised text (no formula, no DDE), ISO dates, and
names valid on Windows."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

WHATS = ("inquiries", "people", "organisations", "followups", "exchanges")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = (".csv", ".xlsx")

_LEADING_QUOTES = re.compile(r"'*")
_WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


# -- cells -------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet: no formula, no DDE, no hidden lead."""
    quotes = _LEADING_QUOTES.match(text)
    rest = text[quotes.end() if quotes else 0 :]
    if rest[:1] in DANGEROUS and rest:
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """The inverse of `neutralise` for any text it produced (used by the importer)."""
    if text.startswith("'"):
        quotes = _LEADING_QUOTES.match(text)
        rest = text[quotes.end() if quotes else 0 :]
        if rest[:1] in DANGEROUS and rest:
            return text[1:]
    return text


def cell_text(value: Any) -> str:
    """How a value is written: ISO dates, empty for None, the text neutralised."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.replace(microsecond=0).isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    return neutralise(text)


# -- file names --------------------------------------------------------------------------


def safe_filename(name: str, *, fallback: str = "export") -> str:
    """`name` made valid on Windows: no <>:"/\\|?* or control characters, no reserved name,
    no trailing dot or space."""
    cleaned = _WINDOWS_BAD.sub("_", name).strip().rstrip(". ")
    if not cleaned:
        cleaned = fallback
    stem = cleaned.split(".", 1)[0]
    if stem.upper().rstrip(" ") in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned[:200]


def suggested_filename(what: str, today: date, extension: str = ".xlsx") -> str:
    """e.g. msek-inquiries-2026-11-25.xlsx, valid as a Windows file name."""
    if what not in WHATS:
        raise ValueError(f"unknown export {what!r}; one of {', '.join(WHATS)}")
    ext = extension if extension.startswith(".") else "." + extension
    if ext.lower() not in FORMATS:
        raise ValueError(f"unknown format {extension!r}; one of {', '.join(FORMATS)}")
    return safe_filename(f"msek-{what}-{today.isoformat()}{ext.lower()}")
