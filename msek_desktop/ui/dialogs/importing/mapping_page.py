"""The import wizard's second page: one row per column of the file, with its header, an
example value and what it is imported as (prefilled from the header line by
core.importing.map_headers, or the exchanges' own for a file of exchanges: kinds; each file
column imported as one column or not at all)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from msek_desktop.core.importing import Table
from msek_desktop.ui.dialogs.importing.kinds import (
    INQUIRIES,
    columns,
    mapped,
    mapping_intro,
    missing,
)
from msek_desktop.ui.dialogs.importing.page import ImportPage, wrapping_label
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.dialogs.importing.texts import column_name
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import error_label, show_error, with_field

SAMPLE_ROWS = 20  # rows looked at for a column's example value
SAMPLE_LENGTH = 40


def sample_value(table: Table, position: int) -> str:
    """The first value of a column in the first rows, shortened."""
    for _line, cells in table.rows[:SAMPLE_ROWS]:
        if position < len(cells) and cells[position].strip():
            text = " ".join(cells[position].split())
            return text if len(text) <= SAMPLE_LENGTH else text[: SAMPLE_LENGTH - 1] + "…"
    return ""


def fill_columns(combo: QComboBox, what: str = INQUIRIES) -> None:
    """The choices of a column: not imported, or one of the columns of an import of `what`."""
    combo.clear()
    combo.addItem(tr("Import", "Do not import"), None)
    for code in columns(what):
        combo.addItem(column_name(code), code)


class MappingPage(ImportPage):
    """One row per file column: its header, an example value, and what it is imported as."""

    def __init__(self, state: ImportState) -> None:
        super().__init__(state, "importMappingPage")
        self.built_for: tuple[Table, str] | None = None  # the file and what it holds
        self.combos: list[QComboBox] = []
        self.marks: list[QLabel] = []
        self.row_widgets: list[QWidget] = []  # what _clear removes
        self.intro = wrapping_label()
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
        self.set_heading(
            tr("Import", "Match the columns"),
            tr("Import", "Say what each column of the file holds."),
        )
        self.intro.setText(mapping_intro(self.state.what))
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
            fill_columns(combo, self.state.what)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
            combo.setAccessibleName(
                tr("Import", "Import the column %1 as").replace("%1", self._header(position))
            )
        self._check()

    # -- the rows -------------------------------------------------------------------------

    def initializePage(self) -> None:
        table = self.state.table
        what = self.state.what
        built = self.built_for
        if table is None or (built is not None and built[0] is table and built[1] == what):
            return  # back and forth over the same file keeps the choices made
        self.built_for = (table, what)
        self._clear()
        found = mapped(what, table.headers)
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
        fill_columns(combo, self.state.what)
        combo.setCurrentIndex(max(combo.findData(code), 0))
        combo.currentIndexChanged.connect(self._check)
        mark = error_label(f"column_{position}")
        box = with_field(combo, mark)
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

    def _header(self, position: int) -> str:
        table = self.state.table
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
        return missing(self.state.what, self.mapping())

    def _check(self) -> None:
        twice = self.twice()
        for combo, mark in zip(self.combos, self.marks, strict=True):
            doubled = combo.currentData() in twice
            show_error(mark, tr("Import", "Chosen for another column too.") if doubled else None)
        problems = [
            tr("Import", "%1 is chosen for more than one column.").replace("%1", column_name(c))
            for c in sorted(twice, key=list(columns(self.state.what)).index)
        ]
        problems += self.missing()
        show_error(self.problems, "\n".join(problems) or None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.twice() and not self.missing()

    def validatePage(self) -> bool:
        self.state.columns = self.mapping()
        return self.isComplete()
