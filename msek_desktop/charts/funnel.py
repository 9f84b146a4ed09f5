"""The pipeline as a funnel: a centred rectangle per stage, as wide as its count, its label
on the left and its number beside it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String

from msek_desktop.charts.bars import BarItem
from msek_desktop.charts.style import (
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

STEP_H, GAP, NUMBER_ROOM, MIN_W = 16.0, 3.0, 30.0, 3.0


def funnel(items: Sequence[BarItem], *, width: float = 360.0, label_share: float = 0.4) -> Chart:
    """A step per item (its `now`), top to bottom, widest step filling the room; labels
    longer than `label_share` of the width cut with an ellipsis."""
    register_fonts()
    widest = max([width_of(i.label) for i in items] + [20.0]) + 8
    label_w = min(width * label_share, widest)
    room = width - label_w - NUMBER_ROOM
    height = len(items) * (STEP_H + GAP) + GAP
    drawing = Drawing(width, height)
    most = max([i.now for i in items] + [1])
    centre = label_w + room / 2
    regions = []
    for j, item in enumerate(items):
        y = height - (j + 1) * (STEP_H + GAP)
        w = max(MIN_W, room * item.now / most)
        drawing.add(Rect(centre - w / 2, y, w, STEP_H, fillColor=NOW, strokeColor=None))
        label = fit(item.label, label_w - 8)
        drawing.add(String(label_w - 4, y + 5, label, fontName=FONT, fontSize=SIZE,
                           fillColor=TEXT, textAnchor="end"))  # fmt: skip
        drawing.add(String(centre + w / 2 + 3, y + 5, str(item.now), fontName=FONT,
                           fontSize=SIZE, fillColor=TEXT))  # fmt: skip
        regions.append(Region(item.key, 0, y, width, STEP_H + GAP, f"{item.label}: {item.now}"))
    return Chart(drawing, tuple(regions))
