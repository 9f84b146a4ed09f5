"""The values of options: whole numbers SQLite can hold, record ids, the --db path."""

from __future__ import annotations

import argparse

from msek_desktop.cli.lazy import errors
from msek_desktop.cli.output import cell

MAX_INT64 = 2**63 - 1  # SQLite's largest integer


def whole(text: str) -> int:
    digits = text.strip().lstrip("+-")
    if digits.isdecimal() and len(digits) > len(str(MAX_INT64)):
        raise argparse.ArgumentTypeError(f"too large: {cell(text, 30)} (at most {MAX_INT64})")
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {cell(text, 30)!r}") from None
    if value > MAX_INT64:
        raise argparse.ArgumentTypeError(f"too large: {text} (at most {MAX_INT64})")
    return value


def positive(text: str) -> int:
    """A count (0 or more) SQLite can hold: larger is wrong usage, not an OverflowError."""
    value = whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def year(text: str) -> int:
    """A calendar year, 1 to 9999."""
    value = int(text) if text.strip().isdecimal() else 0
    if not 1 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"not a year: {cell(text, 30)!r}")
    return value


def record_id(text: str) -> int:
    """A record's id: 1 or more, at most SQLite's largest integer."""
    value = whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a record id: {text}")
    return value


def db_value(text: str) -> str:
    """--db: an empty path is wrong usage (paths.check_db_value), not the default file."""
    from msek_desktop.paths import check_db_value  # paths: SQLAlchemy, for the server's URLs

    try:
        return check_db_value(text)
    except errors.UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
