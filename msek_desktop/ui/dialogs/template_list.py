"""The list of templates in the template editor: letters or emails (a switch above it), shown
by language, New and Delete (letters only: template_kinds)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton, QTabBar, QVBoxLayout, QWidget

from msek_desktop.core.templates import TemplateRow
from msek_desktop.ui.dialogs.template_kinds import KINDS, TemplateKind, kind_names
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.naming import name_only
from msek_desktop.ui.kit.table import Column, TipRowsModel
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable


def template_columns(kind: Callable[[], TemplateKind]) -> list[Column]:
    """Language and name (an email template's in the window's language)."""
    name = lambda r: kind().name_text(r.name)  # noqa: E731
    return [
        Column(
            "language",
            lambda: tr("Templates", "Language"),
            lambda r: labels.label(labels.LANGUAGES, r.language),
        ),
        Column("name", lambda: tr("Templates", "Name"), name),
    ]


class TemplateList(QWidget):
    """The templates of the kind and the language chosen above them (or all languages), one
    selected at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds = QTabBar()  # Letters, Emails
        self.kinds.setObjectName("templateKinds")
        self.kinds.setExpanding(False)
        for _kind in KINDS:
            self.kinds.addTab("")
        self.language_filter = CodeCombo(
            labels.LANGUAGES, any_text=lambda: tr("Templates", "All languages")
        )
        self.model = TipRowsModel(template_columns(self.kind), self)
        self.table = RowTable()
        self.table.setObjectName("templateTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(RowTable.SelectionMode.SingleSelection)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.kinds)
        layout.addWidget(self.language_filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.new_button, self.delete_button, STRETCH))

    def kind(self) -> TemplateKind:
        """Letters or emails, as the switch says."""
        return KINDS[max(self.kinds.currentIndex(), 0)]

    def show_kind(self) -> None:
        """New and Delete for the kind shown: emails' templates are fixed."""
        fixed = self.kind().fixed
        self.new_button.setVisible(not fixed)
        self.delete_button.setVisible(not fixed)

    def retranslate(self) -> None:
        for number, text in enumerate(kind_names()):
            self.kinds.setTabText(number, text)
        name_only(
            (self.kinds, tr("Templates", "Kind of template")),
            (self.language_filter, tr("Templates", "Show the templates of")),
            (self.table, self.kind().title()),
        )
        self.language_filter.retranslate()
        self.model.retranslate()
        self.table.viewport().update()

    def show_rows(self, rows: list[TemplateRow]) -> None:
        """The rows listed, announcing no selection change."""
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)
        self.table.selectionModel().blockSignals(False)

    def select(self, row: int) -> None:
        """Row `row` selected (none when negative), announcing nothing."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        if row < 0:
            selection.clearSelection()
        else:
            selection.setCurrentIndex(self.model.index(row, 0), flags)
        selection.blockSignals(False)

    def row_of(self, template_id: int | None) -> int:
        ids = [r.id for r in self.model.rows]
        return ids.index(template_id) if template_id in ids else -1

    def picked(self) -> TemplateRow | None:
        """The template selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None
