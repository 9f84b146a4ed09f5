"""Field errors: the red text under a refused field, a form's labels by field name, a field
with its error under it, and the small entry dialog whose Save marks refused fields; on_edit
(a field edited: its mark goes), and LinkButton, which opens an email, a website or a phone.

One error colour for the whole window (ERROR_COLOUR; overdue rows use it too).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.validation import link_target
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.error_texts import field_message
from msek_desktop.ui.kit.writes import run_write

Text = Callable[[], str]
ERROR_COLOUR = "#b3261e"


def error_label(field: str) -> QLabel:
    """The small red text shown under a field while its value is refused."""
    label = QLabel()
    label.setObjectName(f"error_{field}")
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def with_field(field: QWidget, error: QLabel) -> QWidget:
    """`field` with its error label right under it (focusing the box focuses the field)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


class ErrorLabel(QLabel):
    """An error label that keeps its message and says it again in a new language."""

    def __init__(self, field: str) -> None:
        super().__init__()
        self.setObjectName(f"error_{field}")
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setWordWrap(True)
        self._message: str | Text = ""
        self.hide()

    def show_error(self, message: str | Text) -> None:
        self._message = message
        self.retranslate()
        self.show()

    def clear_error(self) -> None:
        self._message = ""
        self.clear()
        self.hide()

    def retranslate(self) -> None:
        if self._message:
            msg = self._message
            self.setText(msg() if callable(msg) else field_message(msg))


class FieldErrors:
    """The error labels of one form, by field name; "form" holds the ones with no field."""

    def __init__(self) -> None:
        self.labels: dict[str, ErrorLabel] = {}

    def label(self, field: str) -> ErrorLabel:
        if field not in self.labels:
            self.labels[field] = ErrorLabel(field)
        return self.labels[field]

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear_error()

    def show(self, by_field: Mapping[str, str | Text]) -> None:
        homeless = []
        for field, message in by_field.items():
            if field in self.labels and field != "form":
                self.labels[field].show_error(message)
            else:
                text = message() if callable(message) else field_message(message)
                homeless.append(f"{field}: {text}" if field != "form" else text)
        if homeless:
            self.label("form").show_error("\n".join(homeless))

    def shown(self) -> dict[str, str]:
        return {f: label.text() for f, label in self.labels.items() if not label.isHidden()}

    def retranslate(self) -> None:
        for label in self.labels.values():
            label.retranslate()


def _edit_signals(widget: QWidget) -> list[Any]:
    """The signals by which `widget` says what it holds changed (typed, picked, ticked)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.valueChanged] if hasattr(widget, "valueChanged") else []
    if isinstance(widget, QAbstractButton):
        return [widget.toggled] if widget.isCheckable() else []
    if isinstance(widget, QListWidget):
        return [widget.itemChanged]
    return []


def on_edit(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever what `widget` holds changes: the widget itself or any field inside
    it (a picker's line, a list's check boxes, a chip)."""
    signals = [*(s for part in widget.findChildren(QWidget) for s in _edit_signals(part))]
    own = getattr(widget, "changed", None)  # a field of ours (a picker, chips) says it itself
    signals += [own] if isinstance(own, SignalInstance) else _edit_signals(widget)
    for signal in signals:
        signal.connect(lambda *_args: slot())


_CLEARED = "msekClearButtonHidden"  # a line's clear button hidden while it is read-only


