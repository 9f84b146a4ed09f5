"""Commands that read or write the user's files: import, export, a proposal letter (PDF)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.arguments import record_id
from msek_desktop.cli.lazy import errors
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import to_json

if TYPE_CHECKING:
    from msek_desktop.core import proposals
    from msek_desktop.core.db import Database


class ToWhom(argparse.Action):
    """--to requester | --to partner ORG_ID: whom the letter is written to."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from msek_desktop.core import proposals

        words = [str(v) for v in (values or ())] if not isinstance(values, str) else [values]
        if words == [proposals.TO_REQUESTER]:
            setattr(namespace, self.dest, None)
            return
        if len(words) == 2 and words[0] == proposals.TO_PARTNER:
            try:
                setattr(namespace, self.dest, (proposals.TO_PARTNER, record_id(words[1])))
            except argparse.ArgumentTypeError as exc:
                parser.error(f"argument --to: {exc}")
            return
        parser.error("argument --to: expected 'requester' or 'partner ORG_ID'")


def proposal_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `msek proposal`."""
    p.add_argument("ref")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the letter")
    p.add_argument(
        "--lang",
        choices=("fr", "pl", "en"),
        help="default: the inquiry's; to a partner, its side's",
    )
    to = p.add_mutually_exclusive_group()
    to.add_argument(
        "--partner",
        action="append",
        type=record_id,
        metavar="ORG_ID",
        help="a proposed partner organisation's id; repeat for several",
    )
    to.add_argument(
        "--to",
        nargs="+",
        action=ToWhom,
        metavar="WHOM",
        help="requester (the default), or: partner ORG_ID (a letter to that organisation "
        "introducing the person who asked)",
    )
    p.add_argument(
        "--allow-missing-description", action="store_true",
        help="make a proposal naming a partner with no description in the letter's language "
        "(it is presented without one)",
    )  # fmt: skip


def cmd_proposal(args: argparse.Namespace) -> int:
    """A letter for an inquiry: to the person who asked (proposing the --partner
    organisations, or acknowledging the request when there is none), or with --to partner
    ORG_ID to that organisation, introducing the person who asked."""
    from msek_desktop.cli import letter_plain

    if letter_plain.made_on_file(args):  # an acknowledgement on a sound file: no SQLAlchemy
        return 0
    from msek_desktop import letters  # heavy (ReportLab): only for this command
    from msek_desktop.core import inquiries, proposals

    warned: list[letters.LetterWarning] = []
    to_partner = args.to is not None and args.to[0] == proposals.TO_PARTNER
    with opened(args) as database:
        inquiry = inquiries.get_by_ref(database, args.ref)
        if to_partner:
            request = proposals.LetterRequest(
                inquiry.row.id, language=args.lang, partner_ids=(args.to[1],),
                to=proposals.TO_PARTNER,
            )  # fmt: skip
        else:
            request = proposals.LetterRequest(
                inquiry.row.id, language=args.lang, partner_ids=tuple(args.partner or ())
            )
        # the output file is claimed first: an unwritable --out costs nothing and keeps nothing
        with letters.OutputFile(Path(args.out)) as out:
            service = letters.LetterService(database)
            try:
                if request.kind == proposals.PROPOSAL and not args.allow_missing_description:
                    _refuse_missing_descriptions(database, service.facts(request))
                made = service.make(request, warn=warned.append)
            except errors.ValidationError as exc:
                problem = exc.errors[0]
                if problem.field != "partner_ids":
                    raise
                option = "--to partner" if to_partner else "--partner"
                raise errors.UserError(f"{option}: {problem.message}.") from exc
            out.write(proposals.get_pdf(database, made.id))
    for warning in warned:  # the letter is made: said after, so a failure stays one line
        print(f"msek: warning: {warning.english()}", file=sys.stderr)
    print(args.out)
    return 0


_LANGUAGE_NAMES = {"fr": "French", "pl": "Polish", "en": "English"}


def _refuse_missing_descriptions(database: Database, facts: proposals.LetterFacts) -> None:
    """A proposal presents each partner with its description in the letter's language; one
    without it is refused here (the letter would name it only) unless asked for."""
    from msek_desktop.core import proposals

    ids = [p.id for p in facts.partners]
    missing = proposals.missing_descriptions(database, ids, facts.language)
    if missing:
        org = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise errors.UserError(
            f"{org.name} (organisation {org.id}) has no description in "
            f"{_LANGUAGE_NAMES[facts.language]}{more}: write it, or make the letter without "
            "it with --allow-missing-description."
        )


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
    return said_import(args, path, report)


def said_import(args: argparse.Namespace, path: Path, report: Any) -> int:
    """An import's report said: as JSON when asked, the first problem on stderr (exit 1),
    else what was (or would be) imported."""
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
