"""Settings › Office data: where this computer finds the office's data, and changing it.

Shows the place the window works on now (the data file, or the office server, its database
and login, and where its password is kept) and changes it with the data location dialog. A
change takes effect at the next start of MSEK Desktop (the window keeps working on what it
opened: forms may hold unsaved work), and the tab says so; --db and MSEK_DB still win over the
choice kept here.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from msek_desktop.core import credentials, demo_place
from msek_desktop.core.errors import UserError
from msek_desktop.core.server import ServerAddress
from msek_desktop.paths import DB_ENV, Location
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import data_location
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.layouts import STRETCH, at_most, button_row
from msek_desktop.ui.window.place_status import date_text, desk_copy_date


def place_text(location: Location) -> str:
    """The place in a sentence: the file, or the server, its database and the login."""
    if isinstance(location, ServerAddress):
        who = credentials.ServerLogin.of(location)
        return (
            tr("OfficeData", "The office server %1 (port %2), database %3, login %4")
            .replace("%1", who.host)
            .replace("%2", str(who.port))
            .replace("%3", who.database)
            .replace("%4", who.login)
        )
    taken = desk_copy_date(location)
    if taken is not None:
        return (
            tr("OfficeData", "A copy of the office server's data from %1, read-only: %2")
            .replace("%1", date_text(taken))
            .replace("%2", str(location))
        )
    return tr("OfficeData", "This computer keeps the data in %1").replace("%1", str(location))


def password_text(location: ServerAddress) -> str:
    if credentials.store_name() is None:
        return tr(
            "OfficeData",
            "This computer has no credential store: the password is asked at each start.",
        )
    if credentials.stored_password(location) is None:
        return tr("OfficeData", "Not kept on this computer: asked when the server wants it.")
    return tr("OfficeData", "Kept in %1.").replace("%1", credentials.store_name() or "")


class OfficeDataTab(QWidget):
    """Where the data is now, the choice for the next start, Change… and Forget password."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.now = QLabel()
        self.now.setObjectName("placeNow")
        self.password = QLabel()
        self.password.setObjectName("passwordKept")
        self.next_start = QLabel()
        self.next_start.setObjectName("placeNext")
        self.hint = QLabel()
        self.hint.setObjectName("placeHint")
        self.now_label = QLabel()
        self.password_label = QLabel()
        self.next_label = QLabel()
        for label in (self.now, self.password, self.next_start, self.hint):
            label.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.change_button = QPushButton()
        self.change_button.setObjectName("changePlace")
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("forgetPassword")
        form = QFormLayout()
        form.addRow(self.now_label, self.now)
        form.addRow(self.password_label, self.password)
        form.addRow(self.next_label, self.next_start)
        layout = QVBoxLayout(self)
        layout.addLayout(at_most(form, 760))
        layout.addWidget(self.hint)
        layout.addLayout(button_row(self.change_button, self.forget_button, STRETCH))
        layout.addStretch(1)
        self.change_button.clicked.connect(self.change)
        self.forget_button.clicked.connect(self.forget_password)

    def retranslate(self) -> None:
        self.now_label.setText(tr("OfficeData", "Where the data is:"))
        self.password_label.setText(tr("OfficeData", "Password:"))
        self.next_label.setText(tr("OfficeData", "At the next start:"))
        self.change_button.setText(tr("OfficeData", "Change where the data is…"))
        self.forget_button.setText(tr("OfficeData", "Forget the password"))
        self.refresh()

    def refresh(self) -> None:
        location = self.ctx.db.location
        demo = demo_place.is_demo(self.ctx.db)  # made-up records: never "the office's data"
        self.now.setText(
            tr("OfficeData", "The demo data (made-up records), in %1").replace("%1", str(location))
            if demo
            else place_text(location)
        )
        server = location if isinstance(location, ServerAddress) else None
        self.password.setText(password_text(server) if server is not None else "")
        self.password.setVisible(server is not None)
        self.password_label.setVisible(server is not None)
        kept = server is not None and credentials.stored_password(server) is not None
        self.forget_button.setVisible(kept)
        chosen = data_location.remembered()
        changed = chosen is not None and str(chosen) != str(location)
        self.next_start.setText(place_text(chosen) if chosen is not None and changed else "")
        self.next_start.setVisible(changed)
        self.next_label.setVisible(changed)
        hints = []
        if changed and not demo:  # from the demo, the next start opens the office's data
            hints.append(
                tr(
                    "OfficeData",
                    "The change takes effect when MSEK Desktop is started again; until then "
                    "this window keeps working on the data it opened.",
                )
            )
        if os.environ.get(DB_ENV):
            hints.append(
                tr(
                    "OfficeData",
                    "The MSEK_DB setting of this computer names the data; it wins over the "
                    "choice made here.",
                )
            )
        self.hint.setText("\n".join(hints))
        self.hint.setVisible(bool(hints))

    def change(self) -> None:
        current = data_location.remembered() or self.ctx.db.location
        dialog = data_location.DataLocationDialog(current, self)
        if not data_location.run_dialog(dialog) or dialog.location is None:
            return
        self.refresh()
        if str(dialog.location) != str(self.ctx.db.location):
            questions.inform(
                self,
                tr("OfficeData", "Office data"),
                tr("OfficeData", "From the next start of MSEK Desktop: %1.").replace(
                    "%1", place_text(dialog.location)
                ),
            )

    def forget_password(self) -> None:
        location = self.ctx.db.location
        if not isinstance(location, ServerAddress):
            return
        try:
            credentials.forget_password(location)
        except UserError as exc:
            questions.warn(self, tr("OfficeData", "Office data"), exc.message)
        self.refresh()
