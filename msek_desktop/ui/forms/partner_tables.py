"""The tables of the partners panel (ui/forms/partner_panel.py) and of the organisation's
fitting inquiries (ui/forms/organisation_fits.py): suggested partners with a check box each,
proposed partners with their state, open inquiries that fit an organisation;
each reason said in words (kit/partner_texts.py), the score drawn as a bar, the whole reasons
of the current row under the table, a ranking read in the background that keeps the list's
place when it comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from msek_desktop.core.partners import InquiryFit, Suggestion
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.partner_texts import reasons_text, reasons_tooltip
from msek_desktop.ui.kit.table import ROW_ROLE, Column, Index, TipRowsModel, share_width
from msek_desktop.ui.kit.tasks import Operation
from msek_desktop.ui.kit.widgets import RowTable

if TYPE_CHECKING:
    from msek_desktop.ui.context import AppContext

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked

Text = Callable[[], str]
SCORE_BAR = QColor("#cfe3f7")


def partner_text(suggestion: Suggestion) -> str:
    """How the letter dialog names a partner: "name — city"."""
    org = suggestion.organisation
    return f"{org.name} — {org.city}" if org.city else org.name


# -- the tables -------------------------------------------------------------------------------


class ReasonsModel(TipRowsModel):
    """Rows with reasons (suggestions, fits): the reasons column's tooltip lists them one a
    line, marked for or against."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.names: dict[str, str] = {}  # field code -> name in the window's language

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reasons = index.isValid() and self.columns[index.column()].key == "reasons"
        if reasons and role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.rows):
            return reasons_tooltip(self.rows[index.row()].reasons, self.names)
        return super().data(index, role)


class SuggestionsModel(ReasonsModel):
    """Suggestions, each with a check box before the organisation's name."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        name = lambda s: s.organisation.name  # noqa: E731
        kind = lambda s: labels.label(labels.ORGANISATION_KINDS, s.organisation.kind)  # noqa: E731
        super().__init__(
            [
                Column("name", lambda: tr("Partners", "Organisation"), name),
                Column("city", lambda: tr("Partners", "City"), lambda s: s.organisation.city),
                Column("kind", lambda: tr("Partners", "Kind"), kind),
                Column("score", lambda: tr("Partners", "Score"), lambda s: f"{s.score:.0f}"),
                Column("reasons", lambda: tr("Partners", "Why"), self._reasons),
            ],
            parent,
        )
        self.checked: dict[int, Suggestion] = {}  # organisation id -> suggestion, as ticked

    def _reasons(self, suggestion: Suggestion) -> str:
        return reasons_text(suggestion.reasons, self.names)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """New rows; those still listed stay ticked."""
        still = {s.organisation.id: s for s in rows}
        self.checked = {oid: still[oid] for oid in self.checked if oid in still}
        super().set_rows(rows)
        self.checked_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index)
            return CHECKED if row and row.organisation.id in self.checked else UNCHECKED
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        self.set_checked(index.row(), value in (CHECKED, CHECKED.value))
        return True

    def set_checked(self, number: int, on: bool) -> None:
        suggestion = self.rows[number]
        if on:
            self.checked[suggestion.organisation.id] = suggestion
        else:
            self.checked.pop(suggestion.organisation.id, None)
        corner = self.index(number, 0)
        self.dataChanged.emit(corner, corner, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def ticked(self) -> list[Suggestion]:
        """The ticked suggestions, in the list's order."""
        return [s for s in self.rows if s.organisation.id in self.checked]


def proposal_columns() -> list[Column]:
    state = lambda r: labels.label(labels.PROPOSAL_STATES, r.state)  # noqa: E731
    reason = lambda r: labels.label(labels.DECLINE_REASONS, r.decline_reason)  # noqa: E731
    return [
        Column("name", lambda: tr("Partners", "Organisation"), lambda r: r.organisation_name),
        Column("state", lambda: tr("Partners", "State"), state),
        Column("since", lambda: tr("Partners", "Since"), lambda r: r.state_at),
        Column("reason", lambda: tr("Partners", "Reason declined"), reason),
        Column("note", lambda: tr("Partners", "Note"), lambda r: r.note),
    ]


