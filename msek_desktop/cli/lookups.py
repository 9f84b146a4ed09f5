"""Quick look-ups: inquiries, one inquiry whole, follow-ups; as lines or --json."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from msek_desktop.cli.office import opened
from msek_desktop.cli.output import cell, print_rows, printable, to_json
from msek_desktop.core import followups, inquiries
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.inquiries.listing import each_inquiry
from msek_desktop.core.rows import FollowUpRow, InquiryDetail, InquiryRow, TimelineRow

DECLINE_REASONS = {  # vocab.DeclineReason in words
    "no_capacity": "no room or time", "not_relevant": "not what they do",
    "timing": "not now, maybe later", "no_funding": "no funding", "other": "other reason",
}  # fmt: skip


def inquiry_json(row: InquiryRow) -> dict[str, Any]:
    contact = row.contact
    org = row.organisation
    return {
        "id": row.id,
        "ref": row.ref,
        "received_on": row.received_on,
        "stage": row.stage,
        "side": row.side,
        "kind": row.kind,
        "channel": row.channel,
        "priority": row.priority,
        "subject": row.subject,
        "assignee": row.assignee,
        "next_followup": row.next_followup,
        "fields": list(row.fields),
        "contact": (
            {
                "id": contact.id,
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "email": contact.email,
                "phone": contact.phone,
            }
            if contact
            else None
        ),
        "organisation": {"id": org.id, "name": org.name, "city": org.city} if org else None,
    }


def followup_json(row: FollowUpRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "inquiry_ref": row.inquiry_ref,
        "assignee": row.assignee,
        "due_on": row.due_on,
        "action": row.action,
        "description": row.description,
        "done_at": row.done_at,
        "outcome": row.outcome,
    }


def partner_json(p: pp.PartnerProposalRow) -> dict[str, Any]:
    return {
        "organisation": {
            "id": p.organisation_id,
            "name": p.organisation_name,
            "city": p.organisation_city,
        },
        "state": p.state,
        "decline_reason": p.decline_reason,
    }


def detail_json(d: InquiryDetail, partners: Sequence[pp.PartnerProposalRow] = ()) -> dict[str, Any]:
    out = inquiry_json(d.row)
    out.update(
        message=d.message,
        desired_counterpart=d.desired_counterpart,
        letter_language=d.letter_language,
        lost_reason=d.row.lost_reason,
        lost_note=d.lost_note,
        closed_on=d.row.closed_on,
        contact=asdict(d.contact) if d.contact else None,
        organisation=asdict(d.organisation) if d.organisation else None,
        follow_ups=[followup_json(f) for f in d.follow_ups],
        partners=[partner_json(p) for p in partners],
        timeline=[asdict(t) for t in d.timeline],
    )
    return out


def _inquiry_line(r: InquiryRow) -> str:
    who = r.contact.full_name if r.contact else ""
    org = r.organisation.name if r.organisation else ""
    return "  ".join(
        (
            f"{r.ref:<10}",
            r.received_on.isoformat(),
            f"{r.stage:<13}",
            f"{r.side:<13}",
            f"{r.assignee or '-':<10}",
            cell(who, 24).ljust(24),
            cell(org, 30).ljust(30),
            cell(r.subject, 50),
        )
    )


def _followup_line(r: FollowUpRow) -> str:
    line = f"{r.due_on.isoformat()}  {r.inquiry_ref:<10}  {r.assignee or '-':<10}  "
    return line + f"{r.action:<8}  {cell(r.description or r.inquiry_subject, 60)}"


def _detail_lines(
    d: InquiryDetail, partners: Sequence[pp.PartnerProposalRow] = ()
) -> Iterator[str]:
    r = d.row
    yield f"{r.ref}  {r.subject}"
    yield f"  received {r.received_on.isoformat()} by {r.channel}; {r.kind}; side {r.side}"
    stage = r.stage + (f" ({r.lost_reason}: {d.lost_note})" if r.lost_reason else "")
    yield f"  stage {stage}; assignee {r.assignee or '-'}; priority {r.priority}"
    if d.contact:
        c = d.contact
        yield f"  contact {c.full_name} <{c.email}> {c.phone}".rstrip()
    if d.organisation:
        yield f"  organisation {d.organisation.name}, {d.organisation.city}"
    if d.message:
        yield f"  message: {d.message}"
    for p in partners:
        where = f" ({p.organisation_city})" if p.organisation_city else ""
        state = p.state + (f" ({p.decline_reason})" if p.decline_reason else "")
        yield f"  partner {p.organisation_name}{where} [{p.organisation_id}]: {state}"
    for f in d.follow_ups:
        state = f"done {f.done_at:%Y-%m-%d}: {f.outcome}" if f.done_at else "open"
        yield f"  follow-up {f.due_on.isoformat()} {f.action} [{f.assignee or '-'}] {state}"
    for t in d.timeline:
        said = {"partner": _partner_change, "exchange": _exchange_change}.get(t.kind, _change)
        what = said(t)
        yield f"  {t.at:%Y-%m-%d %H:%M} {t.who or 'system'} {what}".rstrip()


def _change(t: TimelineRow) -> str:
    change = f"{t.field}: {t.old_value} → {t.new_value}" if t.field else t.new_value
    return f"{t.kind} {change} {t.note}"


def _exchange_change(t: TimelineRow) -> str:
    """An exchange of the inquiry (core.exchanges: its title the note) recorded, its status
    moved, moved to the bin or restored: "exchange “Concert”: planned → running"."""
    title = f"“{t.note}”"
    if t.field in ("deleted", "restored"):
        where = "moved to the bin" if t.field == "deleted" else "restored from the bin"
        return f"exchange {title} {where}"
    if not t.old_value:
        return f"exchange recorded: {title} ({t.new_value})"
    return f"exchange {title}: {t.old_value} → {t.new_value}"


def _partner_change(t: TimelineRow) -> str:
    """A partner proposal made, moved or withdrawn (core.partner_proposals: old "" when made,
    new "" when withdrawn, the decline reason's code heading the note), in English words:
    "partner Cité du design: proposed → declined (not now, maybe later — in 2027)"."""
    name = t.organisation_name or "?"
    note = t.note
    if not t.old_value:
        text = f"proposed partner {name}"
        if t.new_value != "proposed":
            text += f": {t.new_value}"
    elif t.new_value:
        text = f"partner {name}: {t.old_value} → {t.new_value}"
    else:  # withdrawn: a proposal made by mistake
        text = f"partner {name}: {t.old_value} → withdrawn"
        note = "" if note == "withdrawn" else note
    head, sep, rest = note.partition(" — ")
    if t.new_value == "declined" and head in DECLINE_REASONS:
        note = DECLINE_REASONS[head] + sep + rest
    elif note == "letter":  # moved by a letter naming the partner
        note = "letter generated"
    return f"{text} ({note})" if note else text


def cmd_inquiries(args: argparse.Namespace) -> int:
    flt = inquiries.InquiryFilter(
        search=args.search or "",
        stages=tuple(args.stage or ()),
        assignee=args.assignee,
        side=args.side.replace("-", "_") if args.side else None,
        kind=args.kind,
        open=True if args.open else None,
        received_from=date(args.year, 1, 1) if args.year else None,
        received_to=date(args.year, 12, 31) if args.year else None,
    )
    with opened(args) as database:
        # written as read, a batch at a time: 100,000 inquiries are never held at once
        rows = each_inquiry(database, flt, limit=args.limit)
        print_rows(args, rows, inquiry_json, _inquiry_line)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as database:
        detail = inquiries.get_by_ref(database, args.ref)
        partners = pp.for_inquiry(database, detail.row.id)
    if args.json:
        print(to_json(detail_json(detail, partners)))
    else:
        for line in _detail_lines(detail, partners):
            print(printable(line, lines=True))
    return 0


def cmd_followups(args: argparse.Namespace) -> int:
    with opened(args) as database:  # each written as it is read
        rows = followups.each_followup(database, args.when, assignee=args.assignee, limit=None)
        print_rows(args, rows, followup_json, _followup_line)
    return 0
