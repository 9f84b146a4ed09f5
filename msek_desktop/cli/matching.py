"""`msek match REF [--limit N] [--json]`: the organisations of the other side suggested for an
inquiry (core.partners), best first, each with its reasons in plain English:

    87  Państwowa Szkoła Muzyczna, Katowice, music school  Music · music school ↔ music
        school · works in French · 2 exchanges since 2024, last completed · not asked for
        8 months
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.arguments import positive
from msek_desktop.cli.lazy import LazyModule
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import cell, printable, to_json

if TYPE_CHECKING:
    from msek_desktop.core import fields, inquiries, partners
    from msek_desktop.core.partners import Reason, Suggestion
else:
    fields = LazyModule("msek_desktop.core.fields")
    inquiries = LazyModule("msek_desktop.core.inquiries")
    partners = LazyModule("msek_desktop.core.partners")

SEPARATOR = " · "
KINDS = {
    "school": "school", "music_school": "music school", "university": "university",
    "cultural": "cultural institution", "company": "company", "association": "association",
    "municipality": "municipality", "other": "other body",
}  # fmt: skip
LANGUAGES = {"fr": "French", "pl": "Polish", "en": "English", "de": "German"}
AUDIENCES = {
    "children": "children", "teenagers": "teenagers", "students": "students",
    "adults": "adults", "professionals": "professionals",
}  # fmt: skip
LAST = {
    "completed": "last completed", "running": "one running now", "agreed": "last agreed",
    "lost": "last came to nothing",
}  # fmt: skip
STATES = {
    "proposed": "proposed", "contacted": "contacted", "interested": "interested",
    "accepted": "accepted", "declined": "declined",
}  # fmt: skip


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "the organisations of the other side suggested for an inquiry, best first"
    p = sub.add_parser("match", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_match)
    p.add_argument("ref")
    p.add_argument("--limit", type=positive, default=10, metavar="N")
    p.add_argument("--json", action="store_true")


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _kind(code: Any) -> str:
    return KINDS.get(str(code), str(code))


def _exchanges(p: Mapping[str, Any]) -> str:
    text = _plural(int(p["count"]), "exchange")
    if p.get("since"):
        text += f" since {p['since']}"
    last = p.get("last")
    if last:
        text += ", " + LAST.get(str(last), f"last {last}")
    return text


def _kinds(p: Mapping[str, Any]) -> str:
    asked, partner = _kind(p["asked"]), _kind(p["partner"])
    return f"same kind: {partner}" if asked == partner else f"{asked} ↔ {partner}"


def _declined(p: Mapping[str, Any]) -> str:
    months = int(p["months"])
    return "declined this month" if months < 1 else f"declined {_plural(months, 'month')} ago"


Say = Callable[[Mapping[str, Any], Mapping[str, str]], str]
TEXTS: dict[str, Say] = {
    "fields": lambda p, names: ", ".join(names.get(c, c) for c in p["fields"]),
    "kinds": lambda p, _n: _kinds(p),
    "audiences": lambda p, _n: (
        "audience: " + ", ".join(AUDIENCES.get(str(a), str(a)) for a in p["audiences"])
    ),
    "language": lambda p, _n: (
        "works in " + LANGUAGES.get(str(p["language"]), str(p["language"]).upper())
    ),
    "words": lambda p, _n: "mentions " + ", ".join(f"“{w}”" for w in p["words"]),
    "exchanges": lambda p, _n: _exchanges(p),
    "not_asked": lambda p, _n: f"not asked for {_plural(int(p['months']), 'month')}",
    "never_asked": lambda _p, _n: "never asked before",
    "declined": lambda p, _n: _declined(p),
    "unanswered": lambda p, _n: f"{_plural(int(p['count']), 'proposal')} unanswered",
    "inactive": lambda _p, _n: "marked inactive",
    "capacity": lambda p, _n: f"hosts up to {_plural(int(p['visitors']), 'visitor')}",
    "proposed": lambda p, _n: (
        "already in this inquiry: " + STATES.get(str(p["state"]), str(p["state"]))
    ),
}


def reason_text(reason: Reason, field_names: Mapping[str, str]) -> str:
    """One reason in plain English; a code this version does not know, as its code."""
    say = TEXTS.get(reason.code)
    if say is None:
        return reason.code
    try:
        return say(reason.params, field_names)
    except (KeyError, TypeError, ValueError):
        return reason.code


def suggestion_json(s: Suggestion, field_names: Mapping[str, str]) -> dict[str, Any]:
    o = s.organisation
    return {
        "organisation": {"id": o.id, "name": o.name, "city": o.city, "side": o.side,
                         "kind": o.kind},
        "score": s.score,
        "reasons": [reason_text(r, field_names) for r in s.reasons],
    }  # fmt: skip


def suggestion_line(s: Suggestion, field_names: Mapping[str, str]) -> str:
    o = s.organisation
    where = ", ".join(part for part in (cell(o.name, 50), o.city, _kind(o.kind)) if part)
    reasons = SEPARATOR.join(reason_text(r, field_names) for r in s.reasons)
    return f"{s.score:5.1f}  {where}  {reasons}".rstrip()


def cmd_match(args: argparse.Namespace) -> int:
    with opened(args) as database:
        inquiry = inquiries.get_by_ref(database, args.ref)
        found = partners.suggest_partners(database, inquiry.row.id, limit=args.limit)
        names = {f.code: f.name_en for f in fields.list_fields(database)}
    if args.json:
        print(to_json([suggestion_json(s, names) for s in found]))
    else:
        for s in found:
            print(printable(suggestion_line(s, names)))
    return 0
