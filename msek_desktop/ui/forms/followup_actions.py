"""Done… and Reschedule… of one follow-up, written once.

My day, the Follow-ups screen and the inquiry form's follow-ups tab all hold a FollowUpActions:
it asks what came of a follow-up (OutcomeDialog) or its new due date (RescheduleDialog),
writes through core.followups with the version the row was read at, says what went wrong
through the one write flow (kit.writes.run_write) and then calls `after` so the holder shows
the rows again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import followups
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import error_label, ok_cancel, show_error
from msek_desktop.ui.kit.table import qdate
from msek_desktop.ui.kit.writes import run_write


def set_locale_format(edit: QDateEdit) -> None:
    """The short date format of the window's language, always with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    edit.setDisplayFormat(fmt)


def date_edit(initial: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    set_locale_format(edit)
    edit.setDate(qdate(initial))
    return edit


def about(row: FollowUpRow) -> QLabel:
    """Which follow-up a dialog is about: inquiry, subject, action and what was planned."""
    action = labels.label(labels.ACTIONS, row.action)
    text = f"<b>{escape(row.inquiry_ref)}</b> {escape(row.inquiry_subject)}<br>"
    text += f"{escape(action)}: {escape(row.description)}" if row.description else escape(action)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class OutcomeDialog(QDialog):
    """Asks what came of a follow-up; an empty outcome is refused."""

    def __init__(self, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FollowUps", "Follow-up done"))
        self.prompt = QLabel(tr("FollowUps", "What came of it?"))
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(tr("FollowUps", "Outcome"))
        self.outcome.setTabChangesFocus(True)
        self.prompt.setBuddy(self.outcome)
        self.error = error_label("outcome")
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        for widget in (about(row), self.prompt, self.outcome, self.error, self.buttons):
            layout.addWidget(widget)
        self.resize(480, 280)

    def text(self) -> str:
        return self.outcome.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            show_error(self.error, tr("FollowUps", "Please write what came of it."))
            self.outcome.setFocus()
            return
        super().accept()


class RescheduleDialog(QDialog):
    """Asks the new due date of a follow-up (a week after the later of its date and today)."""

    def __init__(self, row: FollowUpRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FollowUps", "Reschedule the follow-up"))
        self.when = date_edit(followups.rescheduled_due(row.due_on, today))
        self.when.setAccessibleName(tr("FollowUps", "New due date"))
        form = QFormLayout()
        form.addRow(tr("FollowUps", "New due date:"), self.when)
        layout = QVBoxLayout(self)
        layout.addWidget(about(row))
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(420)

    def date(self) -> date:
        picked: date = self.when.date().toPython()  # type: ignore[assignment]
        return picked


def ask_outcome(parent: QWidget, row: FollowUpRow) -> str | None:
    dialog = OutcomeDialog(row, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_date(parent: QWidget, row: FollowUpRow, today: date) -> date | None:
    dialog = RescheduleDialog(row, today, parent)
    return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None


class FollowUpActions:
    """Done… and Reschedule… of a follow-up row, for the widget `parent`; `after()` runs
    after every write, refused or not (the row may have changed meanwhile)."""

    def __init__(self, ctx: AppContext, parent: QWidget, after: Callable[[], None]) -> None:
        self.ctx, self.parent, self.after = ctx, parent, after

    def complete(self, row: FollowUpRow | None) -> bool:
        """Ask what came of `row` and mark it done; True when written (None: no row)."""
        outcome = ask_outcome(self.parent, row) if row is not None else None
        if row is None or not outcome:
            return False
        return self._write(
            lambda: followups.complete_followup(
                self.ctx.db, row.id, outcome, actor=self.ctx.me, expected_version=row.version
            )
        )

    def reschedule(self, row: FollowUpRow | None) -> bool:
        """Ask a new due date for `row` and move it there; True when written (None: no row)."""
        when = ask_new_date(self.parent, row, self.ctx.today()) if row is not None else None
        if row is None or when is None:
            return False
        return self._write(
            lambda: followups.reschedule_followup(
                self.ctx.db, row.id, when, actor=self.ctx.me, expected_version=row.version
            )
        )

    def _write(self, work: Callable[[], FollowUpRow]) -> bool:
        written = run_write(self.parent, tr("FollowUps", "Follow-ups"), work)
        self.after()
        return written is not None
