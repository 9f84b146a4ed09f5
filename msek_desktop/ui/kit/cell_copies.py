"""Cells drawn once and copied: a list's badges and notes, painted again at each keystroke of
a search, are the same few pictures (a stage on an even or odd row, selected or not ...).

A view draws a cell on its viewport's background, then the row's own (an alternate colour,
a selection: the style's PE_PanelItemViewRow), then the delegate's drawing. copy_cell draws
the three, once, into an opaque image of the cell, kept under everything they depend on (what
the delegate draws, the cell's size, its state and row, the palette, the font, the style, the
screen's pixel ratio) and copies it. Copying gives the pixels drawing gives; where it could
not (a transformed painter, a fractional pixel ratio, a background that is not one colour, a
style sheet, an icon), nothing is copied and the delegate draws as before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QStyleOptionViewItem

KEPT_AT_MOST = 400  # cells kept (a few stages × rows' states × column widths)
_copies: dict[Hashable, QPixmap | None] = {}


# Tuples, not sets, of enum members: a member is found by identity, where a set would hash it
# in Python (Enum.__hash__), several times a cell.
_SCALED = (
    QTransform.TransformationType.TxNone,
    QTransform.TransformationType.TxTranslate,
    QTransform.TransformationType.TxScale,
)
_MOVED = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)
_RATIOS = (1.0, 2.0, 3.0, 4.0)
_OVER = QPainter.CompositionMode.CompositionMode_SourceOver
_SOLID = Qt.BrushStyle.SolidPattern
_PLAIN = (Qt.BrushStyle.NoBrush, _SOLID)


def _whole_pixels(painter: QPainter) -> float | None:
    """The device pixel ratio `painter` draws at, when a copy lands on whole device pixels
    and gives what drawing gives: no transformation but that ratio's scale and a move by
    whole pixels, opaque, the usual composition; None otherwise."""
    on_device = painter.deviceTransform()
    ratio = on_device.m11()
    if (
        ratio not in _RATIOS
        or on_device.m22() != ratio
        or on_device.type() not in _SCALED
        or on_device.dx() % 1
        or on_device.dy() % 1
        or painter.worldTransform().type() not in _MOVED
        or painter.opacity() != 1.0
        or painter.compositionMode() != _OVER
    ):
        return None
    return ratio


def _styled() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and bool(app.styleSheet())


def copy_cell(
    painter: QPainter,
    opt: QStyleOptionViewItem,
    drawn: Hashable,
    draw: Callable[[QPainter, QStyleOptionViewItem], None],
) -> bool:
    """Paint the cell of `opt` (its options as the delegate set them) from a copy kept under
    `drawn` (what `draw(painter, options)` draws in it, with the options); the copy is made
    the first time. False, and nothing painted, where a copy would not give the same pixels.
    """
    view = opt.widget
    ratio = _whole_pixels(painter)
    if ratio is None or not isinstance(view, QAbstractScrollArea) or not opt.icon.isNull():
        return False
    viewport = view.viewport()
    under = viewport.palette().brush(viewport.backgroundRole())
    brush = opt.backgroundBrush
    brush_style = brush.style()
    if under.style() is not _SOLID or brush_style not in _PLAIN or view.styleSheet() or _styled():
        return False
    rect = opt.rect
    # the enums by their values (_value_): a key of ints is hashed in C, one of enum members
    # by Python's Enum.__hash__, a call for each
    key = (
        drawn, rect.width(), rect.height(), opt.state._value_, opt.features._value_,
        opt.viewItemPosition._value_, opt.palette.cacheKey(), under.color().rgba(),
        brush_style._value_, brush.color().rgba(), opt.font.key(), opt.text,
        opt.checkState._value_, opt.direction._value_, opt.displayAlignment._value_,
        opt.showDecorationSelected, id(view.style()), ratio, painter.device().logicalDpiY(),
        painter.renderHints()._value_,
    )  # fmt: skip
    if key not in _copies:
        if len(_copies) >= KEPT_AT_MOST:
            _copies.clear()
        _copies[key] = _made(painter, opt, under.color(), ratio, draw)
    copy = _copies[key]
    if copy is None:
        return False
    painter.drawPixmap(rect.topLeft(), copy)
    return True


def _made(
    painter: QPainter,
    opt: QStyleOptionViewItem,
    under: QColor,
    ratio: float,
    draw: Callable[[QPainter, QStyleOptionViewItem], None],
) -> QPixmap | None:
    """The cell drawn as the view and the delegate draw it, in an image of its own."""
    size = opt.rect.size()
    copy = QPixmap(size * ratio)
    copy.setDevicePixelRatio(ratio)
    device = painter.device()
    if device is None or copy.logicalDpiY() != device.logicalDpiY():  # fonts: other sizes
        return None
    copy.fill(under)
    local = QStyleOptionViewItem(opt)
    local.rect = QRect(0, 0, size.width(), size.height())
    inner = QPainter(copy)
    inner.setRenderHints(painter.renderHints())
    view = opt.widget
    style = view.style() if view is not None else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, local, inner, view)
    draw(inner, local)
    inner.end()
    return copy
