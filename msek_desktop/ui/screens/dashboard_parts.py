"""The dashboard's parts: a chart shown from its SVG (charts.to_svg, QSvgRenderer) whose bars
are clicked through, a big number with last year's beside it, the figures read off the GUI
thread, the lists a click opens filtered, and this desk's choice of the first screen."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from msek_desktop import charts
from msek_desktop.core import figures
from msek_desktop.core.db import Database
from msek_desktop.core.errors import UserError
from msek_desktop.ui.kit.messages import user_message

SCALE = 1.35  # pixels per point of a chart: its 8-point text about the window's own size
REBUILD_MS = 60  # a chart redrawn once a resize has settled


KEYS_BACK = (Qt.Key.Key_Up, Qt.Key.Key_Left)
KEYS_ON = (Qt.Key.Key_Down, Qt.Key.Key_Right)
KEYS_OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
HOME_END = (Qt.Key.Key_Home, Qt.Key.Key_End)


class ChartView(QWidget):
    """A chart (charts.Chart) drawn to the widget's width; `clicked(key)`: its bar's code.

    From the keyboard: Tab reaches the chart, the arrow keys (Home, End) move a highlight
    from bar to bar, Enter or Space opens the bar's list as a click would. The bar
    highlighted is said in the tooltip shown beside it and in the accessible description
    ("Katowice: 12 (9)"); the accessible name stays the chart's title."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.chart: charts.Chart | None = None
        self._build: Callable[[float], charts.Chart] | None = None
        self._built_for = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_MS)
        self._timer.timeout.connect(self.rebuild)
        self.current: str | None = None  # the key of the bar highlighted from the keyboard
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def show_chart(self, build: Callable[[float], charts.Chart]) -> None:
        """Draw `build(width in points)` now, and again whenever the width changes."""
        self._build = build
        self.rebuild()

    def rebuild(self) -> None:
        if self._build is None:
            return
        self._built_for = self.width()
        self.chart = self._build(max(180.0, self.width() / SCALE))
        self.renderer.load(QByteArray(charts.to_svg(self.chart.drawing)))
        self.setFixedHeight(math.ceil(self.chart.drawing.height * self._scale()))
        keys = [r.key for r in self.chart.regions]
        if self.current is not None and self.current not in keys:  # new figures: back to
            self._highlight(keys[0] if keys else None, tell=False)  # the first bar
        self.update()

    def _scale(self) -> float:
        if self.chart is None:
            return SCALE
        return self.width() / float(self.chart.drawing.width) if self.width() > 0 else SCALE

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._build is not None and event.size().width() != self._built_for:
            self._timer.start()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.chart is None:
            return
        scale = self._scale()
        drawing = self.chart.drawing
        box = QRectF(0, 0, drawing.width * scale, drawing.height * scale)
        painter = QPainter(self)
        self.renderer.render(painter, box)
        region = self.current_region()
        if region is not None and self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self._box(region).adjusted(1, 1, -1, -1))
        painter.end()

    def _box(self, region: charts.Region) -> QRectF:
        """The region's box in the widget's pixels."""
        assert self.chart is not None
        scale = self._scale()
        top = (self.chart.drawing.height - region.y - region.height) * scale
        return QRectF(region.x * scale, top, region.width * scale, region.height * scale)

    def current_region(self) -> charts.Region | None:
        """The bar highlighted from the keyboard, if any."""
        regions = self.chart.regions if self.chart is not None else ()
        return next((r for r in regions if r.key == self.current), None)

    def _highlight(self, key: str | None, *, tell: bool = True) -> None:
        """Highlight bar `key`; `tell`: show its tip beside it and tell assistive tools."""
        self.current = key
        region = self.current_region()
        tip = "" if region is None else region.tip
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        self.update()
        if tell and region is not None:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
            corner = self._box(region).bottomLeft().toPoint()
            QToolTip.showText(self.mapToGlobal(corner), tip, self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        tell = event.reason() != Qt.FocusReason.MouseFocusReason  # a click says its own bar
        if self.current is None and self.chart is not None and self.chart.regions:
            self._highlight(self.chart.regions[0].key, tell=tell)
        else:
            self._highlight(self.current, tell=tell)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        QToolTip.hideText()
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = [r.key for r in self.chart.regions] if self.chart is not None else []
        key = event.key()
        if not keys or key not in (*KEYS_BACK, *KEYS_ON, *KEYS_OPEN, *HOME_END):
            super().keyPressEvent(event)
            return
        if key in KEYS_OPEN:
            if self.current is not None:
                self.clicked.emit(self.current)
            return
        at = keys.index(self.current) if self.current in keys else -1
        moved = {Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(keys) - 1}.get(
            Qt.Key(key), at - 1 if key in KEYS_BACK else at + 1
        )
        self._highlight(keys[max(0, min(len(keys) - 1, moved))])

    def region_at(self, pos: QPointF) -> charts.Region | None:
        """The bar under `pos` (the widget's pixels), or None."""
        if self.chart is None:
            return None
        scale = self._scale()
        return self.chart.region_at(pos.x() / scale, self.chart.drawing.height - pos.y() / scale)

    def key_at(self, pos: QPointF) -> str | None:
        region = self.region_at(pos)
        return None if region is None else region.key

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        hand = Qt.CursorShape.PointingHandCursor
        self.setCursor(hand if region is not None else Qt.CursorShape.ArrowCursor)
        self.setToolTip("" if region is None else region.tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and key is not None:
            self._highlight(key, tell=False)  # the keyboard goes on from the bar clicked
            self.clicked.emit(key)


class NumberTile(QFrame):
    """A figure in big type, what it is above it, last year's (or a detail) below; clicked
    through as a whole (or, reached by Tab, with Enter or Space)."""

    clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel()
        self.value = QLabel()
        self.detail = QLabel()
        for label in (self.title, self.detail):
            label.setWordWrap(True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, title: str, value: str, detail: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{title} {value}. {detail}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in KEYS_OPEN:
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            painter.end()


class _Relay(QObject):
    """One read's end, carried to the GUI thread. Owned by the application, so a screen
    closed meanwhile leaves nothing half-deleted behind: its reader is then not told."""

    ended = Signal(object, bool)

    def __init__(self, reader: FigureReader, number: int) -> None:
        super().__init__(QCoreApplication.instance())
        self.reader, self.number = reader, number
        self.ended.connect(self._relay)

    def _relay(self, result: object, ok: bool) -> None:
        if shiboken6.isValid(self.reader):
            self.reader.ended(self.number, result, ok)
        self.deleteLater()


class _Work(QRunnable):
    def __init__(self, run: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.run_it, self.relay = run, relay

    def run(self) -> None:
        try:
            result: Any = self.run_it()
        except Exception as exc:  # said on the GUI thread
            self.relay.ended.emit(exc, False)
            return
        self.relay.ended.emit(result, True)


class FigureReader(QObject):
    """Reads core.figures.dashboard in the thread pool: `ready(Dashboard)` on the GUI thread,
    or `failed(message)` for a UserError (anything else goes to sys.excepthook, the crash
    dialog). Asked again while reading (a burst of changes), it reads once more after."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.number = 0
        self.busy = False
        self._again: date | None = None

    def read(self, today: date) -> None:
        if self.busy:
            self._again = today
            return
        self.number += 1
        self.busy = True
        db = self.db
        work = _Work(lambda: figures.dashboard(db, today), _Relay(self, self.number))
        QThreadPool.globalInstance().start(work)

    def ended(self, number: int, result: object, ok: bool) -> None:
        if number != self.number:
            return
        self.busy = False
        if self._again is not None:
            today, self._again = self._again, None
            self.read(today)
        if ok:
            self.ready.emit(result)
        elif isinstance(result, UserError):
            self.failed.emit(user_message(result))
        elif isinstance(result, BaseException):
            sys.excepthook(type(result), result, result.__traceback__)
