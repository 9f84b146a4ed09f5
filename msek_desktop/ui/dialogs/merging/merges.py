"""The Duplicates dialog's second page: the merges made, newest first, until when each can be
undone (or why it no longer can), and Undo merge (asked first)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy import merging
from msek_desktop.core.privacy.merging import MergeRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.merging import texts
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_only
from msek_desktop.ui.kit.table import Column, TipRowsModel, display, share_width
from msek_desktop.ui.kit.widgets import RowTable


def state_text(row: MergeRow) -> str:
    if row.refusal_code is None:
        return tr("Duplicates", "Can be undone until %1").replace("%1", display(row.undo_until))
    return labels.label(texts.REFUSALS, row.refusal_code)


def merge_columns() -> list[Column]:
    return [
        Column("at", lambda: tr("Duplicates", "Merged on"), lambda r: display(r.at)),
        Column("merged", lambda: tr("Duplicates", "Merged"),
               lambda r: f"{r.merged_name} (#{r.merged_id})"),
        Column("survivor", lambda: tr("Duplicates", "Kept"),
               lambda r: f"{r.survivor_name} (#{r.survivor_id})"),
        Column("login", lambda: tr("Duplicates", "By"), lambda r: r.login),
        Column("state", lambda: tr("Duplicates", "Undo"), state_text),
    ]  # fmt: skip


class MergesPage(QWidget):
    """The merges of one kind, and undoing one."""

    undone = Signal(object)  # an UndoResult

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.rows: list[MergeRow] = []
        self.explained = QLabel()
        self.explained.setWordWrap(True)
        self.columns = merge_columns()
        self.model = TipRowsModel(self.columns, self)
        self.table = RowTable()
        self.table.setObjectName("mergeList")
        self.table.setModel(self.model)
        self.table.setSelectionMode(RowTable.SelectionMode.SingleSelection)
        share_width(self.table, self.columns, {"merged", "survivor", "state"})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow())
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoMerge")
        self.undo_button.clicked.connect(self.confirm_and_undo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explained)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = merging.list_merges(self.ctx.db, kind=self.kind)
        self.model.set_rows(self.rows)
        self.table.say_empty("" if self.rows else tr("Duplicates", "No merge yet."))
        self.retranslate()

    def selected(self) -> MergeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def confirm_and_undo(self) -> merging.UndoResult | None:
        row = self.selected()
        if row is None or not row.undoable:
            return None
        question = (
            tr("Duplicates", "Undo this merge? %1 is separated from %2 again, with everything "
               "that named it.")
            .replace("%1", row.merged_name).replace("%2", row.survivor_name)
        )  # fmt: skip
        if not questions.confirm(self, self.window().windowTitle(), question):
            return None
        try:
            result = merging.undo_merge(self.ctx.db, row.id, actor=self.ctx.me or None)
        except UserError as exc:
            questions.warn(self, self.window().windowTitle(), user_message(exc))
            self.refresh()
            return None
        self.ctx.events.data_changed.emit()
        self.ctx.events.info.emit(tr("Duplicates", "Merge undone."))
        self.refresh()
        self.undone.emit(result)
        return result

    def _follow(self) -> None:
        row = self.selected()
        self.undo_button.setEnabled(row is not None and row.undoable and not self.ctx.db.read_only)

    def retranslate(self) -> None:
        self.explained.setText(tr(
            "Duplicates", "A merge can be undone for as many days as daily backups are kept "
            "(office settings): both records come back as they were, with everything that "
            "named them. A change made since the merge is kept."))  # fmt: skip
        self.undo_button.setText(tr("Duplicates", "&Undo merge"))
        name_only((self.table, tr("Duplicates", "Merges")))
        self.model.retranslate()
        self._follow()
