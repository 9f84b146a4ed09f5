"""Commands that read or write the user's files: import, export, a proposal letter (PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from msek_desktop.cli.office import opened
from msek_desktop.cli.output import to_json
from msek_desktop.core import errors, inquiries, proposals


def cmd_proposal(args: argparse.Namespace) -> int:
    from msek_desktop import letters  # heavy (ReportLab): only for this command

    warned: list[letters.LetterWarning] = []
    with opened(args) as database:
        inquiry = inquiries.get_by_ref(database, args.ref)
        request = proposals.LetterRequest(
            inquiry.row.id, language=args.lang, partner_ids=tuple(args.partner or ())
        )
        # the output file is claimed first: an unwritable --out costs nothing and keeps nothing
        with letters.OutputFile(Path(args.out)) as out:
            try:
                made = letters.LetterService(database).make(request, warn=warned.append)
            except errors.ValidationError as exc:
                problem = exc.errors[0]
                if problem.field != "partner_ids":
                    raise
                raise errors.UserError(f"--partner: {problem.message}.") from exc
            out.write(proposals.get_pdf(database, made.id))
    for warning in warned:  # the letter is made: said after, so a failure stays one line
        print(f"msek: warning: {warning.english()}", file=sys.stderr)
    print(args.out)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from msek_desktop.core import importing

    path = Path(args.file)
    table = importing.read_table(path)  # a missing or unreadable file: before the database
    with opened(args) as database:
        try:
            report = importing.import_table(
                database, table, dry_run=args.dry_run, source=f"imported from {path.name}"
            )
        except importing.ImportRejected as exc:
            report = exc.report
    if args.json:
        print(to_json(report.to_json()))
    if report.errors:
        first = report.errors[0]
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        print(
            f"msek: nothing was imported: {len(report.errors)} problem(s) in {path.name}; "
            f"line {first.line}, {first.field}: {first.message}{more}",
            file=sys.stderr,
        )
        return 1
    if not args.json:
        verb = "Would import" if args.dry_run else "Imported"
        print(f"{verb} {report.summary()}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from msek_desktop.core import exporting

    with opened(args) as database:
        result = exporting.export(database, Path(args.file), args.what)
    print(result.path)
    return 0
