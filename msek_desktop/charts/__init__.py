"""Charts drawn with ReportLab's graphics, Qt-free: the same Drawing goes into the annual
report's PDF and, through to_svg, into the window (QtSvg), so both show the same numbers.

Builders take figures (core.figures) turned into rows with labels already translated:
    compare_bars(items: [BarItem(key, label, now, before)], width=, legend=(now, before))
    funnel(items: [BarItem], width=)
    timeline(spans: [Span(key, label, starts_on, ends_on, running)], today=, month_names=)
Each returns a Chart: .drawing (a reportlab Drawing, in points) and .regions (each bar's
code and box, for a click in the window to find what it stands for: Chart.key_at(x, y)).
Text is set in DejaVu Sans (style.register_fonts), so Polish and French letters show.
"""

from __future__ import annotations

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing

from msek_desktop.charts.bars import BarItem, compare_bars
from msek_desktop.charts.funnel import funnel
from msek_desktop.charts.style import SVG_FONTS, Chart, Region, register_fonts
from msek_desktop.charts.timeline import Span, timeline

__all__ = [
    "BarItem",
    "Chart",
    "Region",
    "Span",
    "compare_bars",
    "funnel",
    "register_fonts",
    "timeline",
    "to_svg",
]


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG (UTF-8), its text naming the DejaVu Sans family. The clip is an
    attribute, not a clipPath: QtSvg (SVG Tiny) would paint a clipPath's rectangle black."""
    register_fonts()
    fonts = {name: dict(attrs) for name, attrs in SVG_FONTS.items()}
    text: str = renderSVG.drawToString(drawing, fontHacks=fonts, useClip=True)
    return text.encode("utf-8")
