"""Write email… on the form of an inquiry, a person or an organisation: a button among the
form's actions and its shortcut (Ctrl+Shift+E), enabled for a saved record not in the bin
(a form opened by a picker to create one has none).

The draft is made from the record as saved: with changes not saved yet (an email address just
typed), the form asks to save them first, as it does before a letter. A letter made to go with
the email moves the inquiry on: the form loads it again; an email logged as sent is announced
(data_changed), which the form's history follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from msek_desktop.ui.dialogs.email_choices import Target
from msek_desktop.ui.dialogs.email_dialog import EmailDialog
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions

SHORTCUT = "Ctrl+Shift+E"


class EmailButton(QPushButton):
    """Write email… of `form` (a RecordForm) on its record, `link` naming its kind
    ("inquiry_id", "contact_id", "organisation_id")."""

    def __init__(self, form: Any, link: str) -> None:
        super().__init__()
        self.setObjectName("writeEmail")
        self.setAutoDefault(False)
        self.form, self.link = form, link
        self.dialog: EmailDialog | None = None
        self.keys = QShortcut(QKeySequence(SHORTCUT), form, self._shortcut)
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    def refresh(self) -> None:
        """Enabled for a saved record not in the bin (the form's state shown)."""
        form = self.form
        if getattr(form, "create_only", False):
            self.hide()
        self.setEnabled(form.row is not None and not form.is_deleted())

    def _shortcut(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.open_dialog()

    def open_dialog(self) -> EmailDialog | None:
        """The dialog on the saved record (its changes saved first, when the user agrees)."""
        form = self.form
        if form.record_id is None:
            return None
        question = tr(
            "EmailDialog", "The email is written from the saved record. Save your changes?"
        )
        if form.is_dirty() and not (
            questions.ask_save_first(form, form.windowTitle(), question) and form.save()
        ):
            return None
        self.dialog = EmailDialog(form.ctx, Target(self.link, form.record_id), form)
        self.dialog.letter_kept.connect(form.load)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.setText(tr("EmailDialog", "Write email…"))
        keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        tip = tr("EmailDialog", "Write an email from a template and open it in your mail program")
        self.setToolTip(f"{tip} ({keys})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
