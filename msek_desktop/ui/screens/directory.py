"""What the People and Organisations screens share beyond RecordsScreen: the records come from
core's find_… and are restored with its set_deleted; each row opens the record's one form
(ContactForm, OrganisationForm), New… opens it empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.directory_form import DirectoryForm, Records
from msek_desktop.ui.screens.records import RecordsScreen

FormClass = Callable[[AppContext, int | None, QWidget], DirectoryForm]


class DirectoryScreen(RecordsScreen):
    """A list of people or organisations; a subclass gives its columns and texts."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        name: str,
        kind: tuple[Records, FormClass],
    ) -> None:
        """`name` prefixes the object names; `kind`: core's functions and the form."""
        self.records, self.form = kind
        super().__init__(ctx, parent)
        self.search.setObjectName(f"{name}Search")
        self.table.setObjectName(f"{name}Table")

    def fetch(
        self, text: str, side: str | None, deleted: bool, limit: int, offset: int
    ) -> list[Any]:
        found = self.records.find(
            self.ctx.db, text, side=side, deleted=deleted, limit=limit, offset=offset
        )
        return found

    def make_form(self, record_id: int | None) -> DirectoryForm:
        return self.form(self.ctx, record_id, self)

    def restore(self, record_id: int) -> None:
        self.records.set_deleted(self.ctx.db, record_id, False, actor=self.ctx.me)
