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
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from msek_desktop import charts
from msek_desktop.core import figures
from msek_desktop.core.db import Database
from msek_desktop.core.errors import UserError
from msek_desktop.ui.kit.messages import user_message

SCALE = 1.35  # pixels per point of a chart: its 8-point text about the window's own size
REBUILD_MS = 60  # a chart redrawn once a resize has settled


class ChartView(QWidget):
    """A chart (charts.Chart) drawn to the widget's width; `clicked(key)`: its bar's code."""

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
        self.setMouseTracking(True)
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
        painter.end()

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
            self.clicked.emit(key)


class NumberTile(QFrame):
    """A figure in big type, what it is above it, last year's (or a detail) below; clicked
    through as a whole."""

    clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
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
