"""`msek email REF --template NAME [--attach-letter] [--lang fr|pl|en] [--to partner ORG_ID]
--out FILE.eml`: an inquiry's email as a draft (.eml, X-Unsent: 1) Outlook opens ready to send.

To the person who asked (their address, else their organisation's); --template introduction
goes to a proposed partner, named with --to partner ORG_ID. --attach-letter attaches the
latest letter kept for that recipient in the email's language, or makes and keeps one as
`msek proposal` does (core.email_facts). A recipient with no email address is refused, and
nothing is written nor made. The file is written all or nothing (a temporary file beside it,
renamed), replacing one already there, as every --out does.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from msek_desktop.cli.files import ToWhom
from msek_desktop.cli.lazy import errors
from msek_desktop.cli.office import opened

TEMPLATE_NAMES = ("reply", "proposal", "followup", "introduction")  # shipped_templates.EMAIL_NAMES
INTRODUCTION = "introduction"
# core's field names as the command line calls them
_OPTIONS = {"organisation_id": "--to partner", "language": "--lang", "template": "--template"}


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "an inquiry's email as a draft (.eml) for Outlook, with its letter attached"
    p = sub.add_parser("email", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_email)
    p.add_argument("ref")
    p.add_argument("--template", required=True, choices=TEMPLATE_NAMES)
    p.add_argument(
        "--attach-letter", action="store_true",
        help="attach the letter (PDF) kept for the recipient, made now if there is none",
    )  # fmt: skip
    p.add_argument(
        "--lang", choices=("fr", "pl", "en"),
        help="default: the inquiry's letter language; to a partner, its side's",
    )  # fmt: skip
    p.add_argument(
        "--to", nargs="+", action=ToWhom, metavar="WHOM",
        help="requester (the default), or: partner ORG_ID (with --template introduction)",
    )  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE.eml", help="where to write the draft")


def _partner(args: argparse.Namespace) -> int | None:
    from msek_desktop.core import proposals

    to_partner = args.to is not None and args.to[0] == proposals.TO_PARTNER
    if args.template == INTRODUCTION and not to_partner:
        raise errors.UserError(
            "--template introduction is written to a proposed partner: give --to partner ORG_ID."
        )
    if to_partner and args.template != INTRODUCTION:
        raise errors.UserError("--to partner ORG_ID goes with --template introduction.")
    return int(args.to[1]) if to_partner else None


def cmd_email(args: argparse.Namespace) -> int:
    from msek_desktop.core import inquiries
    from msek_desktop.letters import emails
    from msek_desktop.letters.files import OutputFile  # light: no ReportLab

    partner = _partner(args)
    with opened(args) as database:
        inquiry = inquiries.get_by_ref(database, args.ref)
        asked = {
            "template": args.template, "inquiry_id": inquiry.row.id,
            "organisation_id": partner, "language": args.lang,
        }  # fmt: skip
        # the output file is claimed first: an unwritable --out makes and keeps nothing
        with OutputFile(Path(args.out)) as out:
            try:
                draft = emails.draft_for(database, **asked)
                emails.require_address(draft)  # before a letter is made for it
                if args.attach_letter:
                    draft = emails.draft_for(database, **asked, attach_letter=True)
            except errors.ValidationError as exc:
                first = exc.errors[0]
                option = _OPTIONS.get(first.field)
                text = f"{option}: {first.message}" if option else _sentence(first.message)
                raise errors.UserError(f"{text.rstrip('.')}; nothing was written.") from exc
            out.write(emails.eml_bytes(draft))
    print(args.out)
    return 0


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
