"""The report's figures as tables of named rows, each a value for the year and for the year
before: what the PDF prints (with its charts) and the workbook holds, one sheet per table,
so both show the same numbers from the same figures (core.figures)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from msek_desktop.core.figures import Bar
from msek_desktop.core.vocab import ExchangeStatus
from msek_desktop.reports.content import ReportContent
from msek_desktop.reports.texts import Texts, texts

Value = int | float | None  # None: nothing to say (no inquiry answered yet)


@dataclass(frozen=True)
class Row:
    key: str  # the code the row stands for (a stage, a side...), or the key figure's name
    label: str
    now: Value
    before: Value


@dataclass(frozen=True)
class FigureTable:
    key: str  # by_stage, by_side, ... (the sheet's and the title's key)
    title: str
    rows: tuple[Row, ...]


# each table of bars: its key, the figures' field, and the texts naming its codes
BAR_TABLES = (
    ("by_stage", "by_stage", "stages"),
    ("by_side", "by_side", "sides"),
    ("by_kind", "by_kind", "inquiry_kinds"),
    ("by_field", "by_field", ""),
    ("lost_reasons", "lost_reasons", "lost_reasons"),
    ("exchanges_by_status", "exchanges_by_status", "exchange_statuses"),
    ("exchanges_by_kind", "exchanges_by_kind", "exchange_kinds"),
)


def key_figures(content: ReportContent) -> FigureTable:
    f, t = content.figures, texts(content.language)
    held = [b for b in f.exchanges_by_status if b.key != ExchangeStatus.CANCELLED.value]
    rows = (
        ("new_inquiries", f.new_inquiries.now, f.new_inquiries.before),
        ("exchanges", sum(b.now for b in held), sum(b.before for b in held)),
        ("participants_saint_etienne", f.participants.saint_etienne,
         f.participants_before.saint_etienne),
        ("participants_katowice", f.participants.katowice, f.participants_before.katowice),
        ("participants_total", f.participants.total, f.participants_before.total),
        ("median_answer", f.first_answer.median_days, f.first_answer_before.median_days),
        ("answered", f.first_answer.answered, f.first_answer_before.answered),
    )  # fmt: skip
    return FigureTable(
        "summary",
        t("sections.key_figures"),
        tuple(Row(key, t(f"figures.{key}"), now, before) for key, now, before in rows),
    )


def _named(t: Texts, content: ReportContent, group: str, key: str) -> str:
    if not group:  # a field of exchange: named in the database
        return content.field_names.get(key, key)
    return t.name(group, key)


def bar_tables(content: ReportContent) -> tuple[FigureTable, ...]:
    """One table per group of bars (stages, sides, kinds, fields, lost reasons, exchange
    statuses and kinds), in the figures' own order."""
    t = texts(content.language)
    out = []
    for key, attribute, group in BAR_TABLES:
        bars: Sequence[Bar] = getattr(content.figures, attribute)
        rows = tuple(Row(b.key, _named(t, content, group, b.key), b.now, b.before) for b in bars)
        out.append(FigureTable(key, t(f"tables.{key}"), rows))
    return tuple(out)


def all_tables(content: ReportContent) -> tuple[FigureTable, ...]:
    return (key_figures(content), *bar_tables(content))
