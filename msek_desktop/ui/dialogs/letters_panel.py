"""The letters made for one inquiry, newest first: open any version, mark one sent."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from msek_desktop.core import proposals, staff
from msek_desktop.core.proposals import ProposalRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column, RowsModel
from msek_desktop.ui.kit.widgets import RowTable


def letter_columns(names: dict[str, str]) -> list[Column]:
    return [
        Column("number", lambda: tr("ProposalDialog", "No."), lambda r: r.number),
        Column("created_at", lambda: tr("ProposalDialog", "Made on"), lambda r: r.created_at),
        Column(
            "language",
            lambda: tr("ProposalDialog", "Language"),
            lambda r: labels.label(labels.LANGUAGES, r.language),
        ),
        Column(
            "author",
            lambda: tr("ProposalDialog", "Made by"),
            lambda r: names.get(r.author or "", r.author or ""),
        ),
        Column("sent_at", lambda: tr("ProposalDialog", "Sent on"), lambda r: r.sent_at),
        Column(
            "partners",
            lambda: tr("ProposalDialog", "Partners"),
            lambda r: ", ".join(p.name for p in r.partners),
        ),
    ]


class LettersPanel(QGroupBox):
    """The inquiry's letters, newest first: open any version, mark one sent."""

    def __init__(self, ctx: AppContext, inquiry_id: int) -> None:
        super().__init__()
        self.ctx, self.inquiry_id = ctx, inquiry_id
        self.names: dict[str, str] = {}
        self.model = RowsModel(letter_columns(self.names), self)
        self.table = RowTable()
        self.table.setObjectName("letterTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):  # the partners take the rest
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        # A few letters per inquiry: the text above gets the height, the list scrolls.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4)
        self.table.setMaximumHeight(rows * 7)
        self.open_button, self.sent_button = QPushButton(), QPushButton()
        buttons = QVBoxLayout()
        for button in (self.open_button, self.sent_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._enable)

    def retranslate(self) -> None:
        self.setTitle(tr("ProposalDialog", "Letters made for this inquiry"))
        self.table.setAccessibleName(tr("ProposalDialog", "Letters made for this inquiry"))
        self.open_button.setText(tr("ProposalDialog", "Open…"))
        self.sent_button.setText(tr("ProposalDialog", "Mark as sent"))
        self.sent_button.setToolTip(
            tr("ProposalDialog", "The inquiry moves to “Proposal sent” if it is not that far yet.")
        )
        self.model.retranslate()

    def reload(self) -> None:
        current = self.selected()
        self.names.clear()
        self.names.update({s.login: s.full_name for s in staff.list_staff(self.ctx.db)})
        self.model.set_rows(proposals.list_proposals(self.ctx.db, self.inquiry_id))
        ids = [r.id for r in self.model.rows]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if ids:
            self.table.selectRow(row)
        self._enable()

    def selected(self) -> ProposalRow | None:
        row: ProposalRow | None = self.model.row_at(self.table.currentIndex())
        return row

    def _enable(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.sent_button.setEnabled(row is not None and row.sent_at is None)
