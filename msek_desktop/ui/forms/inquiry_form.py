"""The inquiry form: every field of one inquiry (inquiry_editors), its follow-ups
(inquiry_followups), its partners suggested and proposed (partner_panel) and its history
(inquiry_history), on RecordForm's life cycle.

The form collects values and hands them to core.inquiries; it never writes a record itself.
Save, the conflict question (a stale edit is refused by the service and offered a reload),
Delete and Restore, and the unsaved-changes question on close are RecordForm's.

A lost or completed inquiry shows a bar saying so ("This inquiry is closed (Lost, 12 March
2026).") with Reopen, and its fields are read-only until it is reopened (core refuses a
change to it too); its follow-ups stay open to it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from msek_desktop.core import inquiries
from msek_desktop.core.inquiries import editing
from msek_desktop.core.rows import InquiryRow
from msek_desktop.core.vocab import CLOSED_STAGES
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.email_action import EmailButton
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog
from msek_desktop.ui.forms.documents_panel import add_documents_tab
from msek_desktop.ui.forms.exchange_links import ExchangeButton
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.history_stream import add_history_tab
from msek_desktop.ui.forms.inquiry_editors import InquiryEditors
from msek_desktop.ui.forms.inquiry_followups import FollowUpsPanel
from msek_desktop.ui.forms.partner_panel import InquiryPartners
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.fields import set_read_only
from msek_desktop.ui.kit.live import NoticeBar
from msek_desktop.ui.kit.table import qdate

STAGE_KEYS = ("stage", "lost_reason", "lost_note")
# Sent together when one of them changed: the service fills the organisation from the
# contact unless it is given too, and checks a stage with its reason and note.
TOGETHER = (("contact_id", "organisation_id"), STAGE_KEYS)


class InquiryForm(InquiryEditors):
    """One inquiry in its own window; `inquiry_id` None makes a new one."""

    def __init__(
        self, ctx: AppContext, inquiry_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, inquiry_id, parent)
        self.setObjectName("inquiryForm")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.followups = FollowUpsPanel(self)
        self.partners = InquiryPartners(self)
        self.tabs.addTab(self.followups, "")
        self.tabs.addTab(self.partners, "")
        self.history = add_history_tab(self, "inquiry_id", None)  # composer and stream, Ctrl+L
        self.timeline = self.history.list
        self.documents = add_documents_tab(self, "inquiry_id")  # files, dropped or added
        self.form_error = self.field_errors.label("form")
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("letterButton")
        self.letter_button.clicked.connect(self.open_letters)
        self.email_button = EmailButton(self, "inquiry_id")  # Write email…, Ctrl+Shift+E
        self.exchange_button = ExchangeButton(self)  # Record the exchange…, or its exchanges
        self.letter_dialog: ProposalDialog | None = None
        self.closed_bar = NoticeBar("closedNotice")  # lost or completed: read-only, Reopen
        self.closed_bar.button.clicked.connect(self.reopen)
        self.finish()
        if self.is_closed():
            self.closed_bar.button.setFocus()  # what can be done with it
        self.tabs.currentChanged.connect(self._room_for_tabs)
        self.resize(1100, 760)

    def _room_for_tabs(self) -> None:
        """The partners' two lists and the history need room: the tabs grow while they show."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        wide = self.tabs.currentWidget() in (self.partners, self.history)
        layout.setStretch(layout.indexOf(self.tabs), 2 if wide else 1)

    @property
    def inquiry_id(self) -> int | None:
        return self.record_id

    def lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.details, 3)
        top.addWidget(self.handling, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.closed_bar)
        layout.addLayout(top, 2)
        layout.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        assert self.form_error is not None
        layout.addWidget(self.form_error)
        buttons = (
            self.delete_button, self.letter_button, self.email_button, self.save_button,
            self.close_button,
        )  # fmt: skip
        for button in buttons:
            button.setAutoDefault(False)
            button.setDefault(False)
        layout.addLayout(
            self.button_row(self.letter_button, self.email_button, self.exchange_button)
        )
        pickers = (self.contact, self.organisation)
        order: list[QWidget] = []
        for editor in self.editors.values():  # a picker: its line, then its New… button
            order += (editor.line, editor.new_button) if editor in pickers else (editor,)
        order += [self.tabs, self.followups.table, *self.followups.buttons()]
        order += [*self.partners.focus_chain(), *buttons[1:]]
        for first, second in itertools.pairwise([*order, self.delete_button]):
            self.setTabOrder(first, second)

    # -- reading, checking and writing ------------------------------------------------

    def read_record(self, record_id: int) -> InquiryRow:
        self.detail = inquiries.get_inquiry(self.ctx.db, record_id)
        return self.detail.row

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        changed = super().changes(values)
        for keys in TOGETHER:
            if set(keys) & changed.keys():
                changed.update({k: values[k] for k in keys})
        return changed

    def check(self, values: dict[str, Any]) -> dict[str, str | Text]:
        """Every field core would refuse in what Save sends (lost without a reason...), and
        names typed but not picked from a list; nothing is written."""
        found: dict[str, str | Text] = {}
        if self.row is None:
            found.update(inquiries.field_errors(self._new(values), new=True))
        elif changed := self.changes(values):
            found.update(inquiries.field_errors(changed, new=False))
        pick = lambda: tr("InquiryForm", "Pick one from the list, or create a new one.")  # noqa: E731
        for name, picker in (("contact_id", self.contact), ("organisation_id", self.organisation)):
            if picker.pending_text():
                found[name] = pick
        return found

    @staticmethod
    def _new(values: dict[str, Any]) -> dict[str, Any]:
        """A new inquiry starts at stage New: its stage fields are not sent."""
        return {k: v for k, v in values.items() if k not in STAGE_KEYS}

    def create_record(self, values: dict[str, Any]) -> InquiryRow:
        return inquiries.create_inquiry(self.ctx.db, self._new(values), actor=self.ctx.me)

    def update_record(self, values: dict[str, Any], expected_version: int) -> InquiryRow:
        assert self.record_id is not None
        return inquiries.update_inquiry(
            self.ctx.db,
            self.record_id,
            values,
            actor=self.ctx.me,
            expected_version=expected_version,
            today=self.ctx.today(),
        )

    def set_deleted(self, deleted: bool) -> Any:
        assert self.record_id is not None
        row = inquiries.set_deleted(self.ctx.db, self.record_id, deleted, actor=self.ctx.me)
        if deleted:
            self.ctx.events.info.emit(
                tr(
                    "InquiryForm",
                    "Inquiry deleted. Restore it from the “Deleted” filter of Inquiries.",
                )
            )
        return row

    def is_dirty(self) -> bool:
        pending = self.contact.pending_text() or self.organisation.pending_text()
        return pending or super().is_dirty()

    # -- showing ------------------------------------------------------------------------

    def show_state(self) -> None:
        saved, deleted = self.row is not None, self.is_deleted()
        for editor in self.editors.values():
            set_read_only(editor, False)  # what follows disables what this state does not allow
        self._show_followups()
        super().show_state()
        self.tabs.setEnabled(True)
        self.delete_button.setVisible(True)
        self.delete_button.setEnabled(saved)
        self.stage.setEnabled(saved and not deleted)
        self.stage.setToolTip(
            "" if saved else tr("InquiryForm", "A new inquiry starts at stage New.")
        )
        closed = self.is_closed()
        self.letter_button.setEnabled(saved and not deleted and not closed)
        self.email_button.refresh()
        self.exchange_button.refresh()
        for box in (self.details, self.handling):
            box.setEnabled(not deleted)
        if closed:
            for editor in self.editors.values():
                set_read_only(editor, True)
        self.save_button.setEnabled(not deleted and not closed)
        self._show_closed()

    def is_closed(self) -> bool:
        """Lost or completed (and not deleted): read-only until reopened."""
        return self.row is not None and not self.is_deleted() and self.row.stage in CLOSED_STAGES

    def _show_closed(self) -> None:
        """The closed bar: the stage and the day it was closed, with Reopen."""
        if not self.is_closed():
            self.closed_bar.hide()
            return
        stage = labels.label(labels.STAGES, self.row.stage)
        if self.row.closed_on is not None:
            day = QLocale().toString(qdate(self.row.closed_on), "d MMMM yyyy")
            text = tr("InquiryForm", "This inquiry is closed (%1, %2).").replace("%2", day)
        else:
            text = tr("InquiryForm", "This inquiry is closed (%1).")
        self.closed_bar.say(text.replace("%1", stage), tr("InquiryForm", "Reopen"))
        self.closed_bar.button.setToolTip(
            tr("InquiryForm", "Move it back to an open stage, to change it again")
        )

    def reopen(self) -> None:
        """Reopen pressed: back to the open stage it had before it was closed (core's rule)."""
        row = self.row
        if row is None or not self.is_closed():
            return
        ctx = self.ctx
        reopened = self.write(
            lambda: editing.reopen(
                ctx.db, row.id, actor=ctx.me, expected_version=row.version, today=ctx.today()
            )
        )
        if reopened is None:
            return
        self.load()
        self.ctx.events.data_changed.emit()
        stage = labels.label(labels.STAGES, reopened.stage)
        self.saved_message.setText(tr("InquiryForm", "Reopened: %1.").replace("%1", stage))
        self.saved_message.show()

    def _show_followups(self) -> None:
        rows = self.detail.follow_ups if self.detail else ()
        saved = self.detail is not None and not self.is_deleted()
        self.followups.set_rows(rows, self.staff_names, saved)
        self.partners.show_inquiry(self.record_id if self.detail else None, saved)
        self.history.reload()

    def followups_changed(self) -> None:
        """A follow-up was saved: show it, keep the edits in the form."""
        assert self.record_id is not None
        fresh = inquiries.get_inquiry(self.ctx.db, self.record_id)
        if self.detail is not None:
            self.detail = replace(self.detail, follow_ups=fresh.follow_ups, timeline=fresh.timeline)
        self._show_followups()
        self._tab_titles()
        self.ctx.events.data_changed.emit()

    def title_text(self) -> str:
        if self.detail is None or self.row is None:
            return tr("InquiryForm", "New inquiry")
        title = tr("InquiryForm", "Inquiry %1 — %2")
        return title.replace("%1", self.row.ref).replace("%2", self.row.subject)

    def delete_question(self) -> str:
        return tr(
            "InquiryForm",
            "Delete this inquiry? You can restore it later from the “Deleted” filter of Inquiries.",
        )

    def saved_text(self, row: InquiryRow) -> str:
        return tr("InquiryForm", "Inquiry %1 saved.").replace("%1", row.ref)

    def saved_here(self, row: InquiryRow, created: bool) -> str:
        """A new inquiry says the ref it was given: "Saved as 2026-0042 at 10:42."."""
        if not created:
            return super().saved_here(row, created)
        at = QTime.currentTime().toString("HH:mm")
        return tr("InquiryForm", "Saved as %1 at %2.").replace("%1", row.ref).replace("%2", at)

    def retranslate(self) -> None:
        super().retranslate()
        if self.row is not None:
            self._show_closed()
        self.followups.retranslate()
        self.history.retranslate()
        self.partners.retranslate()
        self.letter_button.setText(tr("InquiryForm", "Partnership letter…"))
        self.letter_button.setToolTip(
            tr("InquiryForm", "Make the partnership proposal letter of this inquiry")
        )

    def _tab_titles(self) -> None:
        count = len(self.detail.follow_ups) if self.detail else 0
        self.tabs.setTabText(0, tr("InquiryForm", "Follow-ups (%n)", None, count))
        partners = self.partners.count()
        self.tabs.setTabText(1, tr("InquiryForm", "Partners (%n)", None, partners))
        self.tabs.setTabText(2, tr("InquiryForm", "History"))

    # -- letters ------------------------------------------------------------------------

    def open_letters(self, *, partner_ids: Sequence[int] | None = None) -> None:
        """The partnership letter dialog, `partner_ids` checked in it (by default those
        proposed). Letters are made from the saved inquiry: save first."""
        if self.record_id is None:
            return
        question = tr(
            "InquiryForm", "The letter is made from the saved inquiry. Save your changes?"
        )
        if self.is_dirty() and not (
            questions.ask_save_first(self, self.windowTitle(), question) and self.save()
        ):
            return
        self.letter_dialog = ProposalDialog(self.ctx, self.record_id, self, partner_ids=partner_ids)
        # A letter made or sent moves the stage and the timeline (the form has no edits).
        self.letter_dialog.letters_changed.connect(self.load)
        self.letter_dialog.letters_changed.connect(self.ctx.events.data_changed.emit)
        self.letter_dialog.finished.connect(self.letter_dialog.deleteLater)
        self.letter_dialog.open()
