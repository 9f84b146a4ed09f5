"""The import wizard's first page: what the file holds (inquiries or exchanges: guessed from its
header line, and shown to be changed), choose the file; what was found in it, or why it
cannot be read (core.reading: encoding, separator, row count)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.core.importing import Table, read_table
from msek_desktop.ui.dialogs.importing.kinds import (
    WHATS,
    file_intro,
    file_subtitle,
    guess,
    window_title,
)
from msek_desktop.ui.dialogs.importing.page import ImportPage, wrapping_label
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.dialogs.importing.texts import data_rows, file_facts, file_problem
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers
from msek_desktop.ui.kit.fields import error_label, show_error


class FilePage(ImportPage):
    """What the file holds; choose the file; what was found in it, or why it cannot be read."""

    what_changed = Signal()

    def __init__(self, state: ImportState) -> None:
        super().__init__(state, "importFilePage")
        self.intro = wrapping_label()
        self.what_label = QLabel()
        self.what_buttons = QButtonGroup(self)
        for what in WHATS:
            button = QRadioButton()
            button.setObjectName(f"import_what_{what}")
            button.setChecked(what == state.what)
            self.what_buttons.addButton(button)
        self.what_buttons.buttonToggled.connect(self._what_toggled)
        self.path_label = QLabel()
        self.path_field = choosers.PathField(self.ask_file)
        self.path = self.path_field.edit
        self.path.setObjectName("import_path")
        self.path_label.setBuddy(self.path)
        self.choose = self.path_field.button
        self.choose.setObjectName("import_choose")
        self.error = error_label("file")
        self.facts = wrapping_label("import_facts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.path_field.chosen.connect(lambda name: self.load(Path(name)))
        self.path.returnPressed.connect(lambda: self.load(Path(self.path.text().strip())))
        self.retranslate()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        holds = QHBoxLayout()
        holds.addWidget(self.what_label)
        for button in self.what_buttons.buttons():
            holds.addWidget(button)
        holds.addStretch(1)
        layout.addLayout(holds)
        layout.addSpacing(8)
        layout.addWidget(self.path_label)
        layout.addWidget(self.path_field)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.setTabOrder(self.path, self.choose)

    def retranslate(self) -> None:
        what = self.state.what
        self.set_heading(tr("Import", "Choose the file"), file_subtitle(what))
        self.intro.setText(file_intro(what))
        self.what_label.setText(tr("Import", "The file holds:"))
        inquiries, exchanges = self.what_buttons.buttons()
        inquiries.setText(tr("Import", "&Inquiries"))
        exchanges.setText(tr("Import", "E&xchanges"))
        self.path_label.setText(tr("Import", "&File:"))
        self.path.setAccessibleName(tr("Import", "File to import"))
        self.path.setPlaceholderText(tr("Import", "Choose a file…"))
        self.path_field.retranslate(
            tr("Import", "&Choose…"), tr("Import", "Choose the file to import")
        )
        if self.state.table is not None:
            self.facts.setText(file_facts(self.state.table))
        if self.state.path is not None and self.state.table is None:
            self.load(self.state.path)  # the reason again, in the new language

    def ask_file(self, _button: QWidget, _typed: str) -> str:
        """The file dialog, in the folder of the file chosen before (or in Documents)."""
        start = self.state.path.parent if self.state.path is not None else choosers.documents()
        return choosers.open_file(
            self,
            window_title(self.state.what),
            str(start),
            # two texts: ";;" would trip the French spacing rule before ";"
            tr("Import", "CSV files and Excel workbooks (*.csv *.txt *.xlsx)")
            + ";;"
            + tr("Import", "All files (*)"),
        )

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
        self.state.set_table(path, table if problem is None else None)
        told = guess(table.headers) if table is not None and problem is None else None
        if told is not None:  # otherwise the choice stays as it is
            self.set_what(told)
        show_error(self.error, problem)
        self.facts.setText(file_facts(table) if table is not None else "")
        self.completeChanged.emit()
        return problem is None

    def set_what(self, what: str) -> None:
        """The file holds `what` (INQUIRIES or EXCHANGES): its button checked."""
        self.what_buttons.buttons()[WHATS.index(what)].setChecked(True)

    def _what_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        what = WHATS[self.what_buttons.buttons().index(button)]
        if what != self.state.what:
            self.state.what = what
            self.state.preview = self.state.exchanges_preview = None
            self.retranslate()
            self.what_changed.emit()

    @staticmethod
    def _emptiness(table: Table) -> str | None:
        if not any(h.strip() for h in table.headers):
            return tr("Import", "The file is empty: its first row should name the columns.")
        if data_rows(table) == 0:
            return tr("Import", "The file has no rows below the header line.")
        return None

    def isComplete(self) -> bool:
        return self.state.table is not None

    def validatePage(self) -> bool:
        return self.isComplete()
