"""Where the office's data lives, in the window: the first start asks (this computer, or the
office server with Test connection), Settings › Office data shows and changes it, the status
bar says it, and an office server that cannot be reached at start offers to try again, to open
this desk's last copy read-only or to choose another place. The password goes to the
credential store (an in-memory keyring backend here) and nowhere else."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from msek_desktop import app
from msek_desktop.core import backups, credentials, demo, errors
from msek_desktop.core.db import Database
from msek_desktop.core.server import ServerAddress
from msek_desktop.paths import APP_AUTHOR, APP_NAME, data_dir
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import data_location, server_away
from msek_desktop.ui.dialogs.data_location import DataLocationDialog
from msek_desktop.ui.dialogs.server_away import PasswordDialog, ServerAwayBox
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import MainWindow
from tests.memory_keyring import MemoryKeyring, installed, missing
from tests.password_server import PASSWORD, asking_for_passwords
from tests.ui.conftest import Asked

SECRET = "Pw-łódź-4711"
Answer = Callable[[Any], bool]


@pytest.fixture(autouse=True)
def store() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture(autouse=True)
def quiet_start(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """main() without the crash dialog, the event loop, the demo offer or "who am I"."""
    before = QLocale()
    QSettings(APP_AUTHOR, APP_NAME).remove(data_location.SETTING)  # Qt finds its file once
    monkeypatch.setattr(app, "install_excepthook", lambda *_args: None)
    monkeypatch.setattr(app, "who_am_i", lambda *_args, **_kw: "anowak")
    monkeypatch.setattr(app.first_run, "offer_demo", lambda *_args: False)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    yield
    QLocale.setDefault(before)
    QSettings(APP_AUTHOR, APP_NAME).remove(data_location.SETTING)


class Answers:
    """The dialogs main() shows, answered in turn by the functions given (none left: fail)."""

    def __init__(self) -> None:
        self.given: list[Answer] = []
        self.seen: list[Any] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        assert self.given, f"not expected: {type(dialog).__name__}"
        return self.given.pop(0)(dialog)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    record = Answers()
    monkeypatch.setattr(data_location, "run_dialog", record)
    return record


def fill_server(dialog: DataLocationDialog, address: ServerAddress, password: str = "") -> None:
    who = credentials.ServerLogin.of(address)
    dialog.office_server.setChecked(True)
    dialog.edits["host"].setText(who.host)
    dialog.port.setValue(who.port)
    dialog.edits["database"].setText(who.database)
    dialog.edits["login"].setText(who.login)
    dialog.edits["password"].setText(password)


def choose_server(address: ServerAddress, password: str = "") -> Answer:
    def answer(dialog: DataLocationDialog) -> bool:
        assert isinstance(dialog, DataLocationDialog)
        assert dialog.this_computer.isChecked() or dialog.office_server.isChecked()
        fill_server(dialog, address, password)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return answer


def click(name: str) -> Answer:
    def answer(box: ServerAwayBox) -> bool:
        assert isinstance(box, ServerAwayBox)
        button = getattr(box, name)
        assert button is not None, f"no {name} button"
        box.show()
        button.click()
        return False

    return answer


def opened_window() -> MainWindow:
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert len(windows) == 1
    return windows[0]


def remembered_value() -> object:
    return QSettings(APP_AUTHOR, APP_NAME).value(data_location.SETTING)


def same_login(location: object, address: ServerAddress) -> bool:
    """`location` (an address, or its URL) names the login and database `address` names."""
    if isinstance(location, str):
        location = ServerAddress(location)
    assert isinstance(location, ServerAddress), location
    return credentials.ServerLogin.of(location) == credentials.ServerLogin.of(address)


def filled(new_server_database: Callable[..., Any]) -> Database:
    database: Database = new_server_database()
    demo.generate(database, inquiries=12, seed=3)
    return database


# -- the first start ------------------------------------------------------------------------


def test_the_first_start_chooses_the_office_server_and_the_window_opens_on_it(
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    store: MemoryKeyring,
    new_server_database: Callable[..., Any],
    isolated_user_dirs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("MSEK_DB")
    address = filled(new_server_database).location
    assert isinstance(address, ServerAddress)
    answers.given = [choose_server(address, SECRET)]
    assert app.main(["--lang", "en"]) == 0
    window = opened_window()
    assert same_login(window.ctx.db.location, address)
    assert window.place.text() == f"Office server {address.host} · connected"
    assert same_login(remembered_value(), address) and SECRET not in str(remembered_value())
    who = credentials.ServerLogin.of(address)
    assert store.kept == {(credentials.SERVICE, who.key()): SECRET}
    window.close()
    # the next start asks nothing and opens the same database
    answers.given = []
    assert app.main([]) == 0
    assert same_login(opened_window().ctx.db.location, address)
    # the password is in no settings file, log or output
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    kept = Path(QSettings(APP_AUTHOR, APP_NAME).fileName())
    assert kept.is_file(), "the QSettings file was written"
    files = [kept, *(p for p in isolated_user_dirs.rglob("*") if p.is_file())]
    assert [p for p in files if SECRET.encode() in p.read_bytes()] == []
    assert not data_dir().joinpath("msek.db").exists()


def test_the_first_start_keeps_the_data_on_this_computer(
    monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    monkeypatch.delenv("MSEK_DB")
    answers.given = [lambda dialog: (dialog.accept(), True)[1]]
    assert app.main([]) == 0
    window = opened_window()
    assert window.ctx.db.location == data_dir() / "msek.db"
    assert window.place.text() == f"This computer · {data_dir() / 'msek.db'}"
    assert remembered_value() == data_location.THIS_COMPUTER
    assert isinstance(answers.seen[0], DataLocationDialog)
    assert answers.seen[0].this_computer.isChecked(), "this computer is the default answer"


def test_closing_the_first_question_quits_and_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    monkeypatch.delenv("MSEK_DB")
    answers.given = [lambda dialog: False]
    assert app.main([]) == 0
    assert not data_dir().joinpath("msek.db").exists()
    assert remembered_value() is None


def test_an_existing_data_file_or_msek_db_is_not_asked_about(
    monkeypatch: pytest.MonkeyPatch, answers: Answers, tmp_path: Path, database_files: Any
) -> None:
    assert app.main([]) == 0  # MSEK_DB (set for every test) names the file: no question
    assert opened_window().ctx.db.location == tmp_path / "msek-test.db"
    opened_window().close()
    monkeypatch.delenv("MSEK_DB")
    database_files.copy(data_dir() / "msek.db")
    assert app.main([]) == 0  # today's data file counts as "this computer"
    assert opened_window().ctx.db.location == data_dir() / "msek.db"
    assert answers.seen == []
    assert remembered_value() == data_location.THIS_COMPUTER


def test_missing_server_fields_are_named(qtbot: QtBot) -> None:
    dialog = DataLocationDialog(None)
    qtbot.addWidget(dialog)
    dialog.office_server.setChecked(True)
    dialog.edits["database"].clear()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.location is None
    shown = {name: dialog.errors[name].text() for name in ("host", "database", "login")}
    assert shown == {
        "host": "Enter the name of the office server.",
        "database": "Enter the name of the database.",
        "login": "Enter your login on the server.",
    }
    assert remembered_value() is None


# -- Test connection ------------------------------------------------------------------------


def connection_result(qtbot: QtBot, address: ServerAddress) -> str:
    dialog = DataLocationDialog(None)
    qtbot.addWidget(dialog)
    fill_server(dialog, address)
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=15_000)
    return dialog.test_result.text()


def test_test_connection_says_what_it_found(
    qtbot: QtBot, new_server_database: Callable[..., Any]
) -> None:
    msek = new_server_database().location
    assert connection_result(qtbot, msek) == "Connected: MSEK data found."
    empty = new_server_database(empty=True)
    assert connection_result(qtbot, empty) == (
        "The server answers but the database holds no MSEK data yet."
    )
    away = ServerAddress("postgresql://marta@127.0.0.1:9/msek")
    text = connection_result(qtbot, away)
    assert text.startswith("The office server cannot be reached.\nThe office server 127.0.0.1 ")
    assert "connection refused" in text.lower() or "failed" in text.lower()


# -- Settings › Office data and the status bar -----------------------------------------------


def window_on(database: Database, qtbot: QtBot) -> MainWindow:
    window = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(window)
    return window


def test_settings_shows_the_office_server_and_changes_the_place(
    qtbot: QtBot,
    answers: Answers,
    asked: Asked,
    store: MemoryKeyring,
    new_server_database: Callable[..., Any],
) -> None:
    database = new_server_database()
    address = database.location
    assert isinstance(address, ServerAddress)
    who = credentials.ServerLogin.of(address)
    credentials.save_password(address, SECRET)
    window = window_on(database, qtbot)
    window.show_screen("settings")
    tab = window.screens["settings"].office_data  # type: ignore[attr-defined]
    settings_tabs = window.screens["settings"].tabs  # type: ignore[attr-defined]
    assert settings_tabs.tabText(settings_tabs.indexOf(tab)) == "Office data"
    assert tab.now.text() == (
        f"The office server {who.host} (port {who.port}), database {who.database}, "
        f"login {who.login}"
    )
    assert tab.password.text() == f"Kept in {store.name}."
    assert not tab.next_start.isVisibleTo(tab)
    tab.forget_button.click()
    assert store.kept == {} and tab.password.text().startswith("Not kept on this computer")
    started: list[tuple[bool, str]] = []

    def this_computer(dialog: DataLocationDialog) -> bool:
        started.append((dialog.office_server.isChecked(), dialog.edits["host"].text()))
        dialog.this_computer.setChecked(True)
        dialog.accept()
        return True

    answers.given = [this_computer]
    tab.change_button.click()
    assert started == [(True, who.host)], "the dialog starts from the current place"
    assert remembered_value() == data_location.THIS_COMPUTER
    assert tab.next_start.isVisibleTo(tab)
    assert tab.next_start.text() == f"This computer keeps the data in {data_dir() / 'msek.db'}"
    assert "takes effect when MSEK Desktop is started again" in tab.hint.text()
    assert asked.texts("inform") == [
        f"From the next start of MSEK Desktop: This computer keeps the data in "
        f"{data_dir() / 'msek.db'}."
    ]
    assert window.ctx.db.location == address, "this window keeps working on what it opened"


@pytest.mark.database_file  # a data file of this computer, and a server
def test_settings_shows_the_data_file(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    database = new_database(tmp_path / "office.db")
    window = window_on(database, qtbot)
    window.show_screen("settings")
    tab = window.screens["settings"].office_data  # type: ignore[attr-defined]
    assert tab.now.text() == f"This computer keeps the data in {tmp_path / 'office.db'}"
    assert not tab.password.isVisibleTo(tab) and not tab.forget_button.isVisibleTo(tab)
    assert "MSEK_DB" in tab.hint.text(), "MSEK_DB (set for the tests) wins over the choice"


@pytest.mark.database_file  # a data file of this computer, and a server
def test_the_status_bar_says_where_the_data_is(
    qtbot: QtBot,
    tmp_path: Path,
    new_database: Callable[..., Database],
    new_server_database: Callable[..., Any],
) -> None:
    on_file = window_on(new_database(tmp_path / "a.db"), qtbot)
    assert on_file.place.text() == f"This computer · {tmp_path / 'a.db'}"
    database = new_server_database()
    window = window_on(database, qtbot)
    host = database.location.host
    assert window.place.text() == f"Office server {host} · connected"
    assert window.place.toolTip() == str(database.location)
    window.ctx.events.server_lost.emit()
    assert window.place.text() == f"Office server {host} · cannot be reached"
    window.ctx.events.server_back.emit()
    assert window.place.text() == f"Office server {host} · connected"


# -- the office server away at start -------------------------------------------------------

AWAY = "postgresql://marta@127.0.0.1:9/msek"  # nothing listens on port 9 (discard)


def test_an_unreachable_server_at_start_names_it_and_offers_the_ways_on(
    monkeypatch: pytest.MonkeyPatch, answers: Answers, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MSEK_DB", AWAY)
    answers.given = [click("retry"), click("quit")]
    assert app.main([]) == 1
    first, again = answers.seen
    assert first is not again, "Try again tried again"
    assert first.text() == "The office server 127.0.0.1 cannot be reached."
    assert "postgresql://marta@127.0.0.1:9/msek" in first.informativeText()
    names = [b.text() for b in first.buttons()]
    assert sorted(names) == sorted(["Try again", "Change where the data is…", "Quit"])
    assert first.copy is None, "no desk copy of that database: no such offer"
    err = capsys.readouterr().err
    assert err.startswith("msek-desktop: The office server 127.0.0.1 cannot be reached (")
    assert err.count("\n") == 1


def desk_copy(address: ServerAddress, new_database: Callable[..., Database], tmp: Path) -> Path:
    """A verified copy of an office database where this desk keeps them."""
    source = new_database(tmp / "office.db", demo.generate, inquiries=8, seed=5)
    folder = backups.copies_folder(address)
    folder.mkdir(parents=True)
    return backups.backup_now(source, to=folder / "msek-20261204-143000.db")


@pytest.mark.database_file  # a data file of this computer, and a server
def test_the_last_desk_copy_opens_read_only(
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    tmp_path: Path,
    new_database: Callable[..., Database],
) -> None:
    away = ServerAddress(AWAY)
    copy = desk_copy(away, new_database, tmp_path)
    assert backups.latest_copy(away) == copy
    monkeypatch.setenv("MSEK_DB", AWAY)
    answers.given = [click("copy")]
    assert app.main([]) == 0
    box = answers.seen[0]
    assert box.copy.text() == "Open the last copy read-only"
    assert "holds a copy of the office's data from" in box.informativeText()
    window = opened_window()
    assert window.ctx.db.location == copy and window.ctx.db.read_only
    notice = window.read_only_notice
    assert notice is not None and notice.label.text().startswith(
        "Read-only: a copy of the office server's data from "
    )
    assert "2026" in notice.label.text() or "26" in notice.label.text()
    assert not window.act_new.isEnabled()
    assert window.place.text().startswith("Copy of the office server's data from ")
    with pytest.raises(errors.DatabaseReadOnlyError), window.ctx.db.write():
        pass


def test_change_where_the_data_is_from_the_message(
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    new_server_database: Callable[..., Any],
) -> None:
    address = filled(new_server_database).location
    monkeypatch.setenv("MSEK_DB", AWAY)
    answers.given = [click("change"), choose_server(address)]
    assert app.main([]) == 0
    assert same_login(opened_window().ctx.db.location, address)
    assert same_login(remembered_value(), address)


@pytest.mark.parametrize("with_store", [True, False])
def test_a_password_the_server_asks_for_is_asked_and_kept_where_it_can_be(
    qtbot: QtBot, answers: Answers, new_server_database: Callable[..., Any], with_store: bool
) -> None:
    """The test server trusts its local logins: the refusal is the one libpq gives."""
    address = new_server_database().location
    refused = errors.ServerUnreachableError(
        f"The office server {address.host} cannot be reached (fe_sendauth: no password "
        f"supplied); check that it is on and that {address} is right."
    )

    def type_password(dialog: PasswordDialog) -> bool:
        assert isinstance(dialog, PasswordDialog)
        assert dialog.keep.isVisibleTo(dialog) is with_store
        if not with_store:
            assert dialog.note.text().startswith("This computer has no credential store")
        dialog.password.setText(SECRET)
        return True

    answers.given = [type_password]
    backend = MemoryKeyring() if with_store else missing()
    with installed(backend):
        opened = server_away.open_when_away(address, refused)
        assert opened is not None
        try:
            assert opened.engine.url.password == SECRET
        finally:
            opened.dispose()
        if with_store:
            assert isinstance(backend, MemoryKeyring) and list(backend.kept.values()) == [SECRET]
        assert SECRET not in str(opened.location)


@pytest.fixture(scope="module")
def password_server() -> Iterator[str]:
    with asking_for_passwords() as url:
        yield url


def test_a_server_asking_for_a_password_gets_it_once_and_then_from_the_store(
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    store: MemoryKeyring,
    password_server: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A real server checking passwords: asked at the first start, kept, not asked again."""
    monkeypatch.setenv("MSEK_DB", password_server)
    questions: list[str] = []

    def type_password(dialog: PasswordDialog) -> bool:
        assert isinstance(dialog, PasswordDialog) and dialog.keep.isChecked()
        questions.append(dialog.question.text())
        dialog.password.setText(PASSWORD)
        return True

    answers.given = [type_password]
    assert app.main([]) == 0
    host = ServerAddress(password_server).host
    assert questions == [f"The office server {host} asks for the password of marta."]
    assert opened_window().place.text() == f"Office server {host} · connected"
    assert list(store.kept.values()) == [PASSWORD]
    opened_window().close()
    answers.given = []
    assert app.main([]) == 0, "the stored password opens it: nothing asked"
    opened_window().close()
    credentials.save_password(ServerAddress(password_server), "changed-since")
    answers.given = [type_password]
    assert app.main([]) == 0
    assert questions[-1] == (
        f"The office server {host} refused the password of marta; enter it again."
    )
    assert list(store.kept.values()) == [PASSWORD]
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err
