"""Reading the first sheet of an XLSX with openpyxl, once core.reading.guard let it by;
a row's line is its spreadsheet row number (header = 1)."""

from __future__ import annotations

from datetime import date, datetime
from typing import IO, Any

from msek_desktop.core import errors
from msek_desktop.core.reading.guard import Damaged, Refused, check_workbook
from msek_desktop.core.reading.table import CELL_LIMIT, Table, too_long


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
                raise too_long("row", number)
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


def read_xlsx(file: IO[bytes], name: str) -> Table:
    try:
        check_workbook(file)
    except Damaged as exc:
        raise errors.UserError(
            errors.Message("xlsx_unreadable", name=name, reason=str(exc))
        ) from None
    except Refused as exc:
        raise errors.UserError(errors.Message("xlsx_unsafe", name=name, reason=str(exc))) from None
    file.seek(0)
    return _xlsx_rows(file, name)
