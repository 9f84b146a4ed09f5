"""The People screen: every person, searched and filtered; each opens the one person form
(msek_desktop.ui.forms.contact_form.ContactForm)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from msek_desktop.core import contacts
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.log_activity import QuickLog, contact_of
from msek_desktop.ui.dialogs.merging.dialog import DuplicatesButton
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.directory_form import PEOPLE
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.screens.directory import DirectoryScreen


def people_columns() -> list[Column]:
    language = lambda r: labels.label(labels.LANGUAGES, r.language)  # noqa: E731
    return [
        Column("name", lambda: tr("People", "Name"), lambda r: r.full_name),
        Column("organisation", lambda: tr("People", "Organisation"), lambda r: r.organisation_name),
        Column("position", lambda: tr("People", "Position"), lambda r: r.position),
        Column("email", lambda: tr("People", "Email"), lambda r: r.email),
        Column("phone", lambda: tr("People", "Phone"), lambda r: r.phone),
        Column("side", lambda: tr("People", "Side"), lambda r: labels.label(labels.SIDES, r.side)),
        Column("city", lambda: tr("People", "City"), lambda r: r.city),
        Column("language", lambda: tr("People", "Language"), language),
    ]


class PeopleScreen(DirectoryScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, "people", (PEOPLE, ContactForm))
        self.quick_log = QuickLog(self, [(self.table, contact_of)], before=self.new_button)
        self.duplicates = DuplicatesButton(self, "person", before=self.new_button)

    def title(self) -> str:
        return tr("People", "People")

    def columns(self) -> list[Column]:
        return people_columns()

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
            "none_yet": tr("People", "No person yet: create one."),
            "no_deleted": tr("People", "No deleted person: nothing to restore."),
        }

    def counted(self, key: str, n: int) -> str:
        if key == "all_selected":
            return tr("People", "All %n people selected", None, n)
        if key == "ask_restore":
            return tr("People", "Restore %n people?", None, n)
        return tr("People", "%n people restored.", None, n)

    def count_records(self, text: str, side: str | None, deleted: bool) -> int:
        return contacts.count_contacts(self.ctx.db, text, side=side, deleted=deleted)
