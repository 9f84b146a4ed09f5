"""Partners of the other side, found and followed.

On the inquiry form (InquiryPartners, its "Partners" tab): the suggested partners
(core.partners.suggest_partners, ranked, each with its reasons in words), which staff tick
and go on with (Propose, Letter…, Email, Note…), and the partners already proposed
(core.partner_proposals) with their state, changed by "Change state…" or withdrawn.

The organisation form's "Open inquiries that fit" tab is in organisation_fits.py.

The ranking is read in the background (it may take a while on the office server); the list
keeps its place when it comes back. Enter or a double-click opens the organisation. The
tables are in partner_tables.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import fields, inquiries, partner_proposals, partners
from msek_desktop.core.partner_proposals import PartnerProposalRow
from msek_desktop.core.partners import Suggestion
from msek_desktop.ui.forms.partner_tables import (
    Ranking,
    ScoreBar,
    SuggestionsModel,
    WhyLabel,
    keep_place,
    open_organisation,
    partner_text,
    proposal_columns,
    size_columns,
    table,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.fields import EntryDialog
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.partner_texts import field_names
from msek_desktop.ui.kit.table import TipRowsModel
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.kit.writes import run_write

if TYPE_CHECKING:
    from msek_desktop.ui.context import AppContext
    from msek_desktop.ui.forms.inquiry_form import InquiryForm


# -- dialogs ----------------------------------------------------------------------------------


class StateDialog(EntryDialog):
    """A proposed partner's new state; declined asks for its reason (and an optional note)."""

    def __init__(self, parent: QWidget, ctx: AppContext, row: PartnerProposalRow) -> None:
        super().__init__(parent)
        self.setObjectName("proposalStateDialog")
        self.ctx, self.row = ctx, row
        choose = lambda: tr("Partners", "Choose…")  # noqa: E731
        self.state = self.add_row(
            "state", lambda: tr("Partners", "State"), CodeCombo(labels.PROPOSAL_STATES)
        )
        self.reason = self.add_row(
            "decline_reason",
            lambda: tr("Partners", "Reason declined"),
            CodeCombo(labels.DECLINE_REASONS, any_text=choose),
        )
        self.note = self.add_row("note", lambda: tr("Partners", "Note"), QLineEdit())
        self.state.set_code(row.state)
        self.reason.set_code(row.decline_reason)
        self.note.setText(row.note)
        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()
        self.retranslate()
        self.resize(440, self.sizeHint().height())

    def _state_changed(self) -> None:
        self.reason.setEnabled(self.state.code() == "declined")

    def title(self) -> str:
        return tr("Partners", "State of %1").replace("%1", self.row.organisation_name)

    def submit(self) -> PartnerProposalRow:
        declined = self.state.code() == "declined"
        return partner_proposals.set_state(
            self.ctx.db, self.row.id, self.state.code() or "proposed",
            reason=self.reason.code() if declined else None, note=self.note.text(),
            actor=self.ctx.me, expected_version=self.row.version,
        )  # fmt: skip


