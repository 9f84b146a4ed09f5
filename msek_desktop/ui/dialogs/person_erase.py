"""Personal data › Erase this person… (admins): what will be removed, counted beforehand
(core.privacy.erasure.preview), how long the backups taken before keep the person
(core.privacy.backup_keeping), and the person's name to type exactly before Erase is
enabled. The erasure runs off the GUI thread (ui.kit.tasks.Operation); then the person's form
closes and every list is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy.erasure import ErasurePreview
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_all
from msek_desktop.ui.kit.tasks import Operation, Progress


def counted() -> tuple[tuple[str, str], ...]:
    """What the counts are, in the order said (a count of 0 is not said); %1: the count."""
    return (
        ("inquiries", tr("PersonErase", "Inquiries kept, anonymised (the counts stay right): %1")),
        ("letters", tr("PersonErase", "Letters replaced by a tombstone: %1")),
        ("documents", tr("PersonErase", "Documents attached to their inquiries, deleted: %1")),
        (
            "follow_ups",
            tr("PersonErase", "Follow-ups of their inquiries, their name taken out: %1"),
        ),
        ("consents", tr("PersonErase", "Consent records, deleted: %1")),
        ("timeline_entries", tr("PersonErase", "Entries of their history, deleted: %1")),
    )


def erase_person(form: Any) -> PersonEraseDialog | None:
    """The entry of the person form's Personal data menu (ui.forms.person_data)."""
    from msek_desktop.core.privacy import backup_keeping, erasure

    ctx: AppContext = form.ctx
    try:
        ahead = erasure.preview(ctx.db, form.row.id)
        until = backup_keeping.backups_keep_until(ctx.db)
    except UserError as exc:
        questions.warn(form, tr("PersonErase", "Erase this person"), user_message(exc))
        return None
    dialog = PersonEraseDialog(ctx, ahead, until, on_erased=lambda: _close(form), parent=form)
    dialog.show()
    return dialog


def long_date(day: date) -> str:
    """ "31 October 2027" in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _close(form: Any) -> None:
    """The form of a person erased: nothing left to show."""
    form.done(QDialog.DialogCode.Accepted)


class PersonEraseDialog(QDialog):
    """What goes, what stays, the backups, the name to type, Erase."""

    def __init__(
        self,
        ctx: AppContext,
        ahead: ErasurePreview,
        backups_until: date | None,
        *,
        on_erased: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personEraseDialog")
        self.ctx, self.ahead, self.backups_until = ctx, ahead, backups_until
        self.on_erased = on_erased
        self.operation: Operation | None = None
        self.erased: dict[str, int] | None = None
        self.about, self.counts, self.backups, self.ask = QLabel(), QLabel(), QLabel(), QLabel()
        for label in (self.about, self.counts, self.backups, self.ask):
            label.setWordWrap(True)
        self.counts.setObjectName("person_erase_counts")
        self.backups.setObjectName("person_erase_backups")
        self.typed = QLineEdit()
        self.typed.setObjectName("person_erase_name")
        self.ask.setBuddy(self.typed)
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("person_erase_erase")
        self.erase_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)  # Enter in the name's box erases nothing
        layout = QVBoxLayout(self)
        for widget in (self.about, self.counts, self.backups, self.ask, self.typed):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._follow_typed)
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self._follow_typed()
        self.resize(max(600, self.sizeHint().width()), max(380, self.sizeHint().height()))

    def retranslate(self) -> None:
        name = self.ahead.name
        self.setWindowTitle(tr("PersonErase", "Erase %1").replace("%1", name))
        self.about.setText(tr(
            "PersonErase",
            "This removes %1 from the office's records for good: their record, and their "
            "name, email and phone wherever they are written. It cannot be undone.",
        ).replace("%1", name))  # fmt: skip
        lines = [
            "• " + words.replace("%1", str(self.ahead.counts[key]))
            for key, words in counted()
            if self.ahead.counts.get(key)
        ]
        self.counts.setText("\n".join(lines))
        self.counts.setVisible(bool(lines))
        self.backups.setText(self.backups_text())
        self.ask.setText(tr("PersonErase", "To confirm, type their name exactly: %1").replace(
            "%1", name))  # fmt: skip
        name_all((self.erase_button, tr("PersonErase", "&Erase")))

    def backups_text(self) -> str:
        if self.backups_until is None:
            return tr("PersonErase", "No backup on this desk holds this person.")
        return tr(
            "PersonErase",
            "Backups taken before now keep this person until about %1, when they are "
            "thinned out; restoring one of them erases the person again.",
        ).replace("%1", long_date(self.backups_until))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def name_matches(self) -> bool:
        return self.typed.text().strip() == self.ahead.name

    def _follow_typed(self) -> None:
        busy = self.operation is not None
        self.erase_button.setEnabled(self.name_matches() and not busy and self.erased is None)

    def erase(self) -> Operation | None:
        """Erase the person off the GUI thread; None when nothing started."""
        if not self.name_matches() or self.operation is not None or self.erased is not None:
            return None
        from msek_desktop.core.privacy.erasure import erase_person

        db, contact_id, me = self.ctx.db, self.ahead.contact_id, self.ctx.me

        def work(_progress: Progress) -> dict[str, int]:
            return erase_person(db, contact_id, actor=me)

        title = tr("PersonErase", "Erasing the person and wiping the freed space…")
        self.operation = Operation(self, work, title=title, cancellable=False)
        self.operation.on_success(self._done).on_user_error(self._refused)
        self.operation.finished.connect(self._finished)
        self.cancel_button.setEnabled(False)
        self._follow_typed()
        return self.operation.run()

    def _finished(self) -> None:
        self.operation = None
        self.cancel_button.setEnabled(True)
        self._follow_typed()

    def _refused(self, exc: UserError) -> None:
        questions.warn(self, self.windowTitle(), user_message(exc))

    def _done(self, counts: dict[str, int]) -> None:
        self.erased = counts
        said = tr("PersonErase", "Person #%1 erased; %2 inquiries kept, anonymised.")
        said = said.replace("%1", str(self.ahead.contact_id))
        self.ctx.events.info.emit(said.replace("%2", str(counts.get("inquiries", 0))))
        self.ctx.events.data_changed.emit()
        if not counts.get("wiped", 1):
            questions.inform(self, self.windowTitle(), tr(
                "PersonErase",
                "The person is erased. The space their data took is not all wiped yet: on "
                "the office server this needs its owner (VACUUM FULL), or another desk was "
                "still reading. It is wiped at the owner's next VACUUM FULL.",
            ))  # fmt: skip
        if self.on_erased is not None:
            self.on_erased()
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        if self.operation is None:  # not while the erasure runs
            super().reject()
