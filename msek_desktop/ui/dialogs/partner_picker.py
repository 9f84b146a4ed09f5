"""The partner organisations a letter names: the ones suggested for the inquiry first, in
core's order (core.partners.suggest_partners), each with its reasons in plain words; then the
other organisations of the sides core.sides names, searched by name. A partner already
proposed for the inquiry (core.partner_proposals) shows its state, and is checked when the
dialog opens unless it declined."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from msek_desktop.core import fields, organisations, partner_proposals, partners, sides
from msek_desktop.core.errors import UserError
from msek_desktop.core.partners import Reason
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, partner_texts
from msek_desktop.ui.kit.naming import name_only
from msek_desktop.ui.kit.widgets import SearchBox

HEADER_ROLE = Qt.ItemDataRole.UserRole + 1  # "suggested" | "others" on a section's title
SHOWN_REASONS = 3  # the most telling on the line; all of them in the tooltip
# A proposal in these states is not put forward again by default.
NOT_CHECKED = ("declined",)


def partner_sides(side: str) -> tuple[str, ...]:
    """Where counterparts are sought (core.sides' rule), as the codes the pickers query."""
    return tuple(s.value for s in sides.partner_sides(side))


@dataclass(frozen=True)
class Offered:
    """One organisation as the picker shows it."""

    organisation: OrganisationRow
    reasons: tuple[Reason, ...] = ()  # core.partners.Reason, most telling first


class PartnerPicker(QWidget):
    """Suggested partners, then the other organisations; the checked ones stay listed."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        sides: tuple[str, ...],
        exclude: set[int],
        *,
        inquiry_id: int | None = None,
        checked: Sequence[int] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.sides, self.exclude = ctx, sides, exclude
        self.suggested = self._suggested(inquiry_id)
        self.states = self._states(inquiry_id)  # organisation id -> proposal state
        self.rows: dict[int, OrganisationRow] = {
            s.organisation.id: s.organisation for s in self.suggested
        }
        self.names: dict[str, str] = {}  # field code -> name, for the reasons
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
        self._check_first(checked)
        self.refresh()

    # -- what is offered ------------------------------------------------------------------

    def _suggested(self, inquiry_id: int | None) -> list[Offered]:
        if inquiry_id is None:
            return []
        return [
            Offered(s.organisation, tuple(s.reasons))
            for s in partners.suggest_partners(self.ctx.db, inquiry_id)
            if s.organisation.id not in self.exclude
        ]

    def _states(self, inquiry_id: int | None) -> dict[int, str]:
        if inquiry_id is None:
            return {}
        rows = partner_proposals.for_inquiry(self.ctx.db, inquiry_id)
        return {p.organisation_id: p.state for p in rows}

    def reload_states(self, inquiry_id: int) -> None:
        """The proposals' states again (a letter just made moved them forward)."""
        self.states = self._states(inquiry_id)
        self.refresh()
        self.checked = {
            oid: next(i.text() for i in self.items() if i.data(Qt.ItemDataRole.UserRole) == oid)
            for oid in self.checked
        }

    def _check_first(self, checked: Sequence[int] | None) -> None:
        """`checked` when given, else the partners proposed for the inquiry (not declined)."""
        if checked is None:
            checked = [oid for oid, state in self.states.items() if state not in NOT_CHECKED]
        for oid in dict.fromkeys(checked):
            try:
                row = self.organisation(oid)
            except UserError:  # deleted meanwhile: not offered
                continue
            if oid not in self.exclude and row.deleted_at is None:
                self.checked[oid] = self.item_text(row)

    def organisation(self, oid: int) -> OrganisationRow:
        """A listed organisation's row (read once)."""
        if oid not in self.rows:
            self.rows[oid] = organisations.get_organisation(self.ctx.db, oid)
        return self.rows[oid]

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("ProposalDialog", "Search organisations…"))
        name_only(
            (self.search, tr("ProposalDialog", "Search partner organisations")),
            (self.list, tr("ProposalDialog", "Partner organisations")),
        )
        self.refresh()

    def item_text(self, row: OrganisationRow, reasons: Sequence[Reason] = ()) -> str:
        """ "Name — City · State", then the reasons on a second line."""
        text = f"{row.name} — {row.city}" if row.city else row.name
        state = self.states.get(row.id)
        if state:
            text += " · " + labels.label(labels.PROPOSAL_STATES, state)
        why = partner_texts.reasons_text(reasons[:SHOWN_REASONS], self.names) if reasons else ""
        return f"{text}\n{why}" if why else text

    def field_names(self) -> dict[str, str]:
        """Field codes -> names in the window's language, for the reasons."""
        rows = fields.list_fields(self.ctx.db) if self.suggested else []
        return partner_texts.field_names(rows, self.ctx.language)

    # -- the list -------------------------------------------------------------------------

    def ids(self) -> tuple[int, ...]:
        return tuple(self.checked)

    def set_ids(self, ids: dict[int, str]) -> None:
        """Check exactly `ids`, in place: this runs inside the list's own itemChanged."""
        self.checked = dict(ids)
        self.list.blockSignals(True)
        for item in self.items():
            on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def items(self) -> list[QListWidgetItem]:
        """The organisations' items (not the sections' titles), top to bottom."""
        every = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in every if item.data(HEADER_ROLE) is None]

    def refresh(self) -> None:
        text = self.search.text().strip()
        found = [
            row
            for side in self.sides
            for row in organisations.find_organisations(self.ctx.db, text, side=side, limit=100)
            if row.id not in self.exclude
        ]
        if len(self.sides) > 1:
            found.sort(key=lambda r: r.name.casefold())
        matching = {row.id for row in found}
        shown = [
            s for s in self.suggested if s.organisation.id in self.checked or not text
            or s.organisation.id in matching
        ]  # fmt: skip
        listed = {s.organisation.id for s in shown}
        others = [row for row in found if row.id not in listed and row.id not in self.checked]
        self.names = self.field_names()
        self.list.blockSignals(True)
        self.list.clear()
        if self.suggested:
            self._header("suggested", tr("ProposalDialog", "Suggested for this inquiry"))
        for offer in shown:
            self._add(offer.organisation, offer.reasons)
        if self.suggested:
            self._header("others", tr("ProposalDialog", "Other organisations"))
        for oid in self.checked:
            if oid not in listed:
                self._add(self.organisation(oid))
        for row in others:
            self._add(row)
        self.list.blockSignals(False)

    def _header(self, code: str, title: str) -> None:
        item = QListWidgetItem(title, self.list)
        item.setData(HEADER_ROLE, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read, not checked or selected
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)

    def _add(self, row: OrganisationRow, reasons: Sequence[Reason] = ()) -> None:
        item = QListWidgetItem(self.item_text(row, reasons), self.list)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        on = row.id in self.checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        why = partner_texts.reasons_tooltip(reasons, self.names) if reasons else ""
        about = row.description(self.ctx.language) or row.description_fr or row.description_pl
        item.setToolTip("\n\n".join(t for t in (why, about or row.description_en) if t))
        self.rows.setdefault(row.id, row)

    def _toggled(self, item: QListWidgetItem) -> None:
        oid = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[oid] = item.text()
        else:
            self.checked.pop(oid, None)
        self.changed.emit()
