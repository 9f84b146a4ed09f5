"""The report's charts, drawn by msek_desktop.charts (the window's own): the year's inquiries
by stage as a funnel, every other group as bars beside the year before's, the exchanges of
the year on a timeline (in pieces of TIMELINE_ROWS, a drawing never splitting across pages;
none for more than TIMELINE_MAX exchanges, where it would be pages of thin bars).
"""

from __future__ import annotations

from datetime import date

from babel.dates import get_month_names
from reportlab.graphics.shapes import Drawing

from msek_desktop.charts import BarItem, Span, compare_bars, funnel, timeline
from msek_desktop.core.vocab import ExchangeStatus
from msek_desktop.reports.content import ReportContent
from msek_desktop.reports.tables import FigureTable
from msek_desktop.reports.texts import texts

TIMELINE_ROWS = 30
TIMELINE_MAX = 90
DONE = (ExchangeStatus.RUNNING.value, ExchangeStatus.COMPLETED.value)  # drawn dark


def _count(value: int | float | None) -> int:
    return int(value or 0)


def chart_for(content: ReportContent, table: FigureTable, width: float) -> Drawing | None:
    """The chart of a table of figures; None for one with no row."""
    if not table.rows:
        return None
    items = [BarItem(r.key, r.label, _count(r.now), _count(r.before)) for r in table.rows]
    if table.key == "by_stage":
        return funnel(items, width=width).drawing
    legend = (str(content.year), str(content.year - 1))
    row = 20.0 if len(items) <= 10 else 17.0
    return compare_bars(items, width=width, legend=legend, row=row).drawing


def timelines(content: ReportContent, width: float) -> list[Drawing]:
    """The year's exchanges from January to December, TIMELINE_ROWS a drawing."""
    if len(content.exchanges) > TIMELINE_MAX:
        return []
    t = texts(content.language)
    months = get_month_names("abbreviated", context="stand-alone", locale=t.locale)
    names = [str(months[m]) for m in range(1, 13)]
    spans = [
        Span(str(n), x.title, x.starts_on, x.ends_on, running=x.status in DONE)
        for n, x in enumerate(content.exchanges)
        if x.starts_on is not None
    ]
    first, last = date(content.year, 1, 1), date(content.year, 12, 31)
    return [
        timeline(spans[at : at + TIMELINE_ROWS], today=content.made_on, month_names=names,
                 width=width, first=first, last=last).drawing
        for at in range(0, len(spans), TIMELINE_ROWS)
    ]  # fmt: skip
