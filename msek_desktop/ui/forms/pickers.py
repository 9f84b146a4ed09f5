"""Choosing a contact or an organisation: search as you type, or create one inline.

Before a person or organisation is created, similar ones are looked up by the import's rules
(core.contacts.similar_contacts, core.organisations.similar_organisations: the same email, the
same name once folded, or a close one) so the office does not end up with the same person
twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import contacts, organisations
from msek_desktop.core.contacts import similar_contacts
from msek_desktop.core.organisations import similar_organisations
from msek_desktop.core.rows import ContactRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import EntryDialog
from msek_desktop.ui.kit.widgets import CodeCombo

Text = Callable[[], str]
# -- similar records ----------------------------------------------------------------------


def describe_contact(c: ContactRow) -> str:
    return " — ".join(p for p in (c.full_name, c.organisation_name or "", c.email, c.city) if p)


def describe_organisation(o: OrganisationRow) -> str:
    return " — ".join(p for p in (o.name, o.city, o.email) if p)


class SimilarDialog(QDialog):
    """'A similar one already exists': use one of them, create anyway, or go back."""

    USE, CREATE = 1, 2

    def __init__(
        self, parent: QWidget, rows: Sequence[Any], describe: Callable[[Any], str], message: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("similarDialog")
        self.rows = list(rows)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems([describe(r) for r in self.rows])
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setCurrentRow(0)
        self.list.setAccessibleName(tr("Pickers", "Similar records"))
        self.list.itemDoubleClicked.connect(lambda _item: self.done(self.USE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        use = buttons.addButton(
            tr("Pickers", "Use the selected one"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        create = buttons.addButton(
            tr("Pickers", "Create anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        use.clicked.connect(lambda: self.done(self.USE))
        create.clicked.connect(lambda: self.done(self.CREATE))
        buttons.rejected.connect(self.reject)
        use.setDefault(True)
        self.setWindowTitle(tr("Pickers", "Already known?"))
        layout = QVBoxLayout(self)
        for widget in (self.message, self.list, buttons):
            layout.addWidget(widget)
        self.resize(640, 320)

    def chosen(self) -> Any:
        return self.rows[max(self.list.currentRow(), 0)]


def ask_similar(
    parent: QWidget, rows: Sequence[Any], describe: Callable[[Any], str], message: str
) -> tuple[int, Any]:
    """(SimilarDialog.USE, row), (SimilarDialog.CREATE, None) or (0, None) for cancel."""
    dialog = SimilarDialog(parent, rows, describe, message)
    answer = dialog.exec()
    return answer, dialog.chosen() if answer == SimilarDialog.USE else None


class _InlineDialog(EntryDialog):
    """Creation dialog with the similar-record check before saving."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._accepted_similar: set[int] = set()

    def check_similar(
        self, rows: Sequence[Any], describe: Callable[[Any], str], message: str
    ) -> tuple[bool, Any]:
        """(go on creating?, an existing row the user chose instead)."""
        new = [r for r in rows if r.id not in self._accepted_similar]
        if not new:
            return True, None
        answer, row = ask_similar(self, rows, describe, message)
        if answer == SimilarDialog.CREATE:
            self._accepted_similar.update(r.id for r in rows)
        return answer == SimilarDialog.CREATE, row


def _pick_or_create() -> str:
    return tr("Pickers", "Pick one from the list, or create a new one.")


