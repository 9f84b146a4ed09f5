"""Small layouts several screens build the same way: a row of buttons, a form kept narrow,
widgets flowing onto the next line (chips)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QPushButton,
    QWidget,
)

STRETCH = None  # in button_row: the free space between buttons
Role = QDialogButtonBox.ButtonRole


def button_row(*items: QPushButton | None) -> QHBoxLayout:
    """The buttons side by side, STRETCH (None) where the free space goes. Enter in a field
    presses none of them (no auto-default button)."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            item.setAutoDefault(False)
            row.addWidget(item)
    return row


def dialog_buttons(*buttons: tuple[QPushButton, Role]) -> QDialogButtonBox:
    """A dialog's buttons in the platform's order, decided by their roles (AcceptRole for
    Save or OK, RejectRole for Cancel or Close, ActionRole for another way out): Save then
    Close on Windows. The buttons keep their own clicked slots; Enter in a field presses none."""
    box = QDialogButtonBox()
    for button, role in buttons:
        button.setAutoDefault(False)
        box.addButton(button, role)
    return box


def at_most(inner: QFormLayout, width: int) -> QHBoxLayout:
    """A form no wider than `width`, so fields do not stretch across a wide window."""
    page = QWidget()
    page.setLayout(inner)
    page.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addWidget(page, 1)
    row.addStretch(0)
    return row


class FlowLayout(QLayout):
    """Widgets side by side, wrapping onto the next line when the width runs out (chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (or only measure), each centred on its line; the
        height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = area.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()
