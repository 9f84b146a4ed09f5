"""The report's figures as an XLSX workbook (openpyxl): one sheet per table of the PDF, named
in the report's language (at most 31 characters, as Excel wants), then the exchanges of the
year. Numbers are numbers and days are dates (so they can be summed and sorted); text cells
are neutralised as exports are (no formula, no DDE: core.exporting.neutralise)."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from msek_desktop.core.exporting import neutralise
from msek_desktop.reports.content import ReportContent
from msek_desktop.reports.tables import FigureTable, all_tables
from msek_desktop.reports.texts import texts

SHEET_NAME_MAX = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_BOLD = Font(bold=True)


def sheet_name(text: str) -> str:
    """A name Excel takes for a sheet: without []:*?/\\, at most 31 characters."""
    return _NOT_IN_SHEET_NAMES.sub(" ", text).strip()[:SHEET_NAME_MAX].rstrip()


def _text(value: str) -> str:
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))


def _sheet(book: Workbook, name: str, header: list[str], widths: list[int]) -> Worksheet:
    sheet = book.create_sheet(sheet_name(name))
    sheet.append([_text(h) for h in header])
    for cell in sheet[1]:
        cell.font = _BOLD
    sheet.freeze_panes = "A2"
    for n, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + n)].width = width
    return sheet


def _table_sheet(book: Workbook, content: ReportContent, table: FigureTable) -> None:
    t = texts(content.language)
    name = t(f"sheets.{table.key}")
    first = t("sheets.figure") if table.key == "summary" else table.title
    sheet = _sheet(book, name, [first, str(content.year), str(content.year - 1)], [44, 12, 12])
    for row in table.rows:
        sheet.append([_text(row.label), row.now, row.before])
        for cell in sheet[sheet.max_row][1:]:
            if isinstance(cell.value, float):
                cell.number_format = "0.0"


def _exchanges_sheet(book: Workbook, content: ReportContent) -> None:
    t = texts(content.language)
    side_se, side_kt = t("list.saint_etienne"), t("list.katowice")
    partners, people = t("list.partners"), t("list.participants")
    header = [
        t("list.exchange"), t("list.kind"), t("list.status"), t("list.starts_on"),
        t("list.ends_on"), f"{partners} – {side_se}", f"{partners} – {side_kt}",
        f"{partners} – {t('list.elsewhere')}", f"{people} – {side_se}", f"{people} – {side_kt}",
    ]  # fmt: skip
    sheet = _sheet(book, t("sheets.exchanges"), header, [40, 16, 14, 12, 12, 36, 36, 24, 14, 14])
    for x in content.exchanges:
        cells: list[Any] = [
            _text(x.title), t.name("exchange_kinds", x.kind),
            t.name("exchange_statuses", x.status), x.starts_on, x.ends_on,
            _text(", ".join(x.saint_etienne)), _text(", ".join(x.katowice)),
            _text(", ".join(x.elsewhere)), x.participants_saint_etienne, x.participants_katowice,
        ]  # fmt: skip
        sheet.append(cells)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"


def render_xlsx(content: ReportContent) -> bytes:
    """The workbook's bytes."""
    book = Workbook()
    book.remove(book.active)
    for table in all_tables(content):
        _table_sheet(book, content, table)
    _exchanges_sheet(book, content)
    book.properties.title = texts(content.language)("title", year=content.year)
    book.properties.creator = "MSEK Desktop"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