def fit_columns() -> list[Column]:
    side = lambda f: labels.label(labels.SIDES, f.inquiry.side)  # noqa: E731
    return [
        Column("ref", lambda: tr("Partners", "Ref"), lambda f: f.inquiry.ref),
        Column("subject", lambda: tr("Partners", "Subject"), lambda f: f.inquiry.subject),
        Column("requester", lambda: tr("Partners", "Asked by"), requester),
        Column("side", lambda: tr("Partners", "Side"), side),
        Column("score", lambda: tr("Partners", "Score"), lambda f: f"{f.score:.0f}"),
    ]


def requester(fit: InquiryFit) -> str:
    """Who asked: the person, and their organisation."""
    inq = fit.inquiry
    person = f"{inq.contact.first_name} {inq.contact.last_name}".strip() if inq.contact else ""
    org = inq.organisation.name if inq.organisation else ""
    return " — ".join(x for x in (person, org) if x)


class ScoreBar(QStyledItemDelegate):
    """The score drawn as a bar under its number (0 to 100 fills the cell)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            rect: QRect = option.rect.adjusted(2, 3, -2, -3)
            width = int(rect.width() * max(0.0, min(float(row.score), 100.0)) / 100)
            painter.fillRect(rect.adjusted(0, 0, width - rect.width(), 0), SCORE_BAR)
        super().paint(painter, option, index)


def table(name: str, model: TipRowsModel, widths: dict[str, int], stretch: str) -> RowTable:
    """A table that never scrolls sideways: the `widths` columns that many characters wide
    (their whole text in the tooltip), `stretch` taking what is left, the others as wide as
    their contents."""
    view = RowTable()
    view.setObjectName(name)
    view.setModel(model)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.horizontalHeader().setStretchLastSection(False)
    share_width(view, model.columns, {stretch})
    view.setProperty("widths", widths)
    size_columns(view)
    return view


def size_columns(view: RowTable) -> None:
    """The fixed columns of `table` their characters wide, never narrower than their title
    in the window's language (again after a change of language)."""
    header, char = view.horizontalHeader(), view.fontMetrics().averageCharWidth()
    widths: dict[str, int] = view.property("widths") or {}
    model = view.model()
    assert isinstance(model, TipRowsModel)
    for number, column in enumerate(model.columns):
        if column.key in widths:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            title = header.sectionSizeHint(number)
            header.resizeSection(number, max(widths[column.key] * char + 12, title))


class WhyLabel(QLabel):
    """The whole reasons of the current row, under the table (the column may cut them)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def follow(self, view: RowTable, model: ReasonsModel, name: Callable[[Any], str]) -> None:
        def show() -> None:
            row = model.row_at(view.currentIndex())
            if row is None:
                self.clear()
                return
            text = tr("Partners", "%1: %2").replace("%1", name(row))
            self.setText(text.replace("%2", reasons_text(row.reasons, model.names)))

        view.selectionModel().currentChanged.connect(show)
        model.modelReset.connect(show)


def keep_place(
    view: RowTable, model: TipRowsModel, rows: Sequence[Any], key: Callable[[Any], Any]
) -> None:
    """Show `rows` in `model`, the cursor on the same record and the list scrolled as it was."""
    current = model.row_at(view.currentIndex())
    at = key(current) if current is not None else None
    scrolled = view.verticalScrollBar().value()
    model.set_rows(rows)
    keys = [key(row) for row in rows]
    if rows:  # the same record, else the first
        view.setCurrentIndex(model.index(keys.index(at) if at in keys else 0, 0))
    view.verticalScrollBar().setValue(scrolled)


class Ranking(QObject):
    """A ranking read in the background; only the latest one asked for is shown."""

    def __init__(self, parent: QWidget, show: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self.widget, self.show = parent, show
        self.asked = 0  # the number of the latest reading asked for

    def run(self, work: Callable[[], Any]) -> None:
        self.asked += 1
        number = self.asked
        title = tr("Partners", "Finding partners…")
        operation = Operation(
            self.widget, lambda _progress: work(), title=title, cancellable=False,
            show_progress=False,
        )  # fmt: skip
        operation.on_success(lambda rows: self._arrived(number, rows)).run()

    def _arrived(self, number: int, rows: Any) -> None:
        if number == self.asked:
            self.show(rows)


def open_organisation(ctx: AppContext, parent: QWidget, organisation_id: int) -> QWidget:
    """The organisation's own form, over `parent`."""
    from msek_desktop.ui.forms.organisation_form import OrganisationForm

    form = OrganisationForm(ctx, organisation_id, parent)
    form.finished.connect(form.deleteLater)
    form.show()
    return form
