"""What a file to import reads as, and the limit of one cell."""

from __future__ import annotations

from dataclasses import dataclass

from msek_desktop.core import errors

DELIMITERS = ";,\t"
CELL_LIMIT = 131_072  # characters in one cell: csv.field_size_limit()'s default


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (file line, cells)
    encoding: str | None = None
    delimiter: str | None = None


def too_long(place: str, number: int) -> errors.UserError:
    return errors.UserError(errors.Message(f"long_cell_{place}", number=number, limit=CELL_LIMIT))