class ContactDialog(_InlineDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        name: str = "",
        organisation: OrganisationRow | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("contactDialog")
        self.honorific = self.add_row(
            "honorific", lambda: tr("Pickers", "Form of address"), CodeCombo(labels.HONORIFICS)
        )
        self.first_name = self.add_row(
            "first_name", lambda: tr("Pickers", "First name"), QLineEdit()
        )
        self.last_name = self.add_row("last_name", lambda: tr("Pickers", "Last name"), QLineEdit())
        self.organisation = self.add_row(
            "organisation_id", lambda: tr("Pickers", "Organisation"), organisation_picker(ctx)
        )
        self.position = self.add_row("position", lambda: tr("Pickers", "Position"), QLineEdit())
        self.email = self.add_row("email", lambda: tr("Pickers", "Email"), QLineEdit())
        self.phone = self.add_row("phone", lambda: tr("Pickers", "Phone"), QLineEdit())
        self.side = self.add_row(
            "side",
            lambda: tr("Pickers", "Side"),
            CodeCombo(labels.SIDES, any_text=lambda: tr("Pickers", "Choose…")),
        )
        self.language = self.add_row(
            "language",
            lambda: tr("Pickers", "Preferred language"),
            CodeCombo(labels.LANGUAGES, any_text=lambda: tr("Pickers", "From the side")),
        )
        self.city = self.add_row("city", lambda: tr("Pickers", "City"), QLineEdit())
        self.notes = self.add_row("notes", lambda: tr("Pickers", "Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.organisation.changed.connect(self._side_from_organisation)
        self.honorific.set_code(contacts.DEFAULT_HONORIFIC.value)
        parts = name.split()
        self.first_name.setText(" ".join(parts[:-1]))
        self.last_name.setText(parts[-1] if parts else "")
        if organisation is not None:
            self.organisation.set_row(organisation)
            self._side_from_organisation()
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def title(self) -> str:
        return tr("Pickers", "New contact")

    def _side_from_organisation(self) -> None:
        org = self.organisation.row
        if org is not None and self.side.code() is None:
            self.side.set_code(org.side)

    def values(self) -> dict[str, Any]:
        org = self.organisation.row
        return {
            "honorific": self.honorific.code(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "organisation_id": org.id if org is not None else None,
            "position": self.position.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "side": self.side.code(),
            "language": self.language.code(),
            "city": self.city.text(),
            "notes": self.notes.toPlainText(),
        }

    def submit(self) -> ContactRow | None:
        if self.organisation.pending_text():
            self.errors.show({"organisation_id": _pick_or_create})
            return None
        values = self.values()
        similar = similar_contacts(
            self.ctx.db, values["first_name"], values["last_name"], values["email"],
            values["organisation_id"],
        )  # fmt: skip
        message = tr("Pickers", "A similar person is already recorded. Use them instead?")
        go_on, existing = self.check_similar(similar, describe_contact, message)
        if not go_on:
            chosen: ContactRow | None = existing  # None: back to the dialog
            return chosen
        return contacts.create_contact(self.ctx.db, values, actor=self.ctx.me)


class OrganisationDialog(_InlineDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, name: str = "") -> None:
        super().__init__(ctx, parent)
        self.setObjectName("organisationDialog")
        self.name = self.add_row("name", lambda: tr("Pickers", "Name"), QLineEdit(name))
        self.kind = self.add_row(
            "kind", lambda: tr("Pickers", "Kind"), CodeCombo(labels.ORGANISATION_KINDS)
        )
        self.side = self.add_row(
            "side",
            lambda: tr("Pickers", "Side"),
            CodeCombo(labels.SIDES, any_text=lambda: tr("Pickers", "Choose…")),
        )
        self.address = self.add_row("address", lambda: tr("Pickers", "Address"), QLineEdit())
        self.postal_code = self.add_row(
            "postal_code", lambda: tr("Pickers", "Postal code"), QLineEdit()
        )
        self.city = self.add_row("city", lambda: tr("Pickers", "City"), QLineEdit())
        self.country = self.add_row(
            "country", lambda: tr("Pickers", "Country (FR, PL …)"), QLineEdit()
        )
        self.website = self.add_row("website", lambda: tr("Pickers", "Website"), QLineEdit())
        self.email = self.add_row("email", lambda: tr("Pickers", "Email"), QLineEdit())
        self.phone = self.add_row("phone", lambda: tr("Pickers", "Phone"), QLineEdit())
        self.description = self.add_row(
            "description", lambda: tr("Pickers", "Description"), QPlainTextEdit()
        )
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.kind.set_code(organisations.DEFAULT_KIND.value)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def title(self) -> str:
        return tr("Pickers", "New organisation")

    def values(self) -> dict[str, Any]:
        names = ("name", "address", "postal_code", "city", "country", "website", "email", "phone")
        values: dict[str, Any] = {n: getattr(self, n).text() for n in names}
        values.update(kind=self.kind.code(), side=self.side.code())
        values["description"] = self.description.toPlainText()
        return values

    def submit(self) -> OrganisationRow | None:
        values = self.values()
        similar = similar_organisations(self.ctx.db, values["name"], values["email"])
        message = tr("Pickers", "A similar organisation is already recorded. Use it instead?")
        go_on, existing = self.check_similar(similar, describe_organisation, message)
        if not go_on:
            picked: OrganisationRow | None = existing
            return picked
        return organisations.create_organisation(self.ctx.db, values, actor=self.ctx.me)


# -- the picker ---------------------------------------------------------------------------


class RecordPicker(QWidget):
    """A search box over existing records, plus a button to create a new one."""

    changed = Signal()
    SEARCH_DELAY_MS = 150

    def __init__(
        self,
        find: Callable[[str], Sequence[Any]],
        describe: Callable[[Any], str],
        create: Callable[[QWidget, str], EntryDialog],
        new_text: Text,
    ) -> None:
        super().__init__()
        self._find, self._describe, self._create, self._new_text = find, describe, create, new_text
        self.row: Any = None
        self.results: list[Any] = []
        self.dialog: EntryDialog | None = None
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
        self.line.setPlaceholderText(tr("Pickers", "Type to search…"))
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


def organisation_picker(ctx: AppContext) -> RecordPicker:
    picker = RecordPicker(
        lambda text: organisations.find_organisations(ctx.db, text, limit=30),
        describe_organisation,
        lambda parent, name: OrganisationDialog(ctx, parent, name),
        lambda: tr("Pickers", "New organisation"),
    )
    picker.setObjectName("organisationPicker")
    return picker


def contact_picker(
    ctx: AppContext, organisation: Callable[[], OrganisationRow | None] = lambda: None
) -> RecordPicker:
    picker = RecordPicker(
        lambda text: contacts.find_contacts(ctx.db, text, limit=30),
        describe_contact,
        lambda parent, name: ContactDialog(ctx, parent, name, organisation()),
        lambda: tr("Pickers", "New contact"),
    )
    picker.setObjectName("contactPicker")
    return picker
