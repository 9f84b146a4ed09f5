"""Stages drawn as badges, and a list's "nothing planned" note.

A stage badge is a rounded pill: a light tint of the stage's colour, a border in the colour,
dark text (the stage's name, always written) and on its left a marker whose shape tells the
stage without colour: a ring filling up along the pipeline (new: empty, running: full), a
tick for completed, a cross for lost. The colours are Okabe and Ito's palette, told apart by
the common kinds of colour blindness; the name and the shape carry the meaning anyway.

    table.setItemDelegateForColumn(n, StageBadgeDelegate(lambda row: row.stage, table))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from msek_desktop.core.vocab import PIPELINE, Stage
from msek_desktop.ui.kit.table import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex

# Okabe & Ito (2008), "Color Universal Design": one colour a stage, none of them red (red
# says "late" in the lists). Completed and lost, the closed ones, are the quiet ones.
STAGE_COLOURS: dict[str, str] = {
    Stage.NEW: "#56B4E9",  # sky blue
    Stage.QUALIFYING: "#0072B2",  # blue
    Stage.MATCHING: "#E69F00",  # orange
    Stage.PROPOSAL_SENT: "#F0E442",  # yellow
    Stage.IN_DISCUSSION: "#CC79A7",  # reddish purple
    Stage.AGREED: "#009E73",  # bluish green
    Stage.RUNNING: "#D55E00",  # vermillion
    Stage.COMPLETED: "#444444",  # near black
    Stage.LOST: "#999999",  # grey
}
TEXT_COLOUR = QColor("#1A1A1A")  # on every tint: contrast above 12:1
TINT = 0.22  # how much of the stage's colour the background holds (the rest is white)
BADGE_SCALE = 0.9
OPEN_STEPS = len(PIPELINE) - 2  # new (0) ... running (all): the ring's fill


def stage_colour(stage: str) -> QColor:
    return QColor(STAGE_COLOURS.get(stage, "#999999"))


def tint(colour: QColor, amount: float = TINT) -> QColor:
    """`colour` mixed with white: a background dark text reads well on."""
    return QColor.fromRgbF(
        1 - (1 - colour.redF()) * amount,
        1 - (1 - colour.greenF()) * amount,
        1 - (1 - colour.blueF()) * amount,
    )


def ink(colour: QColor) -> QColor:
    """The colour dark enough for a thin line on its own tint (the yellow would vanish)."""
    return colour.darker(170) if colour.lightnessF() > 0.45 else colour


def fill_of(stage: str) -> float | None:
    """How far along the pipeline an open stage is (0 new … 1 running); None when closed."""
    if stage in (Stage.COMPLETED, Stage.LOST) or stage not in list(PIPELINE):
        return None
    return list(PIPELINE).index(Stage(stage)) / OPEN_STEPS


def badge_font(font: QFont) -> QFont:
    """A badge's text: a little smaller than the cell's, as a label beside values."""
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * BADGE_SCALE)
    return smaller


class Badge:
    """The geometry of a badge for a font (the cell's): padding, marker, height."""

    def __init__(self, font: QFont) -> None:
        self.font = badge_font(font)
        self.metrics = QFontMetrics(self.font)
        self.height = self.metrics.height() + 6
        self.marker = self.metrics.ascent() - 1
        self.left, self.gap, self.right = 6, 5, 9

    def width(self, text: str) -> int:
        return (
            self.left + self.marker + self.gap + self.metrics.horizontalAdvance(text) + self.right
        )


def paint_badge(painter: QPainter, rect: QRectF, stage: str, text: str, font: QFont) -> None:
    """The badge of `stage` labelled `text`, at most as wide as `rect`, centred vertically."""
    badge = Badge(font)
    width = min(rect.width(), badge.width(text))
    pill = QRectF(rect.left(), rect.center().y() - badge.height / 2, width, badge.height)
    colour = stage_colour(stage)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink(colour), 1))
    painter.setBrush(tint(colour))
    radius = badge.height / 2
    painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    size = badge.marker
    mark = QRectF(pill.left() + badge.left, pill.center().y() - size / 2, size, size)
    paint_marker(painter, mark, stage, ink(colour))
    painter.setFont(badge.font)
    painter.setPen(TEXT_COLOUR)
    text_left = mark.right() + badge.gap
    room = pill.right() - badge.right + 3 - text_left
    shown = badge.metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, int(room)))
    text_rect = QRectF(text_left, pill.top(), max(0.0, room), pill.height())
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    painter.drawText(text_rect, int(align), shown)
    painter.restore()


