"""The Duplicates dialog's first page: the pairs probably the same (found off the GUI thread,
core.privacy.merging.find_duplicates), the chosen pair side by side field by field, and Merge
(asked first: what moves, how long it can be undone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from msek_desktop.core import organisations
from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy import merging
from msek_desktop.core.privacy.merging import Comparison, Duplicate, MergeResult
from msek_desktop.core.privacy.merging_undo import keep_days
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.merging import texts
from msek_desktop.ui.dialogs.merging.choices import FieldChoices
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_only
from msek_desktop.ui.kit.table import Column, TipRowsModel, share_width
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import RowTable


def pair_columns() -> list[Column]:
    def likeness(d: Duplicate) -> str:
        return tr("Duplicates", "Probably") if d.sure else tr("Duplicates", "Perhaps")

    def one(record_id: int, name: str, detail: str) -> str:
        return f"{name} (#{record_id})" + (f" — {detail}" if detail else "")

    return [
        Column("likeness", lambda: tr("Duplicates", "The same?"), likeness),
        Column("first", lambda: tr("Duplicates", "One"),
               lambda d: one(d.first, d.first_name, d.first_detail)),
        Column("second", lambda: tr("Duplicates", "The other"),
               lambda d: one(d.second, d.second_name, d.second_detail)),
        Column("why", lambda: tr("Duplicates", "Why"),
               lambda d: texts.reason_text(d.kind, d.reason)),
    ]  # fmt: skip


class PairsPage(QWidget):
    """The probable duplicates of one kind (person or organisation), and merging a pair."""

    merged = Signal(object)  # a MergeResult

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.comparison: Comparison | None = None
        self.swapped = False
        self.operation: Operation | None = None
        self.found: list[Duplicate] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.columns = pair_columns()
        self.model = TipRowsModel(self.columns, self)
        self.table = RowTable()
        self.table.setObjectName("duplicatePairs")
        self.table.setModel(self.model)
        self.table.setSelectionMode(RowTable.SelectionMode.SingleSelection)
        share_width(self.table, self.columns, {"first", "second", "why"})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.fields = FieldChoices()
        self.swap_button = QPushButton()
        self.swap_button.setObjectName("mergeSwap")
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.confirm_and_merge)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.fields)
        split.setSizes([220, 320])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.swap_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    # -- the pairs ------------------------------------------------------------------------

    def load(self) -> Operation:
        """Find the pairs off the GUI thread; the list shows them when found."""
        db, kind = self.ctx.db, self.kind

        def work(_progress: Progress) -> list[Duplicate]:
            return merging.find_duplicates(db, kind)

        title = tr("Duplicates", "Looking for duplicates…")
        self.operation = Operation(self, work, title=title, cancellable=False)
        self.operation.on_success(self.show_pairs)
        self.table.say_empty(tr("Duplicates", "Looking for duplicates…"))
        return self.operation.run()

    def show_pairs(self, found: list[Duplicate]) -> None:
        self.operation = None
        self.found = found
        self.model.set_rows(found)
        self.table.say_empty("" if found else tr("Duplicates", "No duplicates found."))
        if found:
            self.table.selectRow(0)
        else:
            self._compare(None)

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.swapped = False
        self._compare(self.model.row_at(rows[0]) if rows else None)

    def _compare(self, pair: Duplicate | None) -> None:
        self.comparison = None
        if pair is not None:
            keep, other = (pair.second, pair.first) if self.swapped else (pair.first, pair.second)
            try:
                self.comparison = merging.compare(self.ctx.db, self.kind, keep, other)
            except UserError as exc:  # merged or deleted meanwhile
                questions.warn(self, self.window().windowTitle(), user_message(exc))
        self.fields.show_comparison(self.comparison, self._organisation_names())
        self._follow()

    def _organisation_names(self) -> dict[int, str]:
        names: dict[int, str] = {}
        for choice in self.comparison.fields if self.comparison else ():
            if choice.field != "organisation_id":
                continue
            for value in (choice.keep, choice.other):
                if value is not None and value not in names:
                    try:
                        names[value] = organisations.get_organisation(self.ctx.db, value).name
                    except UserError:
                        continue
        return names

    def swap(self) -> None:
        """Keep the other record of the pair instead."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.swapped = not self.swapped
        self._compare(self.model.row_at(rows[0]))

    # -- merging --------------------------------------------------------------------------

    def confirm_and_merge(self) -> MergeResult | None:
        comparison = self.comparison
        if comparison is None:
            return None
        days = keep_days(self.ctx.db)
        question = (
            tr("Duplicates", "Merge %2 into %1? Everything that names %2 moves to %1, and %2 "
               "goes to the bin. The merge can be undone for %n days.", None, days)
            .replace("%1", comparison.keep_name).replace("%2", comparison.other_name)
        )  # fmt: skip
        if not questions.confirm(self, self.window().windowTitle(), question):
            return None
        merge = merging.merge_people if self.kind == "person" else merging.merge_organisations
        try:
            result = merge(
                self.ctx.db, comparison.keep_id, comparison.other_id, self.fields.choices(),
                actor=self.ctx.me or None, keep_version=comparison.keep_version,
                other_version=comparison.other_version,
            )  # fmt: skip
        except UserError as exc:
            questions.warn(self, self.window().windowTitle(), user_message(exc))
            return None
        self.ctx.events.data_changed.emit()
        self.ctx.events.info.emit(
            tr("Duplicates", "%1 merged into %2.")
            .replace("%1", comparison.other_name)
            .replace("%2", comparison.keep_name)
        )
        self.merged.emit(result)
        self.load()
        return result

    def _follow(self) -> None:
        has = self.comparison is not None
        writable = not self.ctx.db.read_only
        self.merge_button.setEnabled(has and writable)
        self.swap_button.setEnabled(has)

    def retranslate(self) -> None:
        if self.kind == "person":
            self.intro.setText(tr(
                "Duplicates", "People who are probably the same: the same email, or the same "
                "name and organisation. Choose a pair, then which value of each field to "
                "keep."))  # fmt: skip
        else:
            self.intro.setText(tr(
                "Duplicates", "Organisations that are probably the same: the same name, or a "
                "name a typo apart. Choose a pair, then which value of each field to keep."
            ))  # fmt: skip
        self.swap_button.setText(tr("Duplicates", "&Keep the other one"))
        self.merge_button.setText(tr("Duplicates", "&Merge"))
        name_only((self.table, tr("Duplicates", "Probable duplicates")))
        self.model.retranslate()
        self.fields.retranslate()
        self._follow()
