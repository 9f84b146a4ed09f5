"""`msek retention [--apply --yes] [--json]`: what is past the office's retention
(core.privacy.retention) today, and with --apply --yes its anonymisation (admins only).

Without --apply, a preview, nothing written: the setting, then a line per inquiry past
retention (the day its retention counts from, its ref, the person's name and whether they
are erased with it or kept for something else), then the counts. --json: {"years",
"before" (ISO or null), "inquiries": [{id, ref, closed_on, counted_from, contact_id, person,
person_erased}], "people": [contact ids erased], "counts": {"inquiries", "people"}}.

With --apply --yes: the same, anonymised in one transaction, then the freed space wiped; it
prints the counts, and a line when the wipe could not be completed (--json: {"anonymised":
{"inquiries", "people"}, "wiped": true|false}). --apply without --yes is wrong usage (exit 2):
it cannot be undone.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.lazy import LazyModule
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import cell, printable, to_json, write_json_object

if TYPE_CHECKING:
    from msek_desktop.core.privacy import retention
    from msek_desktop.core.privacy.retention import Applied, Due, DueInquiry
else:
    retention = LazyModule("msek_desktop.core.privacy.retention")


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "what is past the retention of people's data; --apply --yes anonymises it"
    p = sub.add_parser("retention", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_retention, parser=p)
    p.add_argument("--apply", action="store_true",
                   help="anonymise it (admins only; needs --yes)")  # fmt: skip
    p.add_argument("--yes", action="store_true", help="confirm --apply (it cannot be undone)")
    p.add_argument("--json", action="store_true")


def due_json(found: Due) -> dict[str, Any]:
    return {
        "years": found.years,
        "before": found.before,
        "inquiries": [_inquiry_json(i) for i in found.inquiries],
        "people": list(found.people),
        "counts": {"inquiries": len(found.inquiries), "people": len(found.people)},
    }


def _inquiry_json(i: DueInquiry) -> dict[str, Any]:
    return {
        "id": i.id,
        "ref": i.ref,
        "closed_on": i.closed_on,
        "counted_from": i.counted_from,
        "contact_id": i.contact_id,
        "person": i.person or None,
        "person_erased": i.person_erased,
    }


def _line(i: DueInquiry) -> str:
    if i.contact_id is None:
        fate = "no person"
    else:
        fate = "erased" if i.person_erased else "kept (held by something else)"
    since = "" if i.counted_from == retention.FROM_CLOSED else f" ({i.counted_from})"
    return f"{i.closed_on}{since:<11}  {i.ref:<10}  {cell(i.person or '-', 40):<40}  {fate}"


def _preview(found: Due) -> None:
    if found.before is None:
        print("Retention: 0 years, closed inquiries and their people are kept until erased.")
        return
    print(f"Retention: {found.years} years; closed before {found.before.isoformat()} is past it.")
    for i in found.inquiries:
        print(printable(_line(i)))
    print(f"{len(found.inquiries)} inquiries past retention, {len(found.people)} people erased.")


def _said(args: argparse.Namespace, applied: Applied) -> None:
    counts = {"inquiries": applied.inquiries, "people": applied.people}
    if args.json:
        print(to_json({"anonymised": counts, "wiped": applied.wiped}))
        return
    print(f"Anonymised {applied.inquiries} inquiries; erased {applied.people} people.")
    if not applied.wiped:
        print(
            "The freed space is not all wiped yet: on the office server VACUUM FULL needs "
            "its owner (or another desk's transaction was still open); see the log."
        )


def cmd_retention(args: argparse.Namespace) -> int:
    if args.yes and not args.apply:
        args.parser.error("--yes confirms --apply; give both, or neither for the preview")
    if args.apply and not args.yes:
        args.parser.error("--apply anonymises for good: add --yes to confirm")
    with opened(args) as database:
        if args.apply:
            applied = retention.apply(database, date.today(), actor=None)
            _said(args, applied)
            return 0
        found = retention.due(database, date.today())
    if args.json:
        write_json_object(due_json(found))  # the inquiries written one at a time
    else:
        _preview(found)
    return 0
