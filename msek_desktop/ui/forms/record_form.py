"""The life cycle every record's form shares: people, organisations and inquiries.

Every write of a form goes through write(), which is kit.writes.run_write for this form: the
fields core refused marked under them, a conflict (someone else saved first) asked about
with questions.ask_reload (Yes loads the record again), any other user error in a warning.

RecordForm is the detail dialog of one record, drawn on a FieldsDialog (fields with their
error texts, tabs of linked records): load, the dirty check, Save (Ctrl+S), soft Delete and
Restore, the unsaved-changes question on close (Esc). Subclasses say how a record is read,
shown, checked and written.

Save marks every refused field at once (the form's own checks and core's field_errors,
then what core refuses when writing), in the form's order, and focuses the first; a field's
mark goes as soon as that field is edited. A save says so in the form itself ("Saved as
2026-0042 at 10:42.", next to the buttons) until the next edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QWidget

from msek_desktop.core import inquiries
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.vocab import Side
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.fields_dialog import FieldsDialog, Link, Text
from msek_desktop.ui.forms.form_live import FormLive
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.fields import LinkButton, on_edit
from msek_desktop.ui.kit.questions import Unsaved
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.kit.writes import run_write

T = TypeVar("T")
SAVED_STYLE = "QLabel#savedMessage { background: #e3f1e4; color: #1e4620; padding: 4px 8px; }"


def choose() -> str:
    """The empty first entry of a combo the user must set."""
    return tr("RecordForm", "Choose…")


def inquiry_link_columns() -> list[Column]:
    stage = lambda r: labels.label(labels.STAGES, r.stage)  # noqa: E731
    return [
        Column("ref", lambda: tr("RecordForm", "Ref"), lambda r: r.ref),
        Column("received", lambda: tr("RecordForm", "Received"), lambda r: r.received_on),
        Column("stage", lambda: tr("RecordForm", "Stage"), stage),
        Column("assignee", lambda: tr("RecordForm", "Assignee"), lambda r: r.assignee_name or ""),
        Column("subject", lambda: tr("RecordForm", "Subject"), lambda r: r.subject),
    ]


class RecordForm(FieldsDialog):
    """The detail dialog of one record; `record_id` None makes a new one.

    Subclasses build their editors with add_field() (or field() and their own lay_out()),
    then call finish(); they implement read_record(), fill(), values(), create_record(),
    update_record(), set_deleted() and the texts; check(), changes(), delete_question() and
    saved_text() have defaults. Their own writes (a sub-panel's too) go through write().
    """

    def __init__(
        self, ctx: AppContext, record_id: int | None, parent: QWidget | None, field_columns: int = 2
    ) -> None:
        super().__init__(parent, field_columns)
        self.ctx = ctx
        self.record_id = record_id
        self.row: Any = None
        self._snapshot: dict[str, Any] = {}
        self.live: FormLive | None = None  # colleagues' saves, a save waiting for the server
        self.saved_message = QLabel()  # "Saved at 10:42.", until the next edit
        self.saved_message.setObjectName("savedMessage")
        self.saved_message.setStyleSheet(SAVED_STYLE)
        self.saved_message.hide()
        self.link_buttons: dict[str, LinkButton] = {}

    def button_row(self, *middle: QWidget) -> QHBoxLayout:
        """FieldsDialog.button_row, the word of the last save after `middle` (it comes and
        goes without moving the buttons)."""
        return super().button_row(*middle, self.saved_message)

    def finish(self) -> None:
        """Lay out what the subclass added, connect, load the record and show its texts."""
        self.lay_out()
        for name, editor in self.editors.items():
            on_edit(editor, lambda name=name: self.edited(name))  # type: ignore[misc]
        side = self.editors.get("side")
        for name, button in self.link_buttons.items():
            QWidget.setTabOrder(self.editors[name], button)  # the button right after its line
            if side is not None:
                on_edit(side, button.refresh)
        self.live = FormLive(self)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self.delete_or_restore)
        self.ctx.events.data_changed.connect(self._on_data_changed)
        self.load()
        next(iter(self.editors.values())).setFocus()

    def _on_data_changed(self) -> None:
        if self.isVisible():  # an inquiry or a person changed elsewhere
            self.reload_links()

    # -- what subclasses provide ----------------------------------------------------------

    def read_record(self, record_id: int) -> Any:
        """The record as stored (with `id`, `version` and `deleted_at`)."""
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        """Show `row` in the editors (None: the defaults of a new record)."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> Mapping[str, str | Text]:
        """Errors the form can see before asking the service: {field: message}."""
        return {}

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        """What Save sends for a saved record: the values that differ from those loaded."""
        return {k: v for k, v in values.items() if v != self._snapshot.get(k)}

    def create_record(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def update_record(self, values: dict[str, Any], expected_version: int) -> Any:
        raise NotImplementedError

    def set_deleted(self, deleted: bool) -> Any:
        raise NotImplementedError

    def delete_question(self) -> str:
        question = tr("RecordForm", "Delete “%1”? You can restore it later from “Show deleted”.")
        return question.replace("%1", self.title_text())

    def saved_text(self, row: Any) -> str:
        """The status bar's word after a save."""
        return tr("RecordForm", "Saved.")

    def saved_here(self, row: Any, created: bool) -> str:
        """What the form itself says after a save (at the time of it)."""
        del row, created
        at = QTime.currentTime().toString("HH:mm")
        return tr("RecordForm", "Saved at %1.").replace("%1", at)

    # -- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the record; a new record shows the defaults. Edits on screen are lost."""
        self.row = self.read_record(self.record_id) if self.record_id is not None else None
        self.fill(self.row)
        self._snapshot = self.values()
        self.clear_errors()
        self.saved_message.hide()
        self.show_state()
        self.reload_links()
        if self.live is not None:
            self.live.loaded()

    def is_deleted(self) -> bool:
        return self.row is not None and self.row.deleted_at is not None

    def show_state(self) -> None:
        """Enable what a new, saved or deleted record allows; texts in the current language."""
        deleted = self.is_deleted()
        for editor in self.editors.values():
            editor.setEnabled(not deleted)
        self.save_button.setEnabled(not deleted)
        self.delete_button.setVisible(self.row is not None)
        self.tabs.setEnabled(self.row is not None)
        self.notice.setVisible(deleted)
        self.retranslate()

    def is_dirty(self) -> bool:
        return not self.is_deleted() and self.values() != self._snapshot

    def edited(self, name: str) -> None:
        """Field `name` changed: its error mark goes, and the word of the last save."""
        label = self.errors.get(name)
        if label is not None and not label.isHidden():
            label.clear_error()
        self.saved_message.hide()

    # -- actions --------------------------------------------------------------------------

    def write(self, work: Callable[[], T], title: str | None = None) -> T | None:
        """run_write for this form: refused fields marked here, a conflict offers to load
        the record again, the office server away keeps the form as it is until it is back;
        None when refused."""
        title = title or self.windowTitle()
        unreachable = self.live.not_saved if self.live is not None else None
        return run_write(
            self, title, work, marks=self.show_errors, reload=self.load, unreachable=unreachable
        )

    def save(self) -> bool:
        """Check and write; True when everything is saved (or there was nothing to save)."""
        if self.is_deleted():
            return False
        values = self.values()
        self.clear_errors()
        problems = self.check(values)
        if problems:
            self.show_errors(problems, from_service=False)
            return False
        changed = self.changes(values)
        if self.row is not None and not changed:
            return True
        created = self.row is None
        if created:
            row = self.write(lambda: self.create_record(values))
        else:
            row = self.write(lambda: self.update_record(changed, self.row.version))
        if row is None:
            return False
        self.record_id = row.id
        self.load()
        self.saved_message.setText(self.saved_here(row, created))
        self.saved_message.show()
        self.ctx.events.data_changed.emit()
        self.ctx.events.info.emit(self.saved_text(row))
        return True

    def delete_or_restore(self) -> None:
        """Restore a deleted record; delete (asked first) and close a live one."""
        restore = self.is_deleted()
        title = tr("RecordForm", "Delete")
        if not restore and not questions.confirm(self, title, self.delete_question()):
            return
        if self.write(lambda: self.set_deleted(not restore) or True) is None:
            return
        self.load()
        self.ctx.events.data_changed.emit()
        if not restore:
            self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Esc, Close and the window's close box: ask first when changes are not saved."""
        if self.is_dirty():
            answer = questions.ask_unsaved(self, tr("RecordForm", "Unsaved changes"))
            if answer is Unsaved.CANCEL or (answer is Unsaved.SAVE and not self.save()):
                return
        super().reject()

    def retranslate(self) -> None:
        super().retranslate()
        deleted = self.is_deleted()
        self.delete_button.setText(
            tr("RecordForm", "Restore") if deleted else tr("RecordForm", "Delete")
        )
        self.notice.setText(
            tr("RecordForm", "This record is deleted. Restore it to change it again.")
        )


def add_inquiries_link(form: RecordForm, of_record: Callable[[int], InquiryFilter]) -> Link:
    """A tab of the inquiries `of_record(id)` selects; activating one opens it."""

    def fetch(offset: int, limit: int, _sort: str | None, _desc: bool) -> list[Any]:
        if form.record_id is None:
            return []
        flt = of_record(form.record_id)
        return inquiries.list_inquiries(form.ctx.db, flt, limit=limit, offset=offset)

    link = form.add_link(lambda: tr("RecordForm", "Inquiries"), inquiry_link_columns(), fetch)
    link.table.activated_row.connect(lambda row: form.ctx.events.open_inquiry.emit(row.id))
    return link


def add_link_field(form: RecordForm, name: str, kind: str, column: int = 0) -> QLineEdit:
    """A line for an email, website or phone (`kind`) with the button beside it that
    opens it (LinkButton); a phone without its country code is read in the country of
    the form's `side`, when it has one."""
    line = QLineEdit()
    label, box = form.field(name, line)
    button = LinkButton(line, kind, partial(phone_region, form))
    button.setObjectName(f"open_{name}")
    form.link_buttons[name] = button
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.setFocusProxy(line)
    form.columns[column].addRow(label, row)
    return line


def phone_region(form: RecordForm) -> str:
    """The country a phone number without its code is read in: the form's side's."""
    side = getattr(form, "side", None)
    code = side.code() if side is not None and hasattr(side, "code") else None
    return Side(code or Side.KATOWICE).phone_region
