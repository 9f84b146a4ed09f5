"""The fields of exchange of an inquiry as compact chips: the ticked ones by name, and a
Choose… button opening the check list of all of them under it (ticked with a click or Space,
closed with Enter, Escape or a click elsewhere). Two lines of the form rather than fifteen.

    chips = FieldChips(checklist)     # checklist: FieldsChecklist (below)
    checklist.set_codes(...); checklist.codes()   # the values, as before
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import fields
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.icons import icon
from msek_desktop.ui.kit.layouts import FlowLayout


class FieldsChecklist(QListWidget):
    """The fields of exchange, each with a check box; names in the window's language."""

    ROWS_SHOWN = 16  # the built-in fields; staff additions scroll

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows = fields.list_fields(ctx.db)
        for row in self.rows:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate()

    def retranslate(self) -> None:
        for number, row in enumerate(self.rows):
            name = getattr(row, f"name_{self.ctx.language}", "") or row.name_en
            self.item(number).setText(name)
        # Wide enough for the longest name in this language: none may be cut off.
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.sizeHintForColumn(0) + frame + 4)
        rows = min(self.count(), self.ROWS_SHOWN)
        self.setMinimumHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth())

    def codes(self) -> tuple[str, ...]:
        items = (self.item(n) for n in range(self.count()))
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        )

    def set_codes(self, codes: tuple[str, ...]) -> None:
        for number in range(self.count()):
            item = self.item(number)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class Chip(QLabel):
    """One ticked field: its name on a rounded, lightly shaded background."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setObjectName("chip")
        palette = self.palette()
        back = palette.color(QPalette.ColorRole.Window).darker(108).name()
        line = palette.color(QPalette.ColorRole.Mid).name()
        self.setStyleSheet(
            f"QLabel#chip {{ background: {back}; border: 1px solid {line};"
            " border-radius: 9px; padding: 1px 8px; }"
        )


class FieldChips(QWidget):
    """The ticked fields of `checklist` as chips, and Choose… showing `checklist` in a
    popup. `changed` when a field is ticked or unticked."""

    changed = Signal()

    def __init__(self, checklist: FieldsChecklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setObjectName("fieldsPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(self.popup)
        inside.setContentsMargins(4, 4, 4, 4)
        inside.addWidget(checklist)
        self.choose = QToolButton()
        self.choose.setObjectName("chooseFields")
        self.choose.setIcon(icon("list-check"))
        self.choose.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.choose.clicked.connect(self.open_list)
        self.none = QLabel()
        self.none.setObjectName("noFields")
        self.none.setEnabled(False)  # greyed: a hint, not a value
        self.chips: list[Chip] = []
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(1, 1, 1, 1)  # the chips' rounded borders whole
        self.flow.addWidget(self.none)
        self.flow.addWidget(self.choose)
        self.setFocusProxy(self.choose)
        checklist.itemChanged.connect(self._on_item_changed)
        checklist.installEventFilter(self)  # Enter closes the list, as Escape does
        self.retranslate()

    def names(self) -> list[str]:
        """The names of the ticked fields, in the list's order."""
        items = (self.checklist.item(n) for n in range(self.checklist.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def open_list(self) -> None:
        """The check list under the button (above it when there is no room below)."""
        self.popup.adjustSize()
        below = self.choose.mapToGlobal(QPoint(0, self.choose.height()))
        screen = self.choose.screen().availableGeometry()
        size = self.popup.sizeHint()
        x = max(screen.left(), min(below.x(), screen.right() - size.width()))
        y = below.y()
        if y + size.height() > screen.bottom():
            y = max(screen.top(), self.choose.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self.popup.move(x, y)
        self.popup.show()
        self.checklist.setFocus()
        if self.checklist.currentRow() < 0 and self.checklist.count():
            self.checklist.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.checklist
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.popup.hide()
            self.choose.setFocus()
            return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the chips opens the list too."""
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.open_list()
        super().mousePressEvent(event)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._show_chips()
        self.changed.emit()

    def _show_chips(self) -> None:
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.hide()  # gone now, not at the next turn of the event loop
            chip.deleteLater()
        self.chips = [Chip(name, self) for name in self.names()]
        self.flow.removeWidget(self.none)
        self.flow.removeWidget(self.choose)
        for chip in self.chips:
            self.flow.addWidget(chip)
            chip.show()  # now (a layout shows a new child only at the next event)
        self.flow.addWidget(self.none)
        self.flow.addWidget(self.choose)
        self.none.setVisible(not self.chips)
        self.updateGeometry()

    def retranslate(self) -> None:
        self.checklist.retranslate()
        self.choose.setText(tr("InquiryForm", "Choose…"))
        self.choose.setToolTip(tr("InquiryForm", "Tick the fields of exchange in the list"))
        self.none.setText(tr("InquiryForm", "None yet"))
        self._show_chips()
