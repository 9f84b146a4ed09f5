"""Choosing a contact or an organisation: search as you type, or create one.

"New…" opens the one form of a person or an organisation (ContactForm, OrganisationForm),
create-only: it offers the similar records already known before creating, and what it created
or the existing record chosen instead becomes the picked one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from msek_desktop.core.rows import OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.directory_form import ORGANISATIONS, PEOPLE, DirectoryForm, Records
from msek_desktop.ui.i18n import tr

Text = Callable[[], str]
Create = Callable[[QWidget, str], DirectoryForm]  # (parent, the text typed) -> the form


class RecordPicker(QWidget):
    """A search box over existing records, plus a button to create a new one."""

    changed = Signal()
    SEARCH_DELAY_MS = 150

    def __init__(
        self,
        find: Callable[[str], Sequence[Any]],
        describe: Callable[[Any], str],
        create: Create,
        new_text: Text,
    ) -> None:
        super().__init__()
        self._find, self._describe, self._create, self._new_text = find, describe, create, new_text
        self.row: Any = None
        self.erased = False  # the record it showed was erased (GDPR): said while empty
        self.results: list[Any] = []
        self.dialog: DirectoryForm | None = None
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.line.setCompleter(self.completer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.SEARCH_DELAY_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.timer.timeout.connect(self.search)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.new_button.clicked.connect(self.create_new)
        self.retranslate()

    def retranslate(self) -> None:
        erased = self.erased and self.row is None
        self.line.setPlaceholderText(
            tr("Pickers", "Person erased") if erased else tr("Pickers", "Type to search…")
        )
        self.new_button.setText(tr("Pickers", "New…"))
        self.new_button.setAccessibleName(self._new_text())
        self.new_button.setToolTip(self._new_text())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def set_row(self, row: Any) -> None:
        self.row = row
        self.line.setText(self._describe(row) if row is not None else "")
        self.line.setCursorPosition(0)

    def pending_text(self) -> bool:
        """Something is typed but no record was picked."""
        return self.row is None and bool(self.line.text().strip())

    def _typed(self) -> None:
        if self.row is not None:
            self.row = None
            self.changed.emit()
        self.timer.start()

    def search(self) -> None:
        text = self.line.text().strip()
        self.results = list(self._find(text)) if text else []
        self.model.clear()
        for i, row in enumerate(self.results):
            item = QStandardItem(self._describe(row))
            item.setData(i, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        popup = self.completer.popup()
        if self.results and self.line.isVisible() and popup is not None:
            popup.setMinimumWidth(min(popup.sizeHintForColumn(0) + 30, 760))
            self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(Qt.ItemDataRole.UserRole)
        if number is not None and 0 <= int(number) < len(self.results):
            self.pick(self.results[int(number)])

    def pick(self, row: Any) -> None:
        self.set_row(row)
        self.changed.emit()

    def create_new(self) -> None:
        typed = self.line.text().strip() if self.row is None else ""
        dialog = self._create(self, typed)
        dialog.accepted.connect(lambda: self.pick(dialog.result_row))
        self.dialog = dialog
        dialog.open()


def _picker(ctx: AppContext, records: Records, create: Create, new_text: Text) -> RecordPicker:
    return RecordPicker(
        lambda text: records.find(ctx.db, text, limit=30), records.describe, create, new_text
    )


# The forms hold pickers (a person's organisation), so a picker reaches its form only when
# asked to create a record: imported then, not with this module.


def organisation_picker(ctx: AppContext) -> RecordPicker:
    def create(parent: QWidget, name: str) -> DirectoryForm:
        from msek_desktop.ui.forms.organisation_form import OrganisationForm

        return OrganisationForm(ctx, None, parent, create_only=True, name=name)

    picker = _picker(ctx, ORGANISATIONS, create, lambda: tr("Pickers", "New organisation"))
    picker.setObjectName("organisationPicker")
    return picker


def contact_picker(
    ctx: AppContext, organisation: Callable[[], OrganisationRow | None] = lambda: None
) -> RecordPicker:
    """`organisation`: the one chosen beside the picker, preset in a new person's form."""

    def create(parent: QWidget, name: str) -> DirectoryForm:
        from msek_desktop.ui.forms.contact_form import ContactForm

        preset = organisation()
        return ContactForm(ctx, None, parent, create_only=True, name=name, organisation=preset)

    picker = _picker(ctx, PEOPLE, create, lambda: tr("Pickers", "New contact"))
    picker.setObjectName("contactPicker")
    return picker
