"""A dialog of fields, each with its label and the red text of its error under it, tabs of
linked records, and the Save, Close and Delete buttons: what RecordForm is drawn on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.fields import ErrorLabel, FieldErrors, with_field
from msek_desktop.ui.kit.messages import field_message
from msek_desktop.ui.kit.table import Column, Fetch, PagedModel, fit_columns
from msek_desktop.ui.kit.widgets import RowTable

W = TypeVar("W", bound=QWidget)
Text = Callable[[], str]


class Link:
    """A tab of records linked to the one in the form (its inquiries, its people)."""

    def __init__(self, title: Text, columns: Sequence[Column], fetch: Fetch, name: str) -> None:
        self.title = title
        self.model = PagedModel(columns, fetch)
        self.table = RowTable()
        self.table.setObjectName(name)
        self.table.setModel(self.model)

    def reload(self) -> None:
        self.model.reload()
        fit_columns(self.table, 280, padding=16)


class FieldsDialog(QDialog):
    """Fields with their labels and error texts, tabs of linked records, Save, Close and
    Delete buttons. lay_out() puts the fields added with add_field() in `field_columns`
    form columns; a subclass with its own layout places the (label, box) of field()."""

    def __init__(self, parent: QWidget | None, field_columns: int = 2) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.field_errors = FieldErrors()
        self.errors: dict[str, ErrorLabel] = self.field_errors.labels
        self.form_error: ErrorLabel | None = None  # where refused fields not on the form go
        self.columns = [QFormLayout() for _ in range(field_columns)]
        self.column_stretch = [1] * field_columns
        self.links: list[Link] = []
        self.tabs = QTabWidget()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete")

    def field(self, name: str, editor: QWidget) -> tuple[QLabel, QWidget]:
        """The label of `editor` and the box holding it with its error text under it."""
        label = QLabel()
        label.setBuddy(editor)
        if not editor.objectName():
            editor.setObjectName(name)
        self.editors[name], self.labels[name] = editor, label
        return label, with_field(editor, self.field_errors.label(name))

    def add_field(self, name: str, editor: W, column: int = 0) -> W:
        self.columns[column].addRow(*self.field(name, editor))
        return editor

    def add_link(self, title: Text, columns: Sequence[Column], fetch: Fetch) -> Link:
        link = Link(title, columns, fetch, f"links_{len(self.links)}")
        self.links.append(link)
        self.tabs.addTab(link.table, "")
        return link

    def lay_out(self) -> None:
        """The notice, the field columns side by side, the tabs, then the buttons."""
        fields = QHBoxLayout()
        for form, stretch in zip(self.columns, self.column_stretch, strict=True):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            fields.addLayout(form, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.button_row())
        chain = [*self.editors.values(), self.tabs, *(x.table for x in self.links)]
        chain += [self.save_button, self.close_button, self.delete_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def button_row(self, *middle: QWidget) -> QHBoxLayout:
        """Delete on the left, then `middle` (a message, an action), then Save and Close in
        the platform's order (a QDialogButtonBox: Save then Close on Windows)."""
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        for widget in middle:
            row.addWidget(widget)
        row.addStretch(1)
        box = QDialogButtonBox()
        box.setObjectName("formButtons")
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        row.addWidget(box)
        return row

    def reload_links(self) -> None:
        for link in self.links:
            link.reload()
        self._tab_titles()

    def _tab_titles(self) -> None:
        for number, link in enumerate(self.links):
            count = link.model.rowCount()
            more = "+" if link.model.canFetchMore() else ""
            self.tabs.setTabText(number, f"{link.title()} ({count}{more})")

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def show_errors(self, messages: Mapping[str, str | Text], *, from_service: bool = True) -> None:
        """Each message under its field (core's coded ones said in the window's language,
        again after a language change); the first refused field gets the focus. Messages
        of fields the form does not show go to `form_error`, else to a warning."""
        del from_service  # plain sentences and core's messages are told apart by their code
        order = {name: number for number, name in enumerate(self.editors)}  # the form's order
        ranked = sorted(messages, key=lambda name: order.get(name, len(order)))
        messages = {name: messages[name] for name in ranked}
        homeless = {n: m for n, m in messages.items() if n not in self.editors}
        if homeless and self.form_error is None:
            said = {n: m() if callable(m) else field_message(m) for n, m in homeless.items()}
            lines = [f"{name}: {text}" for name, text in said.items()]
            questions.warn(self, self.windowTitle(), "\n".join(lines))
            messages = {n: m for n, m in messages.items() if n in self.editors}
        self.field_errors.show(messages)
        shown = [n for n in messages if n in self.editors]
        if shown:
            self.editors[shown[0]].setFocus()

    # -- texts ----------------------------------------------------------------------------

    def title_text(self) -> str:
        raise NotImplementedError

    def field_texts(self) -> dict[str, str]:
        raise NotImplementedError

    def retranslate_editors(self) -> None:
        """Re-apply translated texts inside editors (combos, check lists)."""

    def retranslate(self) -> None:
        self.setWindowTitle(self.title_text())
        for name, text in self.field_texts().items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text)
        self.retranslate_editors()
        self.field_errors.retranslate()
        self.save_button.setText(tr("RecordForm", "Save"))
        self.save_button.setToolTip(tr("RecordForm", "Save (Ctrl+S)"))
        self.close_button.setText(tr("RecordForm", "Close"))
        self.tabs.setAccessibleName(tr("RecordForm", "Linked records"))
        for link in self.links:
            link.model.retranslate()
            link.table.setAccessibleName(link.title())
        self._tab_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.editors:
            self.retranslate()
        super().changeEvent(event)
