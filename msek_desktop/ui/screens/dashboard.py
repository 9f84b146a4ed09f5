"""The Dashboard: the office's figures at a glance (core.figures.dashboard), read off the GUI
thread whenever the data changes.

Above, big numbers: new inquiries this month and this year (last year's same days beside),
the median days to a first answer, this year's participants. Below, charts drawn by
msek_desktop.charts (the annual report's own code) and shown from SVG: the open pipeline as a
funnel, this year's inquiries by side, kind and field, the reasons of those lost, overdue
follow-ups per staff member, exchanges running and coming on a timeline. A bar or a number
clicked opens the list it counts (dashboard_links); from the keyboard, Tab reaches each number
and chart, the arrow keys walk a chart's bars, Enter opens (dashboard_parts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msek_desktop import charts
from msek_desktop.charts import BarItem, Span
from msek_desktop.core import fields
from msek_desktop.core.figures import Count, Dashboard
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.screens import dashboard_links as links
from msek_desktop.ui.screens.dashboard_parts import ChartView, FigureReader, NumberTile
from msek_desktop.ui.screens.screen import Screen

LABEL_SHARE = 0.5  # of a chart's width, for its labels
TOP_FIELDS = 8
TIMELINE_ROWS = 10
BACK_DAYS = 92  # the timeline starts at most about three months back
CARDS = ("pipeline", "sides", "kinds", "fields", "lost", "overdue", "exchanges")


class Card(QFrame):
    """A chart with its title, or a sentence when it has nothing to show."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.view = ChartView()
        self.view.setObjectName(f"chart_{key}")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def show_chart(self, build: Callable[[float], charts.Chart] | None, empty: str) -> None:
        """The chart `build` draws, or `empty` said instead (build None)."""
        self.view.setVisible(build is not None)
        self.empty.setVisible(build is None)
        self.empty.setText(empty)
        if build is not None:
            self.view.show_chart(build)


class DashboardScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: Dashboard | None = None
        self.field_names: dict[str, str] = {}
        self.reader = FigureReader(ctx.db, self)
        self.reader.ready.connect(self._show_board)
        self.reader.failed.connect(self._say_failed)
        self.heading = QLabel()
        self.state = QLabel()
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tiles = {k: NumberTile(f"tile_{k}") for k in ("month", "year", "answer", "people")}
        self.cards = {key: Card(key) for key in CARDS}
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        numbers = QHBoxLayout()
        for tile in self.tiles.values():
            numbers.addWidget(tile, 1)
        grid = QGridLayout()
        for n, key in enumerate(CARDS[:-1]):
            grid.addWidget(self.cards[key], n // 3, n % 3)
        grid.addWidget(self.cards["exchanges"], 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(numbers)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect(self) -> None:
        views = {key: card.view.clicked for key, card in self.cards.items()}
        views["pipeline"].connect(lambda k: self._open(stage=k, year=None))
        views["sides"].connect(lambda k: self._open(side=k))
        views["kinds"].connect(lambda k: self._open(kind=k))
        views["fields"].connect(lambda k: self._open(field=k))
        views["lost"].connect(lambda k: self._open(stage="lost", lost_reason=k))
        views["overdue"].connect(lambda k: links.open_followups(self.window(), k))
        views["exchanges"].connect(lambda k: links.open_exchange(self.window(), int(k)))
        for key in ("month", "year", "answer"):  # this year's inquiries (the month's on top)
            self.tiles[key].clicked.connect(self._open)
        self.tiles["people"].clicked.connect(lambda: links.open_exchange(self.window(), None))

    def _open(self, **codes: Any) -> None:
        """The Inquiries list of these codes; received this year unless `year` says (None:
        any year), as the figures count."""
        year = self.board.period.start.year if self.board else self.ctx.today().year
        links.open_inquiries(self.window(), **{"year": year, **codes})

    def title(self) -> str:
        return tr("Dashboard", "Dashboard")

    def retranslate(self) -> None:
        self.setAccessibleName(self.title())
        titles = {
            "pipeline": tr("Dashboard", "Open inquiries by stage"),
            "sides": tr("Dashboard", "This year’s inquiries by side"),
            "kinds": tr("Dashboard", "This year’s inquiries by kind"),
            "fields": tr("Dashboard", "This year’s inquiries by field"),
            "lost": tr("Dashboard", "Lost this year: why"),
            "overdue": tr("Dashboard", "Overdue follow-ups"),
            "exchanges": tr("Dashboard", "Exchanges running and coming"),
        }
        for key, text in titles.items():
            self.cards[key].title.setText(text)
            self.cards[key].view.setAccessibleName(text)
        self._load_field_names()
        self._show()

    def _load_field_names(self) -> None:
        lang = self.ctx.language
        self.field_names = {
            f.code: getattr(f, f"name_{lang}") for f in fields.list_fields(self.ctx.db)
        }

    def refresh(self) -> None:
        """Read the figures again, in the background; the ones shown stay until then."""
        self.state.setText(tr("Dashboard", "Updating…"))
        self.reader.read(self.ctx.today())

    def _show_board(self, board: Dashboard) -> None:
        self.board = board
        self.state.setText("")
        self._show()

    def _say_failed(self, message: str) -> None:
        self.state.setText(
            tr("Dashboard", "The figures could not be read: %1").replace("%1", message)
        )

    # -- showing --------------------------------------------------------------------------

    def _number(self, value: float) -> str:
        """An integer as such, else with one decimal, in the window's language."""
        locale = QLocale(self.ctx.language)
        if float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", 1)

    def _show(self) -> None:
        board = self.board
        if board is None:
            self.heading.setText(tr("Dashboard", "Reading the figures…"))
            return
        today = QDate(board.today.year, board.today.month, board.today.day)
        day = QLocale(self.ctx.language).toString(today, QLocale.FormatType.LongFormat)
        self.heading.setText(tr("Dashboard", "The office on %1").replace("%1", day))
        self._show_numbers(board)
        self._show_charts(board)

    def _show_numbers(self, board: Dashboard) -> None:
        last = tr("Dashboard", "Last year, same days: %1")
        n = self._number
        self.tiles["month"].show_figure(
            tr("Dashboard", "New inquiries this month"),
            n(board.month.now),
            last.replace("%1", n(board.month.before)),
        )
        self.tiles["year"].show_figure(
            tr("Dashboard", "New inquiries this year"),
            n(board.year.now),
            last.replace("%1", n(board.year.before)),
        )
        answer = board.first_answer
        days = "—" if answer.median_days is None else n(answer.median_days)
        self.tiles["answer"].show_figure(
            tr("Dashboard", "Days to a first answer (median)"),
            days,
            tr("Dashboard", "%1 answered, %2 not yet")
            .replace("%1", n(answer.answered))
            .replace("%2", n(answer.unanswered)),
        )
        people = board.participants
        self.tiles["people"].show_figure(
            tr("Dashboard", "Exchange participants this year"),
            n(people.total),
            tr("Dashboard", "Saint-Étienne %1 · Katowice %2")
            .replace("%1", n(people.saint_etienne))
            .replace("%2", n(people.katowice)),
        )

    def _bars(self, counts: tuple[Count, ...], names: Callable[[str], str]) -> list[BarItem]:
        return [BarItem(c.key, names(c.key), c.count) for c in counts]

    def _show_charts(self, board: Dashboard) -> None:
        cards = self.cards
        pipeline = self._bars(board.pipeline, partial(labels.label, labels.STAGES))
        cards["pipeline"].show_chart(
            partial(
                lambda items, w: charts.funnel(items, width=w, label_share=LABEL_SHARE), pipeline
            ),
            "",
        )
        nothing = tr("Dashboard", "No inquiry received this year yet.")
        for key, counts, names in (
            ("sides", board.by_side, partial(labels.label, labels.SIDES)),
            ("kinds", board.by_kind, partial(labels.label, labels.KINDS)),
            ("fields", board.by_field[:TOP_FIELDS], lambda c: str(self.field_names.get(c, c))),
        ):
            items = self._bars(counts, names)
            cards[key].show_chart(
                self._bar_chart(items) if sum(c.count for c in counts) else None, nothing
            )
        lost = self._bars(board.lost_reasons, partial(labels.label, labels.LOST_REASONS))
        none_lost = tr("Dashboard", "No inquiry received this year was lost.")
        cards["lost"].show_chart(
            self._bar_chart(lost) if any(i.now for i in lost) else None, none_lost
        )
        nobody = tr("Dashboard", "Nobody")
        overdue = [BarItem(o.login or "", o.name or nobody, o.count) for o in board.overdue]
        cards["overdue"].show_chart(
            self._bar_chart(overdue) if overdue else None, tr("Dashboard", "Nothing overdue.")
        )
        self._show_exchanges(board)

    def _bar_chart(self, items: list[BarItem]) -> Callable[[float], charts.Chart]:
        return lambda w: charts.compare_bars(items, width=w, label_share=LABEL_SHARE)

    def _show_exchanges(self, board: Dashboard) -> None:
        """Running exchanges, then coming ones (at least half the rows for those if there
        are so many), from a few months back to the last one's end."""
        running, coming = board.running.rows, board.coming.rows
        keep = max(TIMELINE_ROWS - len(coming), TIMELINE_ROWS // 2)
        spans = [
            Span(str(e.id), e.title, e.starts_on or board.today, e.ends_on, running=is_running)
            for rows, is_running in ((running[:keep], True), (coming, False))
            for e in rows
        ][:TIMELINE_ROWS]
        locale = QLocale(self.ctx.language)
        months = [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        today: date = board.today
        back = (today - timedelta(days=BACK_DAYS)).replace(day=1)
        first = max(back, min([s.starts_on for s in spans] + [today]).replace(day=1))

        def build(width: float) -> charts.Chart:
            return charts.timeline(spans, today=today, month_names=months, width=width, first=first)

        none = tr("Dashboard", "No exchange running or planned.")
        self.cards["exchanges"].show_chart(build if spans else None, none)
