"""Horizontal bars (ReportLab's HorizontalBarChart): one row per code, this period's bar and
the year before's beside it, each with its number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String

from msek_desktop.charts.style import (
    BEFORE,
    FONT,
    NOW,
    SIZE,
    TEXT,
    Chart,
    Region,
    fit,
    register_fonts,
    width_of,
)

VALUE_ROOM = 34.0  # points right of the longest bar for its number
LEGEND_H = 16.0


@dataclass(frozen=True)
class BarItem:
    """One row: its code (what a click opens), its label (already translated) and counts."""

    key: str
    label: str
    now: int
    before: int | None = None


def compare_bars(
    items: Sequence[BarItem],
    *,
    width: float = 360.0,
    legend: tuple[str, str] | None = None,
    row: float = 20.0,
    label_share: float = 0.4,
) -> Chart:
    """A row per item; with `legend` (this period's name, the year before's) two bars a row,
    else this period's alone. Labels longer than `label_share` of the width are cut with an
    ellipsis."""
    register_fonts()
    both = legend is not None
    n = max(1, len(items))
    widest = max([width_of(i.label) for i in items] + [20.0]) + 8
    label_w = min(width * label_share, widest)
    top = LEGEND_H if both else 4.0
    height = n * row + top + 4
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 4
    chart.width, chart.height = width - label_w - VALUE_ROOM, n * row
    now = [i.now for i in items] or [0]
    before = [i.before or 0 for i in items] or [0]
    # a group's first series lies lowest: the year before first puts this period's bar on top
    chart.data = [before, now] if both else [now]
    for n_, colour in enumerate((BEFORE, NOW) if both else (NOW,)):
        chart.bars[n_].fillColor = colour
        chart.bars[n_].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = row * (0.3 if both else 0.35)
    axis = chart.categoryAxis
    axis.categoryNames = [fit(i.label, label_w - 8) for i in items] or [""]
    axis.reverseDirection = 1  # the first item on top
    axis.labels.fontName, axis.labels.fontSize = FONT, SIZE
    axis.labels.boxAnchor, axis.labels.dx, axis.labels.fillColor = "e", -4, TEXT
    axis.strokeColor = TEXT
    axis.tickLeft = 0
    values = chart.valueAxis
    values.valueMin, values.valueMax = 0, max([*now, *before, 1])
    values.visible = 0
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, SIZE
    chart.barLabels.boxAnchor, chart.barLabels.dx, chart.barLabels.fillColor = "w", 3, TEXT
    drawing.add(chart)
    if legend is not None:
        _legend(drawing, legend, label_w, height - LEGEND_H + 4)
    band = chart.height / n
    regions = []
    for j, item in enumerate(items):
        y = chart.y + chart.height - (j + 1) * band
        regions.append(Region(item.key, 0, y, width, band, _tip(item)))
    return Chart(drawing, tuple(regions))


def _legend(drawing: Drawing, names: tuple[str, str], x: float, y: float) -> None:
    for name, colour in zip(names, (NOW, BEFORE), strict=True):
        drawing.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, y + 1, name, fontName=FONT, fontSize=SIZE, fillColor=TEXT))
        x += width_of(name) + 26


def _tip(item: BarItem) -> str:
    numbers = str(item.now) if item.before is None else f"{item.now} ({item.before})"
    return f"{item.label}: {numbers}"
