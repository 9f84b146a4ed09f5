"""The Organisations screen and the detail dialog of one organisation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from msek_desktop.core import contacts, fields, organisations
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import ContactRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.record_form import RecordForm, RecordsScreen, choose
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.screens.people import ContactForm


def organisation_columns() -> list[Column]:
    return [
        Column("name", lambda: tr("Organisations", "Name"), lambda r: r.name),
        Column(
            "kind",
            lambda: tr("Organisations", "Kind"),
            lambda r: labels.label(labels.ORGANISATION_KINDS, r.kind),
        ),
        Column(
            "side",
            lambda: tr("Organisations", "Side"),
            lambda r: labels.label(labels.SIDES, r.side),
        ),
        Column("city", lambda: tr("Organisations", "City"), lambda r: r.city),
        Column("country", lambda: tr("Organisations", "Country"), lambda r: r.country),
        Column("email", lambda: tr("Organisations", "Email"), lambda r: r.email),
        Column("phone", lambda: tr("Organisations", "Phone"), lambda r: r.phone),
    ]


def member_columns() -> list[Column]:
    return [
        Column("name", lambda: tr("Organisations", "Name"), lambda r: r.full_name),
        Column("position", lambda: tr("Organisations", "Position"), lambda r: r.position),
        Column("email", lambda: tr("Organisations", "Email"), lambda r: r.email),
        Column("phone", lambda: tr("Organisations", "Phone"), lambda r: r.phone),
    ]


class OrganisationsScreen(RecordsScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setObjectName("organisationSearch")
        self.table.setObjectName("organisationTable")

    def title(self) -> str:
        return tr("Organisations", "Organisations")

    def columns(self) -> list[Column]:
        return organisation_columns()

    def fetch(
        self, text: str, side: str | None, deleted: bool, limit: int, offset: int
    ) -> list[OrganisationRow]:
        return organisations.find_organisations(
            self.ctx.db, text, side=side, deleted=deleted, limit=limit, offset=offset
        )

    def make_form(self, record_id: int | None) -> RecordForm:
        return OrganisationForm(self.ctx, record_id, self)

    def restore(self, record_id: int) -> None:
        organisations.set_deleted(self.ctx.db, record_id, False, actor=self.ctx.me)

    def texts(self, count: int, more: bool) -> dict[str, str]:
        return {
            "new": tr("Organisations", "New organisation"),
            "restore": tr("Organisations", "Restore"),
            "search": tr("Organisations", "Search by name, city, country, email, website…"),
            "search_name": tr("Organisations", "Search organisations"),
            "table": tr("Organisations", "Organisations"),
            "count": (
                tr("Organisations", "%n or more organisations", None, count)
                if more
                else tr("Organisations", "%n organisations", None, count)
            ),
        }


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


class OrganisationForm(RecordForm):
    """Every field of one organisation, its people and its inquiries; Save, Delete, Restore."""

    TEXTS = ("address", "postal_code", "city", "country", "website", "email", "phone")

    def __init__(
        self, ctx: AppContext, organisation_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, organisation_id, parent, field_columns=3)
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
        self.person_forms: list[ContactForm] = []
        self.finish()
        self.resize(1080, 700)

    def _members(self, offset: int, limit: int, _sort: str | None, _d: bool) -> list[ContactRow]:
        if self.record_id is None:
            return []
        return contacts.find_contacts(
            self.ctx.db, organisation_id=self.record_id, limit=limit, offset=offset
        )

    def open_person(self, row: ContactRow) -> ContactForm:
        form = ContactForm(self.ctx, row.id, self)
        self.person_forms.append(form)
        form.finished.connect(lambda _code: self._forget_person(form))
        form.show()
        return form

    def _forget_person(self, form: ContactForm) -> None:
        self.person_forms.remove(form)
        form.deleteLater()

    def read_record(self, record_id: int) -> OrganisationRow:
        return organisations.get_organisation(self.ctx.db, record_id)

    def fill(self, row: OrganisationRow | None) -> None:
        self.name.setText(row.name if row else "")
        self.kind.set_code(row.kind if row else organisations.DEFAULT_KIND.value)
        self.side.set_code(row.side if row else None)
        for name in self.TEXTS:
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            editor.setText(getattr(row, name) if row else "")
        self.description.setPlainText(row.description if row else "")
        self.fields.set_codes(row.fields if row else ())

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": self.kind.code(),
            "side": self.side.code(),
            "description": self.description.toPlainText(),
            "fields": self.fields.codes(),
        }
        for name in self.TEXTS:
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            values[name] = editor.text()
        return values

    def create_record(self, values: dict[str, Any]) -> OrganisationRow:
        return organisations.create_organisation(self.ctx.db, values, actor=self.ctx.me)

    def update_record(self, values: dict[str, Any], expected_version: int) -> OrganisationRow:
        return organisations.update_organisation(
            self.ctx.db,
            self.row.id,
            values,
            actor=self.ctx.me,
            expected_version=expected_version,
        )

    def set_deleted(self, deleted: bool) -> OrganisationRow:
        return organisations.set_deleted(self.ctx.db, self.row.id, deleted, actor=self.ctx.me)

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
