"""The Organisations screen: every organisation, searched and filtered; each opens the one
organisation form (msek_desktop.ui.forms.organisation_form.OrganisationForm)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from msek_desktop.core import organisations
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.log_activity import QuickLog, organisation_of
from msek_desktop.ui.dialogs.merging.dialog import DuplicatesButton
from msek_desktop.ui.forms.directory_form import ORGANISATIONS
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.screens.directory import DirectoryScreen


def organisation_columns() -> list[Column]:
    kind = lambda r: labels.label(labels.ORGANISATION_KINDS, r.kind)  # noqa: E731
    side = lambda r: labels.label(labels.SIDES, r.side)  # noqa: E731
    return [
        Column("name", lambda: tr("Organisations", "Name"), lambda r: r.name),
        Column("kind", lambda: tr("Organisations", "Kind"), kind),
        Column("side", lambda: tr("Organisations", "Side"), side),
        Column("city", lambda: tr("Organisations", "City"), lambda r: r.city),
        Column("country", lambda: tr("Organisations", "Country"), lambda r: r.country),
        Column("email", lambda: tr("Organisations", "Email"), lambda r: r.email),
        Column("phone", lambda: tr("Organisations", "Phone"), lambda r: r.phone),
    ]


class OrganisationsScreen(DirectoryScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, "organisation", (ORGANISATIONS, OrganisationForm))
        self.quick_log = QuickLog(self, [(self.table, organisation_of)], before=self.new_button)
        self.duplicates = DuplicatesButton(self, "organisation", before=self.new_button)

    def title(self) -> str:
        return tr("Organisations", "Organisations")

    def columns(self) -> list[Column]:
        return organisation_columns()

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
            "none_yet": tr("Organisations", "No organisation yet: create one."),
            "no_deleted": tr("Organisations", "No deleted organisation: nothing to restore."),
        }

    def counted(self, key: str, n: int) -> str:
        if key == "all_selected":
            return tr("Organisations", "All %n organisations selected", None, n)
        if key == "ask_restore":
            return tr("Organisations", "Restore %n organisations?", None, n)
        return tr("Organisations", "%n organisations restored.", None, n)

    def count_records(self, text: str, side: str | None, deleted: bool) -> int:
        return organisations.count_organisations(self.ctx.db, text, side=side, deleted=deleted)
