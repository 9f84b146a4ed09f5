"""The last two pages of the import wizard: the preview (a dry run) and the import itself.

The preview shows what would be created, the people and organisations already recorded that
rows will be linked to, and every row that cannot be imported, with its line, column and
reason. Any invalid row keeps the Import button off: the file must be corrected first. Rows
that only *may* be a record already there (core.identity: a similar name, another
organisation ...) are listed under "To confirm": staff link each to the record it is, or
leave it new; none is linked without their word. The import writes all rows or none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from msek_desktop.core.errors import UserError
from msek_desktop.core.importing import (
    NEW,
    Decisions,
    ImportRejected,
    ImportReport,
    PossibleMatch,
    RowError,
)
from msek_desktop.core.importing import import_table as run_import
from msek_desktop.ui.dialogs.import_texts import column_name, matched_by, record_kind, row_reason
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import error_label, show_error
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import Column, RowsModel
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import RowTable

if TYPE_CHECKING:
    from msek_desktop.ui.dialogs.import_wizard import ImportWizard

SHOWN_ON_FAILURE = 10  # invalid rows listed when a real import is refused

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


def possible_columns(answer: Callable[[PossibleMatch], str]) -> tuple[Column, ...]:
    return (
        Column("line", lambda: tr("Import", "Line"), lambda p: p.line),
        Column("kind", lambda: tr("Import", "Record"), record_kind),
        Column("given", lambda: tr("Import", "In the file"), lambda p: p.given),
        Column("name", lambda: tr("Import", "Maybe recorded as"), lambda p: p.name),
        # the answer before the longer columns, so it shows without scrolling sideways
        Column("answer", lambda: tr("Import", "Import as"), answer),
        Column("email", lambda: tr("Import", "Email"), lambda p: p.email),
        Column("reason", lambda: tr("Import", "Why"), matched_by),
    )


ANSWER_COLUMN = 4


def bullets(lines: list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


def created_lines(report: ImportReport) -> list[str]:
    c = report.created
    return [
        tr("Import", "%n inquiries", None, c["inquiries"]),
        tr("Import", "%n new people", None, c["contacts"]),
        tr("Import", "%n new organisations", None, c["organisations"]),
    ]


def linked_lines(report: ImportReport) -> list[str]:
    m = report.matched
    lines = []
    if m["contacts"]:
        lines.append(tr("Import", "%n people", None, m["contacts"]))
    if m["organisations"]:
        lines.append(tr("Import", "%n organisations", None, m["organisations"]))
    return lines


def what_is_added(head: str, report: ImportReport) -> str:
    text = head + "\n" + bullets(created_lines(report))
    linked = linked_lines(report)
    if linked:
        text += "\n" + tr("Import", "Linked to records already there, which stay unchanged:")
        text += "\n" + bullets(linked)
    return text


def error_lines(errors: list[RowError]) -> int:
    return len({e.line for e in errors})


class _TaskPage(QWizardPage):
    """A page that runs one background task at a time and is complete when it is done."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.operation: Operation | None = None  # while it runs
        self._heeded: Operation | None = None  # the one whose answer counts

    def start(self, work: Any, title: str) -> Operation:
        operation = Operation(self, work, title=title)
        operation.on_success(lambda result: self._arrived(operation, result))
        operation.finished.connect(lambda: self._ended(operation))
        self.operation = self._heeded = operation
        self.completeChanged.emit()
        return operation.run()

    def _arrived(self, operation: Operation, result: Any) -> None:
        # Operation says "finished" before it hands over the result
        if operation is self._heeded:
            self.arrived(result)
            self.show_state()
            self.completeChanged.emit()

    def _ended(self, operation: Operation) -> None:
        if operation is self._heeded:
            self.operation = None
            self.show_state()
            self.completeChanged.emit()

    def cleanupPage(self) -> None:
        """Back: a check still running is cancelled and its answer ignored."""
        if self.operation is not None:
            self.operation.cancel()
        self.operation = self._heeded = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def arrived(self, result: Any) -> None:
        raise NotImplementedError

    def show_state(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError


class PreviewPage(_TaskPage):
    """The dry run's report; Import only when every row is valid."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importPreviewPage")
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problem = error_label("rows")
        self.errors_model = RowsModel(ERROR_COLUMNS, self)
        self.errors_view = RowTable()
        self.errors_view.setObjectName("import_errors")
        self.errors_view.setModel(self.errors_model)
        self.matches_model = RowsModel(MATCH_COLUMNS, self)
        self.matches_view = RowTable()
        self.matches_view.setObjectName("import_matches")
        self.matches_view.setModel(self.matches_model)
        self.possible = PossibleMatches(wizard)
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
        self.setTitle(tr("Import", "Check before importing"))
        self.setSubTitle(tr("Import", "Nothing has been saved yet."))
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import", "&Import"))
        self.errors_view.setAccessibleName(tr("Import", "Rows that cannot be imported"))
        self.matches_view.setAccessibleName(tr("Import", "Records already there"))
        for model in (self.errors_model, self.matches_model):
            model.set_rows(model.rows)  # the reasons and kinds in the new language
        self.possible.retranslate()
        self.show_state()

    def initializePage(self) -> None:
        table, columns = self.wiz.table, dict(self.wiz.columns)
        db, today = self.wiz.ctx.db, self.wiz.ctx.today()
        self.wiz.preview = None
        self.wiz.links.clear()
        self.show_state()
        if table is None:
            return

        def work(progress: Progress) -> ImportReport:
            return run_import(
                db, table, dry_run=True, today=today, columns=columns, progress=progress
            )

        self.start(work, tr("Import", "Checking the file…"))

    def arrived(self, result: Any) -> None:
        self.wiz.preview = result

    def show_state(self) -> None:
        report = self.wiz.preview
        errors = report.errors if report is not None else []
        matches = report.matches if report is not None else []
        possible = report.possible if report is not None and not errors else []
        self.errors_model.set_rows(errors)
        self.matches_model.set_rows(matches)
        self.possible.set_rows(possible)
        asked = len(report.possible_rows()) if report is not None else 0
        self.tabs.setTabText(0, tr("Import", "Problems (%n)", None, len(errors)))
        self.tabs.setTabText(1, tr("Import", "Already recorded (%n)", None, len(matches)))
        self.tabs.setTabText(2, tr("Import", "To confirm (%n)", None, asked))
        self.tabs.setTabVisible(0, bool(errors))
        self.tabs.setTabVisible(1, bool(matches))
        self.tabs.setTabVisible(2, bool(possible))
        self.tabs.setVisible(bool(errors or matches or possible))
        if errors:
            self.tabs.setCurrentIndex(0)
        elif possible:
            self.tabs.setCurrentIndex(2)
        self.summary.setText(self._summary(report))
        show_error(self.problem, self._problem(report))
        if self.errors_model.rows or self.matches_model.rows:
            for view in (self.errors_view, self.matches_view):
                view.resizeColumnsToContents()

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
        report = self.wiz.preview
        return (
            self.operation is None
            and report is not None
            and report.ok
            and report.created["inquiries"] > 0
        )

    def validatePage(self) -> bool:
        return self.isComplete()  # QWizard.next() alone does not ask isComplete


class DonePage(_TaskPage):
    """Runs the import and says what was written, or why nothing was."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importDonePage")
        self.failure: UserError | None = None
        self.started = False
        self.result_label = QLabel()
        self.result_label.setObjectName("import_result")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Import", "Import"))
        self.setSubTitle(tr("Import", "Every row is written, or none."))
        self.show_state()

    def initializePage(self) -> None:
        wiz = self.wiz
        table, columns, ctx = wiz.table, dict(wiz.columns), wiz.ctx
        if table is None or self.started:
            return
        self.started = True
        db, me, today = ctx.db, ctx.me, ctx.today()
        source = f"imported from {wiz.path.name}" if wiz.path is not None else "import"
        decisions = wiz.decisions()

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
            self.wiz.outcome = result
            events = self.wiz.ctx.events
            events.data_changed.emit()
            events.info.emit(
                tr("Import", "%n inquiries imported", None, result.created["inquiries"])
            )
        else:
            self.failure = result

    def show_state(self) -> None:
        self.result_label.setText(self._text())

    def _text(self) -> str:
        outcome, failure = self.wiz.outcome, self.failure
        if outcome is not None:
            return what_is_added(tr("Import", "Done. The import added:"), outcome)
        if isinstance(failure, ImportRejected):
            errors = failure.report.errors
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
        if failure is not None:
            return tr("Import", "Nothing was imported.") + "\n" + user_message(failure)
        if self.operation is not None:
            return tr("Import", "Importing…")
        if self.started:
            return tr("Import", "The import did not finish. Nothing was written.")
        return ""

    def isComplete(self) -> bool:
        return self.operation is None


