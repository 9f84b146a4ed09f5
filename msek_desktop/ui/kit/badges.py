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
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from msek_desktop.core.vocab import PIPELINE, Stage
from msek_desktop.ui.kit.cell_copies import copy_cell
from msek_desktop.ui.kit.table import row_of

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


class Look:
    """What the badge of one stage and label in one font draws, worked out once (look()):
    its geometry, colours and pens, its width, and its label as elided for each room. A list
    paints a badge a row each time it is painted again (each keystroke of a search); only
    the drawing itself is left to do."""

    def __init__(self, font: QFont, stage: str, text: str) -> None:
        self.badge = badge = Badge(font)
        self.stage, self.text = stage, text
        self.width = badge.width(text)
        colour = stage_colour(stage)
        self.ink, self.tint = ink(colour), tint(colour)
        self.border = QPen(self.ink, 1)
        self.marker_pen = marker_pen(self.ink, badge.marker)
        self.fill = fill_of(stage)
        self._shown: dict[int, str] = {}

    def shown(self, room: int) -> str:
        """The label elided to `room` pixels."""
        text = self._shown.get(room)
        if text is None:
            if len(self._shown) > 64:  # a column resized pixel by pixel
                self._shown.clear()
            text = self.badge.metrics.elidedText(self.text, Qt.TextElideMode.ElideRight, room)
            self._shown[room] = text
        return text


_looks: dict[tuple[str, str, str], Look] = {}
LOOKS_KEPT = 500  # a few fonts × stages × languages


def look(font: QFont, stage: str, text: str) -> Look:
    """The Look of `stage`'s badge labelled `text` in a cell's `font`, made once."""
    key = (font.key(), stage, text)
    found = _looks.get(key)
    if found is None:
        if len(_looks) >= LOOKS_KEPT:
            _looks.clear()
        found = _looks[key] = Look(font, stage, text)
    return found


_ALIGN = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


def paint_badge(painter: QPainter, rect: QRectF, stage: str, text: str, font: QFont) -> None:
    """The badge of `stage` labelled `text`, at most as wide as `rect`, centred vertically."""
    drawn = look(font, stage, text)
    badge = drawn.badge
    width = min(rect.width(), drawn.width)
    pill = QRectF(rect.left(), rect.center().y() - badge.height / 2, width, badge.height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(drawn.border)
    painter.setBrush(drawn.tint)
    radius = badge.height / 2
    painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    size = badge.marker
    mark = QRectF(pill.left() + badge.left, pill.center().y() - size / 2, size, size)
    _marker(painter, mark, stage, drawn.marker_pen, drawn.ink, drawn.fill)
    painter.setFont(badge.font)
    painter.setPen(TEXT_COLOUR)
    text_left = mark.right() + badge.gap
    room = pill.right() - badge.right + 3 - text_left
    shown = drawn.shown(max(0, int(room)))
    text_rect = QRectF(text_left, pill.top(), max(0.0, room), pill.height())
    painter.drawText(text_rect, _ALIGN, shown)
    painter.restore()


def marker_pen(colour: QColor, size: float) -> QPen:
    """The pen of a marker `size` pixels wide."""
    pen = QPen(colour, max(1.4, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def paint_marker(painter: QPainter, rect: QRectF, stage: str, colour: QColor) -> None:
    """The stage's shape: a ring filled as far as the pipeline went, a tick, or a cross."""
    _marker(painter, rect, stage, marker_pen(colour, rect.width()), colour, fill_of(stage))


def _marker(
    painter: QPainter, rect: QRectF, stage: str, pen: QPen, colour: QColor, fill: float | None
) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(1, 1, -1, -1)
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
        row = row_of(index)
        return self.stage_of(row) if row is not None else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        stage = self._stage(index)
        if stage is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        draw = partial(_badge_cell, stage)
        if not copy_cell(painter, opt, ("stage", stage), draw):  # drawn once, then copied
            draw(painter, opt)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        stage = self._stage(index)
        if stage is None:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        drawn = look(option.font, stage, text)
        return QSize(drawn.width + 8, max(hint.height(), drawn.badge.height + 2))


class NoteDelegate(QStyledItemDelegate):
    """A cell that says something is missing rather than holding a value ("none planned"):
    in italics, in a muted colour, after a small hollow marker. `noted(row)` tells which rows;
    the others are drawn as usual (an overdue date keeps its red)."""

    COLOUR = QColor("#5A5A5A")

    def __init__(self, noted: Callable[[Any], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.noted = noted
        # the cells not noted, painted by Qt's own delegate: not through initStyleOption
        # here, which would ask again whether the row is noted (two calls into Python a cell)
        self._plain = QStyledItemDelegate(self)

    def _is_noted(self, index: Index) -> bool:
        row = row_of(index)
        return row is not None and self.noted(row)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self._is_noted(index):
            option.font.setItalic(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self._is_noted(index):
            self._plain.paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        super().initStyleOption(opt, index)  # as initStyleOption, for a noted row
        opt.font.setItalic(True)
        if not copy_cell(painter, opt, ("note", self.COLOUR.rgba()), self._draw):
            self._draw(painter, opt)

    def _draw(self, painter: QPainter, opt: QStyleOptionViewItem) -> None:
        text = cell_background(painter, opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText().color() if selected else self.COLOUR
        rect = QRectF(opt.rect).adjusted(5, 0, -3, 0)
        metrics = _metrics(opt.font)
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
        painter.drawText(room, _ALIGN, _elided(opt.font, metrics, text, int(room.width())))
        painter.restore()


def _badge_cell(stage: str, painter: QPainter, opt: QStyleOptionViewItem) -> None:
    """A cell with `stage`'s badge, labelled with the cell's text (`opt`: its options)."""
    text = cell_background(painter, opt)
    paint_badge(painter, QRectF(opt.rect).adjusted(4, 1, -4, -1), stage, text, opt.font)


_fonts: dict[str, QFontMetrics] = {}
_elided_texts: dict[tuple[str, str, int], str] = {}


def _metrics(font: QFont) -> QFontMetrics:
    """The metrics of `font`, made once (a list's cells share a few fonts)."""
    key = font.key()
    found = _fonts.get(key)
    if found is None:
        if len(_fonts) > 32:
            _fonts.clear()
        found = _fonts[key] = QFontMetrics(font)
    return found


def _elided(font: QFont, metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` elided to `width` pixels in `font` (its metrics), worked out once."""
    key = (font.key(), text, width)
    found = _elided_texts.get(key)
    if found is None:
        if len(_elided_texts) > 500:
            _elided_texts.clear()
        found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        _elided_texts[key] = found
    return found


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
    return opt, cell_background(painter, opt)


def cell_background(painter: QPainter, opt: QStyleOptionViewItem) -> str:
    """The cell of `opt` (its options as the delegate set them) drawn as the style does
    (background, selection) but without its text; its text, for the delegate to draw."""
    text = opt.text
    blank = QStyleOptionViewItem(opt)
    blank.text = ""
    style = blank.widget.style() if blank.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, blank.widget)
    return text
