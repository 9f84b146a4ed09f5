"""The stage badges and "none planned" notes work out what they draw once (their font
metrics, colours, pens, elided labels: ui.kit.badges.look) and draw the same pixels as they
did when they worked it out for each cell at each paint (the drawing of before is kept here,
as it was, to compare a table drawn both ways)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from msek_desktop.ui.kit import badges, cell_copies, labels
from msek_desktop.ui.kit.badges import NoteDelegate, StageBadgeDelegate, cell_without_text
from msek_desktop.ui.kit.table import ROW_ROLE, Column, RowsModel


@dataclass(frozen=True)
class Row:
    stage: str
    note: str


ROWS = [
    Row(code, "none planned" if n % 3 else "12/05/2026") for n, code in enumerate(labels.STAGES)
]
ROWS += [Row(code, "none planned") for code in reversed(list(labels.STAGES))]
COLUMNS = [
    Column("stage", lambda: "Stage", lambda r: labels.label(labels.STAGES, r.stage)),
    Column("note", lambda: "Next", lambda r: r.note),
]


def noted(row: Any) -> bool:
    return bool(row.note == "none planned")


# -- the drawing of before, as it was ---------------------------------------------------


class OldBadge:
    def __init__(self, font: QFont) -> None:
        self.font = badges.badge_font(font)
        self.metrics = QFontMetrics(self.font)
        self.height = self.metrics.height() + 6
        self.marker = self.metrics.ascent() - 1
        self.left, self.gap, self.right = 6, 5, 9

    def width(self, text: str) -> int:
        return (
            self.left + self.marker + self.gap + self.metrics.horizontalAdvance(text) + self.right
        )


def old_paint_marker(painter: QPainter, rect: QRectF, stage: str, colour: QColor) -> None:
    pen = QPen(colour, max(1.4, rect.width() / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(1, 1, -1, -1)
    fill = badges.fill_of(stage)
    if stage == "completed":
        path = QPainterPath(QPointF(inner.left(), inner.center().y()))
        path.lineTo(inner.left() + inner.width() * 0.38, inner.bottom() - inner.height() * 0.1)
        path.lineTo(inner.right(), inner.top() + inner.height() * 0.1)
        painter.drawPath(path)
    elif fill is None:
        cross = inner.adjusted(1, 1, -1, -1)
        painter.drawLine(cross.topLeft(), cross.bottomRight())
        painter.drawLine(cross.topRight(), cross.bottomLeft())
    else:
        painter.drawEllipse(inner)
        if fill > 0:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            span = round(-360 * 16 * fill)
            painter.drawPie(inner, 90 * 16, span)


def old_paint_badge(painter: QPainter, rect: QRectF, stage: str, text: str, font: QFont) -> None:
    badge = OldBadge(font)
    width = min(rect.width(), badge.width(text))
    pill = QRectF(rect.left(), rect.center().y() - badge.height / 2, width, badge.height)
    colour = badges.stage_colour(stage)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(badges.ink(colour), 1))
    painter.setBrush(badges.tint(colour))
    radius = badge.height / 2
    painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    size = badge.marker
    mark = QRectF(pill.left() + badge.left, pill.center().y() - size / 2, size, size)
    old_paint_marker(painter, mark, stage, badges.ink(colour))
    painter.setFont(badge.font)
    painter.setPen(badges.TEXT_COLOUR)
    text_left = mark.right() + badge.gap
    room = pill.right() - badge.right + 3 - text_left
    shown = badge.metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, int(room)))
    text_rect = QRectF(text_left, pill.top(), max(0.0, room), pill.height())
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    painter.drawText(text_rect, int(align), shown)
    painter.restore()


class OldStageDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        stage = index.data(ROW_ROLE).stage
        opt, text = cell_without_text(self, painter, option, index)
        old_paint_badge(painter, QRectF(opt.rect).adjusted(4, 1, -4, -1), stage, text, opt.font)


class OldNoteDelegate(QStyledItemDelegate):
    COLOUR = QColor("#5A5A5A")

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if noted(index.data(ROW_ROLE)):
            option.font.setItalic(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        if not noted(index.data(ROW_ROLE)):
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


# -- the table, drawn both ways ----------------------------------------------------------


def table_of(qtbot: QtBot, widths: tuple[int, int]) -> QTableView:
    table = QTableView()
    qtbot.addWidget(table)
    model = RowsModel(COLUMNS, table)
    model.set_rows(ROWS)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.resize(420, 520)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    # a row selected and the current cell: the selection's colours under a badge
    table.selectionModel().select(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.setCurrentIndex(model.index(4, 0))
    table.show()
    qtbot.waitExposed(table)
    return table


@pytest.mark.parametrize("widths", [(190, 150), (70, 60)])  # whole, and elided
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_badges_and_notes_draw_the_pixels_they_drew(
    qtbot: QtBot, widths: tuple[int, int], ratio: float
) -> None:
    table = table_of(qtbot, widths)
    if ratio != 1.0:  # as on a screen scaled 200%: drawn in an image of twice the pixels
        grab: Callable[[QTableView], QImage] = lambda t: _render(t, ratio)  # noqa: E731
    else:
        grab = lambda t: t.viewport().grab().toImage()  # noqa: E731
    cell_copies._copies.clear()
    old = (OldStageDelegate(table), OldNoteDelegate(table))
    new = (StageBadgeDelegate(lambda row: row.stage, table), NoteDelegate(noted, table))
    images = []
    for stage, note in (old, new, new, old):  # the second time with what it worked out
        table.setItemDelegateForColumn(0, stage)
        table.setItemDelegateForColumn(1, note)
        images.append(grab(table))
    copies = [c for c in cell_copies._copies.values() if c is not None]
    assert len(copies) >= len(labels.STAGES)  # copied, not drawn again
    assert {c.devicePixelRatio() for c in copies} == {ratio}
    assert images[0] == images[3]
    assert images[1] == images[0]
    assert images[2] == images[0]
    # the badges were drawn: each stage's tint is in the image
    colours = {images[0].pixelColor(x, y).name() for x in range(0, 60) for y in range(0, 400)}
    tints = {badges.tint(badges.stage_colour(code)).name() for code in labels.STAGES}
    assert len(tints & colours) >= 6


def _render(table: QTableView, ratio: float) -> QImage:
    viewport = table.viewport()
    image = QImage(viewport.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    viewport.render(image)
    return image


def test_a_badge_works_out_its_look_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Painting the list again (each keystroke of a search) measures no text again: no new
    font metrics, no label elided again."""
    table = table_of(qtbot, (190, 150))
    table.setItemDelegateForColumn(0, StageBadgeDelegate(lambda row: row.stage, table))
    table.setItemDelegateForColumn(1, NoteDelegate(noted, table))
    table.viewport().grab()
    made: list[QFont] = []

    class Counted(QFontMetrics):
        def __init__(self, font: QFont, *args: Any) -> None:
            made.append(font)
            super().__init__(font, *args)

    monkeypatch.setattr(badges, "QFontMetrics", Counted)
    table.viewport().grab()
    assert made == []
    badges._looks.clear()
    cell_copies._copies.clear()
    table.viewport().grab()
    assert made  # the count would see a look worked out