class NoteDialog(EntryDialog):
    """A note on the inquiry's timeline (about the partners ticked)."""

    def __init__(self, parent: QWidget, ctx: AppContext, inquiry_id: int, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("partnerNoteDialog")
        self.ctx, self.inquiry_id = ctx, inquiry_id
        self.text = self.add_row("note", lambda: tr("Partners", "Note"), QPlainTextEdit())
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(text)
        self.retranslate()
        self.resize(480, 220)

    def title(self) -> str:
        return tr("Partners", "Note on the inquiry")

    def submit(self) -> object:
        text = self.text.toPlainText()
        inquiries.add_note(self.ctx.db, self.inquiry_id, text, actor=self.ctx.me)
        return True


# -- the inquiry's Partners tab ---------------------------------------------------------------


class InquiryPartners(QWidget):
    """The partners of one inquiry: suggested (ticked and acted on) and proposed (followed)."""

    suggestions_shown = Signal()  # a ranking arrived and is on screen

    def __init__(self, form: InquiryForm) -> None:
        super().__init__()
        self.form, self.ctx = form, form.ctx
        self.setObjectName("partnersPanel")
        self.inquiry_id: int | None = None
        self.editable = False
        self.stale = True  # the suggestions need reading again (done when they show)
        self.suggested = SuggestionsModel(self)
        self.proposals = TipRowsModel(proposal_columns(), self)
        self.suggested_table = table(
            "suggestedPartners", self.suggested, {"name": 26, "kind": 14}, "reasons"
        )
        self.suggested_table.setItemDelegateForColumn(3, ScoreBar(self.suggested_table))
        self.why = WhyLabel()
        self.why.follow(self.suggested_table, self.suggested, lambda s: s.organisation.name)
        self.proposals_table = table(
            "proposedPartners", self.proposals, {"reason": 14, "note": 10}, "name"
        )
        self.ranking = Ranking(self, self._show_suggestions)
        self.suggested_box, self.proposed_box = QGroupBox(), QGroupBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.propose_button, self.letter_button, self.email_button, self.note_button = (
            QPushButton(), QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.state_button, self.withdraw_button = QPushButton(), QPushButton()
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        top = QVBoxLayout(self.suggested_box)
        top.addWidget(self.suggested_table, 1)
        top.addWidget(self.why)
        row = button_row(*self.suggestion_buttons(), STRETCH)
        row.insertWidget(0, self.hint, 1)
        top.addLayout(row)
        bottom = QVBoxLayout(self.proposed_box)
        bottom.addWidget(self.proposals_table, 1)
        bottom.addLayout(button_row(STRETCH, self.state_button, self.withdraw_button))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.suggested_box)
        split.addWidget(self.proposed_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _connect(self) -> None:
        for button, slot in (
            (self.propose_button, self.propose), (self.letter_button, self.letter),
            (self.email_button, self.email), (self.note_button, self.note),
            (self.state_button, self.change_state), (self.withdraw_button, self.withdraw),
        ):  # fmt: skip
            button.clicked.connect(slot)
        self.suggested_table.activated_row.connect(lambda s: self.open(s.organisation.id))
        self.proposals_table.activated_row.connect(lambda r: self.open(r.organisation_id))
        self.suggested.checked_changed.connect(self._enable)
        self.proposals_table.selectionModel().currentChanged.connect(self._enable)

    def open(self, organisation_id: int) -> QWidget:
        return open_organisation(self.ctx, self.form, organisation_id)

    def focus_chain(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them."""
        return [
            self.suggested_table, *self.suggestion_buttons(), self.proposals_table,
            self.state_button, self.withdraw_button,
        ]  # fmt: skip

    def suggestion_buttons(self) -> tuple[QPushButton, ...]:
        return (self.propose_button, self.letter_button, self.email_button, self.note_button)

    # -- showing ----------------------------------------------------------------------------

    def show_inquiry(self, inquiry_id: int | None, editable: bool) -> None:
        """The form (re)loaded its inquiry: its proposals now, the ranking when shown."""
        self.inquiry_id, self.editable = inquiry_id, editable
        rows = partner_proposals.for_inquiry(self.ctx.db, inquiry_id) if inquiry_id else []
        keep_place(self.proposals_table, self.proposals, rows, lambda r: r.organisation_id)
        self.stale = True
        if self.isVisible():
            self.refresh()
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the ranking again, in the background."""
        self.stale = False
        inquiry_id, db, today = self.inquiry_id, self.ctx.db, self.ctx.today()
        if inquiry_id is None:
            self._show_suggestions([])
            return
        self.suggested.names = field_names(fields.list_fields(db), self.ctx.language)
        self.ranking.run(lambda: partners.suggest_partners(db, inquiry_id, today=today))

    def _show_suggestions(self, rows: list[Suggestion]) -> None:
        keep_place(self.suggested_table, self.suggested, rows, lambda s: s.organisation.id)
        self._enable()
        self.suggestions_shown.emit()

    def _enable(self) -> None:
        ticked = bool(self.suggested.checked) and self.editable
        for button in self.suggestion_buttons():
            button.setEnabled(ticked)
        self.note_button.setEnabled(self.editable)
        chosen = self.proposals.row_at(self.proposals_table.currentIndex()) is not None
        for button in (self.state_button, self.withdraw_button):
            button.setEnabled(chosen and self.editable)

    def count(self) -> int:
        """How many partners this inquiry has proposed (the tab's title shows it)."""
        return len(self.proposals.rows)

    def retranslate(self) -> None:
        self.suggested.names = field_names(fields.list_fields(self.ctx.db), self.ctx.language)
        self.suggested_box.setTitle(tr("Partners", "Suggested partners"))
        self.proposed_box.setTitle(tr("Partners", "Proposed partners"))
        self.hint.setText(tr("Partners", "Tick partners, then:"))
        for button, text, tip in (
            (self.propose_button, tr("Partners", "Propose"),
             tr("Partners", "Record the ticked organisations as proposed partners")),
            (self.letter_button, tr("Partners", "Letter…"),
             tr("Partners", "Make the letter proposing the ticked organisations")),
            (self.email_button, tr("Partners", "Email"),
             tr("Partners", "Write to the ticked organisations from your email program")),
            (self.note_button, tr("Partners", "Note…"),
             tr("Partners", "Write a note about these partners in the inquiry's history")),
            (self.state_button, tr("Partners", "Change state…"),
             tr("Partners", "Contacted, interested, accepted or declined")),
            (self.withdraw_button, tr("Partners", "Withdraw"),
             tr("Partners", "Remove a partner proposed by mistake")),
        ):  # fmt: skip
            button.setText(text)
            button.setToolTip(tip)
        self.suggested_table.setAccessibleName(tr("Partners", "Suggested partners"))
        self.proposals_table.setAccessibleName(tr("Partners", "Proposed partners"))
        self.suggested.retranslate()
        self.proposals.retranslate()
        for view in (self.suggested_table, self.proposals_table):
            size_columns(view)
        rows = self.suggested.rows  # the reasons in the new language
        keep_place(self.suggested_table, self.suggested, rows, lambda s: s.organisation.id)

    # -- acting -----------------------------------------------------------------------------

    def _title(self) -> str:
        return tr("Partners", "Partners")

    def _changed(self) -> None:
        """Proposals were written: the form shows them and its history again."""
        self.form.followups_changed()

    def propose(self) -> list[PartnerProposalRow] | None:
        ids = [s.organisation.id for s in self.suggested.ticked()]
        if not ids or self.inquiry_id is None:
            return None
        inquiry_id, ctx = self.inquiry_id, self.ctx
        rows = run_write(
            self, self._title(),
            lambda: partner_proposals.propose(ctx.db, inquiry_id, ids, actor=ctx.me),
        )  # fmt: skip
        if rows is None:
            return None
        self.suggested.checked.clear()
        self._changed()
        self.ctx.events.info.emit(tr("Partners", "%n partners proposed.", None, len(rows)))
        return rows

    def letter(self) -> None:
        self.form.open_letters(partner_ids=[s.organisation.id for s in self.suggested.ticked()])

    def email(self) -> None:
        ticked = self.suggested.ticked()
        emails = [s.organisation.email for s in ticked if s.organisation.email]
        if not emails:
            questions.inform(
                self, self._title(),
                tr("Partners", "None of the ticked organisations has an email address."),
            )  # fmt: skip
            return
        missing = [s.organisation.name for s in ticked if not s.organisation.email]
        if missing:
            text = tr("Partners", "No email address for: %1").replace("%1", ", ".join(missing))
            self.ctx.events.info.emit(text)
        QDesktopServices.openUrl(QUrl("mailto:" + ",".join(emails)))

    def note(self) -> None:
        if self.inquiry_id is None:
            return
        names = ", ".join(partner_text(s) for s in self.suggested.ticked())
        start = tr("Partners", "Partners considered: %1").replace("%1", names) if names else ""
        dialog = NoteDialog(self, self.ctx, self.inquiry_id, start + ("\n" if start else ""))
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def selected(self) -> PartnerProposalRow | None:
        row: PartnerProposalRow | None = self.proposals.row_at(self.proposals_table.currentIndex())
        return row

    def change_state(self) -> StateDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = StateDialog(self, self.ctx, row)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = tr("Partners", "Withdraw %1 from this inquiry's proposed partners?")
        question = question.replace("%1", row.organisation_name)
        if not questions.confirm(self, self._title(), question):
            return
        if run_write(self, self._title(), lambda: self._withdraw(row)):
            self._changed()

    def _withdraw(self, row: PartnerProposalRow) -> bool:
        partner_proposals.withdraw(self.ctx.db, row.id, actor=self.ctx.me)
        return True
