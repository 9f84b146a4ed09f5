"""`msek people ...`: duplicates and their merging (core.privacy.merging).

    msek people duplicates [--organisations] [--json]    pairs probably the same, surest first
    msek people merge KEEP OTHER [--organisations] [--take FIELD[=other|both|keep] ...]
    msek people merges [--json]                          the merges, newest first
    msek people unmerge MERGE_ID                         undo a merge

`merge` keeps KEEP, takes OTHER's value of each field named by --take (by default KEEP's,
or OTHER's where KEEP's is empty; notes written on both are joined), moves everything that
named OTHER to KEEP, puts OTHER in the bin and prints what moved and how long the merge can
be undone. --json of `duplicates`: a list of {kind, first {id, name, detail}, second {...},
reason, why, sure, score}; of `merges`: a list of {id, at, kind, survivor {id, name},
merged {id, name}, login, undone_at, undo_until, undoable, refusal}.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.arguments import record_id
from msek_desktop.cli.lazy import LazyModule
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import print_rows, printable

if TYPE_CHECKING:
    from msek_desktop.core.privacy import merging
else:
    merging = LazyModule("msek_desktop.core.privacy.merging")

TAKES = ("keep", "other", "both")
NAMES = {  # rows moved, as a line says them
    "inquiries": "inquiry", "timeline_entries": "history entry",
    "consent_records": "consent", "contacts": "person", "documents": "document",
    "partner_proposals": "partner proposal", "proposal_partners": "letter",
    "exchange_organisations": "exchange", "organisation_fields": "field of exchange",
}  # fmt: skip
PLURALS = {"inquiry": "inquiries", "history entry": "history entries", "person": "people"}


def _take(text: str) -> tuple[str, str]:
    """--take FIELD or FIELD=CHOICE (other when not said)."""
    field, _sep, choice = text.partition("=")
    field, choice = field.strip(), (choice.strip() or "other")
    if not field or choice not in TAKES:
        raise argparse.ArgumentTypeError(f"write FIELD or FIELD={'|'.join(TAKES)}, not {text!r}")
    return field, choice


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "duplicates: people (or organisations) probably the same, and merging them"
    people = sub.add_parser("people", parents=[db_opt], help=help_text, description=help_text)
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    help_text = "list the pairs of people (--organisations: organisations) probably the same"
    p = actions.add_parser("duplicates", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_duplicates)
    p.add_argument("--organisations", action="store_true")
    p.add_argument("--json", action="store_true")

    help_text = "merge OTHER into KEEP: everything naming OTHER moves to KEEP, OTHER to the bin"
    p = actions.add_parser("merge", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_merge)
    p.add_argument("keep", type=record_id, metavar="KEEP", help="the number of the one kept")
    p.add_argument("other", type=record_id, metavar="OTHER", help="the number merged into it")
    p.add_argument("--organisations", action="store_true", help="KEEP and OTHER are organisations")
    p.add_argument(
        "--take", type=_take, action="append", default=[], metavar="FIELD[=CHOICE]",
        help="take OTHER's value of FIELD (=both: notes, tags joined; =keep: KEEP's)",
    )  # fmt: skip

    help_text = "list the merges, newest first, and until when each can be undone"
    p = actions.add_parser("merges", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_merges)
    p.add_argument("--json", action="store_true")

    help_text = "undo a merge: both records as they were, every moved row back"
    p = actions.add_parser("unmerge", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_unmerge)
    p.add_argument("merge_id", type=record_id, metavar="MERGE_ID", help="the merge's number")


def _kind(args: argparse.Namespace) -> str:
    return "organisation" if args.organisations else "person"


def duplicate_json(d: merging.Duplicate) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "first": {"id": d.first, "name": d.first_name, "detail": d.first_detail},
        "second": {"id": d.second, "name": d.second_name, "detail": d.second_detail},
        "reason": d.reason,
        "why": d.why,
        "sure": d.sure,
        "score": round(d.score, 1),
    }


def _duplicate_line(d: merging.Duplicate) -> str:
    def one(record_id: int, name: str, detail: str) -> str:
        return f"#{record_id} {name}" + (f" ({detail})" if detail else "")

    sure = "same " if d.sure else "maybe"
    return (
        f"{sure}  {one(d.first, d.first_name, d.first_detail)}  =  "
        f"{one(d.second, d.second_name, d.second_detail)}  — {d.why}"
    )


def cmd_duplicates(args: argparse.Namespace) -> int:
    with opened(args) as database:
        found = merging.find_duplicates(database, _kind(args))
    print_rows(args, found, duplicate_json, _duplicate_line)
    return 0


def counted(counts: dict[str, int]) -> str:
    """How many rows of each table, in words: "2 inquiries, 1 consent" (none left out)."""
    parts = []
    for table, n in counts.items():
        if n:
            word = NAMES.get(table, table)
            parts.append(f"{n} {word if n == 1 else PLURALS.get(word, word + 's')}")
    return ", ".join(parts) or "nothing"


def cmd_merge(args: argparse.Namespace) -> int:
    kind = _kind(args)
    choices = dict(args.take)
    merge = merging.merge_people if kind == "person" else merging.merge_organisations
    with opened(args) as database:
        result = merge(database, args.keep, args.other, choices, actor=None)
        (row,) = [m for m in merging.list_merges(database) if m.id == result.merge_id]
    print(printable(f"Merged {kind} #{result.merged_id} into #{result.survivor_id} "
                    f"({row.survivor_name}), merge #{result.merge_id}."))  # fmt: skip
    print(f"Moved: {counted(result.moved)}.")
    if result.dropped:
        print(f"Dropped as doubles: {counted(result.dropped)}.")
    if result.changed:
        print(f"Changed: {', '.join(result.changed)}.")
    print(
        f"Undo with `msek people unmerge {result.merge_id}` until {row.undo_until:%Y-%m-%d %H:%M}"
        " UTC."
    )
    return 0


def merge_json(m: merging.MergeRow) -> dict[str, Any]:
    return {
        "id": m.id, "at": m.at, "kind": m.kind,
        "survivor": {"id": m.survivor_id, "name": m.survivor_name},
        "merged": {"id": m.merged_id, "name": m.merged_name}, "login": m.login or None,
        "undone_at": m.undone_at, "undo_until": m.undo_until, "undoable": m.undoable,
        "refusal": m.refusal,
    }  # fmt: skip


def _merge_line(m: merging.MergeRow) -> str:
    state = (
        f"undone {m.undone_at:%Y-%m-%d}" if m.undone_at else
        f"undo until {m.undo_until:%Y-%m-%d}" if m.undoable else "final"
    )  # fmt: skip
    return (
        f"#{m.id}  {m.at:%Y-%m-%d %H:%M}  {m.kind:<12}  #{m.merged_id} {m.merged_name} → "
        f"#{m.survivor_id} {m.survivor_name}  ({state})"
    )


def cmd_merges(args: argparse.Namespace) -> int:
    with opened(args) as database:
        rows = merging.list_merges(database)
    print_rows(args, rows, merge_json, _merge_line)
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    with opened(args) as database:
        result = merging.undo_merge(database, args.merge_id, actor=None)
    print(f"Undid merge #{result.merge_id}: {result.kind} #{result.merged_id} is back, apart "
          f"from #{result.survivor_id}.")  # fmt: skip
    print(f"Moved back: {counted(result.moved_back)}.")
    if any(result.restored.values()):
        print(f"Put back: {counted(result.restored)}.")
    if result.kept:
        print(f"Changed since the merge, kept as they are: {', '.join(result.kept)}.")
    return 0
