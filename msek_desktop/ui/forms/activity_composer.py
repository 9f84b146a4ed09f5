"""Logging a call, a note, an email sent or a meeting on one record, in one field.

ActivityComposer sits at the top of a record's history (history_stream) and in any dialog
that logs an activity: the four kinds as buttons, ONE line (the summary; Enter logs it), the
details on demand (Details; Ctrl+Enter logs from them), Log. It writes through
core.activities.log_activity as the user of the window (ctx.me), then clears itself, says
`logged` with the entry written and announces the change (ctx.events.data_changed) so lists
and My day refresh. A refusal (an empty summary, a text too long, a record gone) is said in
red under the line, in the window's language; nothing typed is lost.

    composer = ActivityComposer(ctx)
    composer.set_target(inquiry_id=42)
    composer.set_kind("call")
    composer.focus_line()
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import activities
from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.core.rows import TimelineRow
from msek_desktop.core.vocab import ACTIVITY_KINDS
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import ErrorLabel
from msek_desktop.ui.kit.icons import icon
from msek_desktop.ui.kit.messages import user_message

# each kind: its button's words, its icon, what the status bar says once it is logged
BUTTONS: dict[str, Text] = {
    "call": lambda: tr("Activity", "Log call"),
    "note": lambda: tr("Activity", "Note"),
    "email": lambda: tr("Activity", "Email sent"),
    "meeting": lambda: tr("Activity", "Meeting"),
}
ICONS: dict[str, Callable[[], QIcon]] = {
    "call": lambda: icon("phone"),
    "note": lambda: icon("note"),
    "email": lambda: icon("mail"),
    "meeting": lambda: icon("users"),
}
LOGGED: dict[str, Text] = {
    "call": lambda: tr("Activity", "Call logged."),
    "note": lambda: tr("Activity", "Note logged."),
    "email": lambda: tr("Activity", "Email logged."),
    "meeting": lambda: tr("Activity", "Meeting logged."),
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ActivityComposer(QWidget):
    """The four kinds, one line, the details on demand, Log; see the module's text."""

    logged = Signal(object)  # the TimelineRow written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityComposer")
        self.ctx = ctx
        self._target: dict[str, int] | None = None
        self._writable = True
        self.kinds = QButtonGroup(self)
        self.kinds.setExclusive(True)
        self.kind_buttons: dict[str, QToolButton] = {}
        for kind in ACTIVITY_KINDS:
            button = QToolButton()
            button.setObjectName(f"kind_{kind}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(ICONS[kind]())
            self.kinds.addButton(button)
            self.kind_buttons[str(kind)] = button
        self.kind_buttons["call"].setChecked(True)
        self.kinds.buttonToggled.connect(self._kind_toggled)
        self.line = QLineEdit()
        self.line.setObjectName("activityLine")
        self.line.setMaxLength(activities.TEXT_MAX)  # longer is refused by core, said here
        self.line.installEventFilter(self)  # Enter logs, and goes no further (no Save)
        self.line.textEdited.connect(self._edited)
        self.details_button = QToolButton()
        self.details_button.setObjectName("detailsToggle")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.show_details)
        self.details = QPlainTextEdit()
        self.details.setObjectName("activityDetails")
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.details.textChanged.connect(self._details_edited)
        self.details.hide()
        self.details.installEventFilter(self)  # Ctrl+Enter logs
        self.error = ErrorLabel("activity")
        self.log_button = QPushButton()
        self.log_button.setObjectName("logActivity")
        self.log_button.setAutoDefault(False)
        self.log_button.clicked.connect(self.log)
        self._lay_out()
        self.setEnabled(False)  # until set_target
        self.retranslate()

    def _lay_out(self) -> None:
        kinds = self.kinds_row = QHBoxLayout()  # the kinds, then room for more at its end
        kinds.setContentsMargins(0, 0, 0, 0)
        for button in self.kind_buttons.values():
            kinds.addWidget(button)
        kinds.addStretch(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.line, 1)
        line.addWidget(self.details_button)
        line.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addLayout(line)
        layout.addWidget(self.error)
        layout.addWidget(self.details)

    # -- the API --------------------------------------------------------------------------

    def set_target(self, **target: int) -> None:
        """The record activities are logged on: exactly one of inquiry_id=, contact_id=,
        organisation_id=. What is typed stays (the same words may go to another record)."""
        if len(target) != 1 or not set(target) <= set(activities.TARGETS):
            raise ValueError(f"one of {sorted(activities.TARGETS)} expected, not {target}")
        self._target = dict(target)
        self.error.clear_error()
        self.setEnabled(True)

    def target(self) -> dict[str, int] | None:
        return dict(self._target) if self._target is not None else None

    def set_kind(self, kind: str) -> None:
        """Choose the kind logged next: call, note, email or meeting."""
        if kind not in self.kind_buttons:
            raise ValueError(f"unknown activity kind {kind!r}")
        self.kind_buttons[kind].setChecked(True)

    def set_writable(self, writable: bool) -> None:
        """Whether an activity can be logged now (not on a record in the bin): the kinds,
        the line, the details and Log follow; what else stands on kinds_row stays usable."""
        self._writable = writable
        parts = (*self.kind_buttons.values(), self.line, self.details_button, self.details)
        for part in (*parts, self.log_button):
            part.setEnabled(writable)

    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def focus_line(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_details(self, shown: bool) -> None:
        """Show the details text under the line (Details), or hide it (what it holds stays
        and is logged with the line)."""
        if self.details_button.isChecked() != shown:
            self.details_button.setChecked(shown)
            return
        self.details.setVisible(shown)
        if shown:
            self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- logging --------------------------------------------------------------------------

    def text(self) -> str:
        """The line and the details as core stores an activity: summary, then details."""
        details = self.details.toPlainText().strip()
        return f"{self.line.text()}\n{details}" if details else self.line.text()

    def log(self) -> TimelineRow | None:
        """Write the activity; the entry, or None when refused (said under the line)."""
        if self._target is None or not self.isEnabled() or not self._writable:
            return None
        kind = self.kind()
        try:
            activities.clean_text(self.line.text())  # the summary is the line, not the details
            row = activities.log_activity(
                self.ctx.db, kind, self.text(), actor=self.ctx.me, **self._target
            )
        except ValidationError as exc:
            self.error.show_error(exc.errors[0].message)
            self.line.setFocus()
            return None
        except UserError as exc:  # the record gone, the disk full...: the text stays
            refused = exc
            self.error.show_error(lambda: user_message(refused))
            return None
        self.line.clear()
        self.details.clear()
        self.show_details(False)
        self.error.clear_error()
        self.logged.emit(row)
        self.ctx.events.data_changed.emit()
        self.ctx.events.info.emit(LOGGED[kind]())
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the line, Ctrl+Enter in the details: log (the key goes no further, so a
        form's default button is not pressed too)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if event.key() in ENTER_KEYS and (
                watched is self.line or (watched is self.details and ctrl)
            ):
                self.log()
                return True
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        self.error.clear_error()

    def _details_edited(self) -> None:
        if self.error.isVisible():
            self.error.clear_error()

    def _kind_toggled(self) -> None:
        self.line.setAccessibleName(BUTTONS[self.kind()]())

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for kind, button in self.kind_buttons.items():
            button.setText(BUTTONS[kind]())
        self._kind_toggled()
        self.line.setPlaceholderText(tr("Activity", "What happened, in one line (Enter logs it)"))
        self.details_button.setText(tr("Activity", "Details"))
        self.details_button.setToolTip(tr("Activity", "Add more text under the line"))
        self.details.setPlaceholderText(
            tr("Activity", "More about it, if needed (Ctrl+Enter logs it)")
        )
        self.details.setAccessibleName(tr("Activity", "Details"))
        self.log_button.setText(tr("Activity", "Log"))
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
