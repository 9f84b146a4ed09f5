"""Exchanges on a timeline: a row per exchange from its first day to its last, months marked
below, today as a red line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from msek_desktop.charts.style import (
    FONT,
    GRID,
    NOW,
    PLANNED,
    SIZE,
    TEXT,
    TODAY,
    Chart,
    Region,
    fit,
    register_fonts,
    width_of,
)

ROW, AXIS_H = 16.0, 22.0  # the axis: month names, the year below January's


@dataclass(frozen=True)
class Span:
    """One exchange: its code (what a click opens), label, days (`ends_on` None: one day),
    and whether it is running (drawn dark) or planned (lighter)."""

    key: str
    label: str
    starts_on: date
    ends_on: date | None
    running: bool = False


def _month_starts(first: date, last: date) -> list[date]:
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return out


def timeline(
    spans: Sequence[Span],
    *,
    today: date,
    month_names: Sequence[str],
    width: float = 360.0,
    first: date | None = None,
    last: date | None = None,
) -> Chart:
    """Spans from `first` to `last` (by default: the month of the earliest start, or of
    today, to the end of the month of the latest end); `month_names`: 12 short names."""
    register_fonts()
    ends = [s.ends_on or s.starts_on for s in spans]
    first = first or min([s.starts_on for s in spans] + [today]).replace(day=1)
    last = last or (max([*ends, today]).replace(day=1) + timedelta(days=32)).replace(day=1)
    label_w = min(width * 0.35, max([width_of(s.label) for s in spans] + [20.0]) + 8)
    room = width - label_w - 6
    days = max(1, (last - first).days)
    height = max(1, len(spans)) * ROW + AXIS_H + 4
    drawing = Drawing(width, height)

    def x_of(day: date) -> float:
        return label_w + room * min(max((day - first).days, 0), days) / days

    base = AXIS_H
    months = _month_starts(first, last)
    widest = max(width_of(name, SIZE - 1) for name in month_names) + 6
    step = 1  # months between two named ones, so their names never overlap
    while step < 12 and room * step * 28 / days < widest:
        step += 1
    for n, month in enumerate(months):
        x = x_of(month)
        drawing.add(Line(x, base, x, height, strokeColor=GRID, strokeWidth=0.5))
        name, year = month_names[month.month - 1], str(month.year)
        if (month.month == 1 or n == 0) and x + width_of(year, SIZE - 1) + 2 <= width:
            drawing.add(String(x + 2, 3, year, fontName=FONT, fontSize=SIZE - 1, fillColor=TEXT))
        if n % step == 0 and x + width_of(name, SIZE - 1) + 2 <= width:
            drawing.add(String(x + 2, 12, name, fontName=FONT, fontSize=SIZE - 1, fillColor=TEXT))
    regions = []
    for j, span in enumerate(spans):
        y = height - (j + 1) * ROW
        x0 = x_of(span.starts_on)
        x1 = max(x0 + 3, x_of((span.ends_on or span.starts_on) + timedelta(days=1)))
        colour = NOW if span.running else PLANNED
        drawing.add(Rect(x0, y + 3, x1 - x0, ROW - 6, fillColor=colour, strokeColor=None))
        drawing.add(String(label_w - 4, y + 5, fit(span.label, label_w - 8), fontName=FONT,
                           fontSize=SIZE, fillColor=TEXT, textAnchor="end"))  # fmt: skip
        regions.append(Region(span.key, 0, y, width, ROW, span.label))
    if first <= today <= last:
        x = x_of(today)
        drawing.add(Line(x, base, x, height, strokeColor=TODAY, strokeWidth=1))
    return Chart(drawing, tuple(regions))
