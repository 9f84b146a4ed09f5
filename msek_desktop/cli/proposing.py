"""`msek propose REF ORG_ID ... [--state S] [--reason R] [--note TEXT]`: record organisations
as proposed partners of an inquiry (core.partner_proposals), all of them or none."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.arguments import record_id
from msek_desktop.cli.lazy import LazyModule, errors
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import printable
from msek_desktop.core.vocab import DeclineReason, ProposalState

if TYPE_CHECKING:
    from msek_desktop.core import inquiries
    from msek_desktop.core import partner_proposals as pp
else:
    inquiries = LazyModule("msek_desktop.core.inquiries")
    pp = LazyModule("msek_desktop.core.partner_proposals")

# core's field names as the command line calls them
_OPTIONS = {"organisation_ids": "ORG_ID", "state": "--state", "decline_reason": "--reason"}


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "record organisations as proposed partners of an inquiry (all or none)"
    p = sub.add_parser("propose", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_propose)
    p.add_argument("ref")
    p.add_argument("organisation_ids", nargs="+", type=record_id, metavar="ORG_ID")
    p.add_argument(
        "--state", metavar="S",
        help=f"{', '.join(ProposalState)} (default: proposed for a new proposal; one already"
        " recorded moves only when --state is given)",
    )  # fmt: skip
    p.add_argument("--reason", metavar="R", help=f"why it declined: {', '.join(DeclineReason)}")
    p.add_argument("--note", default="", metavar="TEXT", help="a note for the timeline")


def line_of(row: pp.PartnerProposalRow) -> str:
    where = f" ({row.organisation_city})" if row.organisation_city else ""
    reason = f", {row.decline_reason}" if row.decline_reason else ""
    return f"{row.state}{reason}: {row.organisation_name}{where}"


def cmd_propose(args: argparse.Namespace) -> int:
    if args.reason is not None and (args.state or "").strip().lower() != "declined":
        raise errors.UserError("--reason is given only with --state declined.")
    with opened(args) as database:
        inquiry = inquiries.get_by_ref(database, args.ref)
        try:
            rows = pp.propose(
                database, inquiry.row.id, args.organisation_ids, state=args.state,
                reason=args.reason, note=args.note,
            )  # fmt: skip
        except errors.ValidationError as exc:
            first = exc.errors[0]
            more = f" (and {len(exc.errors) - 1} more)" if len(exc.errors) > 1 else ""
            option = _OPTIONS.get(first.field, first.field)
            raise errors.UserError(
                f"{option}: {first.message}{more}; nothing was recorded."
            ) from exc
    for row in rows:
        print(printable(line_of(row)))
    return 0