def set_read_only(widget: QWidget, read_only: bool) -> None:
    """`widget` and the fields inside it read-only, or editable again: lines and text boxes
    read-only (their text stays readable, selectable and scrollable), dates, combos, buttons
    and check lists disabled."""
    for part in (widget, *widget.findChildren(QWidget)):
        if not shiboken6.isValid(part):  # a line's clear button, gone with it
            continue
        if isinstance(part, QDateTimeEdit):  # its calendar would still open when read-only
            part.setEnabled(not read_only)
        elif isinstance(part, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            part.setReadOnly(read_only)
            # The window's colour behind a text that cannot be typed into, not a field's white.
            palette = part.palette()
            role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
            palette.setColor(QPalette.ColorRole.Base, QApplication.palette(part).color(role))
            part.setPalette(palette)
            if isinstance(part, QLineEdit):  # no clear button on a read-only line
                if read_only and part.isClearButtonEnabled():
                    part.setProperty(_CLEARED, True)
                    part.setClearButtonEnabled(False)
                elif not read_only and part.property(_CLEARED):
                    part.setProperty(_CLEARED, False)
                    part.setClearButtonEnabled(True)
        elif isinstance(part, QComboBox | QAbstractButton | QListWidget):
            part.setEnabled(not read_only)


LINK_KINDS: dict[str, tuple[Text, Text]] = {  # a kind: its button's text, its tooltip
    "email": (lambda: tr("Fields", "Write"), lambda: tr("Fields", "Write to %1")),
    "website": (lambda: tr("Fields", "Open"), lambda: tr("Fields", "Open %1 in the browser")),
    "phone": (lambda: tr("Fields", "Call"), lambda: tr("Fields", "Call %1")),
}


class LinkButton(QToolButton):
    """The small button beside an email, website or phone line: it opens the value (mailto:,
    the browser, tel:) with the system's program, and is disabled while the line is empty or
    its value is not valid (core.validation.link_target). A phone written without its country
    code is read in the country `region()` gives ("PL", "FR")."""

    def __init__(self, line: QLineEdit, kind: str, region: Callable[[], str]) -> None:
        super().__init__()
        if kind not in LINK_KINDS:
            raise ValueError(f"unknown kind of link {kind!r}")
        self.line, self.kind, self.region = line, kind, region
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        line.textChanged.connect(self.refresh)
        self.clicked.connect(self.open)
        self.refresh()

    def target(self) -> str | None:
        return link_target(self.kind, self.line.text(), region=self.region())

    def refresh(self) -> None:
        """Enabled only for a valid value; its texts in the current language."""
        text, tip = LINK_KINDS[self.kind]
        self.setText(text())
        # One width for the three kinds: the fields beside them end at the same place.
        metrics = self.fontMetrics()
        room = self.sizeHint().width() - metrics.horizontalAdvance(self.text())
        widest = max(metrics.horizontalAdvance(said()) for said, _tip in LINK_KINDS.values())
        self.setMinimumWidth(widest + room)
        target = self.target()
        self.setEnabled(target is not None)
        shown = self.line.text().strip()
        self.setToolTip(tip().replace("%1", shown) if target else "")
        self.setAccessibleName(tip().replace("%1", shown) if target else text())

    def open(self) -> bool:
        """Open the value with the system's mail program, browser or telephony program."""
        target = self.target()
        return target is not None and QDesktopServices.openUrl(QUrl(target))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class EntryDialog(QDialog):
    """A small form whose Save calls submit(): invalid fields are marked and it stays open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self._rows: list[tuple[QLabel, QWidget, Text]] = []
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.result_row: Any = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.label("form"))
        layout.addWidget(self.buttons)

    def add_row(self, field: str, text: Text, widget: Any) -> Any:
        label = QLabel()
        label.setBuddy(widget)
        self.form.addRow(label, with_field(widget, self.errors.label(field)))
        self._rows.append((label, widget, text))
        return widget

    def title(self) -> str:
        raise NotImplementedError

    def submit(self) -> Any:
        """Save through a service; the saved row, or None when the user backed out."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.setWindowTitle(self.title())
        for label, widget, text in self._rows:
            label.setText(text())
            widget.setAccessibleName(text())
            if hasattr(widget, "retranslate"):
                widget.retranslate()
        self.errors.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        self.errors.clear()
        row = run_write(self, self.windowTitle(), self.submit, marks=self.errors.show)
        if row is not None:
            self.result_row = row
            self.accept()
