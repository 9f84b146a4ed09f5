"""`msek exchanges [--year YYYY] [--json]`: the office's exchanges (core.exchanges), newest
first; with --year, those whose days meet that year. Exchanges in the bin are left out.

A line each for humans: the dates, the status, the kind, the inquiry's ref, the
participants (planned, then actual where known, Saint-Étienne + Katowice), the title and
the organisations. --json: a list of objects (id, title, kind, status, starts_on, ends_on,
inquiry_ref, organisations [{id, name, side}], fields, participants {planned:
{saint_etienne, katowice}, actual: {...}}); a number not known is null.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.office import opened
from msek_desktop.cli.output import cell, print_rows

if TYPE_CHECKING:
    from msek_desktop.core.exchanges import ExchangeRow


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 1 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"not a year: {text}")
    return year


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "list exchanges, newest first (--year: those meeting that year)"
    p = sub.add_parser("exchanges", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_exchanges)
    p.add_argument("--year", type=_year, metavar="YYYY")
    p.add_argument("--json", action="store_true")


def exchange_json(r: ExchangeRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "kind": r.kind,
        "status": r.status,
        "starts_on": r.starts_on,
        "ends_on": r.ends_on,
        "inquiry_ref": r.inquiry_ref,
        "organisations": [{"id": o.id, "name": o.name, "side": o.side} for o in r.organisations],
        "fields": list(r.fields),
        "participants": {
            "planned": {"saint_etienne": r.planned_saint_etienne, "katowice": r.planned_katowice},
            "actual": {"saint_etienne": r.actual_saint_etienne, "katowice": r.actual_katowice},
        },
    }


def _people(saint_etienne: int | None, katowice: int | None) -> str:
    if saint_etienne is None and katowice is None:
        return "-"
    return (
        f"{'?' if saint_etienne is None else saint_etienne}+{'?' if katowice is None else katowice}"
    )


def _line(r: ExchangeRow) -> str:
    days = f"{r.starts_on or '?'}…{r.ends_on or '?'}" if r.starts_on or r.ends_on else "-"
    people = _people(r.planned_saint_etienne, r.planned_katowice)
    actual = _people(r.actual_saint_etienne, r.actual_katowice)
    if actual != "-":
        people += f" ({actual})"
    return "  ".join(
        (
            f"{days:<21}",
            f"{r.status:<9}",
            f"{r.kind:<13}",
            f"{r.inquiry_ref or '-':<10}",
            f"{people:<15}",
            cell(r.title, 40).ljust(40),
            cell(", ".join(o.name for o in r.organisations), 60),
        )
    )


def cmd_exchanges(args: argparse.Namespace) -> int:
    from msek_desktop.core.exchanges.reading import each_exchange

    with opened(args) as database:  # each written as it is read
        print_rows(args, each_exchange(database, year=args.year), exchange_json, _line)
    return 0
