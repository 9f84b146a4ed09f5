"""The History tab of the organisation form: every inquiry the organisation sent, every time
it was proposed as a partner (with where that went), every letter naming it, newest first;
and the line counting its proposals ("Proposed 3 times · accepted once · declined once"),
which the form shows on its top line, beside its Details and Profile tabs, seen without
opening the tab.

It shows what core.partner_proposals.history and counts give; codes (stages, proposal
states, decline reasons, letter kinds) are said in the window's language. Activating a row
opens its inquiry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column, TipRowsModel, fit_columns
from msek_desktop.ui.kit.widgets import RowTable

Text = Callable[[], str]

WHAT: dict[str, Text] = {  # HistoryItem.kind
    "inquiry": lambda: tr("OrganisationHistory", "Inquiry sent"),
    "proposal": lambda: tr("OrganisationHistory", "Proposed as a partner"),
    "letter": lambda: tr("OrganisationHistory", "Letter"),
}
LETTER_KINDS: dict[str, Text] = {  # models.Proposal.kind
    "proposal": lambda: tr("OrganisationHistory", "Partnership proposal"),
    "acknowledgement": lambda: tr("OrganisationHistory", "Acknowledgement"),
    "introduction": lambda: tr("OrganisationHistory", "Letter to the partner"),
}

OUTCOMES = {  # HistoryItem.kind: the words of its state and of its detail's code
    "inquiry": (labels.STAGES, labels.LOST_REASONS),
    "proposal": (labels.PROPOSAL_STATES, labels.DECLINE_REASONS),
}


def outcome(item: Any) -> str:
    """The state of a history row in words: the inquiry's stage (and why it was lost), the
    proposal's state (and why it was declined), the letter's kind (and its number)."""
    if item.kind in ("inquiry", "proposal"):
        states, reasons = OUTCOMES[item.kind]
        state, reason = labels.label(states, item.state), labels.label(reasons, item.detail)
        return f"{state} — {reason}" if reason else state
    kind = labels.label(LETTER_KINDS, item.state)
    if not item.detail:
        return kind
    return tr("OrganisationHistory", "%1, letter %2").replace("%1", kind).replace("%2", item.detail)


def day(item: Any) -> date:
    """The day of a history row where the office is: an inquiry's day of receipt as it is,
    the UTC time of a proposal's state or of a letter in the user's time zone."""
    if item.kind == "inquiry":
        return item.at.date()  # type: ignore[no-any-return]
    at = item.at
    utc = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute), QTimeZone.utc())
    local = utc.toLocalTime().date()
    return date(local.year(), local.month(), local.day())


def history_columns() -> list[Column]:
    what = lambda i: labels.label(WHAT, i.kind)  # noqa: E731
    return [
        Column("at", lambda: tr("OrganisationHistory", "Date"), day),
        Column("what", lambda: tr("OrganisationHistory", "What"), what),
        Column("ref", lambda: tr("OrganisationHistory", "Ref"), lambda i: i.ref),
        Column("outcome", lambda: tr("OrganisationHistory", "State"), outcome),
        Column("subject", lambda: tr("OrganisationHistory", "Subject"), lambda i: i.subject),
    ]


def summary_text(counts: Any) -> str:
    """ "Proposed 3 times · accepted once · declined once", the outcomes that happened."""
    if counts is None or counts.proposed == 0:
        return tr("OrganisationHistory", "Never proposed as a partner yet.")
    parts = [tr("OrganisationHistory", "Proposed %n times", None, counts.proposed)]
    if counts.accepted:
        parts.append(tr("OrganisationHistory", "accepted %n times", None, counts.accepted))
    if counts.declined:
        parts.append(tr("OrganisationHistory", "declined %n times", None, counts.declined))
    return " · ".join(parts)


class OrganisationHistory(QWidget):
    """The table of the organisation's history, newest first, and its summary line (`summary`,
    placed by the form at its top); `open_inquiry(id)` is called for an activated row."""

    def __init__(self, open_inquiry: Callable[[int], Any]) -> None:
        super().__init__()
        self.setObjectName("organisationHistory")
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model = TipRowsModel(history_columns())
        self.table = RowTable()
        self.table.setObjectName("history")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda item: open_inquiry(item.inquiry_id))
        self._counts: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)

    def show_history(self, items: Sequence[Any], counts: Any) -> None:
        """`items` (HistoryItem, newest first) and `counts` (ProposalCounts, or None)."""
        self._counts = counts
        self.model.set_rows(items)
        fit_columns(self.table, 280, padding=16)
        self.retranslate()

    def title(self) -> str:
        return f"{tr('OrganisationHistory', 'History')} ({self.model.rowCount()})"

    def retranslate(self) -> None:
        self.summary.setText(summary_text(self._counts))
        self.model.retranslate()
        self.model.set_rows(self.model.rows)  # the outcomes in the new language
        self.table.setAccessibleName(tr("OrganisationHistory", "History"))
