"""The Exchanges screen's calendar: one month at a time, Previous, Next and Today.

A month grid (MonthGrid) draws each exchange as a bar across the days it runs, one lane per
exchange in a week, coloured and marked as its status badge (ui.kit.badges: the name is
written, the shape tells the status without colour); beside it the month's exchanges in a
list that the keyboard and a screen reader use (Enter opens one). An exchange spanning two
months shows in both: the screen asks core for those overlapping the month shown.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.exchanges import ExchangeRow
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.badges import StageBadgeDelegate, ink, paint_marker, stage_colour, tint
from msek_desktop.ui.kit.exchange_texts import dates_text, span_of, status_badge
from msek_desktop.ui.kit.table import Column, RowsModel, share_width
from msek_desktop.ui.kit.widgets import RowTable

Month = tuple[int, int]  # (year, month)
LONG_DAYS = 27  # an exchange longer than this runs in the background of its months


def shift(month: Month, by: int) -> Month:
    number = month[0] * 12 + month[1] - 1 + by
    return number // 12, number % 12 + 1


def month_title(month: Month) -> str:
    """ "March 2026", "mars 2026", "Marzec 2026": the locale's own name, capitalised."""
    name = QLocale().standaloneMonthName(month[1], QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {month[0]}"


def weeks_of(month: Month) -> list[list[date]]:
    """The month's weeks, whole (days of the months around it too), starting on Monday as
    both cities' calendars do."""
    return calendar.Calendar(calendar.MONDAY).monthdatescalendar(*month)


def lanes(rows: Sequence[ExchangeRow], week: list[date]) -> list[tuple[int, int, int, Any]]:
    """The bars of one week: (lane, first column, last column, row), an exchange in the
    lowest lane free over its days: those of a few days first (a visit, a concert), those
    running for months (a hosting, a joint project) after them, the first to start first."""
    start, end = week[0], week[-1]
    spans = [(s, row) for row in rows if (s := span_of(row)) and s[0] <= end and s[1] >= start]
    spans.sort(key=lambda sr: ((sr[0][1] - sr[0][0]).days > LONG_DAYS, sr[0][0], sr[1].title))
    taken: list[list[bool]] = []
    bars = []
    for (first, last), row in spans:
        a, b = max((first - start).days, 0), min((last - start).days, 6)
        lane = next((n for n, used in enumerate(taken) if not any(used[a : b + 1])), len(taken))
        if lane == len(taken):
            taken.append([False] * 7)
        for column in range(a, b + 1):
            taken[lane][column] = True
        bars.append((lane, a, b, row))
    return bars


class MonthGrid(QWidget):
    """A month as a grid of weeks, the exchanges as bars; a click on one opens it."""

    open_exchange = Signal(int)
    HEADER = 22
    LEAST_CELL = QSize(70, 64)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("monthGrid")
        self.month: Month = (2000, 1)
        self.today = date.today()
        self.rows: list[ExchangeRow] = []
        self.bars: list[tuple[QRectF, ExchangeRow]] = []  # where each bar is drawn
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_month(self, month: Month, rows: Sequence[ExchangeRow], today: date) -> None:
        self.month, self.rows, self.today = month, list(rows), today
        self.update()

    def minimumSizeHint(self) -> QSize:
        cell = self.LEAST_CELL
        return QSize(cell.width() * 7, self.HEADER + cell.height() * 5)

    def sizeHint(self) -> QSize:
        return QSize(7 * 110, self.HEADER + 6 * 90)

    def _line(self) -> int:
        return self.fontMetrics().height() + 4

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        weeks = weeks_of(self.month)
        width, height = self.width() / 7, (self.height() - self.HEADER) / len(weeks)
        palette = self.palette()
        text, muted = palette.windowText().color(), palette.placeholderText().color()
        painter.setPen(muted)
        for column in range(7):  # Monday ... Sunday, short, in the window's language
            name = QLocale().standaloneDayName(column + 1, QLocale.FormatType.ShortFormat)
            rect = QRectF(column * width, 0, width, self.HEADER)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)
        self.bars = []
        for number, week in enumerate(weeks):
            top = self.HEADER + number * height
            self._paint_week(painter, week, top, width, height, (text, muted))

    def _paint_week(
        self,
        painter: QPainter,
        week: list[date],
        top: float,
        width: float,
        height: float,
        colours: tuple[QColor, QColor],
    ) -> None:
        text, muted = colours
        grid = self.palette().mid().color()
        line = self._line()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for column, day in enumerate(week):
            cell = QRectF(column * width, top, width, height)
            back = self.palette().base().color() if day.month == self.month[1] else None
            if day == self.today:
                back = tint(self.palette().highlight().color(), 0.18)
            if back is not None:
                painter.fillRect(cell, back)
            painter.setPen(QPen(grid, 1))
            painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(text if day.month == self.month[1] else muted)
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            number = cell.adjusted(4, 2, -4, 0)
            painter.drawText(number, int(Qt.AlignmentFlag.AlignRight), str(day.day))
        painter.setFont(self.font())
        room = int((height - line - 2) // line)  # lanes that fit under the day numbers
        bars = lanes(self.rows, week)
        if any(lane >= room for lane, *_rest in bars):
            room -= 1  # the last line says how many more there are
        hidden = [0] * 7
        for lane, first, last, row in bars:
            if lane >= room:
                for column in range(first, last + 1):
                    hidden[column] += 1
                continue
            y = top + line + 1 + lane * line
            rect = QRectF(first * width + 2, y, (last - first + 1) * width - 4, line - 2)
            self._paint_bar(painter, rect, row)
        painter.setPen(text)
        for column, count in enumerate(hidden):
            if count:
                more = tr("Exchanges", "+%1 more").replace("%1", str(count))
                cell = QRectF(column * width + 4, top, width - 8, height - 2)
                painter.drawText(cell, int(Qt.AlignmentFlag.AlignBottom), more)

    def _paint_bar(self, painter: QPainter, rect: QRectF, row: ExchangeRow) -> None:
        badge = status_badge(row)
        colour = stage_colour(badge)
        painter.save()
        painter.setPen(QPen(ink(colour), 1))
        painter.setBrush(tint(colour))
        painter.drawRoundedRect(rect, 4, 4)
        size = rect.height() - 6
        paint_marker(painter, QRectF(rect.left() + 4, rect.top() + 3, size, size), badge,
                     ink(colour))  # fmt: skip
        painter.setPen(QColor("#1A1A1A"))
        room = rect.adjusted(size + 8, 0, -4, 0)
        shown = self.fontMetrics().elidedText(row.title, Qt.TextElideMode.ElideRight,
                                              int(room.width()))  # fmt: skip
        painter.drawText(room, int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()
        self.bars.append((rect, row))

    def row_at(self, point: QPoint) -> ExchangeRow | None:
        return next((row for rect, row in self.bars if rect.contains(point)), None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().toPoint())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_exchange.emit(row.id)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.row_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
            else:
                status = labels.label(labels.EXCHANGE_STATUSES, row.status)
                QToolTip.showText(event.globalPos(), f"{row.title}\n{dates_text(row)} · {status}")
            return True
        return super().event(event)


def month_columns() -> list[Column]:
    status = lambda r: labels.label(labels.EXCHANGE_STATUSES, r.status)  # noqa: E731
    return [
        Column("dates", lambda: tr("Exchanges", "Dates"), dates_text),
        Column("title", lambda: tr("Exchanges", "Title"), lambda r: r.title),
        Column("status", lambda: tr("Exchanges", "Status"), status),
    ]


class MonthCalendar(QWidget):
    """The month shown (Previous, Next, Today), its grid and its list; `fetch(month)` gives
    the exchanges overlapping it (the screen's filters applied)."""

    open_exchange = Signal(int)

    def __init__(
        self, fetch: Callable[[Month], Sequence[ExchangeRow]], today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName("exchangeCalendar")
        self.fetch, self.today = fetch, today
        self.month: Month = (today().year, today().month)
        self.previous, self.next = QToolButton(), QToolButton()
        self.previous.setObjectName("previousMonth")
        self.next.setObjectName("nextMonth")
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.title = QLabel()
        self.title.setObjectName("monthTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.today_button = QPushButton()
        self.today_button.setObjectName("thisMonth")
        self.grid = MonthGrid()
        self.model = RowsModel(month_columns(), self)
        self.list = RowTable()
        self.list.setObjectName("monthList")
        self.list.setModel(self.model)
        share_width(self.list, self.model.columns, {"title"})
        self.list.horizontalHeader().setStretchLastSection(False)  # the title takes the room
        self.list.setItemDelegateForColumn(2, StageBadgeDelegate(status_badge, self.list))
        self._lay_out()
        self.previous.clicked.connect(lambda: self.show_month(shift(self.month, -1)))
        self.next.clicked.connect(lambda: self.show_month(shift(self.month, 1)))
        self.today_button.clicked.connect(self.go_today)
        self.grid.open_exchange.connect(self.open_exchange)
        self.list.activated_row.connect(lambda row: self.open_exchange.emit(row.id))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.previous, self.title, self.next):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.today_button)
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(self.list, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def go_today(self) -> None:
        today = self.today()
        self.show_month((today.year, today.month))

    def show_month(self, month: Month) -> None:
        self.month = month
        self.refresh()

    def refresh(self) -> None:
        rows = list(self.fetch(self.month))
        self.grid.show_month(self.month, rows, self.today())
        self.model.set_rows(rows)
        self.title.setText(month_title(self.month))
        if rows:
            self.list.say_empty("")
        else:
            self.list.say_empty(tr("Exchanges", "No exchange this month."))

    def retranslate(self) -> None:
        self.previous.setToolTip(tr("Exchanges", "Previous month"))
        self.previous.setAccessibleName(tr("Exchanges", "Previous month"))
        self.next.setToolTip(tr("Exchanges", "Next month"))
        self.next.setAccessibleName(tr("Exchanges", "Next month"))
        self.today_button.setText(tr("Exchanges", "Today"))
        self.today_button.setToolTip(tr("Exchanges", "Show this month"))
        self.grid.setAccessibleName(tr("Exchanges", "Exchanges of the month, by day"))
        self.list.setAccessibleName(tr("Exchanges", "Exchanges of the month"))
        self.title.setText(month_title(self.month))
        self.model.retranslate()
        self.grid.update()
