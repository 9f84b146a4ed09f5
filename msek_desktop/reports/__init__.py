"""The annual activity report: a year's figures beside the year before's, charts, the
exchanges of the year and the highlights staff wrote, in French, Polish or English, as a PDF
(ReportLab, A4, the letterhead) and an XLSX workbook of the same figures (no Qt).

- content: what a report is made of, read from the database (core.figures, the dashboard's
  own numbers; core.exchanges; core.highlights; the letterhead).
- texts: the fixed texts per language (resources/reports), numbers and dates by Babel.
- tables: the figures as tables, the same for the PDF and the workbook.
- charts: the tables' charts (msek_desktop.charts); pdf: the PDF; workbook: the XLSX.

    write_report(db, year, language, pdf=PATH, xlsx=PATH)   # the command and the window
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path

from msek_desktop.core.db import Database
from msek_desktop.letters.files import OutputFile
from msek_desktop.reports.content import ReportContent, check_request, gather

__all__ = ["ReportContent", "check_request", "gather", "write_report"]

Progress = Callable[[int, int], None]


def write_report(
    db: Database,
    year: int,
    language: str,
    *,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportContent:
    """Make the report of `year` in `language` and write it to `pdf` and/or `xlsx`, each
    file all or nothing (a place that cannot be written is refused before any work). A year
    to come or an unknown language is a ValidationError; nothing is written then."""
    if pdf is None and xlsx is None:
        raise ValueError("write_report needs a PDF or an XLSX file to write")
    check_request(year, language, today or date.today())
    report = progress or (lambda _done, _total: None)
    steps = 1 + (pdf is not None) + (xlsx is not None)
    with ExitStack() as files:
        outs = {kind: files.enter_context(OutputFile(path))
                for kind, path in (("pdf", pdf), ("xlsx", xlsx)) if path is not None}  # fmt: skip
        report(0, steps)
        content = gather(db, year, language, today=today)
        report(1, steps)
        if "pdf" in outs:
            from msek_desktop.reports.pdf import render_pdf  # ReportLab: only when printing

            outs["pdf"].write(render_pdf(content))
            report(2, steps)
        if "xlsx" in outs:
            from msek_desktop.reports.workbook import render_xlsx

            outs["xlsx"].write(render_xlsx(content))
            report(steps, steps)
    return content
