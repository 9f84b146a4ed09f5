"""Field errors: the red text under a refused field, a form's labels by field name, a field
with its error under it, and the small entry dialog whose Save marks refused fields.

One error colour for the whole window (ERROR_COLOUR; overdue rows use it too).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

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
