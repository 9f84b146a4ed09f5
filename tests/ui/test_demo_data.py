"""Demo data in the window: offered at the first start in a database of their own, never in the
office's; the window says DEMO DATA in its title and status bar while the demo is open; File ›
Leave the demo data reopens the office's data and Help › Try with demo data… the demo; and
`--demo` (with or without `--db FILE`) opens a demo database, never the office's data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msek_desktop import app
from msek_desktop.core import backups, demo, demo_place, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.paths import APP_AUTHOR, APP_NAME, data_dir
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import data_location
from msek_desktop.ui.dialogs.first_run import DemoOffer
from msek_desktop.ui.i18n import Languages, tr
from msek_desktop.ui.kit.questions import Unsaved
from msek_desktop.ui.window.data_actions import SWITCH_TO_DEMO, SWITCH_TO_OFFICE
from msek_desktop.ui.window.main_window import MainWindow
from tests.ui.conftest import Asked

DEMO_WORDS = "DEMO DATA — not your office's records"
KEYS = (data_location.SETTING, app.ME, app.DEMO_ME)


def all_inquiries(db: Database) -> int:
    return inquiries.count_inquiries(db, inquiries.InquiryFilter(open=None))


def demo_database(db: Database) -> None:
    demo_place.claim(db)
    demo.generate(db, inquiries=40, seed=2)


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """main() without the crash dialog; a smaller demo; this computer's choices forgotten."""
    before = QLocale()
    for key in KEYS:
        QSettings(APP_AUTHOR, APP_NAME).remove(key)
    monkeypatch.setattr(app, "install_excepthook", lambda *_args: None)
    monkeypatch.setattr(app, "DEMO_INQUIRIES", 40)
    yield
    QLocale.setDefault(before)
    for key in KEYS:
        QSettings(APP_AUTHOR, APP_NAME).remove(key)


def opened_window() -> MainWindow:
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert len(windows) == 1
    return windows[0]


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(AppContext(db=db, me="anowak", languages=Languages()))
    qtbot.addWidget(window)
    window.show()
    return window


# -- the first start --------------------------------------------------------------------------


