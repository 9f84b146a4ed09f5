"""Where the office's data lives: this computer's file, or the office server.

Asked at the first start (when no --db or MSEK_DB is given and nothing was chosen before; an
existing data file counts as "this computer"), and from Settings › Office data. The choice is
kept in QSettings as "this-computer" or the server's URL without its password; the password
goes to the system's credential store (core.credentials), or, on a computer without one,
stays in memory for this start only and is asked again at the next.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from msek_desktop.core import credentials, server_check
from msek_desktop.core.errors import DatabaseError, UserError
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.server_check import Found
from msek_desktop.paths import APP_AUTHOR, APP_NAME, DB_FILENAME, Location, data_dir, db_location
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.tasks import Operation, Progress

SETTING = "data/location"
THIS_COMPUTER = "this-computer"
DEFAULT_DATABASE = "msek"
FIELDS = ("host", "port", "database", "login", "password")
# Each Test connection's Operation has no parent and is kept here, not by its dialog: a dialog
# closed (and deleted) while its worker thread is still leaving run() must not delete the
# worker's objects under it (a crash). The last few are plenty: a test ends within seconds.
_OUTLIVING: list[Operation] = []
KEEP_TESTS = 8


def this_computer() -> Path:
    """The data file of "This computer keeps the data"."""
    return data_dir() / DB_FILENAME


def _settings() -> QSettings:
    return QSettings(APP_AUTHOR, APP_NAME)


def remembered() -> Location | None:
    """The place chosen on this computer before, or None (never chosen, or unreadable)."""
    value = _settings().value(SETTING)
    if value == THIS_COMPUTER:
        return this_computer()
    if isinstance(value, str) and value:
        try:
            return db_location(value)
        except DatabaseError:
            return None
    return None


def remember(location: Location) -> None:
    """Keep the choice (a server's URL without its password: str(ServerAddress) drops it)."""
    value = str(location) if isinstance(location, ServerAddress) else THIS_COMPUTER
    _settings().setValue(SETTING, value)
    _settings().sync()


def at_start(*, interactive: bool) -> Location | None:
    """The place to open when neither --db nor MSEK_DB says: the one chosen before, else
    today's data file if it exists, else the user's answer (None: they closed the dialog)."""
    chosen = remembered()
    if chosen is not None:
        return chosen
    if this_computer().exists():  # today's data file: the choice made before there was one
        remember(this_computer())
        return this_computer()
    if not interactive:
        return this_computer()
    dialog = DataLocationDialog(None)
    if not run_dialog(dialog) or dialog.location is None:
        return None
    return dialog.location


def run_dialog(dialog: QDialog) -> bool:
    """Show `dialog` until it is closed; True when accepted (tests answer here instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def store_note() -> str:
    name = credentials.store_name()
    if name is None:
        return tr(
            "DataLocation",
            "This computer has no credential store: the password is kept nowhere and is "
            "asked at each start.",
        )
    return tr("DataLocation", "The password is kept in %1 on this computer.").replace("%1", name)


def found_text(found: Found) -> str:
    return {
        Found.MSEK: lambda: tr("DataLocation", "Connected: MSEK data found."),
        Found.EMPTY: lambda: tr(
            "DataLocation", "The server answers but the database holds no MSEK data yet."
        ),
        Found.OTHER: lambda: tr(
            "DataLocation",
            "The server answers but the database holds another program's data: choose "
            "another database.",
        ),
    }[found]()


class DataLocationDialog(QDialog):
    """The two choices; the server's fields; Test connection in the background. After
    accept(), `location` is the place chosen (a server's address may carry the password typed,
    in memory only) and it is remembered."""

    def __init__(self, current: Location | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataLocation")
        self.location: Location | None = None
        self.testing: Operation | None = None  # the test running now
        self.setWindowTitle(tr("DataLocation", "Where the office's data lives"))
        self.intro = QLabel(tr("DataLocation", "Where does this computer find the office's data?"))
        self.this_computer = QRadioButton(tr("DataLocation", "This computer keeps the data"))
        self.this_computer.setObjectName("thisComputer")
        self.file_hint = self._hint(
            tr(
                "DataLocation",
                "The data stay in a file on this computer: %1. Right for one desk, or to try "
                "the program.",
            ).replace("%1", str(this_computer()))
        )
        self.office_server = QRadioButton(tr("DataLocation", "Connect to the office server"))
        self.office_server.setObjectName("officeServer")
        self.server_hint = self._hint(
            tr(
                "DataLocation",
                "Every desk of the office works on the same data, kept by the office's "
                "PostgreSQL server.",
            )
        )
        group = QButtonGroup(self)
        group.addButton(self.this_computer)
        group.addButton(self.office_server)
        self.edits = {name: QLineEdit() for name in FIELDS if name != "port"}
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(credentials.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.edits["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.edits["database"].setText(DEFAULT_DATABASE)
        self.errors = {name: error_label(name) for name in FIELDS}
        self.test_button = QPushButton(tr("DataLocation", "Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()  # until a test runs
        self.note = self._hint(store_note())
        self.note.setContentsMargins(0, 0, 0, 0)  # under the fields, in their column
        self.test_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.server_box = self._server_fields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.this_computer)
        layout.addWidget(self.file_hint)
        layout.addWidget(self.office_server)
        layout.addWidget(self.server_hint)
        layout.addWidget(self.server_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.office_server.toggled.connect(self._follow_choice)
        self.test_button.clicked.connect(self.test_connection)
        self._show(current)
        self.setMinimumWidth(560)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setContentsMargins(24, 0, 0, 4)
        return label

    def _server_fields(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(24, 0, 0, 0)
        texts = {
            "host": tr("DataLocation", "Server"),
            "port": tr("DataLocation", "Port"),
            "database": tr("DataLocation", "Database"),
            "login": tr("DataLocation", "Login"),
            "password": tr("DataLocation", "Password"),
        }
        for name, text in texts.items():
            field = self.port if name == "port" else self.edits[name]
            field.setObjectName(name)
            field.setAccessibleName(text)
            label = QLabel(with_colon(text))
            label.setBuddy(field)
            form.addRow(label, with_field(field, self.errors[name]))
        self.edits["host"].setPlaceholderText("msek-01")
        form.addRow("", self.test_button)
        form.addRow("", self.test_result)
        form.addRow("", self.note)
        return box

    def _show(self, current: Location | None) -> None:
        if isinstance(current, ServerAddress):
            self.office_server.setChecked(True)
            url = current.sqlalchemy_url()
            self.edits["host"].setText(current.host)
            self.port.setValue(credentials.ServerLogin.of(current).port)
            self.edits["database"].setText(str(url.database or ""))
            self.edits["login"].setText(str(url.username or ""))
        else:
            self.this_computer.setChecked(True)
        self._follow_choice()

    def _follow_choice(self) -> None:
        self.server_box.setEnabled(self.office_server.isChecked())

    # -- the server's address ---------------------------------------------------------

    def address(self, *, with_password: bool = True) -> ServerAddress | None:
        """The address in the fields, or None with the missing ones marked."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        missing = {
            "host": tr("DataLocation", "Enter the name of the office server."),
            "database": tr("DataLocation", "Enter the name of the database."),
            "login": tr("DataLocation", "Enter your login on the server."),
        }
        wrong = False
        for name, message in missing.items():
            show_error(self.errors[name], None if values[name] else message)
            wrong = wrong or not values[name]
        if wrong:
            return None
        password = self.edits["password"].text() if with_password else ""
        host, port = values["host"], self.port.value()
        socket = host.startswith("/")  # a local server's socket folder (Linux, macOS)
        query = {"host": host} | ({"port": str(port)} if port != credentials.DEFAULT_PORT else {})
        url = URL.create(
            "postgresql",
            username=values["login"],
            password=password or None,
            host=None if socket else host,
            port=None if socket else port,
            database=values["database"],
            query=query if socket else {},
        )
        try:
            return ServerAddress(url.render_as_string(hide_password=False))
        except UserError as exc:
            show_error(self.errors["host"], user_message(exc))
            return None

    def test_connection(self) -> None:
        address = self.address()
        if address is None or self.testing is not None:
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("DataLocation", "Testing the connection…"))
        self.test_result.show()

        def work(_progress: Progress) -> Found:
            return server_check.check_server(address)

        self.testing = (
            Operation(None, work, title=tr("DataLocation", "Test connection"),
                      cancellable=False, show_progress=False)
            .on_success(lambda found: self._tested(found_text(found)))
            .on_user_error(lambda exc: self._tested(self._refusal(exc)))
        )  # fmt: skip
        _OUTLIVING.append(self.testing)
        del _OUTLIVING[:-KEEP_TESTS]
        self.testing.finished.connect(self._test_ended)
        self.testing.run()

    @staticmethod
    def _refusal(exc: UserError) -> str:
        if credentials.needs_password(exc):
            return tr(
                "DataLocation",
                "The server refused the login or its password; check them and try again.",
            )
        return user_message(exc)

    def _tested(self, text: str) -> None:
        if shiboken6.isValid(self):  # the dialog may be closed before the server answers
            self.test_result.setText(text)

    def _test_ended(self) -> None:
        self.testing = None
        self.test_button.setEnabled(True)

    # -- the choice -------------------------------------------------------------------

    def accept(self) -> None:
        if self.this_computer.isChecked():
            self.location = this_computer()
            remember(self.location)
            super().accept()
            return
        address = self.address()
        if address is None:
            return
        password = self.edits["password"].text()
        if password and credentials.available():
            try:
                credentials.save_password(address, password)
            except UserError as exc:  # kept for this start only; said plainly
                questions.warn(self, self.windowTitle(), exc.message)
        self.location = address  # with the password typed, for this start (memory only)
        remember(address)
        super().accept()
