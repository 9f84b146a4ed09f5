"""The People screen and the detail dialog of one person (ContactForm)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

from msek_desktop.core import contacts, organisations, sides
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import ContactRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.record_form import RecordForm, RecordsScreen, choose
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.kit.widgets import CodeCombo


def people_columns() -> list[Column]:
    return [
        Column("name", lambda: tr("People", "Name"), lambda r: r.full_name),
        Column("organisation", lambda: tr("People", "Organisation"), lambda r: r.organisation_name),
        Column("position", lambda: tr("People", "Position"), lambda r: r.position),
        Column("email", lambda: tr("People", "Email"), lambda r: r.email),
        Column("phone", lambda: tr("People", "Phone"), lambda r: r.phone),
        Column("side", lambda: tr("People", "Side"), lambda r: labels.label(labels.SIDES, r.side)),
        Column("city", lambda: tr("People", "City"), lambda r: r.city),
        Column(
            "language",
            lambda: tr("People", "Language"),
            lambda r: labels.label(labels.LANGUAGES, r.language),
        ),
    ]


class PeopleScreen(RecordsScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setObjectName("peopleSearch")
        self.table.setObjectName("peopleTable")

    def title(self) -> str:
        return tr("People", "People")

    def columns(self) -> list[Column]:
        return people_columns()

    def fetch(
        self, text: str, side: str | None, deleted: bool, limit: int, offset: int
    ) -> list[ContactRow]:
        return contacts.find_contacts(
            self.ctx.db, text, side=side, deleted=deleted, limit=limit, offset=offset
        )

    def make_form(self, record_id: int | None) -> RecordForm:
        return ContactForm(self.ctx, record_id, self)

    def restore(self, record_id: int) -> None:
        contacts.set_deleted(self.ctx.db, record_id, False, actor=self.ctx.me)

    def texts(self, count: int, more: bool) -> dict[str, str]:
        return {
            "new": tr("People", "New person"),
            "restore": tr("People", "Restore"),
            "search": tr("People", "Search by name, organisation, email, phone, city…"),
            "search_name": tr("People", "Search people"),
            "table": tr("People", "People"),
            "count": (
                tr("People", "%n or more people", None, count)
                if more
                else tr("People", "%n people", None, count)
            ),
        }


class OrganisationPicker(QLineEdit):
    """Type part of a name, pick the organisation from the suggestions (or leave empty)."""

    SUGGESTIONS = 15

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.organisation_id: int | None = None
        self._ids: dict[str, int] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        # The service already matched the text, ignoring accents: show its list as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        completer.activated.connect(self._picked)  # the text overload
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(self._cleared)

    def set_organisation(self, organisation_id: int | None, name: str | None) -> None:
        self.organisation_id = organisation_id
        self.setText(name or "")

    def _suggest(self, text: str) -> None:
        self.organisation_id = None
        found = organisations.find_organisations(self.ctx.db, text, limit=self.SUGGESTIONS)
        self._ids = {self._shown(o.name, o.city): o.id for o in found}
        self._names.setStringList(list(self._ids))

    @staticmethod
    def _shown(name: str, city: str) -> str:
        return f"{name} — {city}" if city else name

    def _picked(self, text: str) -> None:
        self.organisation_id = self._ids.get(text)
        if self.organisation_id is not None:
            self.setText(text.split(" — ", maxsplit=1)[0])

    def _cleared(self, text: str) -> None:
        if not text:
            self.organisation_id = None


class ContactForm(RecordForm):
    """Every field of one person, their inquiries; Save, Delete, Restore."""

    def __init__(
        self, ctx: AppContext, contact_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, contact_id, parent)
        self.honorific = self.add_field("honorific", CodeCombo(labels.HONORIFICS))
        self.first_name = self.add_field("first_name", QLineEdit())
        self.last_name = self.add_field("last_name", QLineEdit())
        self.organisation = self.add_field("organisation_id", OrganisationPicker(ctx))
        self.position = self.add_field("position", QLineEdit())
        self.side = self.add_field("side", CodeCombo(labels.SIDES, any_text=choose))
        self.email = self.add_field("email", QLineEdit(), 1)
        self.phone = self.add_field("phone", QLineEdit(), 1)
        self.language = self.add_field("language", CodeCombo(labels.LANGUAGES), 1)
        self.city = self.add_field("city", QLineEdit(), 1)
        self.notes = self.add_field("notes", QPlainTextEdit(), 1)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.inquiries = self.add_inquiries_link(lambda i: InquiryFilter(contact_id=i))
        self._language_picked = False
        self.language.activated.connect(self._language_chosen)
        self.side.currentIndexChanged.connect(self._side_changed)
        self.finish()
        self.resize(960, 620)

    def read_record(self, record_id: int) -> ContactRow:
        return contacts.get_contact(self.ctx.db, record_id)

    def fill(self, row: ContactRow | None) -> None:
        self.honorific.set_code(row.honorific if row else contacts.DEFAULT_HONORIFIC.value)
        self.first_name.setText(row.first_name if row else "")
        self.last_name.setText(row.last_name if row else "")
        self.organisation.set_organisation(
            row.organisation_id if row else None, row.organisation_name if row else None
        )
        self.position.setText(row.position if row else "")
        self.side.set_code(row.side if row else None)
        self.email.setText(row.email if row else "")
        self.phone.setText(row.phone if row else "")
        self.language.set_code(row.language if row else sides.default_language(None).value)
        self.city.setText(row.city if row else "")
        self.notes.setPlainText(row.notes if row else "")

    def values(self) -> dict[str, Any]:
        return {
            "honorific": self.honorific.code(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "organisation_id": self.organisation.organisation_id,
            "position": self.position.text(),
            "side": self.side.code(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "language": self.language.code(),
            "city": self.city.text(),
            "notes": self.notes.toPlainText(),
        }

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        if self.organisation.text().strip() and values["organisation_id"] is None:
            text = tr("ContactForm", "Pick the organisation from the suggestions, or leave empty.")
            return {"organisation_id": text}
        return {}

    def create_record(self, values: dict[str, Any]) -> ContactRow:
        return contacts.create_contact(self.ctx.db, values, actor=self.ctx.me)

    def update_record(self, values: dict[str, Any], expected_version: int) -> ContactRow:
        return contacts.update_contact(
            self.ctx.db,
            self.row.id,
            values,
            actor=self.ctx.me,
            expected_version=expected_version,
        )

    def set_deleted(self, deleted: bool) -> ContactRow:
        return contacts.set_deleted(self.ctx.db, self.row.id, deleted, actor=self.ctx.me)

    def _language_chosen(self) -> None:
        self._language_picked = True

    def _side_changed(self) -> None:
        """A new person on the Katowice side most likely reads Polish, and so on."""
        if self.row is None and not self._language_picked:
            self.language.set_code(sides.default_language(self.side.code()).value)

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
        }

    def retranslate_editors(self) -> None:
        for combo in (self.honorific, self.side, self.language):
            combo.retranslate()
        self.organisation.setPlaceholderText(tr("ContactForm", "Type to search…"))
