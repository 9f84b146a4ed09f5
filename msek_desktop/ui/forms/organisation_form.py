"""The form of one organisation (OrganisationForm): its details and its matching profile (two
tabs at the top: organisation_profile), its people, its inquiries and its whole history
(organisation_history) in the tabs below; Save, Delete, Restore; a new person of the
organisation from its People tab.

Opened by the Organisations screen, and create-only by the organisation picker (the name typed
there already filled in).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import contacts, organisations, partner_proposals
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import ContactRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.email_action import EmailButton
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.directory_form import ORGANISATIONS, DirectoryForm
from msek_desktop.ui.forms.documents_panel import add_documents_tab
from msek_desktop.ui.forms.exchange_links import add_exchanges_link
from msek_desktop.ui.forms.field_chips import FieldChips, FieldsChecklist
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.history_stream import add_history_tab
from msek_desktop.ui.forms.organisation_fits import add_fits_tab
from msek_desktop.ui.forms.organisation_history import OrganisationHistory
from msek_desktop.ui.forms.organisation_profile import ProfileEditors, reveal
from msek_desktop.ui.forms.record_form import add_inquiries_link, add_link_field, choose
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


class OrganisationForm(DirectoryForm):
    """Every field of one organisation, its profile, its people, its inquiries and its
    history; Save, Delete, Restore."""

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
        self.email = add_link_field(self, "email", "email")
        self.phone = add_link_field(self, "phone", "phone")
        self.website = add_link_field(self, "website", "website")
        self.address = self.add_field("address", QLineEdit(), 1)
        self.postal_code = self.add_field("postal_code", QLineEdit(), 1)
        self.city = self.add_field("city", QLineEdit(), 1)
        self.country = self.add_field("country", QLineEdit(), 1)
        self.country.setMaxLength(2)
        self.fields = FieldsChecklist(ctx)  # the values; shown as chips, ticked in a popup
        self.field_chips = self.add_field("fields", FieldChips(self.fields), 1)
        self.profile = ProfileEditors(self)
        self.sections = QTabWidget()  # the details, the profile
        self.sections.setObjectName("sections")
        self.people = self.add_link(
            lambda: tr("OrganisationForm", "People"), member_columns(), self._members
        )
        self.people.table.activated_row.connect(self.open_person)
        add_inquiries_link(self, lambda i: InquiryFilter(organisation_id=i))
        self.exchanges = add_exchanges_link(self)  # "Exchanges (n)": those it takes part in
        self.history = OrganisationHistory(ctx.events.open_inquiry.emit)
        self.tabs.addTab(self.history, "")
        self.fits = add_fits_tab(self)  # the open inquiries of the other side that fit it
        activity = lambda: tr("OrganisationForm", "Activity")  # noqa: E731 (calls, notes...)
        named = self.field_texts
        self.stream = add_history_tab(self, "organisation_id", activity, field_labels=named)
        self.documents = add_documents_tab(self, "organisation_id")
        self.new_person = QPushButton()
        self.new_person.setObjectName("newPerson")
        self.new_person.clicked.connect(self.add_person)
        self.tabs.setCornerWidget(self.new_person)
        self.person_forms: list[ContactForm] = []
        self.email_button = EmailButton(self, "organisation_id")  # Write email…, Ctrl+Shift+E
        self.finish_sized(1080, 700)

    def lay_out(self) -> None:
        """The notice; the details and the profile, a tab each; the linked tabs; the buttons."""
        details = QWidget()
        columns = QHBoxLayout(details)
        for form, stretch in zip(self.columns, self.column_stretch, strict=True):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            columns.addLayout(form, stretch)
        self.sections.addTab(details, "")
        self.sections.addTab(self.profile.page, "")
        self.sections.setCornerWidget(self.history.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.sections)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.button_row(self.email_button))
        chain = [self.sections, *self.editors.values(), self.tabs, self.email_button]
        chain += [self.save_button, self.close_button, self.delete_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _members(self, offset: int, limit: int, _sort: str | None, _d: bool) -> list[ContactRow]:
        if self.record_id is None:
            return []
        return contacts.find_contacts(
            self.ctx.db, organisation_id=self.record_id, limit=limit, offset=offset
        )

    def reload_links(self) -> None:
        """The people and inquiries, and the history with its counts (none for a new one)."""
        self.history.summary.setVisible(self.record_id is not None)
        if self.record_id is None:
            self.history.show_history([], None)
        else:
            db, organisation_id = self.ctx.db, self.record_id
            self.history.show_history(
                partner_proposals.history(db, organisation_id),
                partner_proposals.counts(db, organisation_id),
            )
        super().reload_links()

    def _tab_titles(self) -> None:
        super()._tab_titles()
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.history.title())

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

    def show_state(self) -> None:
        super().show_state()
        self.email_button.refresh()

    def fill(self, row: OrganisationRow | None) -> None:
        self.name.setText(row.name if row else self._typed_name)
        self.kind.set_code(row.kind if row else organisations.DEFAULT_KIND.value)
        self.side.set_code(row.side if row else None)
        for name in self.TEXTS:
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            editor.setText(getattr(row, name) if row else "")
        self.fields.set_codes(row.fields if row else ())
        self.profile.fill(row)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": self.kind.code(),
            "side": self.side.code(),
            "fields": self.fields.codes(),
            **self.profile.values(),
        }
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
            "fields": tr("OrganisationForm", "Fields of exchange"),
            **self.profile.field_texts(),
        }

    def retranslate_editors(self) -> None:
        for combo in (self.kind, self.side):
            combo.retranslate()
        self.field_chips.retranslate()
        self.profile.retranslate()
        self.history.retranslate()
        self.sections.setTabText(0, tr("OrganisationForm", "Details"))
        self.sections.setTabText(1, tr("OrganisationForm", "Profile"))
        self.sections.setAccessibleName(tr("OrganisationForm", "Organisation"))
        self.new_person.setText(tr("OrganisationForm", "New person…"))

    def show_errors(self, messages: Mapping[str, str | Text], *, from_service: bool = True) -> None:
        """FieldsDialog.show_errors; the first refused field's tab brought forward."""
        super().show_errors(messages, from_service=from_service)
        shown = [n for n in self.editors if n in messages]  # in the form's order
        if shown:
            reveal(self.editors[shown[0]])
            self.editors[shown[0]].setFocus()
