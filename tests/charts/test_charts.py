"""Charts (msek_desktop.charts): ReportLab drawings turned to SVG carry their labels (Polish
letters included, in DejaVu Sans) and the right number beside each bar, and a point in a
bar's row finds that bar's code."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from datetime import date

from reportlab.graphics import renderPDF

from msek_desktop.charts import BarItem, Span, compare_bars, funnel, timeline, to_svg

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")


def texts(svg: bytes) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


def number_beside(svg: bytes, label_y: float) -> list[str]:
    """The texts whose row (their group's y) is `label_y`, in the drawing's points."""
    found = []
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        matrix = group.get("transform", "")
        if matrix.strip().startswith("matrix"):
            y = float(matrix.split(",")[-1].rstrip(")"))
            found += [(y, t.text or "") for t in group.iter(f"{SVG}text")]
    return [text for y, text in found if abs(y - label_y) < 12]


def test_bars_carry_polish_labels_and_both_years_numbers() -> None:
    items = [
        BarItem("katowice", "Katowice — Śląsk", 12, 7),
        BarItem("saint_etienne", "Saint-Étienne", 3, 9),
        BarItem("other", "Inne", 0, 0),
    ]
    chart = compare_bars(items, legend=("2026", "2025"))
    svg = to_svg(chart.drawing)
    shown = texts(svg)
    assert {"Katowice — Śląsk", "Saint-Étienne", "Inne", "2026", "2025"} <= set(shown)
    assert sorted(t for t in shown if t.isdigit() and len(t) < 4) == sorted(
        ["12", "7", "3", "9", "0", "0"]
    )
    assert b"font-family: DejaVu Sans" in svg
    # the first row on top: its region highest, and its numbers the row's own
    top = chart.regions[0]
    assert top.key == "katowice" and top.y > chart.regions[1].y > chart.regions[2].y
    assert set(number_beside(svg, top.y + top.height / 2)) >= {"12", "7"}
    assert chart.key_at(5, top.y + 1) == "katowice"
    assert chart.key_at(5, chart.regions[2].y + 1) == "other"
    assert chart.key_at(5, chart.drawing.height + 10) is None


def test_a_long_label_is_cut_with_an_ellipsis_within_the_drawing() -> None:
    long = "Instytucje i współpraca samorządowa " * 3
    chart = compare_bars([BarItem("institutions", long, 5)], width=300)
    (label,) = [t for t in texts(to_svg(chart.drawing)) if t.startswith("Instytucje")]
    assert label.endswith("…") and len(label) < len(long)


def test_the_funnel_is_widest_where_most_and_numbers_its_steps() -> None:
    steps = [BarItem("new", "Nowe", 40), BarItem("qualifying", "Kwalifikacja", 10),
             BarItem("agreed", "Uzgodnione", 0)]  # fmt: skip
    chart = funnel(steps, width=300)
    svg = to_svg(chart.drawing)
    assert {"Nowe", "Kwalifikacja", "Uzgodnione", "40", "10", "0"} <= set(texts(svg))
    widths = [float(r.get("width", 0)) for r in ET.fromstring(svg).iter(f"{SVG}rect")]
    assert widths[0] > widths[1] * 3.5 and widths[2] < widths[1]
    assert [r.key for r in chart.regions] == ["new", "qualifying", "agreed"]


def test_the_timeline_names_exchanges_and_months() -> None:
    spans = [
        Span("1", "Chór w Saint-Étienne", date(2026, 6, 1), date(2026, 7, 10), running=True),
        Span("2", "Wystawa „Łódź”", date(2026, 9, 1), None),
    ]
    chart = timeline(spans, today=date(2026, 6, 15), month_names=MONTHS)
    shown = texts(to_svg(chart.drawing))
    assert {"Chór w Saint-Étienne", "Wystawa „Łódź”", "lip", "wrz"} <= set(shown)
    assert shown.count("2026") == 1  # under the first month (no January in the range)
    months = [t for t in shown if t in MONTHS]
    assert months == ["cze", "lip", "sie", "wrz"]  # June to September, in order
    assert chart.key_at(1, chart.regions[1].y + 2) == "2"


def test_month_names_never_overlap_on_a_long_timeline() -> None:
    spans = [Span("1", "Projet commun", date(2025, 1, 1), date(2027, 6, 30))]
    narrow = timeline(spans, today=date(2026, 6, 15), month_names=MONTHS, width=240)
    names = [
        (float(t.get("x", 0)), t.text or "")
        for t in ET.fromstring(to_svg(narrow.drawing)).iter(f"{SVG}text")
        if t.text in MONTHS
    ]
    assert 3 <= len(names) < 30  # some months named, not all 30
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(names)]
    assert min(gaps) > max(len(n) for _, n in names) * 4  # never overlapping (7-point text)
    assert {t for t in texts(to_svg(narrow.drawing)) if t.isdigit()} >= {"2025", "2026", "2027"}


def test_the_same_drawing_goes_into_a_pdf() -> None:
    chart = compare_bars([BarItem("music", "Muzyka", 3, 1)], legend=("2026", "2025"))
    pdf = renderPDF.drawToString(chart.drawing)
    assert pdf.startswith(b"%PDF") and b"+DejaVuSans" in pdf  # embedded, as a subset


def test_the_svg_clips_without_a_clip_path() -> None:
    """QtSvg paints a clipPath's rectangle black over the chart: the clip is an attribute."""
    svg = to_svg(compare_bars([BarItem("music", "Muzyka", 3)]).drawing)
    assert b"clipPath" not in svg and b'clip="0 0 ' in svg


def test_each_bar_says_its_whole_label_and_numbers_for_a_tip() -> None:
    long = "Instytucje i współpraca samorządowa " * 3
    chart = compare_bars([BarItem("institutions", long, 5, 2)], width=300, legend=("a", "b"))
    assert chart.regions[0].tip == f"{long}: 5 (2)"
    assert funnel([BarItem("new", "Nowe", 40)]).regions[0].tip == "Nowe: 40"
