"""What every chart shares: DejaVu Sans registered with ReportLab (Polish and French letters
drawn exactly, in the PDF and in the SVG the window shows), colours, text fitting, and the
clickable regions a chart reports."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from msek_desktop.paths import resource_path

FONT, BOLD = "MSEKSans", "MSEKSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# In an SVG the fonts are named by their family, which the window registers (ui.fonts).
SVG_FONTS = {FONT: {"family": "DejaVu Sans"}, BOLD: {"family": "DejaVu Sans", "weight": "bold"}}
SIZE = 8.0  # points, the labels' size

NOW: Color = HexColor("#1f3b5a")  # this period's bars (the letters' accent)
BEFORE: Color = HexColor("#a9b8c8")  # the year before's
PLANNED: Color = HexColor("#7f9cb8")
TEXT: Color = HexColor("#222222")
GRID: Color = HexColor("#cccccc")
TODAY: Color = HexColor("#c0392b")

_lock = threading.Lock()


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with ReportLab, once per process."""
    with _lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))


def width_of(text: str, size: float = SIZE, font: str = FONT) -> float:
    return float(stringWidth(text, font, size))


def fit(text: str, room: float, size: float = SIZE, font: str = FONT) -> str:
    """`text` on one line, cut with an ellipsis to fit `room` points."""
    text = " ".join(text.split())
    if width_of(text, size, font) <= room:
        return text
    while text and width_of(text + "…", size, font) > room:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class Region:
    """A clickable part of a chart: the code it stands for (a stage, a side, an exchange's
    id...) and its box in the drawing's points, from its bottom left corner."""

    key: str
    x: float
    y: float
    width: float
    height: float
    tip: str = ""  # the whole label and its number, for a label cut short

    def holds(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class Chart:
    """A chart: the ReportLab drawing (for a PDF, or to_svg for the window) and where each of
    its bars lies."""

    drawing: Drawing
    regions: tuple[Region, ...]

    def key_at(self, x: float, y: float) -> str | None:
        """The code of the bar at (x, y) in the drawing's points, or None."""
        region = self.region_at(x, y)
        return None if region is None else region.key

    def region_at(self, x: float, y: float) -> Region | None:
        return next((r for r in self.regions if r.holds(x, y)), None)
