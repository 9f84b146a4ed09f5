"""`msek report --year YYYY --lang fr|pl|en --out FILE.pdf [--xlsx FILE.xlsx]`: the annual
activity report (msek_desktop.reports) as a PDF, and the same figures as a workbook.

A year with no data still makes a report, saying so; a year to come is refused. Each file is
written all or nothing (a temporary file beside it, renamed), and none when anything is
wrong; a place that cannot be written is refused before the report is made.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from msek_desktop.cli.arguments import whole
from msek_desktop.cli.lazy import errors
from msek_desktop.cli.office import opened


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "the annual activity report of a year (PDF), and its figures as a workbook"
    p = sub.add_parser("report", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_report)
    p.add_argument("--year", required=True, type=whole, metavar="YYYY")
    p.add_argument("--lang", required=True, choices=("fr", "pl", "en"),
                   help="the report's language")  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the figures to this workbook")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def cmd_report(args: argparse.Namespace) -> int:
    from msek_desktop.reports import write_report  # ReportLab, openpyxl: only for this command

    pdf, xlsx = Path(args.out), Path(args.xlsx) if args.xlsx else None
    if xlsx is not None and (pdf.absolute() == xlsx.absolute() or _same(pdf, xlsx)):
        raise errors.UserError(f"--out and --xlsx name the same file ({pdf}); give two files.")
    with opened(args) as database:
        write_report(database, args.year, args.lang, pdf=pdf, xlsx=xlsx)
    print(args.out)
    if xlsx is not None:
        print(args.xlsx)
    return 0