def test_the_first_start_puts_the_demo_apart_and_leaving_it_opens_the_office_data(
    qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Empty office data: "Try with demo data" fills the demo database, the window says DEMO
    DATA; Leave the demo data reopens the office's data (empty) and asks who you are."""
    offered: list[str] = []

    def try_demo(box: DemoOffer) -> int:
        offered.append(box.text())
        box.yes.click()
        return 0

    def choose(db: Database, parent: object = None, *, demo: bool = False) -> str:
        if demo:  # the demo's made-up staff: pick the first
            return staff.list_staff(db, active_only=True)[0].login
        return staff.create_staff(db, {"login": "mszczesna", "full_name": "Marta Szczęsna"}).login

    seen: list[tuple[str, str, bool]] = []

    def exec_() -> int:
        window = opened_window()
        leave = window.data_actions.leave_button
        seen.append((window.windowTitle(), window.place.text(), leave.isVisibleTo(window)))
        if len(seen) == 1:
            window.data_actions.act_leave_demo.trigger()
        else:
            window.close()
        return 0

    monkeypatch.setattr(DemoOffer, "exec", try_demo)
    monkeypatch.setattr(app.first_run, "choose_staff_member", choose)
    monkeypatch.setattr(qapp, "exec", exec_)

    assert app.main([]) == 0

    assert len(offered) == 1  # asked once: not again when leaving the demo
    (demo_title, demo_status, demo_button), (office_title, office_status, office_button) = seen
    assert demo_title.startswith(DEMO_WORDS + " — MSEK Desktop")
    assert demo_status == DEMO_WORDS and demo_button
    assert DEMO_WORDS not in office_title and DEMO_WORDS not in office_status
    assert str(db_path) in office_status and not office_button

    office = open_database(db_path)
    demo_file = open_database(data_dir() / "demo" / "msek-demo.db")
    try:
        assert all_inquiries(office) == 0  # nothing of the demo in the office's data
        assert [s.login for s in staff.list_staff(office)] == ["mszczesna"]
        assert not demo_place.is_demo(office)
        assert demo_place.is_demo(demo_file) and all_inquiries(demo_file) == 40
        remembered = QSettings(APP_AUTHOR, APP_NAME)
        assert remembered.value(app.ME) == "mszczesna"  # the demo's choice is kept apart
        assert remembered.value(app.DEMO_ME) == staff.list_staff(demo_file)[0].login
    finally:
        office.dispose()
        demo_file.dispose()


def test_starting_empty_keeps_the_office_data_and_makes_no_demo(
    qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def start_empty(box: DemoOffer) -> int:
        box.no.click()
        return 0

    monkeypatch.setattr(DemoOffer, "exec", start_empty)
    monkeypatch.setattr(app, "who_am_i", lambda *_a, **_kw: "anowak")
    titles: list[str] = []
    monkeypatch.setattr(qapp, "exec", lambda: titles.append(opened_window().windowTitle()) or 0)

    assert app.main([]) == 0
    assert len(titles) == 1 and DEMO_WORDS not in titles[0]
    assert db_path.exists()
    assert not (data_dir() / "demo").exists()


def test_a_cancelled_demo_goes_back_to_the_office_data(
    qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "fill_demo", lambda _db: False)  # Cancel while it was filled
    monkeypatch.setattr(app.first_run, "offer_demo", lambda *_a: True)
    monkeypatch.setattr(app, "who_am_i", lambda *_a, **_kw: "anowak")
    titles: list[str] = []
    monkeypatch.setattr(qapp, "exec", lambda: titles.append(opened_window().windowTitle()) or 0)

    assert app.main([]) == 0
    assert len(titles) == 1 and DEMO_WORDS not in titles[0]


# -- --demo ---------------------------------------------------------------------------------


def test_demo_option_opens_this_computers_demo_database(
    qapp: QApplication, db_path: Path, tmp_path: Path
) -> None:
    assert app.main(["--demo", "--screenshots", str(tmp_path / "shots")]) == 0
    assert not db_path.exists()  # the office's data (MSEK_DB) untouched
    path = data_dir() / "demo" / "msek-demo.db"
    db = open_database(path)
    try:
        assert demo_place.is_demo(db) and all_inquiries(db) == 40
    finally:
        db.dispose()
    # again: the same demo, not filled twice
    assert app.main(["--demo", "--screenshots", str(tmp_path / "shots")]) == 0


def test_demo_option_fills_and_marks_the_file_db_names(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Łódź" / "próba.db"
    titles: list[str] = []
    real_save = app.save_screenshots

    def save(window: MainWindow, folder: Path) -> list[Path]:
        titles.append(window.windowTitle())
        return real_save(window, folder)

    monkeypatch.setattr(app, "save_screenshots", save)
    shots = tmp_path / "shots"
    for _run in range(2):  # the second run opens the same demo
        assert app.main(["--db", str(path), "--demo", "--screenshots", str(shots)]) == 0
    assert all(t.startswith(DEMO_WORDS) for t in titles) and len(titles) == 2
    db = open_database(path)
    try:
        assert demo_place.is_demo(db) and all_inquiries(db) == 40
    finally:
        db.dispose()


@pytest.mark.database_file  # the demo is a file on this computer
def test_demo_option_refuses_the_office_data(
    qapp: QApplication,
    tmp_path: Path,
    new_database: Callable[..., Database],
    capsys: pytest.CaptureFixture[str],
    asked: Asked,
) -> None:
    path = tmp_path / "office.db"
    office = new_database(path)
    staff.create_staff(office, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    shots = tmp_path / "shots"

    assert app.main(["--db", str(path), "--demo", "--screenshots", str(shots)]) == 1

    err = capsys.readouterr().err
    assert err == (
        f"msek-desktop: {path} holds records and is not a demo database; demo data go only "
        "into a new or empty file.\n"
    )
    assert not demo_place.is_demo(office) and all_inquiries(office) == 0
    assert not shots.exists()


def test_demo_option_refuses_the_office_server(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        app.parse_args(["--demo", "--db", "postgresql://anowak@msek-01/msek"])
    assert stopped.value.code == 2
    assert "--demo takes a database file, never the office server" in capsys.readouterr().err


# -- the window -------------------------------------------------------------------------------


@pytest.mark.database_file  # the demo is a file on this computer
def test_the_window_on_the_demo_says_so_and_offers_the_way_back(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    window = window_on(qtbot, new_database(tmp_path / "demo.db", demo_database))
    actions = window.data_actions
    assert window.windowTitle().startswith(DEMO_WORDS)
    assert window.place.text() == DEMO_WORDS
    assert "demo.db" in window.place.toolTip()
    assert actions.leave_button.isVisible() and actions.act_leave_demo.isVisible()
    assert actions.act_leave_demo in window.menu_file.actions()
    assert not actions.act_try_demo.isVisible()

    assert actions.leave_button.text() == "Leave the demo data"
    qtbot.mouseClick(actions.leave_button, Qt.MouseButton.LeftButton)
    assert actions.switch_to == SWITCH_TO_OFFICE and not window.isVisible()


def test_the_window_on_the_office_data_offers_the_demo(
    qtbot: QtBot, db_path: Path, new_database: Callable[..., Database]
) -> None:
    window = window_on(qtbot, new_database(db_path, demo.generate, inquiries=30, seed=2))
    actions = window.data_actions
    assert DEMO_WORDS not in window.windowTitle() and DEMO_WORDS not in window.place.text()
    assert not actions.leave_button.isVisible() and not actions.act_leave_demo.isVisible()
    assert actions.act_try_demo.isVisible() and actions.act_try_demo in window.menu_help.actions()

    actions.act_try_demo.trigger()
    assert actions.switch_to == SWITCH_TO_DEMO and not window.isVisible()


@pytest.mark.database_file  # the demo is a file on this computer
def test_unsaved_work_keeps_the_window_on_the_demo(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database], asked: Asked
) -> None:
    window = window_on(qtbot, new_database(tmp_path / "demo.db", demo_database))
    form = window.new_inquiry()
    qtbot.keyClicks(form.subject, "Piano teachers")
    asked.answers["ask_unsaved"] = Unsaved.CANCEL

    assert window.data_actions.leave_demo() is False
    assert window.data_actions.switch_to is None
    assert window.isVisible() and form.isVisible()
    form.subject.clear()


@pytest.mark.database_file  # the demo is a file on this computer
def test_the_label_follows_the_file_after_a_restore(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    """An office backup restored into the demo file: the window stops saying DEMO DATA."""
    office = new_database(tmp_path / "office" / "msek.db")
    staff.create_staff(office, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    office_backup = backups.backup_now(office)
    path = tmp_path / "demo" / "msek-demo.db"
    db = new_database(path, demo_database)
    window = window_on(qtbot, db)
    assert window.windowTitle().startswith(DEMO_WORDS)

    backups.restore(path, office_backup)
    window.ctx.events.data_changed.emit()  # as the window's Restore… does

    assert DEMO_WORDS not in window.windowTitle() and DEMO_WORDS not in window.place.text()
    assert not window.data_actions.leave_button.isVisible()
    assert window.data_actions.act_try_demo.isVisible()


@pytest.mark.database_file  # the demo is a file on this computer
def test_the_demo_label_in_french_and_polish(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database], languages: Languages
) -> None:
    window = window_on(qtbot, new_database(tmp_path / "demo.db", demo_database))
    for language in ("fr", "pl"):
        languages.switch(language)
        QApplication.processEvents()
        words = tr("PlaceStatus", DEMO_WORDS)
        assert window.place.text() == words
        assert window.windowTitle().startswith(f"{words} — ")
        assert window.data_actions.leave_button.text() == tr("Demo", "Leave the demo data")


@pytest.mark.database_file
def test_settings_office_data_calls_the_demo_by_its_name(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    """Settings › Office data on the demo: not "this computer keeps the data", and no change
    of place pending (the next start opens the office's data as chosen)."""
    from msek_desktop.ui.screens.office_data import OfficeDataTab

    data_location.remember(data_location.this_computer())
    db = new_database(tmp_path / "demo" / "msek-demo.db", demo_database)
    tab = OfficeDataTab(AppContext(db=db, me="anowak", languages=Languages()))
    qtbot.addWidget(tab)
    tab.retranslate()
    assert tab.now.text() == f"The demo data (made-up records), in {db.location}"
    assert "takes effect" not in tab.hint.text()
    assert tab.next_start.text().endswith("msek.db")  # where the next start goes
