"""`msek import FILE --what exchanges`: exchanges from CSV or XLSX (core.importing.exchanges),
all rows or none; inquiries (the default) are cli.files' import."""

from __future__ import annotations

import argparse
from pathlib import Path

from msek_desktop.cli.files import cmd_import, said_import
from msek_desktop.cli.office import opened

WHATS = ("inquiries", "exchanges")


def cmd_import_what(args: argparse.Namespace) -> int:
    """The import of what --what names."""
    if args.what == "exchanges":
        return cmd_import_exchanges(args)
    return cmd_import(args)


def cmd_import_exchanges(args: argparse.Namespace) -> int:
    from msek_desktop.core import reading
    from msek_desktop.core.importing import exchanges

    path = Path(args.file)
    table = reading.read_table(path)  # a missing or unreadable file: before the database
    with opened(args) as database:
        try:
            report = exchanges.import_table(database, table, dry_run=args.dry_run)
        except exchanges.ExchangeImportRejected as exc:
            report = exc.report
    return said_import(args, path, report)
