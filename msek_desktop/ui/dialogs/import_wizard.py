"""Import inquiries, with their people and organisations, from a CSV or Excel file.

    ImportWizard(ctx, parent).open()

Four pages: the file (its encoding, separator and row count shown), the column mapping
(prefilled from the header line, each file column imported as one column or not at all),
the preview (a dry run: what would be created, what matches records already there, every
invalid row), and the import itself (all rows or none). The work is core.importing; the
checks and the import run in the background (ui.tasks.Operation).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from msek_desktop.core.errors import UserError
from msek_desktop.core.importing import (
    COLUMNS,
    Decisions,
    ImportReport,
    Table,
    map_headers,
    read_table,
)
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.import_preview import DonePage, PreviewPage, decisions_for
from msek_desktop.ui.dialogs.import_texts import column_name, data_rows, file_facts, file_problem
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import error_label, show_error

SAMPLE_ROWS = 20  # rows looked at for a column's example value
SAMPLE_LENGTH = 40


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ImportWizard(QWizard):
    """Choose a file, map its columns, preview the import, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.path: Path | None = None
        self.table: Table | None = None
        self.columns: dict[str, int] = {}
        self.preview: ImportReport | None = None  # the dry run's report
        self.outcome: ImportReport | None = None  # the import's report, once written
        # possible matches the user linked: (line, "contact" or "organisation") -> record id
        self.links: dict[tuple[int, str], int] = {}
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.retranslate()
        self.resize(860, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Import", "Import inquiries"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def busy(self) -> bool:
        return any(p.operation is not None for p in (self.preview_page, self.done_page))

    def reject(self) -> None:
        if not self.busy():  # the progress window's Cancel stops the work
            super().reject()

    def set_table(self, path: Path | None, table: Table | None) -> None:
        self.path = path
        self.table = table
        self.preview = None
        self.links.clear()

    def decisions(self) -> Decisions:
        """For the import: each possible match of the preview linked as chosen, or NEW."""
        return decisions_for(self.preview, self.links)


class FilePage(QWizardPage):
    """Choose the file; what was found in it, or why it cannot be read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("importFilePage")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path_label.setBuddy(self.path)
        self.choose = QPushButton()
        self.choose.setObjectName("import_choose")
        self.error = error_label("file")
        self.facts = QLabel()
        self.facts.setObjectName("import_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.setTabOrder(self.path, self.choose)
        self.choose.clicked.connect(self.choose_file)
        self.path.returnPressed.connect(lambda: self.load(Path(self.path.text().strip())))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Import", "Choose the file"))
        self.setSubTitle(tr("Import", "Inquiries with their people and organisations."))
        self.intro.setText(
            tr(
                "Import",
                "Choose a CSV file or an Excel workbook (.xlsx) with one inquiry per row and "
                "the names of the columns in the first row. Nothing is saved before the last "
                "step, and then either every row is imported or none.",
            )
        )
        self.path_label.setText(tr("Import", "&File:"))
        self.path.setAccessibleName(tr("Import", "File to import"))
        self.path.setPlaceholderText(tr("Import", "Choose a file…"))
        self.choose.setText(tr("Import", "&Choose…"))
        self.choose.setAccessibleName(tr("Import", "Choose the file to import"))
        if self.wiz.table is not None:
            self.facts.setText(file_facts(self.wiz.table))
        if self.wiz.path is not None and self.wiz.table is None:
            self.load(self.wiz.path)  # the reason again, in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_file(self) -> None:
        start = self.wiz.path.parent if self.wiz.path is not None else documents()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Import", "Import inquiries"),
            str(start),
            # two texts: ";;" would trip the French spacing rule before ";"
            tr("Import", "CSV files and Excel workbooks (*.csv *.txt *.xlsx)")
            + ";;"
            + tr("Import", "All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read `path`; show what it holds, or why it cannot be imported."""
        self.path.setText(str(path))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table: Table | None = read_table(path)
            problem = None
        except UserError as exc:
            table, problem = None, file_problem(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if table is not None:
            problem = self._emptiness(table)
        self.wiz.set_table(path, table if problem is None else None)
        show_error(self.error, problem)
        self.facts.setText(file_facts(table) if table is not None else "")
        self.completeChanged.emit()
        return problem is None

    @staticmethod
    def _emptiness(table: Table) -> str | None:
        if not any(h.strip() for h in table.headers):
            return tr("Import", "The file is empty: its first row should name the columns.")
        if data_rows(table) == 0:
            return tr("Import", "The file has no rows below the header line.")
        return None

    def isComplete(self) -> bool:
        return self.wiz.table is not None

    def validatePage(self) -> bool:
        return self.isComplete()


class MappingPage(QWizardPage):
    """One row per file column: its header, an example value, and what it is imported as."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("importMappingPage")
        self.built_for: Table | None = None
        self.combos: list[QComboBox] = []
        self.marks: list[QLabel] = []
        self.row_widgets: list[QWidget] = []  # what _clear removes
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnMinimumWidth(1, 220)
        self.grid.setHorizontalSpacing(16)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.grid_box)
        self.heading = [QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.heading):
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, 0, column)
        self.problems = error_label("mapping")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problems)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Import", "Match the columns"))
        self.setSubTitle(tr("Import", "Say what each column of the file holds."))
        self.intro.setText(
            tr(
                "Import",
                "The columns were matched by their names. Change any that is wrong, or choose "
                "“Do not import” to leave a column out. Each row needs a subject, and a last "
                "name or an organisation.",
            )
        )
        for label, text in zip(
            self.heading,
            (
                tr("Import", "Column in the file"),
                tr("Import", "Import as"),
                tr("Import", "Example"),
            ),
            strict=True,
        ):
            label.setText(text)
        for position, combo in enumerate(self.combos):
            chosen = combo.currentData()
            combo.blockSignals(True)
            self._fill(combo)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
            combo.setAccessibleName(
                tr("Import", "Import the column %1 as").replace("%1", self._header(position))
            )
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the rows -------------------------------------------------------------------------

    def initializePage(self) -> None:
        table = self.wiz.table
        if table is None or table is self.built_for:
            return  # back and forth over the same file keeps the choices made
        self.built_for = table
        self._clear()
        found, _ignored = map_headers(table.headers)
        chosen = {position: code for code, position in found.items()}
        previous: QWidget = self
        for position, header in enumerate(table.headers):
            previous = self._add_row(position, header, chosen.get(position), table, previous)
        self.grid.setRowStretch(self.grid.rowCount(), 1)  # rows at the top, not spread out
        self.retranslate()

    def _clear(self) -> None:
        for widget in self.row_widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.combos, self.marks, self.row_widgets = [], [], []

    def _add_row(
        self, position: int, header: str, code: str | None, table: Table, previous: QWidget
    ) -> QWidget:
        row = position + 1
        name = QLabel(header.strip() or "—")
        name.setObjectName(f"import_header_{position}")
        sample = QLabel(sample_value(table, position))
        sample.setObjectName(f"import_sample_{position}")
        combo = QComboBox()
        combo.setObjectName(f"import_column_{position}")
        self._fill(combo)
        combo.setCurrentIndex(max(combo.findData(code), 0))
        combo.currentIndexChanged.connect(self._check)
        mark = error_label(f"column_{position}")
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(combo)
        stack.addWidget(mark)
        for label in (name, sample):  # level with the combo, not with its error text
            label.setMinimumHeight(combo.sizeHint().height())
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(name, row, 0, top)
        self.grid.addWidget(box, row, 1, top)
        self.grid.addWidget(sample, row, 2, top)
        self.row_widgets += [name, sample, box]
        self.marks.append(mark)
        self.combos.append(combo)
        if previous is not self:
            self.setTabOrder(previous, combo)
        return combo

    @staticmethod
    def _fill(combo: QComboBox) -> None:
        combo.clear()
        combo.addItem(tr("Import", "Do not import"), None)
        for code in COLUMNS:
            combo.addItem(column_name(code), code)

    def _header(self, position: int) -> str:
        table = self.wiz.table
        if table is not None and position < len(table.headers) and table.headers[position].strip():
            return table.headers[position].strip()
        return tr("Import", "number %1").replace("%1", str(position + 1))

    # -- the choices ----------------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        """Column code -> position in a row, for the columns chosen once."""
        found: dict[str, int] = {}
        for position, combo in enumerate(self.combos):
            code = combo.currentData()
            if code is not None and code not in found:
                found[str(code)] = position
        return found

    def twice(self) -> set[str]:
        codes = [c.currentData() for c in self.combos if c.currentData() is not None]
        return {str(code) for code in codes if codes.count(code) > 1}

    def missing(self) -> list[str]:
        chosen = self.mapping()
        problems = []
        if "subject" not in chosen:
            problems.append(tr("Import", "Choose the column that holds the subject."))
        if "last_name" not in chosen and "organisation" not in chosen:
            problems.append(
                tr("Import", "Choose the column that holds the last name or the organisation.")
            )
        return problems

    def _check(self) -> None:
        twice = self.twice()
        for combo, mark in zip(self.combos, self.marks, strict=True):
            doubled = combo.currentData() in twice
            show_error(mark, tr("Import", "Chosen for another column too.") if doubled else None)
        problems = [
            tr("Import", "%1 is chosen for more than one column.").replace("%1", column_name(c))
            for c in sorted(twice, key=list(COLUMNS).index)
        ]
        problems += self.missing()
        show_error(self.problems, "\n".join(problems) or None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.twice() and not self.missing()

    def validatePage(self) -> bool:
        self.wiz.columns = self.mapping()
        return self.isComplete()


def sample_value(table: Table, position: int) -> str:
    """The first value of a column in the first rows, shortened."""
    for _line, cells in table.rows[:SAMPLE_ROWS]:
        if position < len(cells) and cells[position].strip():
            text = " ".join(cells[position].split())
            return text if len(text) <= SAMPLE_LENGTH else text[: SAMPLE_LENGTH - 1] + "…"
    return ""
