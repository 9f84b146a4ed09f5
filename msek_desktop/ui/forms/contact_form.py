"""The form of one person (ContactForm): every field, their inquiries; Save, Delete, Restore.

Why the office keeps their data (legal basis) and the ways they refused to be contacted (No
letters / No email / No phone: letters, emails and batches respect them) are fields like the
others; their consents are a tab of their own (consent_panel).

Opened by the People screen, by an organisation's form, and create-only by the contact picker
(the name typed there split into first and last name, the organisation already chosen).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from msek_desktop.core import contacts, organisations, sides
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.privacy import consent
from msek_desktop.core.rows import ContactRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.email_action import EmailButton
from msek_desktop.ui.forms.consent_panel import add_consent_tab
from msek_desktop.ui.forms.consent_texts import LEGAL_BASES, PREFERENCES
from msek_desktop.ui.forms.directory_form import PEOPLE, DirectoryForm
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.history_stream import add_history_tab
from msek_desktop.ui.forms.person_data import PersonDataButton
from msek_desktop.ui.forms.pickers import organisation_picker
from msek_desktop.ui.forms.record_form import add_inquiries_link, add_link_field, choose
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.error_texts import error_text
from msek_desktop.ui.kit.fields import on_edit
from msek_desktop.ui.kit.widgets import CodeCombo


class Refusals:
    """The refusals ticked on a form, and the name typed: what consent.refusal reads."""

    def __init__(self, form: ContactForm) -> None:
        self.first_name, self.last_name = form.first_name.text(), form.last_name.text()
        ticked = {name: box.isChecked() for name, box in form.refusals.items()}
        self.no_letters, self.no_email = ticked["no_letters"], ticked["no_email"]
        self.no_phone = ticked["no_phone"]


class ContactForm(DirectoryForm):
    """Every field of one person, their inquiries; Save, Delete, Restore."""

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int | None,
        parent: QWidget | None = None,
        *,
        create_only: bool = False,
        name: str = "",
        organisation: OrganisationRow | None = None,
    ) -> None:
        super().__init__(ctx, contact_id, parent, PEOPLE, create_only=create_only)
        self._typed_name, self._preset_organisation = name, organisation
        self.honorific = self.add_field("honorific", CodeCombo(labels.HONORIFICS))
        self.first_name = self.add_field("first_name", QLineEdit())
        self.last_name = self.add_field("last_name", QLineEdit())
        self.organisation = self.add_field("organisation_id", organisation_picker(ctx))
        self.position = self.add_field("position", QLineEdit())
        self.side = self.add_field("side", CodeCombo(labels.SIDES, any_text=choose))
        self.legal_basis = self.add_field("legal_basis", CodeCombo(LEGAL_BASES))
        self.email = add_link_field(self, "email", "email", 1)
        self.phone = add_link_field(self, "phone", "phone", 1)
        self.language = self.add_field("language", CodeCombo(labels.LANGUAGES), 1)
        self.city = self.add_field("city", QLineEdit(), 1)
        self.refusals = self._add_refusals()  # No letters / No email / No phone
        self.notes = self.add_field("notes", QPlainTextEdit(), 1)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.inquiries = add_inquiries_link(self, lambda i: InquiryFilter(contact_id=i))
        history = lambda: tr("ContactForm", "History")  # noqa: E731
        self.stream = add_history_tab(self, "contact_id", history, field_labels=self.field_texts)
        self.consents = add_consent_tab(self)
        self._language_picked = False
        self.language.activated.connect(self._language_chosen)
        self.side.currentIndexChanged.connect(self._side_changed)
        self.organisation.changed.connect(self._side_from_organisation)
        self.email_button = EmailButton(self, "contact_id")  # Write email…, Ctrl+Shift+E
        self.data_button = PersonDataButton(self)  # Personal data ▾ (core.privacy)
        self.finish_sized(960, 620)
        # after finish(): the Write and Call buttons' own refresh runs first, then this
        for widget in (*self.refusals.values(), self.email, self.phone, self.side):
            on_edit(widget, self._respect_refusals)
        self._respect_refusals()

    def _add_refusals(self) -> dict[str, QCheckBox]:
        """The three refusals side by side on one line of the second column."""
        boxes = {name: QCheckBox() for name in PREFERENCES}
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        for name, box in boxes.items():
            row.addWidget(self.field(name, box)[1])
        row.addStretch(1)
        self.refusals_label = QLabel()
        self.refusals_label.setBuddy(next(iter(boxes.values())))
        self.columns[1].addRow(self.refusals_label, line)
        return boxes

    def _respect_refusals(self) -> None:
        """Write and Call beside the email and phone are disabled for a person who refused
        emails or calls, and say why (core.privacy.consent)."""
        for name, channel in (("email", "email"), ("phone", "phone")):
            button = self.link_buttons[name]
            button.refresh()
            refused = consent.refusal(Refusals(self), channel)
            if refused is not None:
                button.setEnabled(False)
                button.setToolTip(error_text(refused))

    def button_row(self, *middle: QWidget) -> QHBoxLayout:
        """The form's buttons, Write email… and Personal data among them."""
        return super().button_row(self.email_button, self.data_button, *middle)

    def show_state(self) -> None:
        super().show_state()
        self.email_button.refresh()
        self.data_button.refresh()

    def fill(self, row: ContactRow | None) -> None:
        if row is None:
            self._fill_new()
            return
        self.honorific.set_code(row.honorific)
        self.first_name.setText(row.first_name)
        self.last_name.setText(row.last_name)
        organisation_id = row.organisation_id
        self.organisation.set_row(
            organisations.get_organisation(self.ctx.db, organisation_id)
            if organisation_id is not None
            else None
        )
        self.position.setText(row.position)
        self.side.set_code(row.side)
        for editor, text in ((self.email, row.email), (self.phone, row.phone)):
            editor.setText(text)
        self.language.set_code(row.language)
        self.city.setText(row.city)
        self.notes.setPlainText(row.notes)
        self.legal_basis.set_code(row.legal_basis)
        for name, box in self.refusals.items():
            box.setChecked(bool(getattr(row, name)))

    def _fill_new(self) -> None:
        """Core's defaults, the name typed in a picker ("Anna Maria Nowak": the last word is
        the last name), the organisation chosen there and its side."""
        self.honorific.set_code(contacts.DEFAULT_HONORIFIC.value)
        words = self._typed_name.split()
        self.first_name.setText(" ".join(words[:-1]))
        self.last_name.setText(words[-1] if words else "")
        self.organisation.set_row(self._preset_organisation)
        for editor in (self.position, self.email, self.phone, self.city):
            editor.setText("")
        self.notes.setPlainText("")
        self.legal_basis.set_code(contacts.DEFAULT_LEGAL_BASIS.value)
        for box in self.refusals.values():
            box.setChecked(False)
        self.side.set_code(None)
        self.language.set_code(sides.default_language(None).value)
        self._side_from_organisation()

    def values(self) -> dict[str, Any]:
        organisation = self.organisation.row
        return {
            "honorific": self.honorific.code(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "organisation_id": organisation.id if organisation is not None else None,
            "position": self.position.text(),
            "side": self.side.code(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "language": self.language.code(),
            "city": self.city.text(),
            "notes": self.notes.toPlainText(),
            "legal_basis": self.legal_basis.code(),
            **{name: box.isChecked() for name, box in self.refusals.items()},
        }

    def check(self, values: dict[str, Any]) -> dict[str, str | Text]:
        """Core's field errors and an organisation typed but not picked, all at once."""
        found = super().check(values)
        if self.organisation.pending_text():
            text = tr("ContactForm", "Pick the organisation from the suggestions, or leave empty.")
            found["organisation_id"] = text
        return found

    def similar(self, values: dict[str, Any]) -> Sequence[ContactRow]:
        return contacts.similar_contacts(
            self.ctx.db, values["first_name"], values["last_name"], values["email"],
            values["organisation_id"],
        )  # fmt: skip

    def similar_question(self) -> str:
        return tr("Pickers", "A similar person is already recorded. Use them instead?")

    def _language_chosen(self) -> None:
        self._language_picked = True

    def _side_changed(self) -> None:
        """A new person on the Katowice side most likely reads Polish, and so on."""
        if self.row is None and not self._language_picked:
            self.language.set_code(sides.default_language(self.side.code()).value)

    def _side_from_organisation(self) -> None:
        """A person picked into an organisation is, unless said otherwise, on its side."""
        organisation = self.organisation.row
        if organisation is not None and self.side.code() is None:
            self.side.set_code(organisation.side)

    def title_text(self) -> str:
        if self.row is None:
            return tr("ContactForm", "New person")
        return tr("ContactForm", "Person — %1").replace("%1", self.row.full_name)

    def field_texts(self) -> dict[str, str]:
        return {
            "honorific": tr("ContactForm", "Honorific"),
            "first_name": tr("ContactForm", "First name"),
            "last_name": tr("ContactForm", "Last name"),
            "organisation_id": tr("ContactForm", "Organisation"),
            "position": tr("ContactForm", "Position"),
            "side": tr("ContactForm", "Side"),
            "email": tr("ContactForm", "Email"),
            "phone": tr("ContactForm", "Phone"),
            "language": tr("ContactForm", "Language"),
            "city": tr("ContactForm", "City"),
            "notes": tr("ContactForm", "Notes"),
            "legal_basis": tr("ContactForm", "Legal basis"),
            **{name: text() for name, text in PREFERENCES.items()},
        }

    def retranslate_editors(self) -> None:
        for combo in (self.honorific, self.side, self.language, self.legal_basis):
            combo.retranslate()
        self.organisation.retranslate()
        for name, box in self.refusals.items():
            box.setText(PREFERENCES[name]())
        self.refusals_label.setText(tr("ContactForm", "Preferences"))
        QTimer.singleShot(0, self, self._respect_refusals)  # after the buttons' own new texts
