"""The import wizard's last two pages for a file of exchanges (core.importing.exchanges): the
preview (a dry run: how many exchanges would be added, every row that cannot be, with its
line, column and reason; any keeps Import off) and the import itself (every row or none).
Nothing here is matched or linked as for inquiries: an exchange names organisations already
recorded, which the rows' checks find or refuse."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWizard

from msek_desktop.core.errors import UserError
from msek_desktop.core.importing.exchanges import (
    ExchangeImportRejected,
    ExchangeImportReport,
    import_table,
)
from msek_desktop.ui.dialogs.importing.done import rejected_text
from msek_desktop.ui.dialogs.importing.page import wrapping_label
from msek_desktop.ui.dialogs.importing.preview import ERROR_COLUMNS, row_table
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.dialogs.importing.task_page import TaskPage
from msek_desktop.ui.dialogs.importing.texts import bullets, error_lines
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import error_label, show_error
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import RowsModel
from msek_desktop.ui.kit.tasks import Progress

WRAPPED_ROWS = 500  # up to so many rows, a long reason wraps over lines (more: elided)


def added(head: str, report: ExchangeImportReport) -> str:
    return head + "\n" + bullets([tr("Import", "%n exchanges", None, report.exchanges)])


class ExchangePreviewPage(TaskPage):
    """The dry run's report for a file of exchanges; Import only when every row is valid."""

    def __init__(self, state: ImportState) -> None:
        super().__init__(state, "importExchangesPreviewPage")
        self.setCommitPage(True)
        self.summary = wrapping_label("import_exchanges_summary")
        self.problem = error_label("exchange_rows")
        self.errors_model = RowsModel(ERROR_COLUMNS, self)
        self.errors_view = row_table("import_exchange_errors", self.errors_model)
        self.errors_view.setWordWrap(True)  # a reason whole (a programme's item, its day...)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.errors_view, 1)
        layout.addStretch(0)  # without rows to list, the summary stays at the top
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(
            tr("Import", "Check before importing"), tr("Import", "Nothing has been saved yet.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import", "&Import"))
        self.errors_view.setAccessibleName(tr("Import", "Rows that cannot be imported"))
        self.errors_model.set_rows(self.errors_model.rows)  # the reasons in the new language
        self.show_state()

    def initializePage(self) -> None:
        table, columns = self.state.table, dict(self.state.columns)
        db, today = self.state.ctx.db, self.state.ctx.today()
        self.state.exchanges_preview = None
        self.show_state()
        if table is None:
            return

        def work(progress: Progress) -> ExchangeImportReport:
            return import_table(
                db, table, dry_run=True, today=today, columns=columns, progress=progress
            )

        self.start(work, tr("Import", "Checking the file…"))

    def arrived(self, result: Any) -> None:
        self.state.exchanges_preview = result

    def show_state(self) -> None:
        report = self.state.exchanges_preview
        errors = report.errors if report is not None else []
        self.errors_model.set_rows(errors)
        self.errors_view.setVisible(bool(errors))
        if errors:
            for column in range(len(ERROR_COLUMNS) - 1):  # the reason takes the rest
                self.errors_view.resizeColumnToContents(column)
            mode = QHeaderView.ResizeMode
            rows = mode.ResizeToContents if len(errors) <= WRAPPED_ROWS else mode.Fixed
            self.errors_view.verticalHeader().setSectionResizeMode(rows)
        self.summary.setText(self._summary(report))
        show_error(self.problem, self._problem(report))

    def _summary(self, report: ExchangeImportReport | None) -> str:
        if report is None:
            if self.operation is not None:
                return tr("Import", "Checking the file…")
            return tr("Import", "The check did not finish. Go back and press Next to check again.")
        if report.errors:
            return tr("Import", "%n rows are correct.", None, report.exchanges)
        return added(tr("Import", "The import will add:"), report)

    @staticmethod
    def _problem(report: ExchangeImportReport | None) -> str | None:
        if report is None:
            return None
        if report.errors:
            head = tr("Import", "%n rows cannot be imported.", None, error_lines(report.errors))
            return (
                head
                + " "
                + tr(
                    "Import",
                    "Nothing can be imported until every row is correct: fix the file, then go "
                    "back to the first page and choose it again.",
                )
            )
        if report.exchanges == 0:
            return tr("Import", "The file has no rows to import.")
        return None

    def isComplete(self) -> bool:
        report = self.state.exchanges_preview
        return (
            self.operation is None
            and report is not None
            and not report.errors
            and report.exchanges > 0
        )

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() alone does not ask isComplete


class ExchangeDonePage(TaskPage):
    """Imports the exchanges and says how many were written, or why none was."""

    def __init__(self, state: ImportState) -> None:
        super().__init__(state, "importExchangesDonePage")
        self.failure: UserError | None = None
        self.started = False
        self.result_label = wrapping_label("import_exchanges_result")
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

        def work(progress: Progress) -> ExchangeImportReport | UserError:
            try:
                return import_table(
                    db, table, dry_run=False, actor=me, today=today, columns=columns,
                    progress=progress,
                )  # fmt: skip
            except UserError as exc:  # shown on this page, not in a message box
                return exc

        self.start(work, tr("Import", "Importing…"))

    def arrived(self, result: Any) -> None:
        if isinstance(result, ExchangeImportReport):
            self.state.exchanges_outcome = result
            events = self.state.ctx.events
            events.data_changed.emit()
            events.info.emit(tr("Import", "%n exchanges imported", None, result.exchanges))
        else:
            self.failure = result

    def show_state(self) -> None:
        self.result_label.setText(self._text())

    def _text(self) -> str:
        outcome, failure = self.state.exchanges_outcome, self.failure
        if outcome is not None:
            return added(tr("Import", "Done. The import added:"), outcome)
        if isinstance(failure, ExchangeImportRejected):
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
