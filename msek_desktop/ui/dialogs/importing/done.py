"""The import wizard's last page: the import itself (every row or none), and what it wrote or
why nothing was written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from msek_desktop.core.errors import UserError
from msek_desktop.core.importing import ImportRejected, ImportReport, RowError
from msek_desktop.core.importing import import_table as run_import
from msek_desktop.ui.dialogs.importing.page import wrapping_label
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.dialogs.importing.task_page import TaskPage
from msek_desktop.ui.dialogs.importing.texts import (
    bullets,
    column_name,
    error_lines,
    row_reason,
    what_is_added,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.tasks import Progress

SHOWN_ON_FAILURE = 10  # invalid rows listed when a real import is refused


def rejected_text(errors: list[RowError]) -> str:
    """Why a real import wrote nothing: the first rows that are not correct."""
    listed = [
        tr("Import", "Line %1, %2: %3")
        .replace("%1", str(e.line))
        .replace("%2", column_name(e.field))
        .replace("%3", row_reason(e.message))
        for e in errors[:SHOWN_ON_FAILURE]
    ]
    head = tr(
        "Import",
        "Nothing was imported: %n rows are not correct.",
        None,
        error_lines(errors),
    )
    return head + "\n" + bullets(listed)


class DonePage(TaskPage):
    """Runs the import and says what was written, or why nothing was."""

    def __init__(self, state: ImportState) -> None:
        super().__init__(state, "importDonePage")
        self.failure: UserError | None = None
        self.started = False
        self.result_label = wrapping_label("import_result")
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(tr("Import", "Import"), tr("Import", "Every row is written, or none."))
        self.show_state()

    def initializePage(self) -> None:
        state = self.state
        table, columns, ctx = state.table, dict(state.columns), state.ctx
        if table is None or self.started:
            return
        self.started = True
        db, me, today = ctx.db, ctx.me, ctx.today()
        source = f"imported from {state.path.name}" if state.path is not None else "import"
        decisions = state.decisions()

        def work(progress: Progress) -> ImportReport | UserError:
            try:
                return run_import(
                    db, table, dry_run=False, actor=me, source=source, today=today,
                    columns=columns, progress=progress, decisions=decisions,
                )  # fmt: skip
            except UserError as exc:  # shown on this page, not in a message box
                return exc

        self.start(work, tr("Import", "Importing…"))

    def arrived(self, result: Any) -> None:
        if isinstance(result, ImportReport):
            self.state.outcome = result
            events = self.state.ctx.events
            events.data_changed.emit()
            events.info.emit(
                tr("Import", "%n inquiries imported", None, result.created["inquiries"])
            )
        else:
            self.failure = result

    def show_state(self) -> None:
        self.result_label.setText(self._text())

    def _text(self) -> str:
        outcome, failure = self.state.outcome, self.failure
        if outcome is not None:
            return what_is_added(tr("Import", "Done. The import added:"), outcome)
        if isinstance(failure, ImportRejected):
            return rejected_text(failure.report.errors)
        if failure is not None:
            return tr("Import", "Nothing was imported.") + "\n" + user_message(failure)
        if self.operation is not None:
            return tr("Import", "Importing…")
        if self.started:
            return tr("Import", "The import did not finish. Nothing was written.")
        return ""

    def isComplete(self) -> bool:
        return self.operation is None
