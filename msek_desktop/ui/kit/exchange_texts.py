"""How an exchange is said in lists, the calendar and the forms: its days in the window's
locale, and its status drawn as the stage badge it is closest to (ui.kit.badges)."""

from __future__ import annotations

from datetime import date
from typing import Any

from msek_desktop.core.exchanges import ExchangeRow
from msek_desktop.ui.kit.table import display

# planned as agreed (a ring almost full), running as running, completed with its tick,
# cancelled with lost's cross: the shape tells the status without colour
STATUS_BADGES = {
    "planned": "agreed",
    "running": "running",
    "completed": "completed",
    "cancelled": "lost",
}


def status_badge(row: Any) -> str:
    return STATUS_BADGES.get(row.status, "lost")


def span_of(row: ExchangeRow) -> tuple[date, date] | None:
    """The days an exchange runs (a start alone: that day); None without dates."""
    first = row.starts_on or row.ends_on
    if first is None:
        return None
    return first, row.ends_on or first


def dates_text(row: ExchangeRow) -> str:
    """ "12/03/2026 – 15/03/2026" in the window's locale; one day alone; "" without dates."""
    span = span_of(row)
    if span is None:
        return ""
    first, last = span
    return display(first) if first == last else f"{display(first)} – {display(last)}"
