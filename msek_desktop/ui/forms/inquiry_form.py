"""The inquiry form: every field of one inquiry, its follow-ups and its timeline.

The form collects values and hands them to core.inquiries; it never writes a record itself.
A stale edit (someone else saved meanwhile) is refused by the service and offered a reload.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import fields, followups, inquiries, organisations, staff
from msek_desktop.core.errors import ConflictError, UserError, ValidationError
from msek_desktop.core.rows import FollowUpRow, InquiryDetail, StaffRow, TimelineRow
from msek_desktop.core.vocab import Stage
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog
from msek_desktop.ui.forms.pickers import Text, contact_picker, organisation_picker
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import EntryDialog, FieldErrors, with_field
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import OVERDUE, Column, RowsModel, qdate
from msek_desktop.ui.kit.table import display as show_value
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable

STAGE_KEYS = ("stage", "lost_reason", "lost_note")


def constant(text: str) -> Text:
    return lambda: text


def date_edit(initial: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    set_locale_format(edit)
    edit.setDate(qdate(initial))
    return edit


def set_locale_format(edit: QDateEdit) -> None:
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    edit.setDisplayFormat(fmt)


def ask_date(parent: QWidget, title: str, label: str, initial: date) -> date | None:
    """A date from a small dialog with a calendar, or None if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = date_edit(initial)
    edit.setAccessibleName(label)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (QLabel(label), edit, buttons):
        layout.addWidget(widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    picked = edit.date().toPython()
    assert isinstance(picked, date)
    return picked


# -- timeline -----------------------------------------------------------------------------

KINDS: dict[str, Text] = {
    "created": lambda: tr("InquiryForm", "created"),
    "changed": lambda: tr("InquiryForm", "changed"),
    "stage": lambda: tr("InquiryForm", "stage changed"),
    "assigned": lambda: tr("InquiryForm", "assigned"),
    "note": lambda: tr("InquiryForm", "note"),
    "followup_added": lambda: tr("InquiryForm", "follow-up planned"),
    "followup_done": lambda: tr("InquiryForm", "follow-up done"),
    "followup_rescheduled": lambda: tr("InquiryForm", "follow-up rescheduled"),
    "letter": lambda: tr("InquiryForm", "letter generated"),
    "letter_sent": lambda: tr("InquiryForm", "letter sent"),
    "import": lambda: tr("InquiryForm", "imported"),
    "deleted": lambda: tr("InquiryForm", "deleted"),
    "restored": lambda: tr("InquiryForm", "restored"),
}
FIELDS: dict[str, Text] = {
    "received_on": lambda: tr("InquiryForm", "Received"),
    "channel": lambda: tr("InquiryForm", "Channel"),
    "kind": lambda: tr("InquiryForm", "Kind"),
    "priority": lambda: tr("InquiryForm", "Priority"),
    "side": lambda: tr("InquiryForm", "Side"),
    "letter_language": lambda: tr("InquiryForm", "Letter language"),
    "subject": lambda: tr("InquiryForm", "Subject"),
    "message": lambda: tr("InquiryForm", "Message"),
    "desired_counterpart": lambda: tr("InquiryForm", "Desired counterpart"),
    "contact": lambda: tr("InquiryForm", "Contact"),
    "organisation": lambda: tr("InquiryForm", "Organisation"),
    "fields": lambda: tr("InquiryForm", "Fields of exchange"),
    "assignee": lambda: tr("InquiryForm", "Assignee"),
    "stage": lambda: tr("InquiryForm", "Stage"),
    "due_on": lambda: tr("InquiryForm", "Due"),
}
KINDS_NAMING_FIELD = ("stage", "assigned", "followup_rescheduled")
VALUES = {
    "stage": labels.STAGES,
    "channel": labels.CHANNELS,
    "kind": labels.KINDS,
    "priority": labels.PRIORITIES,
    "side": labels.SIDES,
    "letter_language": labels.LANGUAGES,
}


def local_time(at: datetime) -> str:
    """A stored UTC time in the user's time zone and locale."""
    utc = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


class TimelineText:
    """How one timeline entry reads: "when — who — what: field old → new"."""

    def __init__(self, staff_names: dict[str, str], field_names: dict[str, str]) -> None:
        self.staff_names, self.field_names = staff_names, field_names

    def value(self, field: str, value: str) -> str:
        if not value:
            return tr("InquiryForm", "(empty)")
        if field in VALUES:
            return labels.label(VALUES[field], value)
        if field in ("received_on", "due_on"):
            return show_value(date.fromisoformat(value))
        if field == "assignee":
            return self.staff_names.get(value, value)
        if field == "fields":
            return ", ".join(self.field_names.get(c.strip(), c) for c in value.split(","))
        return value if len(value) <= 80 else value[:79] + "…"

    def note(self, entry: TimelineRow) -> str:
        head, sep, rest = entry.note.partition(" — " if entry.kind == "stage" else ": ")
        table = labels.LOST_REASONS if entry.kind == "stage" else labels.ACTIONS
        if entry.kind in ("stage", "followup_added") and head in table:
            return labels.label(table, head) + sep + rest
        return entry.note

    def __call__(self, entry: TimelineRow) -> str:
        who = self.staff_names.get(entry.who or "", entry.who) or tr("InquiryForm", "system")
        what = labels.label(KINDS, entry.kind)
        if entry.field:
            # "stage changed: New → Qualifying" needs no field name; "changed" does.
            name = "" if entry.kind in KINDS_NAMING_FIELD else labels.label(FIELDS, entry.field)
            new = self.value(entry.field, entry.new_value)
            old = self.value(entry.field, entry.old_value) if entry.old_value else ""
            what += ": " + (f"{name}: " if name else "") + (f"{old} → {new}" if old else new)
        elif entry.new_value:
            what += f": {entry.new_value}"
        if entry.note:
            what += f" ({self.note(entry)})"
        return f"{local_time(entry.at)} — {who} — {what}"


# -- follow-ups ---------------------------------------------------------------------------


def followup_columns(names: dict[str, str]) -> list[Column]:
    return [
        Column("due_on", lambda: tr("InquiryForm", "Due"), lambda r: r.due_on),
        Column(
            "action",
            lambda: tr("InquiryForm", "Action"),
            lambda r: labels.label(labels.ACTIONS, r.action),
        ),
        Column("description", lambda: tr("InquiryForm", "Description"), lambda r: r.description),
        Column(
            "assignee",
            lambda: tr("InquiryForm", "Assignee"),
            lambda r: names.get(r.assignee or "", ""),
        ),
        Column("done_at", lambda: tr("InquiryForm", "Done"), lambda r: r.done_at),
        Column("outcome", lambda: tr("InquiryForm", "Outcome"), lambda r: r.outcome),
    ]


class FollowUpDialog(EntryDialog):
    def __init__(
        self,
        parent: QWidget,
        people: dict[str, Text],
        due: date,
        save: Callable[[dict[str, Any]], FollowUpRow],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self._save = save
        self.due_on = self.add_row("due_on", lambda: tr("InquiryForm", "Due"), date_edit(due))
        self.action = self.add_row(
            "action", lambda: tr("InquiryForm", "Action"), CodeCombo(labels.ACTIONS)
        )
        self.description = self.add_row(
            "description", lambda: tr("InquiryForm", "Description"), QLineEdit()
        )
        self.assignee = self.add_row(
            "assignee",
            lambda: tr("InquiryForm", "Assignee"),
            CodeCombo(people, any_text=lambda: tr("InquiryForm", "Whoever handles the inquiry")),
        )
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def title(self) -> str:
        return tr("InquiryForm", "New follow-up")

    def submit(self) -> FollowUpRow:
        return self._save(
            {
                "due_on": self.due_on.date().toPython(),
                "action": self.action.code(),
                "description": self.description.text(),
                "assignee": self.assignee.code() or None,
            }
        )


class FollowUpsPanel(QWidget):
    """The follow-ups of one saved inquiry: add, complete with an outcome, reschedule."""

    def __init__(self, form: InquiryForm) -> None:
        super().__init__()
        self.form, self.ctx = form, form.ctx
        self.names: dict[str, str] = {}
        self.model = RowsModel(followup_columns(self.names), self)
        self.model.highlight = lambda r: OVERDUE if r.is_overdue(self.ctx.today()) else None
        self.table = RowTable()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            wide = self.model.columns[column].key in ("description", "outcome")
            header.setSectionResizeMode(
                column, header.ResizeMode.Stretch if wide else header.ResizeMode.ResizeToContents
            )
        self.hint = QLabel()
        self.add_button, self.complete_button, self.reschedule_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.dialog: FollowUpDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        for button in (self.add_button, self.complete_button, self.reschedule_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.complete_button.clicked.connect(self.complete)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.table.activated_row.connect(lambda _row: self.complete())

    def retranslate(self) -> None:
        self.add_button.setText(tr("InquiryForm", "Add follow-up…"))
        self.complete_button.setText(tr("InquiryForm", "Done…"))
        self.reschedule_button.setText(tr("InquiryForm", "Reschedule…"))
        self.complete_button.setToolTip(
            tr("InquiryForm", "Mark the selected follow-up done, with its outcome")
        )
        self.table.setAccessibleName(tr("InquiryForm", "Follow-ups"))
        self.hint.setText(tr("InquiryForm", "Save the inquiry first to plan follow-ups."))
        self.model.retranslate()

    def set_rows(self, rows: tuple[FollowUpRow, ...], names: dict[str, str], saved: bool) -> None:
        self.names.clear()
        self.names.update(names)
        self.model.set_rows(rows)
        self.hint.setVisible(not saved)
        for button in (self.add_button, self.complete_button, self.reschedule_button):
            button.setEnabled(saved)

    def selected(self) -> FollowUpRow | None:
        row: FollowUpRow | None = self.model.row_at(self.table.currentIndex())
        if row is None or row.done_at is not None:
            QMessageBox.information(
                self,
                tr("InquiryForm", "Follow-ups"),
                tr("InquiryForm", "Select an open follow-up."),
            )
            return None
        return row

    def add(self) -> None:
        people = self.form.people()
        due = followups.default_due(self.ctx.today())
        self.dialog = FollowUpDialog(self, people, due, self._add)
        self.dialog.accepted.connect(self.form.followups_changed)
        self.dialog.open()

    def _add(self, values: dict[str, Any]) -> FollowUpRow:
        assert self.form.inquiry_id is not None
        return followups.add_followup(self.ctx.db, self.form.inquiry_id, values, actor=self.ctx.me)

    def complete(self) -> None:
        row = self.selected()
        if row is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, tr("InquiryForm", "Follow-up done"), tr("InquiryForm", "What came of it?")
        )
        if not ok:
            return
        if not text.strip():
            QMessageBox.warning(
                self,
                tr("InquiryForm", "Follow-up done"),
                tr("InquiryForm", "The outcome is required."),
            )
            return
        self._run(
            lambda: followups.complete_followup(
                self.ctx.db, row.id, text, actor=self.ctx.me, expected_version=row.version
            )
        )

    def reschedule(self) -> None:
        row = self.selected()
        if row is None:
            return
        due = ask_date(
            self, tr("InquiryForm", "Reschedule"), tr("InquiryForm", "New due date:"), row.due_on
        )
        if due is not None:
            self._run(
                lambda: followups.reschedule_followup(
                    self.ctx.db, row.id, due, actor=self.ctx.me, expected_version=row.version
                )
            )

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            work()
        except UserError as problem:
            QMessageBox.warning(self, tr("InquiryForm", "Follow-ups"), user_message(problem))
        self.form.followups_changed()


# -- the form -----------------------------------------------------------------------------


class InquiryForm(QDialog):
    """One inquiry in its own window; `inquiry_id` None makes a new one."""

    def __init__(
        self, ctx: AppContext, inquiry_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.inquiry_id = ctx, inquiry_id
        self.setObjectName("inquiryForm")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.detail: InquiryDetail | None = None
        self.version: int | None = None
        self.loaded: dict[str, Any] = {}
        self.errors = FieldErrors()
        self._texts: list[tuple[QLabel | None, QWidget, Text]] = []
        self._staff: dict[str, str] = {}
        self._members: list[StaffRow] = []
        self._field_names: dict[str, str] = {}
        self._boxes: dict[str, QWidget] = {}
        self._build()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.load()
        self.resize(1100, 760)

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        today = self.ctx.today()
        self.received_on = date_edit(today)
        self.received_on.setMaximumDate(qdate(today))
        self.channel = CodeCombo(labels.CHANNELS)
        self.kind = CodeCombo(labels.KINDS)
        self.priority = CodeCombo(labels.PRIORITIES)
        from_contact = lambda: tr("InquiryForm", "From the contact")  # noqa: E731
        self.side = CodeCombo(labels.SIDES, any_text=from_contact)
        self.letter_language = CodeCombo(labels.LANGUAGES, any_text=from_contact)
        self.contact = contact_picker(self.ctx, lambda: self.organisation.row)
        self.organisation = organisation_picker(self.ctx)
        self.subject = QLineEdit()
        self.message = self._text_box(5)
        self.desired_counterpart = self._text_box(2)
        self.stage = CodeCombo(labels.STAGES)
        self.lost_reason = CodeCombo(
            labels.LOST_REASONS, any_text=lambda: tr("InquiryForm", "Choose a reason…")
        )
        self.lost_note = QLineEdit()
        self.assignee = CodeCombo({}, any_text=lambda: tr("InquiryForm", "Nobody"))
        self.fields = QListWidget()
        self.followups = FollowUpsPanel(self)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.followups, "")
        self.tabs.addTab(self.timeline, "")
        self.delete_button, self.save_button, self.close_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("letterButton")
        self.letter_dialog: ProposalDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._details_box(), 3)
        top.addWidget(self._handling_box(), 2)
        layout.addLayout(top, 2)
        layout.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        layout.addWidget(self.errors.label("form"))
        layout.addLayout(self._button_row())
        self._connect()

    @staticmethod
    def _text_box(lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
        return box

    def _field(self, field: str, text: Text, widget: QWidget) -> tuple[QLabel, QWidget]:
        label = QLabel()
        label.setBuddy(widget)
        # As tall as a one-line field, so the text lines up with the field's first line.
        label.setMinimumHeight(QLineEdit().sizeHint().height())
        self._texts.append((label, widget, text))
        self._boxes[field] = with_field(widget, self.errors.label(field))
        return label, self._boxes[field]

    def _details_box(self) -> QGroupBox:
        self.details = QGroupBox()
        grid = QGridLayout(self.details)
        top = Qt.AlignmentFlag.AlignTop
        short = ("received_on", "channel", "kind", "priority", "side", "letter_language")
        for i, name in enumerate(short):
            label, box = self._field(name, FIELDS[name], getattr(self, name))
            grid.addWidget(label, i // 2, i % 2 * 2, top)
            grid.addWidget(box, i // 2, i % 2 * 2 + 1)
        wide = ("contact", "organisation", "subject", "message", "desired_counterpart")
        for row, name in enumerate(wide, start=3):
            field = f"{name}_id" if name in ("contact", "organisation") else name
            label, box = self._field(field, FIELDS[name], getattr(self, name))
            grid.addWidget(label, row, 0, top)
            grid.addWidget(box, row, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(6, 2)
        grid.setRowStretch(7, 1)
        return self.details

    def _handling_box(self) -> QGroupBox:
        self.handling = QGroupBox()
        self.handling_form = QFormLayout(self.handling)
        for field, text, widget in (
            ("stage", FIELDS["stage"], self.stage),
            ("lost_reason", lambda: tr("InquiryForm", "Why lost"), self.lost_reason),
            ("lost_note", lambda: tr("InquiryForm", "Note"), self.lost_note),
            ("assignee", FIELDS["assignee"], self.assignee),
        ):
            self.handling_form.addRow(*self._field(field, text, widget))
        # The field names are long: the list gets the whole width, its label above it.
        for part in self._field("fields", FIELDS["fields"], self.fields):
            self.handling_form.addRow(part)
        self.fields.setWordWrap(True)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.handling_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return self.handling

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.letter_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        for button in (self.delete_button, self.letter_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        return row

    def _connect(self) -> None:
        self.stage.currentIndexChanged.connect(self._show_lost)
        self.contact.changed.connect(self._organisation_from_contact)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self.delete)
        self.letter_button.clicked.connect(self.open_letters)
        order = [
            self.received_on,
            self.channel,
            self.kind,
            self.priority,
            self.side,
            self.letter_language,
            self.contact.line,
            self.contact.new_button,
            self.organisation.line,
            self.organisation.new_button,
            self.subject,
            self.message,
            self.desired_counterpart,
            self.stage,
            self.lost_reason,
            self.lost_note,
            self.assignee,
            self.fields,
            self.tabs,
            self.followups.table,
            self.followups.add_button,
            self.followups.complete_button,
            self.followups.reschedule_button,
            self.letter_button,
            self.save_button,
            self.close_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.title())
        for label, widget, text in self._texts:
            if label is not None:
                label.setText(text())
            widget.setAccessibleName(text())
            if hasattr(widget, "retranslate"):
                widget.retranslate()
        set_locale_format(self.received_on)
        self.details.setTitle(tr("InquiryForm", "Inquiry"))
        self.handling.setTitle(tr("InquiryForm", "Handling"))
        self.followups.retranslate()
        self.timeline.setAccessibleName(tr("InquiryForm", "History"))
        self._load_choices()
        self._tab_titles()
        self.save_button.setText(tr("InquiryForm", "Save"))
        self.save_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.close_button.setText(tr("InquiryForm", "Close"))
        self.letter_button.setText(tr("InquiryForm", "Partnership letter…"))
        self.letter_button.setToolTip(
            tr("InquiryForm", "Make the partnership proposal letter of this inquiry")
        )
        self.delete_button.setText(
            tr("InquiryForm", "Restore") if self._deleted() else tr("InquiryForm", "Delete")
        )
        self.errors.retranslate()
        self._show_timeline()

    def title(self) -> str:
        if self.detail is None:
            return tr("InquiryForm", "New inquiry")
        row = self.detail.row
        return (
            tr("InquiryForm", "Inquiry %1 — %2").replace("%1", row.ref).replace("%2", row.subject)
        )

    def _tab_titles(self) -> None:
        detail = self.detail
        count = len(detail.follow_ups) if detail else 0
        self.tabs.setTabText(0, tr("InquiryForm", "Follow-ups (%n)", None, count))
        self.tabs.setTabText(1, tr("InquiryForm", "History"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------

    def _load_choices(self) -> None:
        """Staff and fields of exchange, re-read and named in the current language."""
        lang = self.ctx.language
        self._members = staff.list_staff(self.ctx.db)
        self._staff = {s.login: s.full_name for s in self._members}
        current = self.detail.row.assignee if self.detail else None
        self.assignee.set_choices(self.people(keep=current))
        checked = set(self._checked_fields())
        self.fields.clear()
        for row in fields.list_fields(self.ctx.db):
            name = getattr(row, f"name_{lang}") or row.name_en
            self._field_names[row.code] = name
            item = QListWidgetItem(name, self.fields)
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.code in checked else Qt.CheckState.Unchecked
            )

    def people(self, keep: str | None = None) -> dict[str, Text]:
        """Active staff members by login (and `keep`, even if no longer active)."""
        return {
            s.login: constant(s.full_name) for s in self._members if s.active or s.login == keep
        }

    def load(self) -> None:
        """Read the inquiry again (or set up a new one); local edits are dropped."""
        if self.inquiry_id is None:
            self.detail = None
            self.version = None
        else:
            self.detail = inquiries.get_inquiry(self.ctx.db, self.inquiry_id)
            self.version = self.detail.row.version
        self.retranslate()
        self._fill()
        self.errors.clear()
        self.loaded = self.values()
        self._show_followups()

    def _fill(self) -> None:
        d = self.detail
        r = d.row if d else None
        new = inquiries.new_inquiry_defaults(self.ctx.me, self.ctx.today())
        self.received_on.setDate(qdate(r.received_on if r else new["received_on"]))
        self.channel.set_code(r.channel if r else new["channel"])
        self.kind.set_code(r.kind if r else new["kind"])
        self.priority.set_code(r.priority if r else new["priority"])
        self.side.set_code(r.side if r else new["side"])
        self.letter_language.set_code(d.letter_language if d else None)
        self.contact.set_row(d.contact if d else None)
        self.organisation.set_row(d.organisation if d else None)
        self.subject.setText(r.subject if r else "")
        self.message.setPlainText(d.message if d else "")
        self.desired_counterpart.setPlainText(d.desired_counterpart if d else "")
        self.stage.set_code(r.stage if r else new["stage"])
        self.stage.setEnabled(r is not None)
        self.stage.setToolTip("" if r else tr("InquiryForm", "A new inquiry starts at stage New."))
        self.lost_reason.set_code(r.lost_reason if r else None)
        self.lost_note.setText(d.lost_note if d else "")
        self.assignee.set_code(r.assignee if r else new["assignee"])
        codes = set(r.fields) if r else set()
        for i in range(self.fields.count()):
            item = self.fields.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._show_lost()
        deleted = self._deleted()
        for widget in (self.details, self.handling, self.save_button):
            widget.setEnabled(not deleted)
        self.delete_button.setEnabled(r is not None)
        self.letter_button.setEnabled(r is not None and not deleted)

    def _deleted(self) -> bool:
        return self.detail is not None and self.detail.row.deleted_at is not None

    def _show_followups(self) -> None:
        rows = self.detail.follow_ups if self.detail else ()
        saved = self.detail is not None and not self._deleted()
        self.followups.set_rows(rows, self._staff, saved)
        self._tab_titles()
        self._show_timeline()

    def _show_timeline(self) -> None:
        self.timeline.clear()
        if self.detail is not None:
            text = TimelineText(self._staff, self._field_names)
            self.timeline.addItems([text(e) for e in reversed(self.detail.timeline)])

    def followups_changed(self) -> None:
        """A follow-up was saved: show it, keep the edits in the form."""
        assert self.inquiry_id is not None
        fresh = inquiries.get_inquiry(self.ctx.db, self.inquiry_id)
        if self.detail is not None:
            self.detail = replace(self.detail, follow_ups=fresh.follow_ups, timeline=fresh.timeline)
        self._show_followups()
        self.ctx.events.data_changed.emit()

    def _show_lost(self) -> None:
        lost = self.stage.code() == Stage.LOST
        for field in ("lost_reason", "lost_note"):
            self.handling_form.setRowVisible(self._boxes[field], lost)

    def _organisation_from_contact(self) -> None:
        person = self.contact.row
        if person is not None and person.organisation_id and self.organisation.row is None:
            self.organisation.set_row(
                organisations.get_organisation(self.ctx.db, person.organisation_id)
            )

    # -- values -----------------------------------------------------------------------

    def _checked_fields(self) -> tuple[str, ...]:
        items = (self.fields.item(i) for i in range(self.fields.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

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
            "fields": self._checked_fields(),
            "assignee": self.assignee.code() or "",
            "stage": self.stage.code(),
            "lost_reason": self.lost_reason.code() if lost else None,
            "lost_note": self.lost_note.text() if lost else "",
        }

    def is_dirty(self) -> bool:
        pending = self.contact.pending_text() or self.organisation.pending_text()
        return pending or self.values() != self.loaded

    def _changes(self) -> dict[str, Any]:
        now = self.values()
        changed = {k: v for k, v in now.items() if v != self.loaded.get(k)}
        # The service fills the organisation from the contact unless it is given too.
        for keys in (("contact_id", "organisation_id"), STAGE_KEYS):
            if set(keys) & changed.keys():
                changed.update({k: now[k] for k in keys})
        return changed

    def _unpicked(self) -> dict[str, Text]:
        out: dict[str, Text] = {}
        pick = lambda: tr("InquiryForm", "Pick one from the list, or create a new one.")  # noqa: E731
        if self.contact.pending_text():
            out["contact_id"] = pick
        if self.organisation.pending_text():
            out["organisation_id"] = pick
        return out

    def _errors(self) -> dict[str, str | Text]:
        """Every field core would refuse in what Save sends (lost without a reason...), and
        names typed but not picked from a list; nothing is written."""
        values = self._to_send()
        found: dict[str, str | Text] = {}
        if values is not None:
            found.update(inquiries.field_errors(values, new=self.inquiry_id is None))
        found.update(self._unpicked())
        return found

    def _to_send(self) -> dict[str, Any] | None:
        """The values Save hands to core: all of a new inquiry's, the changes of a saved one
        (None: nothing changed)."""
        if self.inquiry_id is None:
            return {k: v for k, v in self.values().items() if k not in STAGE_KEYS}
        return self._changes() or None

    # -- actions ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save through the service; True when saved (or nothing to save)."""
        self.errors.clear()
        if found := self._errors():
            self.errors.show(found)
            return False
        try:
            row = self._write()
        except ValidationError as problem:
            self.errors.show(problem.by_field())
            return False
        except ConflictError:
            self._conflict()
            return False
        except UserError as problem:  # full disk, read-only file...: the form keeps it all
            QMessageBox.warning(self, self.windowTitle(), user_message(problem))
            return False
        if row is not None:
            self.inquiry_id = row.id
            self.load()
            self.ctx.events.data_changed.emit()
            self.ctx.events.info.emit(tr("InquiryForm", "Inquiry %1 saved.").replace("%1", row.ref))
        return True

    def _write(self) -> Any:
        db, me, values = self.ctx.db, self.ctx.me, self._to_send()
        if values is None:
            return None
        if self.inquiry_id is None:
            return inquiries.create_inquiry(db, values, actor=me)
        return inquiries.update_inquiry(
            db,
            self.inquiry_id,
            values,
            actor=me,
            expected_version=self.version,
            today=self.ctx.today(),
        )

    def _conflict(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("InquiryForm", "Saved by someone else"),
            tr(
                "InquiryForm",
                "Someone else saved this inquiry meanwhile, so your changes were not saved.\n\n"
                "Reload shows their version (what you changed here is lost). Keep editing "
                "lets you copy your text first.",
            ),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("conflictMessage")
        box.button(QMessageBox.StandardButton.Reset).setText(tr("InquiryForm", "Reload"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("InquiryForm", "Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Reset:
            self.load()

    def delete(self) -> None:
        """Soft delete (or restore a deleted one): it can come back from Inquiries."""
        if self.inquiry_id is None:
            return
        restore = self._deleted()
        if not restore:
            question = tr(
                "InquiryForm",
                "Delete this inquiry? You can restore it later from the "
                "“Deleted” filter of Inquiries.",
            )
            answer = QMessageBox.question(self, tr("InquiryForm", "Delete inquiry"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            inquiries.set_deleted(self.ctx.db, self.inquiry_id, not restore, actor=self.ctx.me)
        except UserError as problem:
            QMessageBox.warning(self, self.windowTitle(), user_message(problem))
            return
        self.ctx.events.data_changed.emit()
        if restore:
            self.load()
            return
        self.ctx.events.info.emit(
            tr("InquiryForm", "Inquiry deleted. Restore it from the “Deleted” filter of Inquiries.")
        )
        super().reject()

    def open_letters(self) -> None:
        """The partnership letter dialog. Letters are made from the saved inquiry: save first."""
        if self.inquiry_id is None or (self.is_dirty() and not self._save_first()):
            return
        self.letter_dialog = ProposalDialog(self.ctx, self.inquiry_id, self)
        self.letter_dialog.letters_changed.connect(self._letters_changed)
        self.letter_dialog.finished.connect(self.letter_dialog.deleteLater)
        self.letter_dialog.open()

    def _save_first(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            tr("InquiryForm", "The letter is made from the saved inquiry. Save your changes?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save and self.save()

    def _letters_changed(self) -> None:
        """A letter was made or sent: the stage and timeline moved (the form has no edits)."""
        self.load()
        self.ctx.events.data_changed.emit()

    def reject(self) -> None:
        """Esc, Close and the window's X all come here: unsaved changes are asked about."""
        if self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            tr("InquiryForm", "Save the changes to this inquiry?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
