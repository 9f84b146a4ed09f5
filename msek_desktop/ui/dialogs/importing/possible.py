"""The rows of an import that may be a record already there (core.identity: a similar name,
another organisation ...), listed under "To confirm": staff link each to the record it is, or
leave it new; none is linked without their word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from msek_desktop.core.importing import PossibleMatch
from msek_desktop.ui.dialogs.importing.page import wrapping_label
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.dialogs.importing.texts import matched_by, record_kind
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.table import Column, RowsModel
from msek_desktop.ui.kit.widgets import RowTable


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


class PossibleMatches(QWidget):
    """The rows that may be a record already there: link each to it, or leave it new."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.setObjectName("import_possible")
        self.intro = wrapping_label()
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
        if self.state.links.get((match.line, match.kind)) == match.id:
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
        self.decide(match, link=self.state.links.get((match.line, match.kind)) != match.id)

    def decide(self, match: PossibleMatch, *, link: bool) -> None:
        """Link `match`'s row to its record (and to no other), or leave the row new."""
        key = (match.line, match.kind)
        if link:
            self.state.links[key] = match.id
        elif self.state.links.get(key) == match.id:
            del self.state.links[key]
        # the answers changed, not the rows: the selection stays where it is
        last, column = self.model.rowCount() - 1, ANSWER_COLUMN
        self.model.dataChanged.emit(self.model.index(0, column), self.model.index(last, column))
