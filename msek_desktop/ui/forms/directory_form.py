"""What the forms of a person and of an organisation share, on top of RecordForm.

Before a new person or organisation is written, the similar ones already recorded are looked up
by the import's rules (core.contacts.similar_contacts, core.organisations.similar_organisations:
the same email, the same name once folded, or a close one) and offered, so the office does not
end up with the same person twice. This happens in DirectoryForm.save, the one create path of
both forms, wherever they are opened: the People and Organisations screens, the pickers, the
organisation's own form.

A form opened by a picker is create-only: no linked tabs, and it closes as soon as the record
is created (or an existing one chosen instead), leaving it in `result_row` for the picker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from msek_desktop.core import contacts, organisations
from msek_desktop.core.rows import ContactRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.record_form import RecordForm
from msek_desktop.ui.i18n import tr


def describe_contact(c: ContactRow) -> str:
    return " — ".join(p for p in (c.full_name, c.organisation_name or "", c.email, c.city) if p)


def describe_organisation(o: OrganisationRow) -> str:
    return " — ".join(p for p in (o.name, o.city, o.email) if p)


@dataclass(frozen=True)
class Records:
    """Core's functions for one kind of record of the office's directory, and how a row of
    it is said in one line (in a picker, in the list of similar ones)."""

    find: Callable[..., list[Any]]  # (db, text, *, side, deleted, limit, offset)
    get: Callable[..., Any]  # (db, id)
    create: Callable[..., Any]  # (db, values, *, actor)
    update: Callable[..., Any]  # (db, id, changes, *, actor, expected_version)
    set_deleted: Callable[..., Any]  # (db, id, deleted, *, actor)
    describe: Callable[[Any], str]
    field_errors: Callable[..., dict[str, str]]  # (values, *, new, side_now)


PEOPLE = Records(
    contacts.find_contacts,
    contacts.get_contact,
    contacts.create_contact,
    contacts.update_contact,
    contacts.set_deleted,
    describe_contact,
    contacts.field_errors,
)
ORGANISATIONS = Records(
    organisations.find_organisations,
    organisations.get_organisation,
    organisations.create_organisation,
    organisations.update_organisation,
    organisations.set_deleted,
    describe_organisation,
    organisations.field_errors,
)


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


class DirectoryForm(RecordForm):
    """The form of a person or an organisation: similar records are offered before one is
    created; `create_only` for the pickers (see the module notes)."""

    def __init__(
        self,
        ctx: AppContext,
        record_id: int | None,
        parent: QWidget | None,
        records: Records,
        *,
        field_columns: int = 2,
        create_only: bool = False,
    ) -> None:
        super().__init__(ctx, record_id, parent, field_columns)
        self.records = records
        self.create_only = create_only and record_id is None
        self.result_row: Any = None
        self._accepted_similar: set[int] = set()  # "create anyway" said for these

    # -- what subclasses provide ----------------------------------------------------------

    def similar(self, values: dict[str, Any]) -> Sequence[Any]:
        """The records already recorded that may be the one about to be created."""
        raise NotImplementedError

    def similar_question(self) -> str:
        raise NotImplementedError

    # -- reading and writing through core -----------------------------------------------

    def check(self, values: dict[str, Any]) -> dict[str, str | Text]:
        """Every field core would refuse in what Save sends, marked at once before saving."""
        if self.row is None:
            return dict(self.records.field_errors(values, new=True))
        changed = self.changes(values)
        side = self.row.side
        return dict(self.records.field_errors(changed, new=False, side_now=side))

    def read_record(self, record_id: int) -> Any:
        return self.records.get(self.ctx.db, record_id)

    def create_record(self, values: dict[str, Any]) -> Any:
        return self.records.create(self.ctx.db, values, actor=self.ctx.me)

    def update_record(self, values: dict[str, Any], expected_version: int) -> Any:
        db, me = self.ctx.db, self.ctx.me
        return self.records.update(
            db, self.row.id, values, actor=me, expected_version=expected_version
        )

    def set_deleted(self, deleted: bool) -> Any:
        return self.records.set_deleted(self.ctx.db, self.row.id, deleted, actor=self.ctx.me)

    # -- building -------------------------------------------------------------------------

    def finish_sized(self, width: int, height: int) -> None:
        """finish(); a create-only form has no linked tabs and is only as tall as its fields."""
        self.finish()
        if self.create_only:
            self.tabs.hide()
            height = self.sizeHint().height()
        self.resize(width, height)

    # -- creating -------------------------------------------------------------------------

    def save(self) -> bool:
        """RecordForm.save; before creating, similar records are offered (the form's own
        checks first: a form it refuses asks nothing)."""
        if self.row is None and not self.check(self.values()):
            answer, existing = self._ask_similar(self.values())
            if existing is not None:
                self._use_existing(existing)
                return True
            if answer != SimilarDialog.CREATE:
                return False  # back to the form
        if not super().save():
            return False
        if self.create_only:
            self.result_row = self.row
            self.accept()
        return True

    def _ask_similar(self, values: dict[str, Any]) -> tuple[int, Any]:
        """(SimilarDialog.CREATE, None) when there is nothing new to ask about."""
        rows = self.similar(values)
        if all(r.id in self._accepted_similar for r in rows):
            return SimilarDialog.CREATE, None
        answer, existing = ask_similar(self, rows, self.records.describe, self.similar_question())
        if answer == SimilarDialog.CREATE:
            self._accepted_similar.update(r.id for r in rows)
        return answer, existing

    def _use_existing(self, row: Any) -> None:
        """Nothing is created: a picker takes the existing record, a screen's form shows it."""
        if self.create_only:
            self.result_row = row
            self.accept()
            return
        self.record_id = row.id
        self.load()
