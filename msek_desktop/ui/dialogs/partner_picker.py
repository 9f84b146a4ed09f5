"""The partner organisations a letter proposes: sought on the sides core.sides names, searched
by name, the checked ones kept on top."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from msek_desktop.core import organisations, sides
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.naming import name_only
from msek_desktop.ui.kit.widgets import SearchBox


def partner_sides(side: str) -> tuple[str, ...]:
    """Where counterparts are sought (core.sides' rule), as the codes the pickers query."""
    return tuple(s.value for s in sides.partner_sides(side))


class PartnerPicker(QWidget):
    """Organisations on the other side, searched by name; the checked ones stay on top."""

    changed = Signal()

    def __init__(self, ctx: AppContext, sides: tuple[str, ...], exclude: set[int]) -> None:
        super().__init__()
        self.ctx, self.sides, self.exclude = ctx, sides, exclude
        self.checked: dict[int, str] = {}  # id -> item text, in the order they were checked
        self.search = SearchBox()
        self.list = QListWidget()
        self.list.setObjectName("partnerList")
        self.list.setWordWrap(True)  # long names wrap; items re-measured when the width changes
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.refresh)
        self.list.itemChanged.connect(self._toggled)
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("ProposalDialog", "Search organisations…"))
        name_only(
            (self.search, tr("ProposalDialog", "Search partner organisations")),
            (self.list, tr("ProposalDialog", "Partner organisations")),
        )

    def ids(self) -> tuple[int, ...]:
        return tuple(self.checked)

    def set_ids(self, ids: dict[int, str]) -> None:
        """Check exactly `ids`, in place: this runs inside the list's own itemChanged."""
        self.checked = dict(ids)
        self.list.blockSignals(True)
        for item in (self.list.item(i) for i in range(self.list.count())):
            on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def refresh(self) -> None:
        text = self.search.text().strip()
        found = [
            row
            for side in self.sides
            for row in organisations.find_organisations(self.ctx.db, text, side=side, limit=100)
            if row.id not in self.exclude and row.id not in self.checked
        ]
        if len(self.sides) > 1:
            found.sort(key=lambda r: r.name.casefold())
        self.list.blockSignals(True)
        self.list.clear()
        for oid, name in self.checked.items():
            self._add(oid, name, "", Qt.CheckState.Checked)
        for row in found:
            name = f"{row.name} — {row.city}" if row.city else row.name
            tip = row.description_fr or row.description_pl or row.description_en
            self._add(row.id, name, tip, Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _add(self, oid: int, name: str, tip: str, state: Qt.CheckState) -> None:
        item = QListWidgetItem(name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, oid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        item.setToolTip(tip)

    def _toggled(self, item: QListWidgetItem) -> None:
        oid = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[oid] = item.text()
        else:
            self.checked.pop(oid, None)
        self.changed.emit()
