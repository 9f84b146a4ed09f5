"""The office server cannot be opened at start: say so plainly and offer the way on.

- It asks for a password (none kept, or a wrong one): the password is asked, and kept in the
  credential store once the server took it, if the user wants (where a store exists).
- It cannot be reached: a message naming the server with "Try again", "Open the last copy
  read-only" (when this desk holds a verified copy of that database: core.backups.latest_copy),
  "Change where the data is…" (the data location dialog) and "Quit".

A desk copy opens read-only; the window's read-only notice and status bar say it is a copy of
the office server's data and from when (ui.window.place_status.desk_copy_date).
"""

from __future__ import annotations

from contextlib import suppress
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from msek_desktop.core import backups, credentials, db, errors, migrations
from msek_desktop.core.db import Database
from msek_desktop.core.errors import UserError
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database
from msek_desktop.ui.dialogs import data_location
from msek_desktop.ui.dialogs.data_location import DataLocationDialog, store_note
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.window.place_status import copy_date_text


class Away(Enum):
    RETRY = "retry"
    COPY = "copy"
    CHANGE = "change"
    QUIT = "quit"


class ServerAwayBox(QMessageBox):
    """The office server cannot be reached: what now?"""

    def __init__(
        self, address: ServerAddress, error: UserError, copy: Path | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverAway")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("ServerAway", "MSEK Desktop"))
        self.setText(
            tr("ServerAway", "The office server %1 cannot be reached.").replace("%1", address.host)
        )
        details = [error.message]
        if copy is not None:
            details.append(
                tr(
                    "ServerAway",
                    "This computer holds a copy of the office's data from %1: you can open it "
                    "read-only to look things up.",
                ).replace("%1", copy_date_text(copy))
            )
        self.setInformativeText("\n\n".join(details))
        self.retry = self.addButton(tr("ServerAway", "Try again"), self.ButtonRole.AcceptRole)
        opening = tr("ServerAway", "Open the last copy read-only")
        self.copy = self.addButton(opening, self.ButtonRole.YesRole) if copy is not None else None
        self.change = self.addButton(
            tr("ServerAway", "Change where the data is…"), self.ButtonRole.ActionRole
        )
        self.quit = self.addButton(tr("ServerAway", "Quit"), self.ButtonRole.RejectRole)
        for button, name in ((self.retry, "retry"), (self.copy, "copy"), (self.change, "change"),
                             (self.quit, "quit")):  # fmt: skip
            if button is not None:
                button.setObjectName(name)
        self.setDefaultButton(self.retry)
        self.setEscapeButton(self.quit)

    def choice(self) -> Away:
        clicked = self.clickedButton()
        for button, away in ((self.retry, Away.RETRY), (self.copy, Away.COPY),
                             (self.change, Away.CHANGE)):  # fmt: skip
            if button is not None and clicked is button:
                return away
        return Away.QUIT


class PasswordDialog(QDialog):
    """The password of a login on the office server, and whether to keep it on this desk."""

    def __init__(self, address: ServerAddress, refused: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPassword")
        self.setWindowTitle(tr("ServerAway", "Password for the office server"))
        who = credentials.ServerLogin.of(address)
        text = (
            tr("ServerAway", "The office server %1 refused the password of %2; enter it again.")
            if refused
            else tr("ServerAway", "The office server %1 asks for the password of %2.")
        )
        self.question = QLabel(text.replace("%1", address.host).replace("%2", who.login))
        self.question.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("ServerAway", "Password"))
        self.keep = QCheckBox(tr("ServerAway", "Remember the password on this computer"))
        self.keep.setObjectName("keepPassword")
        self.keep.setChecked(True)
        self.keep.setVisible(credentials.available())
        self.note = QLabel(store_note())
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(with_colon(tr("ServerAway", "Password")))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        form.addRow("", self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


def with_password(address: ServerAddress, password: str) -> ServerAddress:
    """`address` carrying `password` (in memory only: str() still leaves it out)."""
    url = make_url(address.url).set(password=password)
    return ServerAddress(url.render_as_string(hide_password=False))


def open_copy(path: Path) -> Database:
    """A desk copy of the office database, read-only (it must be at this program's schema)."""
    engine = db.make_engine(path, read_only=True)
    try:
        current = migrations.current_revision(engine)
    except Exception as exc:
        engine.dispose()
        raise db.translate_error(exc, path) or errors.DatabaseError(
            f"The copy {path} cannot be read: {exc}"
        ) from exc
    if current != migrations.head_revision():
        engine.dispose()
        raise errors.DatabaseReadOnlyError(
            f"The copy {path} was made by another version of MSEK Desktop; it cannot be opened "
            "read-only by this one."
        )
    return Database(path, engine, read_only=True)


def open_when_away(
    address: ServerAddress, error: UserError, parent: QWidget | None = None
) -> Database | None:
    """After `error` opening the office server: ask until something opens, or None (Quit).
    A UserError other than the server's being away is the caller's to show."""
    location: Path | ServerAddress = address
    keep: str | None = None
    while True:
        if isinstance(location, ServerAddress) and credentials.needs_password(error):
            dialog = PasswordDialog(location, refused=location.sqlalchemy_url().password is not None
                                    or credentials.stored_password(location) is not None,
                                    parent=parent)  # fmt: skip
            if not data_location.run_dialog(dialog):
                return None
            keep = dialog.password.text() if dialog.keep.isChecked() else None
            location = with_password(location, dialog.password.text())
        else:
            assert isinstance(location, ServerAddress)
            copy = backups.latest_copy(location)
            box = ServerAwayBox(location, error, copy, parent)
            data_location.run_dialog(box)
            answer = box.choice()
            if answer is Away.QUIT:
                return None
            if answer is Away.COPY and copy is not None:
                return open_copy(copy)
            if answer is Away.CHANGE:
                chooser = DataLocationDialog(location, parent)
                if data_location.run_dialog(chooser) and chooser.location is not None:
                    location = chooser.location
        try:
            opened = open_database(location, create=True, quick_check=False)
        except errors.ServerUnreachableError as exc:
            error = exc
            continue
        if keep and isinstance(location, ServerAddress) and credentials.available():
            with suppress(UserError):  # not kept: asked again at the next start
                credentials.save_password(location, keep)
        return opened
