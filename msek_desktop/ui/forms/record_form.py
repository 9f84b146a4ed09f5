"""What the People and Organisations screens share.

RecordForm is the detail dialog of one record: field rows with their error labels, Save
(Ctrl+S) with stale-edit detection, soft Delete and Restore, an unsaved-changes prompt on
close (Esc), and tabs of linked records. RecordsScreen is the list: search as you type, a
side filter, a "Show deleted" toggle with Restore, a paged table, a count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import inquiries
from msek_desktop.core.errors import ConflictError, UserError, ValidationError
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.fields import error_label
from msek_desktop.ui.kit.messages import field_message, user_message
from msek_desktop.ui.kit.questions import Unsaved
from msek_desktop.ui.kit.table import Column, Fetch, PagedModel, fit_columns
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable, SearchBox
from msek_desktop.ui.screens.screen import Screen

W = TypeVar("W", bound=QWidget)


def choose() -> str:
    """The empty first entry of a combo the user must set."""
    return tr("RecordForm", "Choose…")


def inquiry_link_columns() -> list[Column]:
    return [
        Column("ref", lambda: tr("RecordForm", "Ref"), lambda r: r.ref),
        Column("received", lambda: tr("RecordForm", "Received"), lambda r: r.received_on),
        Column(
            "stage",
            lambda: tr("RecordForm", "Stage"),
            lambda r: labels.label(labels.STAGES, r.stage),
        ),
        Column("assignee", lambda: tr("RecordForm", "Assignee"), lambda r: r.assignee_name or ""),
        Column("subject", lambda: tr("RecordForm", "Subject"), lambda r: r.subject),
    ]


class Link:
    """A tab of records linked to the one in the form (its inquiries, its people)."""

    def __init__(
        self, title: Callable[[], str], columns: Sequence[Column], fetch: Fetch, name: str
    ) -> None:
        self.title = title
        self.model = PagedModel(columns, fetch)
        self.table = RowTable()
        self.table.setObjectName(name)
        self.table.setModel(self.model)

    def reload(self) -> None:
        self.model.reload()
        fit_columns(self.table, 280, padding=16)


class RecordForm(QDialog):
    """The detail dialog of one record; `record_id` None makes a new one.

    Subclasses build their editors with add_field(), then call finish(); they implement
    read_record(), fill(), values(), create_record(), update_record(), set_deleted() and
    the texts.
    """

    def __init__(
        self, ctx: AppContext, record_id: int | None, parent: QWidget | None, field_columns: int = 2
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.row: Any = None
        self._snapshot: dict[str, Any] = {}
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.columns = [QFormLayout() for _ in range(field_columns)]
        self.column_stretch = [1] * field_columns
        self.links: list[Link] = []
        self.tabs = QTabWidget()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete")

    # -- building -------------------------------------------------------------------------

    def add_field(self, name: str, editor: W, column: int = 0) -> W:
        label = QLabel()
        label.setBuddy(editor)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error := error_label(name))
        editor.setObjectName(name)
        self.columns[column].addRow(label, cell)
        self.editors[name], self.labels[name], self.errors[name] = editor, label, error
        return editor

    def add_link(self, title: Callable[[], str], columns: Sequence[Column], fetch: Fetch) -> Link:
        link = Link(title, columns, fetch, f"links_{len(self.links)}")
        self.links.append(link)
        self.tabs.addTab(link.table, "")
        return link

    def add_inquiries_link(self, of_record: Callable[[int], InquiryFilter]) -> Link:
        """A tab of the inquiries `of_record(id)` selects; activating one opens it."""

        def fetch(offset: int, limit: int, _sort: str | None, _desc: bool) -> list[Any]:
            if self.record_id is None:
                return []
            flt = of_record(self.record_id)
            return inquiries.list_inquiries(self.ctx.db, flt, limit=limit, offset=offset)

        link = self.add_link(lambda: tr("RecordForm", "Inquiries"), inquiry_link_columns(), fetch)
        link.table.activated_row.connect(lambda row: self.ctx.events.open_inquiry.emit(row.id))
        return link

    def finish(self) -> None:
        """Lay out what the subclass added, connect, load the record and show its texts."""
        fields = QHBoxLayout()
        for form, stretch in zip(self.columns, self.column_stretch, strict=True):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            fields.addLayout(form, stretch)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        chain = [*self.editors.values(), self.tabs, *(x.table for x in self.links)]
        chain += [self.delete_button, self.close_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self._delete_or_restore)
        self.ctx.events.data_changed.connect(self._on_data_changed)
        self.load()
        next(iter(self.editors.values())).setFocus()

    # -- what subclasses provide ----------------------------------------------------------

    def read_record(self, record_id: int) -> Any:
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        """Show `row` in the editors (None: the defaults of a new record)."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        """Errors the form can see before asking the service: {field: full sentence}."""
        return {}

    def create_record(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def update_record(self, values: dict[str, Any], expected_version: int) -> Any:
        raise NotImplementedError

    def set_deleted(self, deleted: bool) -> Any:
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    def field_texts(self) -> dict[str, str]:
        raise NotImplementedError

    def retranslate_editors(self) -> None:
        """Re-apply translated texts inside editors (combos, check lists)."""

    # -- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the record; a new record shows the defaults."""
        self.row = self.read_record(self.record_id) if self.record_id is not None else None
        self.fill(self.row)
        self._snapshot = self.values()
        self.clear_errors()
        self._show_state()
        self.reload_links()

    def _on_data_changed(self) -> None:
        if self.isVisible():  # an inquiry or a person changed elsewhere
            self.reload_links()

    def reload_links(self) -> None:
        for link in self.links:
            link.reload()
        self._tab_titles()

    def is_deleted(self) -> bool:
        return self.row is not None and self.row.deleted_at is not None

    def _show_state(self) -> None:
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

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, messages: dict[str, str], *, from_service: bool = True) -> None:
        """Each message next to its field; the first invalid field gets the focus."""
        elsewhere = []
        for name, message in messages.items():
            label = self.errors.get(name)
            if label is None:
                elsewhere.append(f"{name}: {message}")
                continue
            # The label sits under its field: the message alone, in the window's language.
            label.setText(field_message(message) if from_service else message)
            label.show()
        shown = [n for n in messages if n in self.editors]
        if shown:
            self.editors[shown[0]].setFocus()
        if elsewhere:
            questions.warn(self, self.windowTitle(), "\n".join(elsewhere))

    # -- actions --------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and write; True when everything is saved."""
        if self.is_deleted():
            return False
        values = self.values()
        self.clear_errors()
        problems = self.check(values)
        if problems:
            self.show_errors(problems, from_service=False)
            return False
        changed = {k: v for k, v in values.items() if v != self._snapshot.get(k)}
        if self.row is not None and not changed:
            return True
        try:
            if self.row is None:
                row = self.create_record(values)
            else:
                row = self.update_record(changed, self.row.version)
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return False
        except ConflictError:
            self._offer_reload()
            return False
        except UserError as exc:
            questions.warn(self, self.windowTitle(), user_message(exc))
            return False
        self.record_id = row.id
        self.load()
        self.ctx.events.data_changed.emit()
        self.ctx.events.info.emit(tr("RecordForm", "Saved."))
        return True

    def _offer_reload(self) -> None:
        if questions.ask_reload(self):
            self.load()

    def _delete_or_restore(self) -> None:
        if self.is_deleted():
            self._set_deleted(False)
            return
        question = tr("RecordForm", "Delete “%1”? You can restore it later from “Show deleted”.")
        if questions.confirm(
            self, tr("RecordForm", "Delete"), question.replace("%1", self.title_text())
        ) and self._set_deleted(True):
            self.done(QDialog.DialogCode.Accepted)

    def _set_deleted(self, deleted: bool) -> bool:
        try:
            self.set_deleted(deleted)
        except UserError as exc:
            questions.warn(self, self.windowTitle(), user_message(exc))
            return False
        self.load()
        self.ctx.events.data_changed.emit()
        return True

    def reject(self) -> None:
        """Esc, Close and the window's close box: ask first when changes are not saved."""
        if self.is_dirty():
            answer = questions.ask_unsaved(self, tr("RecordForm", "Unsaved changes"))
            if answer is Unsaved.CANCEL or (answer is Unsaved.SAVE and not self.save()):
                return
        super().reject()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.title_text())
        for name, text in self.field_texts().items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text)
        self.retranslate_editors()
        self.save_button.setText(tr("RecordForm", "Save"))
        self.save_button.setToolTip(tr("RecordForm", "Save (Ctrl+S)"))
        self.close_button.setText(tr("RecordForm", "Close"))
        deleted = self.is_deleted()
        self.delete_button.setText(
            tr("RecordForm", "Restore") if deleted else tr("RecordForm", "Delete")
        )
        self.notice.setText(
            tr("RecordForm", "This record is deleted. Restore it to change it again.")
        )
        self.tabs.setAccessibleName(tr("RecordForm", "Linked records"))
        for link in self.links:
            link.model.retranslate()
            link.table.setAccessibleName(link.title())
        self._tab_titles()

    def _tab_titles(self) -> None:
        for number, link in enumerate(self.links):
            count = link.model.rowCount()
            more = "+" if link.model.canFetchMore() else ""
            self.tabs.setTabText(number, f"{link.title()} ({count}{more})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.editors:
            self.retranslate()
        super().changeEvent(event)


# -- the list screen ----------------------------------------------------------------------


class RecordsScreen(Screen):
    """A list of people or organisations; subclasses give the columns, fetch and texts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = SearchBox()
        self.side = CodeCombo(labels.SIDES, any_text=lambda: tr("RecordForm", "Both sides"))
        self.show_deleted = QCheckBox()
        self.restore_button = QPushButton()
        self.new_button = QPushButton()
        self.count = QLabel()
        self.model = PagedModel(self.columns(), self._fetch, self)
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the services give their own order: best first
        self.forms: dict[int | None, RecordForm] = {}
        self._sized = False
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.side, 1)
        filters.addWidget(self.show_deleted)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.restore_button.hide()
        for first, second in pairwise(
            [self.search, self.side, self.show_deleted, self.table, self.restore_button]
        ):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.restore_button, self.new_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.refresh)
        self.side.currentIndexChanged.connect(self.refresh)
        self.show_deleted.toggled.connect(self.refresh)
        self.table.activated_row.connect(lambda row: self.open_form(row.id))
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.restore_button.clicked.connect(self._restore)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._can_restore)
        self.model.modelReset.connect(self._can_restore)

    # -- what subclasses provide ----------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, text: str, side: str | None, deleted: bool, limit: int, offset: int) -> Any:
        raise NotImplementedError

    def make_form(self, record_id: int | None) -> RecordForm:
        raise NotImplementedError

    def restore(self, record_id: int) -> None:
        raise NotImplementedError

    def texts(self, count: int, more: bool) -> dict[str, str]:
        """Translated texts: new, restore, search, search_name, table, count."""
        raise NotImplementedError

    # -- behaviour ------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> Any:
        deleted = self.show_deleted.isChecked()
        return self.fetch(self.search.text(), self.side.code(), deleted, limit, offset)

    def refresh(self) -> None:
        self.model.reload()
        self.restore_button.setVisible(self.show_deleted.isChecked())
        if not self._sized and self.model.rowCount():
            self._sized = True
            fit_columns(self.table, 280, padding=16)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_form(self, record_id: int | None) -> RecordForm:
        """The detail dialog of this record (raised if already open); None: a new record."""
        form = self.forms.get(record_id) if record_id is not None else None
        if form is not None:
            form.raise_()
            form.activateWindow()
            return form
        form = self.make_form(record_id)
        self.forms[record_id] = form
        form.finished.connect(lambda _code, f=form, key=record_id: self._forget(key, f))
        form.show()
        return form

    def _forget(self, key: int | None, form: RecordForm) -> None:
        if self.forms.get(key) is form:
            del self.forms[key]
        form.deleteLater()

    def close_forms(self) -> bool:
        """Close every open detail dialog; False when the user kept one open."""
        return all(form.close() for form in list(self.forms.values()))

    def selected_ids(self) -> list[int]:
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row_at(i).id for i in picked]

    def _can_restore(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())

    def _restore(self) -> None:
        ids = self.selected_ids()
        try:
            for record_id in ids:
                self.restore(record_id)
        except UserError as exc:
            questions.warn(self, self.title(), user_message(exc))
        if ids:
            self.ctx.events.data_changed.emit()

    def _show_count(self) -> None:
        texts = self.texts(self.model.rowCount(), self.model.canFetchMore())
        self.count.setText(texts["count"])

    def retranslate(self) -> None:
        texts = self.texts(self.model.rowCount(), self.model.canFetchMore())
        self.search.setPlaceholderText(texts["search"])
        self.search.setAccessibleName(texts["search_name"])
        self.side.retranslate()
        self.side.setAccessibleName(tr("RecordForm", "Side filter"))
        self.show_deleted.setText(tr("RecordForm", "Show deleted"))
        self.show_deleted.setAccessibleName(tr("RecordForm", "Show deleted"))
        self.restore_button.setText(texts["restore"])
        self.new_button.setText(texts["new"])
        self.table.setAccessibleName(texts["table"])
        self.count.setText(texts["count"])
        self.model.retranslate()