class PossibleMatches(QWidget):
    """The rows that may be a record already there: link each to it, or leave it new."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("import_possible")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RowsModel(possible_columns(self.answer), self)
        self.view = RowTable()
        self.view.setObjectName("import_possible_rows")
        self.view.setModel(self.model)
        self.view.activated_row.connect(self.toggle)
        self.link_button = QPushButton()
        self.link_button.setObjectName("import_link")
        self.new_button = QPushButton()
        self.new_button.setObjectName("import_new")
        self.link_button.clicked.connect(lambda: self.answer_selected(link=True))
        self.new_button.clicked.connect(lambda: self.answer_selected(link=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            tr(
                "Import",
                "These rows look like records already there, but not enough to be sure. Link "
                "a row to the record if it is the same, or leave it: it gets a new record.",
            )
        )
        self.view.setAccessibleName(tr("Import", "Rows to confirm"))
        self.link_button.setText(tr("Import", "&Same: link the row to it"))
        self.new_button.setText(tr("Import", "Not the same: new &record"))
        self.model.set_rows(self.model.rows)

    def set_rows(self, rows: list[PossibleMatch]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.view.resizeColumnsToContents()

    def answer(self, match: PossibleMatch) -> str:
        if self.wiz.links.get((match.line, match.kind)) == match.id:
            return tr("Import", "Link to this record")
        return tr("Import", "New record")

    def selected(self) -> PossibleMatch | None:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def answer_selected(self, *, link: bool) -> None:
        match = self.selected()
        if match is not None:
            self.decide(match, link=link)

    def toggle(self, match: PossibleMatch) -> None:
        self.decide(match, link=self.wiz.links.get((match.line, match.kind)) != match.id)

    def decide(self, match: PossibleMatch, *, link: bool) -> None:
        """Link `match`'s row to its record (and to no other), or leave the row new."""
        key = (match.line, match.kind)
        if link:
            self.wiz.links[key] = match.id
        elif self.wiz.links.get(key) == match.id:
            del self.wiz.links[key]
        # the answers changed, not the rows: the selection stays where it is
        last, column = self.model.rowCount() - 1, ANSWER_COLUMN
        self.model.dataChanged.emit(self.model.index(0, column), self.model.index(last, column))


def decisions_for(report: ImportReport | None, links: dict[tuple[int, str], int]) -> Decisions:
    """The answer to every possible match of the preview: the record linked, or NEW."""
    if report is None:
        return {}
    return {key: links.get(key, NEW) for key in report.possible_rows()}
