"""The editors of one inquiry on a RecordForm: two boxes, the inquiry (when, how, who, what)
and its handling (stage, why lost, assignee, fields of exchange as chips, the partner
sought), filled from an InquiryDetail (or core's defaults of a new inquiry) and read back as
the values core takes.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from msek_desktop.core import inquiries, organisations, staff
from msek_desktop.core.rows import InquiryDetail, InquiryRow, StaffRow
from msek_desktop.core.vocab import Stage, TimelineKind
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.field_chips import FieldChips, FieldsChecklist
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.followup_actions import date_edit, set_locale_format
from msek_desktop.ui.forms.inquiry_history import FIELDS
from msek_desktop.ui.forms.pickers import contact_picker, organisation_picker
from msek_desktop.ui.forms.record_form import RecordForm
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import qdate
from msek_desktop.ui.kit.widgets import CodeCombo

SHORT = ("received_on", "channel", "kind", "priority", "side", "letter_language")
WIDE = ("contact_id", "organisation_id", "subject", "message")
CODES = ("channel", "kind", "priority", "side", "stage", "assignee")


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class InquiryEditors(RecordForm):
    """The inquiry's editors, laid out in `details` and `handling`; `detail` is the inquiry
    as read (None for a new one)."""

    def __init__(self, ctx: AppContext, inquiry_id: int | None, parent: QWidget | None) -> None:
        super().__init__(ctx, inquiry_id, parent, field_columns=0)
        self.detail: InquiryDetail | None = None
        self._members: list[StaffRow] = []
        self.staff_names: dict[str, str] = {}
        self._texts: dict[str, Text] = {}
        from_contact = lambda: tr("InquiryForm", "From the contact")  # noqa: E731
        self.received_on = date_edit(ctx.today())
        self.received_on.setMaximumDate(qdate(ctx.today()))
        self.channel = CodeCombo(labels.CHANNELS)
        self.kind = CodeCombo(labels.KINDS)
        self.priority = CodeCombo(labels.PRIORITIES)
        self.side = CodeCombo(labels.SIDES, any_text=from_contact)
        self.letter_language = CodeCombo(labels.LANGUAGES, any_text=from_contact)
        self.contact = contact_picker(ctx, lambda: self.organisation.row)
        self.organisation = organisation_picker(ctx)
        self.subject = QLineEdit()
        self.message = text_box(5)
        self.desired_counterpart = text_box(2)
        self.stage = CodeCombo(labels.STAGES)
        reason = lambda: tr("InquiryForm", "Choose a reason…")  # noqa: E731
        self.lost_reason = CodeCombo(labels.LOST_REASONS, any_text=reason)
        self.lost_note = QLineEdit()
        self.assignee = CodeCombo({}, any_text=lambda: tr("InquiryForm", "Nobody"))
        self.fields = FieldsChecklist(ctx)  # the values; shown as chips, ticked in a popup
        self.field_chips = FieldChips(self.fields)
        self.details = self._details_box()
        self.handling = self._handling_box()
        self.stage.currentIndexChanged.connect(self._show_lost)
        self.contact.changed.connect(self._organisation_from_contact)

    def _field(self, name: str, text: Text, editor: QWidget) -> tuple[QLabel, QWidget]:
        label, box = self.field(name, editor)
        # As tall as a one-line field, so the text lines up with the field's first line.
        label.setMinimumHeight(QLineEdit().sizeHint().height())
        self._texts[name] = text
        return label, box

    def _editor(self, name: str) -> QWidget:
        widget: QWidget = getattr(self, name.removesuffix("_id"))
        return widget

    def _details_box(self) -> QGroupBox:
        box = QGroupBox()
        grid = QGridLayout(box)
        top = Qt.AlignmentFlag.AlignTop
        for i, name in enumerate(SHORT):
            label, cell = self._field(name, FIELDS[name], self._editor(name))
            grid.addWidget(label, i // 2, i % 2 * 2, top)
            grid.addWidget(cell, i // 2, i % 2 * 2 + 1)
        for row, name in enumerate(WIDE, start=3):
            text = FIELDS[name.removesuffix("_id")]
            label, cell = self._field(name, text, self._editor(name))
            grid.addWidget(label, row, 0, top)
            grid.addWidget(cell, row, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(6, 1)  # the message takes the height left
        return box

    def _handling_box(self) -> QGroupBox:
        box = QGroupBox()
        self.handling_form = QFormLayout(box)
        for name, text in (
            ("stage", FIELDS["stage"]),
            ("lost_reason", lambda: tr("InquiryForm", "Why lost")),
            ("lost_note", lambda: tr("InquiryForm", "Note")),
            ("assignee", FIELDS["assignee"]),
        ):
            self.handling_form.addRow(*self._field(name, text, self._editor(name)))
        # Chips and the partner sought take the whole width, their label above them.
        for name, text, editor in (
            ("fields", FIELDS["fields"], self.field_chips),
            ("desired_counterpart", FIELDS["desired_counterpart"], self.desired_counterpart),
        ):
            for part in self._field(name, text, editor):
                self.handling_form.addRow(part)
        self.handling_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return box

    # -- staff --------------------------------------------------------------------------

    def load_choices(self) -> None:
        """The staff, read again (the assignee keeps one no longer active)."""
        self._members = staff.list_staff(self.ctx.db)
        self.staff_names = {s.login: s.full_name for s in self._members}
        current = self.detail.row.assignee if self.detail else None
        self.assignee.set_choices(self.people(keep=current))

    def people(self, keep: str | None = None) -> dict[str, Text]:
        """Active staff members by login (and `keep`, even if no longer active)."""
        return {
            s.login: partial(str, s.full_name) for s in self._members if s.active or s.login == keep
        }

    # -- showing and reading ------------------------------------------------------------

    def fill(self, row: InquiryRow | None) -> None:
        """`row` and the rest of `detail` (read with it) in the editors; None: a new one."""
        if row is None:
            self.detail = None
        d = self.detail
        self.load_choices()
        new = inquiries.new_inquiry_defaults(self.ctx.me, self.ctx.today())
        shown: dict[str, Any] = {k: getattr(row, k) for k in CODES} if row else new
        self.received_on.setDate(qdate(row.received_on if row else new["received_on"]))
        for name in CODES:
            self._editor(name).set_code(shown[name])  # type: ignore[attr-defined]
        self.letter_language.set_code(d.letter_language if d else None)
        self.contact.set_row(d.contact if d else None)
        self.contact.erased = d is not None and any(
            e.kind == TimelineKind.ANONYMISED for e in d.timeline
        )
        self.contact.retranslate()  # an anonymised inquiry's empty person: "Person erased"
        self.organisation.set_row(d.organisation if d else None)
        self.subject.setText(row.subject if row else "")
        self.message.setPlainText(d.message if d else "")
        self.desired_counterpart.setPlainText(d.desired_counterpart if d else "")
        self.lost_reason.set_code(row.lost_reason if row else None)
        self.lost_note.setText(d.lost_note if d else "")
        self.fields.set_codes(row.fields if row else ())
        self._show_lost()

    def values(self) -> dict[str, Any]:
        contact, org = self.contact.row, self.organisation.row
        lost = self.stage.code() == Stage.LOST
        return {
            "received_on": self.received_on.date().toPython(),
            "channel": self.channel.code(),
            "kind": self.kind.code(),
            "priority": self.priority.code(),
            "side": self.side.code(),
            "letter_language": self.letter_language.code(),
            "contact_id": contact.id if contact is not None else None,
            "organisation_id": org.id if org is not None else None,
            "subject": self.subject.text(),
            "message": self.message.toPlainText(),
            "desired_counterpart": self.desired_counterpart.toPlainText(),
            "fields": self.fields.codes(),
            "assignee": self.assignee.code() or "",
            "stage": self.stage.code(),
            "lost_reason": self.lost_reason.code() if lost else None,
            "lost_note": self.lost_note.text() if lost else "",
        }

    def _show_lost(self) -> None:
        lost = self.stage.code() == Stage.LOST
        for name in ("lost_reason", "lost_note"):
            self.handling_form.setRowVisible(self.labels[name], lost)

    def _organisation_from_contact(self) -> None:
        person = self.contact.row
        if person is not None and person.organisation_id and self.organisation.row is None:
            found = organisations.get_organisation(self.ctx.db, person.organisation_id)
            self.organisation.set_row(found)

    # -- texts --------------------------------------------------------------------------

    def field_texts(self) -> dict[str, str]:
        return {name: text() for name, text in self._texts.items()}

    def retranslate_editors(self) -> None:
        for editor in self.editors.values():
            if hasattr(editor, "retranslate"):
                editor.retranslate()
        set_locale_format(self.received_on)
        self.details.setTitle(tr("InquiryForm", "Inquiry"))
        self.handling.setTitle(tr("InquiryForm", "Handling"))