def paint_marker(painter: QPainter, rect: QRectF, stage: str, colour: QColor) -> None:
    """The stage's shape: a ring filled as far as the pipeline went, a tick, or a cross."""
    pen = QPen(colour, max(1.4, rect.width() / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(1, 1, -1, -1)
    fill = fill_of(stage)
    if stage == Stage.COMPLETED:
        path = QPainterPath(QPointF(inner.left(), inner.center().y()))
        path.lineTo(inner.left() + inner.width() * 0.38, inner.bottom() - inner.height() * 0.1)
        path.lineTo(inner.right(), inner.top() + inner.height() * 0.1)
        painter.drawPath(path)
    elif fill is None:  # lost
        cross = inner.adjusted(1, 1, -1, -1)
        painter.drawLine(cross.topLeft(), cross.bottomRight())
        painter.drawLine(cross.topRight(), cross.bottomLeft())
    else:
        painter.drawEllipse(inner)
        if fill > 0:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            span = round(-360 * 16 * fill)  # clockwise from twelve o'clock
            painter.drawPie(inner, 90 * 16, span)


class StageBadgeDelegate(QStyledItemDelegate):
    """Draws a column's stage as a badge; the cell's text (the stage's name) is its label and
    stays what a screen reader reads. `stage_of(row)` gives the stage's code."""

    def __init__(self, stage_of: Callable[[Any], str | None], parent: Any = None) -> None:
        super().__init__(parent)
        self.stage_of = stage_of

    def _stage(self, index: Index) -> str | None:
        row = index.data(ROW_ROLE)
        return self.stage_of(row) if row is not None else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        stage = self._stage(index)
        if stage is None:
            super().paint(painter, option, index)
            return
        opt, text = cell_without_text(self, painter, option, index)
        room = QRectF(opt.rect).adjusted(4, 1, -4, -1)
        paint_badge(painter, room, stage, text, opt.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        stage = self._stage(index)
        if stage is None:
            return hint
        badge = Badge(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(badge.width(text) + 8, max(hint.height(), badge.height + 2))


class NoteDelegate(QStyledItemDelegate):
    """A cell that says something is missing rather than holding a value ("none planned"):
    in italics, in a muted colour, after a small hollow marker. `noted(row)` tells which rows;
    the others are drawn as usual (an overdue date keeps its red)."""

    COLOUR = QColor("#5A5A5A")

    def __init__(self, noted: Callable[[Any], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.noted = noted

    def _is_noted(self, index: Index) -> bool:
        row = index.data(ROW_ROLE)
        return row is not None and self.noted(row)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self._is_noted(index):
            option.font.setItalic(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self._is_noted(index):
            super().paint(painter, option, index)
            return
        opt, text = cell_without_text(self, painter, option, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText().color() if selected else self.COLOUR
        rect = QRectF(opt.rect).adjusted(5, 0, -3, 0)
        metrics = QFontMetrics(opt.font)
        size = metrics.ascent() * 0.55
        mark = QRectF(rect.left(), rect.center().y() - size / 2, size, size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1.3, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(mark)
        painter.setFont(opt.font)
        left = mark.right() + 5
        room = QRectF(left, rect.top(), max(0.0, rect.right() - left), rect.height())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room.width()))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(room, int(align), shown)
        painter.restore()


def badge_width(font: QFont, texts: list[str]) -> int:
    """A column's width that holds the widest of these badges whole, with the cell's margins."""
    badge = Badge(font)
    return max((badge.width(t) for t in texts), default=0) + 8 + 8


def cell_without_text(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem, index: Index
) -> tuple[QStyleOptionViewItem, str]:
    """The cell drawn as the style does (background, selection) but without its text; the
    options it was drawn with, and the text, for the delegate to draw its own way."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    return opt, text
