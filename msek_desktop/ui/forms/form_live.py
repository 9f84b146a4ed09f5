"""A record's form on the office server: a bar when a colleague saved the same record, and a
save kept until the server is back.

FormLive sits at the top of a RecordForm. When another desk saves the record the form shows
(a newer version than the one loaded), the bar says who and when ("Marta Rivière changed
this inquiry at 10:42") with a Reload button; what the user typed stays until they press it.
The form's own save loads the new version first, so it never shows its own bar. A save that
cannot reach the server keeps everything typed, says it is not saved yet, and is made again
by itself when the server is back (or when the user presses Save again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QBoxLayout

from msek_desktop.core.errors import ServerUnreachableError
from msek_desktop.core.live import Change
from msek_desktop.core.rows import ContactRow, InquiryRow, OrganisationRow
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.live import NoticeBar

TABLES = {InquiryRow: "inquiries", ContactRow: "contacts", OrganisationRow: "organisations"}
CHANGED: dict[str, Callable[[], str]] = {
    "inquiries": lambda: tr("Live", "%1 changed this inquiry at %2."),
    "contacts": lambda: tr("Live", "%1 changed this person at %2."),
    "organisations": lambda: tr("Live", "%1 changed this organisation at %2."),
}


class FormLive(QObject):
    """The bar of one form (`form` a RecordForm); see the module's text."""

    def __init__(self, form: Any) -> None:
        super().__init__(form)
        self.form = form
        self.waiting = False  # a save waits for the server
        self.bar = NoticeBar("recordChanged")
        layout = form.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.bar)
        self.bar.button.clicked.connect(self.reload)
        events = form.ctx.events
        events.live_changed.connect(self.heard)
        events.server_back.connect(self.server_back)

    def heard(self, changes: list[Change]) -> None:
        """Colleagues' saves: a newer version of this form's record shows the bar."""
        row = self.form.row
        table = TABLES.get(type(row))
        if row is None or table is None:
            return
        for change in changes:
            newer = change.version is not None and change.version > row.version
            if change.table == table and change.id == row.id and newer:
                who = change.actor_name or change.actor or tr("Live", "Someone")
                at = QTime.currentTime().toString("HH:mm")
                text = CHANGED[table]().replace("%1", who).replace("%2", at)
                self.bar.say(text, tr("Live", "Reload"))

    def reload(self) -> None:
        """Reload pressed: the record as stored now (what was typed goes)."""
        try:
            self.form.load()
        except ServerUnreachableError:
            self.not_saved_yet_text(tr("Live", "The office server cannot be reached; try again."))
            self.form.ctx.events.server_unreachable.emit()

    def loaded(self) -> None:
        """The form (re)loaded its record: nothing newer, nothing waiting."""
        self.waiting = False
        self.bar.hide()

    def not_saved(self, _exc: ServerUnreachableError) -> None:
        """run_write's answer to a save that could not reach the server."""
        self.waiting = True
        self.not_saved_yet_text(
            tr(
                "Live",
                "Not saved yet: the office server cannot be reached. What you typed stays "
                "here and is saved when the server is back.",
            )
        )
        self.form.ctx.events.server_unreachable.emit()

    def not_saved_yet_text(self, text: str) -> None:
        self.bar.say(text)

    def server_back(self) -> None:
        if self.waiting and self.form.isVisible():
            self.waiting = False
            self.bar.hide()
            self.form.save()
