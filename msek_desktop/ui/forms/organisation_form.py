"""The form of one organisation (OrganisationForm): every field, its people and its inquiries;
Save, Delete, Restore; a new person of the organisation from its People tab.

Opened by the Organisations screen, and create-only by the organisation picker (the name typed
there already filled in).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from msek_desktop.core import contacts, fields, organisations
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import ContactRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.directory_form import ORGANISATIONS, DirectoryForm
from msek_desktop.ui.forms.record_form import choose
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.kit.widgets import CodeCombo


def member_columns() -> list[Column]:
    return [
        Column("name", lambda: tr("Organisations", "Name"), lambda r: r.full_name),
        Column("position", lambda: tr("Organisations", "Position"), lambda r: r.position),
        Column("email", lambda: tr("Organisations", "Email"), lambda r: r.email),
        Column("phone", lambda: tr("Organisations", "Phone"), lambda r: r.phone),
    ]


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


class OrganisationForm(DirectoryForm):
    """Every field of one organisation, its people and its inquiries; Save, Delete, Restore."""

    TEXTS = ("address", "postal_code", "city", "country", "website", "email", "phone")

    def __init__(
        self,
        ctx: AppContext,
        organisation_id: int | None,
        parent: QWidget | None = None,
        *,
        create_only: bool = False,
        name: str = "",
    ) -> None:
        super().__init__(
            ctx, organisation_id, parent, ORGANISATIONS, field_columns=3, create_only=create_only
        )
        self._typed_name = name
        self.column_stretch = [1, 1, 0]
        self.columns[2].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name = self.add_field("name", QLineEdit())
        self.kind = self.add_field("kind", CodeCombo(labels.ORGANISATION_KINDS))
        self.side = self.add_field("side", CodeCombo(labels.SIDES, any_text=choose))
        self.email = self.add_field("email", QLineEdit())
        self.phone = self.add_field("phone", QLineEdit())
        self.website = self.add_field("website", QLineEdit())
        self.address = self.add_field("address", QLineEdit(), 1)
        self.postal_code = self.add_field("postal_code", QLineEdit(), 1)
        self.city = self.add_field("city", QLineEdit(), 1)
        self.country = self.add_field("country", QLineEdit(), 1)
        self.country.setMaxLength(2)
        self.description = self.add_field("description", QPlainTextEdit(), 1)
        self.description.setTabChangesFocus(True)
        self.fields = self.add_field("fields", FieldsChecklist(ctx), 2)
        self.people = self.add_link(
            lambda: tr("OrganisationForm", "People"), member_columns(), self._members
        )
        self.people.table.activated_row.connect(self.open_person)
        self.add_inquiries_link(lambda i: InquiryFilter(organisation_id=i))
        self.new_person = QPushButton()
        self.new_person.setObjectName("newPerson")
        self.new_person.clicked.connect(self.add_person)
        self.tabs.setCornerWidget(self.new_person)
        self.person_forms: list[ContactForm] = []
        self.finish_sized(1080, 700)

    def _members(self, offset: int, limit: int, _sort: str | None, _d: bool) -> list[ContactRow]:
        if self.record_id is None:
            return []
        return contacts.find_contacts(
            self.ctx.db, organisation_id=self.record_id, limit=limit, offset=offset
        )

    def open_person(self, row: ContactRow) -> ContactForm:
        return self._show_person(ContactForm(self.ctx, row.id, self))

    def add_person(self) -> ContactForm:
        """A new person of this organisation (on its side unless changed)."""
        form = ContactForm(self.ctx, None, self, create_only=True, organisation=self.row)
        return self._show_person(form)

    def _show_person(self, form: ContactForm) -> ContactForm:
        self.person_forms.append(form)
        form.finished.connect(lambda _code: self._forget_person(form))
        form.show()
        return form

    def _forget_person(self, form: ContactForm) -> None:
        if form in self.person_forms:
            self.person_forms.remove(form)
            form.deleteLater()

    def fill(self, row: OrganisationRow | None) -> None:
        self.name.setText(row.name if row else self._typed_name)
        self.kind.set_code(row.kind if row else organisations.DEFAULT_KIND.value)
        self.side.set_code(row.side if row else None)
        for name in self.TEXTS:
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            editor.setText(getattr(row, name) if row else "")
        self.description.setPlainText(row.description(_own_language(row.side)) if row else "")
        self.fields.set_codes(row.fields if row else ())

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": self.kind.code(),
            "side": self.side.code(),
            "fields": self.fields.codes(),
        }
        values[f"description_{_own_language(self.side.code())}"] = self.description.toPlainText()
        for name in self.TEXTS:
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            values[name] = editor.text()
        return values

    def similar(self, values: dict[str, Any]) -> Sequence[OrganisationRow]:
        return organisations.similar_organisations(self.ctx.db, values["name"], values["email"])

    def similar_question(self) -> str:
        return tr("Pickers", "A similar organisation is already recorded. Use it instead?")

    def title_text(self) -> str:
        if self.row is None:
            return tr("OrganisationForm", "New organisation")
        return tr("OrganisationForm", "Organisation — %1").replace("%1", self.row.name)

    def field_texts(self) -> dict[str, str]:
        return {
            "name": tr("OrganisationForm", "Name"),
            "kind": tr("OrganisationForm", "Kind"),
            "side": tr("OrganisationForm", "Side"),
            "email": tr("OrganisationForm", "Email"),
            "phone": tr("OrganisationForm", "Phone"),
            "website": tr("OrganisationForm", "Website"),
            "address": tr("OrganisationForm", "Address"),
            "postal_code": tr("OrganisationForm", "Postal code"),
            "city": tr("OrganisationForm", "City"),
            "country": tr("OrganisationForm", "Country (FR, PL…)"),
            "description": tr("OrganisationForm", "Description"),
            "fields": tr("OrganisationForm", "Fields of exchange"),
        }

    def retranslate_editors(self) -> None:
        for combo in (self.kind, self.side):
            combo.retranslate()
        self.fields.retranslate()
        self.new_person.setText(tr("OrganisationForm", "New person…"))


def _own_language(side: str | None) -> str:
    return {"saint_etienne": "fr", "katowice": "pl"}.get(side or "", "en")
