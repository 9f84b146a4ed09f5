"""The import wizard's preview page: a dry run of the import.

It shows what would be created, the people and organisations already recorded that rows will
be linked to, and every row that cannot be imported, with its line, column and reason. Any
invalid row keeps the Import button off: the file must be corrected first. Rows that only
*may* be a record already there are listed under "To confirm" (possible.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWizard

from msek_desktop.core.importing import ImportReport
from msek_desktop.core.importing import import_table as run_import
from msek_desktop.ui.dialogs.importing.page import wrapping_label
from msek_desktop.ui.dialogs.importing.possible import PossibleMatches
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.dialogs.importing.task_page import TaskPage
from msek_desktop.ui.dialogs.importing.texts import (
    column_name,
    error_lines,
    matched_by,
    record_kind,
    row_reason,
    what_is_added,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import error_label, show_error
from msek_desktop.ui.kit.table import Column, RowsModel
from msek_desktop.ui.kit.tasks import Progress
from msek_desktop.ui.kit.widgets import RowTable

ERROR_COLUMNS = (
    Column("line", lambda: tr("Import", "Line"), lambda e: e.line),
    Column("field", lambda: tr("Import", "Column"), lambda e: column_name(e.field)),
    Column("message", lambda: tr("Import", "Reason"), lambda e: row_reason(e.message)),
)
MATCH_COLUMNS = (
    Column("line", lambda: tr("Import", "Line"), lambda m: m.line),
    Column("kind", lambda: tr("Import", "Record"), record_kind),
    Column("name", lambda: tr("Import", "Already recorded as"), lambda m: m.name),
    Column("by", lambda: tr("Import", "Found by"), matched_by),
)


def row_table(name: str, model: RowsModel) -> RowTable:
    view = RowTable()
    view.setObjectName(name)
    view.setModel(model)
    return view


class PreviewPage(TaskPage):
    """The dry run's report; Import only when every row is valid."""

    def __init__(self, state: ImportState) -> None:
        super().__init__(state, "importPreviewPage")
        self.setCommitPage(True)
        self.summary = wrapping_label("import_summary")
        self.problem = error_label("rows")
        self.errors_model = RowsModel(ERROR_COLUMNS, self)
        self.errors_view = row_table("import_errors", self.errors_model)
        self.matches_model = RowsModel(MATCH_COLUMNS, self)
        self.matches_view = row_table("import_matches", self.matches_model)
        self.possible = PossibleMatches(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.errors_view, "")
        self.tabs.addTab(self.matches_view, "")
        self.tabs.addTab(self.possible, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(
            tr("Import", "Check before importing"), tr("Import", "Nothing has been saved yet.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import", "&Import"))
        self.errors_view.setAccessibleName(tr("Import", "Rows that cannot be imported"))
        self.matches_view.setAccessibleName(tr("Import", "Records already there"))
        for model in (self.errors_model, self.matches_model):
            model.set_rows(model.rows)  # the reasons and kinds in the new language
        self.possible.retranslate()
        self.show_state()

    def initializePage(self) -> None:
        table, columns = self.state.table, dict(self.state.columns)
        db, today = self.state.ctx.db, self.state.ctx.today()
        self.state.preview = None
        self.state.links.clear()
        self.show_state()
        if table is None:
            return

        def work(progress: Progress) -> ImportReport:
            return run_import(
                db, table, dry_run=True, today=today, columns=columns, progress=progress
            )

        self.start(work, tr("Import", "Checking the file…"))

    def arrived(self, result: Any) -> None:
        self.state.preview = result

    def show_state(self) -> None:
        report = self.state.preview
        errors = report.errors if report is not None else []
        matches = report.matches if report is not None else []
        possible = report.possible if report is not None and not errors else []
        self.errors_model.set_rows(errors)
        self.matches_model.set_rows(matches)
        self.possible.set_rows(possible)
        asked = len(report.possible_rows()) if report is not None else 0
        self._show_tabs(len(errors), len(matches), len(possible), asked)
        self.summary.setText(self._summary(report))
        show_error(self.problem, self._problem(report))
        if self.errors_model.rows or self.matches_model.rows:
            for view in (self.errors_view, self.matches_view):
                view.resizeColumnsToContents()

    def _show_tabs(self, errors: int, matches: int, possible: int, asked: int) -> None:
        """The tabs with something in them; the problems first, then what to confirm."""
        self.tabs.setTabText(0, tr("Import", "Problems (%n)", None, errors))
        self.tabs.setTabText(1, tr("Import", "Already recorded (%n)", None, matches))
        self.tabs.setTabText(2, tr("Import", "To confirm (%n)", None, asked))
        self.tabs.setTabVisible(0, bool(errors))
        self.tabs.setTabVisible(1, bool(matches))
        self.tabs.setTabVisible(2, bool(possible))
        self.tabs.setVisible(bool(errors or matches or possible))
        if errors:
            self.tabs.setCurrentIndex(0)
        elif possible:
            self.tabs.setCurrentIndex(2)

    def _summary(self, report: ImportReport | None) -> str:
        if report is None:
            if self.operation is not None:
                return tr("Import", "Checking the file…")
            return tr("Import", "The check did not finish. Go back and press Next to check again.")
        if report.errors:
            ready = report.created["inquiries"]
            return tr("Import", "%n rows are correct.", None, ready)
        text = what_is_added(tr("Import", "The import will add:"), report)
        asked = len(report.possible_rows())
        if asked:
            text += "\n" + tr(
                "Import",
                "%n rows may name a person or an organisation already recorded: see “To "
                "confirm”. Each one you do not link gets a new record (counted above).",
                None,
                asked,
            )
        return text

    @staticmethod
    def _problem(report: ImportReport | None) -> str | None:
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
        if report.created["inquiries"] == 0:
            return tr("Import", "The file has no rows to import.")
        return None

    def isComplete(self) -> bool:
        report = self.state.preview
        return (
            self.operation is None
            and report is not None
            and report.ok
            and report.created["inquiries"] > 0
        )

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() alone does not ask isComplete
