"""The activity report printed on A4 (ReportLab): the letterhead on page 1 as the letters
draw it, the title, the key figures beside the year before's, each group of figures as a
table with its chart beside it (msek_desktop.charts, the window's own), the exchanges of the
year on a timeline and in a list, the highlights staff wrote; "Page 2/5" from page 2.

Fonts: the letters' DejaVu Serif for the text, DejaVu Sans in the charts, so Polish and
French print exactly. User text (titles, names, highlights) enters Paragraph markup escaped
(letters.pdf.markup); nothing is fetched (letters.pdf.fonts trusts no host).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from msek_desktop.letters.pdf import BOLD, FONT, ITALIC, body_flowables, clean, markup, styles
from msek_desktop.letters.pdf.fonts import LANGS, register_fonts
from msek_desktop.letters.pdf.layout import (
    ACCENT,
    BOTTOM,
    GREY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TEXT_W,
)
from msek_desktop.letters.pdf.page import draw_text, letterhead
from msek_desktop.reports import cells, charts
from msek_desktop.reports.content import ListedExchange, ReportContent
from msek_desktop.reports.tables import FigureTable, Value, all_tables
from msek_desktop.reports.texts import Texts, texts

TOP_FIRST, TOP_LATER = 47 * mm, 22 * mm
RULE = HexColor("#cccccc")
SHADE = HexColor("#eef2f6")
TABLE_W = 232.0  # points: a table of figures, its chart beside it in the rest
GAP = 12.0
CELL_SIZE, CELL_LEADING = 8.5, 10.5
PADDING = 6.0  # a cell's left and right padding together
# The list's rows at most (about 12 pages): beyond, the workbook holds them all. A real office
# has a few dozen exchanges a year; this keeps a PDF for the board readable, and quick to make
# (each row costs ReportLab about 4 ms here: the demo's 8,000 a year would take half a minute).
LIST_MAX = 100


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    return {
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=20, leading=24,
                                textColor=ACCENT, spaceAfter=4),
        "period": ParagraphStyle("period", parent=base, fontSize=11, leading=14, spaceAfter=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=14, leading=17,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=13,
                             spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING,
                               spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5,
                               spaceAfter=0),
        "body": base,
    }  # fmt: skip


# -- pages ----------------------------------------------------------------------------------


class _Numbered(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, when their count is known: "Page 2/5" from 2."""

    def __init__(self, *args: Any, label: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._label = label

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            if number > 1:
                self.setFillColor(GREY)
                text = self._label.format(page=number, pages=len(self._held))
                draw_text(self, PAGE_W - RIGHT, PAGE_H - 12 * mm, text, FONT, 8, TEXT_W, "right")
            super().showPage()
        super().save()


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: io.BytesIO, content: ReportContent) -> None:
        t = texts(content.language)
        self.content, self.title_text = content, t("title", year=content.year)
        super().__init__(
            out, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT,
            topMargin=TOP_LATER, bottomMargin=BOTTOM, title=self.title_text,
            author=content.head.office_name, creator="MSEK Desktop",
            lang=LANGS.get(content.language), initialFontName=FONT,
        )  # fmt: skip
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        first = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - TOP_FIRST - BOTTOM, id="first", **pad)
        later = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - TOP_LATER - BOTTOM - 4 * mm, id="n", **pad)
        self.addPageTemplates([
            PageTemplate("first", [first], onPage=self._first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self._later),
        ])  # fmt: skip

    def _first(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        letterhead(canv, self.content.head)
        canv.restoreState()

    def _later(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(GREY)
        half = TEXT_W / 2 - 3 * mm
        draw_text(canv, LEFT, 13 * mm, self.content.head.office_name, ITALIC, 8, half)
        draw_text(canv, LEFT + TEXT_W / 2, 13 * mm, self.title_text, FONT, 8, half - 18 * mm)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.3)
        canv.line(LEFT, PAGE_H - 15.5 * mm, PAGE_W - RIGHT, PAGE_H - 15.5 * mm)
        canv.restoreState()


# -- figures ----------------------------------------------------------------------------------


def _value(t: Texts, value: Value) -> str:
    if isinstance(value, float):
        return t.number(value, 1)
    return t.number(value)


def _cell(text: str, width: float) -> str:
    """A table cell's text in lines that fit its column, broken as cells.lines breaks them:
    a plain cell (no markup at all, drawn far quicker than a Paragraph)."""
    return "\n".join(cells.lines(clean(text), FONT, CELL_SIZE, width - PADDING))


def _lines(text: str, font: str, width: float, size: float = CELL_SIZE) -> str:
    """`text` as Paragraph markup in lines that fit a cell `width` wide (cells.lines),
    escaped."""
    return markup("\n".join(cells.lines(clean(text), font, size, width - PADDING)))


def figure_table(content: ReportContent, table: FigureTable, width: float) -> Table:
    """Label, the year, the year before, the change; numbers on the right."""
    t = texts(content.language)
    numbers, change_w = 36.0, 52.0
    head = ["", str(content.year), str(content.year - 1), t("change")]
    rows: list[list[Any]] = [head]
    widths = [width - 2 * numbers - change_w, numbers, numbers, change_w]
    for row in table.rows:
        change = t.change(row.now, row.before)
        rows.append([_cell(row.label, widths[0]), _value(t, row.now),
                     _value(t, row.before), change])  # fmt: skip
    out = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    out.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
        ("FONT", (1, 0), (-1, 0), BOLD, CELL_SIZE, CELL_LEADING),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (1, 1), (1, -1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    return out


def _with_chart(content: ReportContent, table: FigureTable) -> Flowable:
    """The table, its chart beside it, under its title, kept on one page."""
    st = _styles()
    chart = charts.chart_for(content, table, TEXT_W - TABLE_W - GAP)
    parts: list[Flowable] = [figure_table(content, table, TABLE_W)]
    if chart is not None:
        pair = Table([[parts[0], chart]], colWidths=[TABLE_W + GAP, TEXT_W - TABLE_W - GAP])
        pair.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        parts = [pair]
    return KeepTogether([Paragraph(markup(table.title), st["h2"]), *parts])


def _opening(content: ReportContent) -> list[Flowable]:
    t, st, f = texts(content.language), _styles(), content.figures
    if content.partial:
        period = t("period_partial", start=t.day(f.period.start), end=t.day(f.period.end),
                   before=content.year - 1)  # fmt: skip
    else:
        period = t("period_year", year=content.year, before=content.year - 1)
    return [
        Paragraph(markup(t("title", year=content.year)), st["title"]),
        Paragraph(markup(period), st["period"]),
        Paragraph(markup(t("made_on", date=t.day(content.made_on))), st["small"]),
        Spacer(1, 4 * mm),
    ]


def _figures(content: ReportContent) -> list[Flowable]:
    t, st = texts(content.language), _styles()
    summary, *groups = all_tables(content)
    out: list[Flowable] = [
        Paragraph(markup(summary.title), st["h1"]),
        figure_table(content, summary, TEXT_W * 0.72),
        Spacer(1, 2 * mm),
        Paragraph(markup(t("counting")), st["small"]),
    ]
    if content.empty:
        return [*out, Spacer(1, 4 * mm), Paragraph(markup(t("empty_year", year=content.year)),
                                                   st["body"])]  # fmt: skip
    inquiries = [g for g in groups if not g.key.startswith("exchanges")]
    exchanges = [g for g in groups if g.key.startswith("exchanges")]
    out.append(Paragraph(markup(t("sections.inquiries")), st["h1"]))
    out += [_with_chart(content, g) for g in inquiries]
    out.append(Paragraph(markup(t("sections.exchanges")), st["h1"]))
    out += [_with_chart(content, g) for g in exchanges]
    return out


# -- exchanges and highlights ---------------------------------------------------------------


def _participants(t: Texts, x: ListedExchange) -> str:
    def one(n: int | None) -> str:
        return t("list.unknown") if n is None else t.number(n)

    return f"{one(x.participants_saint_etienne)} / {one(x.participants_katowice)}"


def _exchange_cell(
    t: Texts, x: ListedExchange, st: dict[str, ParagraphStyle], width: float
) -> Paragraph:
    """Its title in bold, its kind and status, the organisations of neither side: each in
    lines that fit (the Paragraph wraps none of them again)."""
    kind = t.name("exchange_kinds", x.kind)
    status = t.name("exchange_statuses", x.status)
    grey = _lines(f"{kind} · {status}", FONT, width)
    lines = [f"<b>{_lines(x.title, BOLD, width)}</b>", f'<font color="#555555">{grey}</font>']
    if x.elsewhere:
        lines.append(_lines(f"{t('list.elsewhere')}: {', '.join(x.elsewhere)}", FONT, width))
    return Paragraph("<br/>".join(lines), st["cell"])


def exchange_list(content: ReportContent) -> list[Flowable]:
    t, st = texts(content.language), _styles()
    heading = Paragraph(markup(t("sections.exchange_list", year=content.year)), st["h1"])
    if not content.exchanges:
        return [heading, Paragraph(markup(t("list.none", year=content.year)), st["body"])]
    se, kt = t("list.saint_etienne"), t("list.katowice")
    partners, people = t("list.partners"), t("list.participants")
    head = [t("list.exchange"), t("list.dates"), f"{partners} – {se}", f"{partners} – {kt}"]
    widths = [130.0, 82.0, 92.0, 92.0]  # dates: "28 października –" on one line
    widths.append(TEXT_W - sum(widths))  # 72: "Saint-Étienne /" in the heading's small print
    rows: list[list[Any]] = [[Paragraph(_lines(h, BOLD, w), st["head"])
                              for h, w in zip(head, widths[:4], strict=True)]]  # fmt: skip
    sides = _lines(f"{se} / {kt}", BOLD, widths[4], 7.5)
    rows[0].append(Paragraph(f"{_lines(people, BOLD, widths[4])}<br/><font size=7.5>"
                             f"{sides}</font>", st["head"]))  # fmt: skip
    for x in content.exchanges[:LIST_MAX]:
        rows.append([
            _exchange_cell(t, x, st, widths[0]),
            _cell(cells.keep_dates(t.dates(x.starts_on, x.ends_on)), widths[1]),
            _cell("\n".join(x.saint_etienne), widths[2]),
            _cell("\n".join(x.katowice), widths[3]),
            _participants(t, x),
        ])  # fmt: skip
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    timeline = charts.timelines(content, TEXT_W)
    notes = [Paragraph(markup(t("list.participants_note")), st["small"])]
    total = len(content.exchanges)
    if total > LIST_MAX:
        more = t("list.more", shown=t.number(LIST_MAX), total=t.number(total), year=content.year)
        notes.insert(0, Paragraph(markup(more), st["small"]))
    return [heading, *timeline, Spacer(1, 3 * mm), table, Spacer(1, 2 * mm), *notes]


def highlights(content: ReportContent) -> list[Flowable]:
    t, st = texts(content.language), _styles()
    heading = Paragraph(markup(t("sections.highlights")), st["h1"])
    if not content.highlights.strip():
        return [heading, Paragraph(markup(t("highlights.none", year=content.year)), st["body"])]
    return [heading, *body_flowables(content.highlights, content.language)]


def render_pdf(content: ReportContent) -> bytes:
    """The report's PDF bytes."""
    register_fonts()
    story = [*_opening(content), *_figures(content), *exchange_list(content),
             *highlights(content)]  # fmt: skip
    out = io.BytesIO()
    label = texts(content.language)("page")

    def canvas(*args: Any, **kwargs: Any) -> _Numbered:
        return _Numbered(*args, label=label, **kwargs)

    _ReportDoc(out, content).build(story, canvasmaker=canvas)
    return out.getvalue()
