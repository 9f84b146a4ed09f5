"""Start-up of msek-desktop: arguments (--db and MSEK_DB by the same rule as `msek`,
paths.default_db_path), database opening, screenshots, user errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop import app
from msek_desktop.core import inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.store import check_quickly, open_database
from msek_desktop.paths import data_dir
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SHOTS = {
    f"{name}.png"
    for name in (
        "my_day", "inquiries", "people", "organisations", "followups", "exchanges",
        "dashboard", "settings", "inquiry_form",
    )
}  # fmt: skip


@pytest.fixture(autouse=True)
def no_crash_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    """The interactive start installs the crash dialog; tests keep pytest's own hook."""
    monkeypatch.setattr(app, "install_excepthook", lambda *_args: None)


@pytest.fixture(autouse=True)
def keep_default_locale() -> Iterator[None]:
    """main() sets the process-wide default locale from --lang; later tests get theirs back."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_screenshots_write_png_and_exit_0(qapp: QApplication, tmp_path: Path) -> None:
    db = tmp_path / "Łódź" / "zażółć.db"
    shots = tmp_path / "shots"
    assert app.main(["--db", str(db), "--lang", "pl", "--screenshots", str(shots)]) == 0

    assert {p.name for p in shots.iterdir()} == SHOTS
    png = shots / "inquiries.png"
    assert png.read_bytes().startswith(PNG_MAGIC)
    image = QImage(str(png))
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE
    assert db.exists(), "the database is created and migrated on first start"
    assert QLocale().language() == QLocale.Language.Polish


def test_default_database_comes_from_msek_db(
    qapp: QApplication, db_path: Path, tmp_path: Path
) -> None:
    assert not db_path.exists()
    assert app.main(["--screenshots", str(tmp_path / "shots")]) == 0
    assert db_path.exists()


def test_not_a_database_shows_message_and_exits_1(
    qapp: QApplication, tmp_path: Path, asked: Asked, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Rendez-vous au Conservatoire Massenet\n", encoding="utf-8")

    assert app.main(["--db", str(notes)]) == 1

    # the box: the translated headline, then the core's words naming the file
    assert asked.texts("fail") == [
        f"This is not an MSEK database file.\n{notes} is not an MSEK database file."
    ]
    err = capsys.readouterr().err
    assert "not an MSEK database" in err
    assert "Traceback" not in err
    assert notes.read_text(encoding="utf-8") == "Rendez-vous au Conservatoire Massenet\n"


def test_screenshot_mode_reports_errors_without_a_box(
    qapp: QApplication, tmp_path: Path, asked: Asked
) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    assert app.main(["--db", str(folder), "--screenshots", str(tmp_path / "shots")]) == 1
    assert asked.shown == []


def test_wrong_language_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        app.parse_args(["--lang", "de"])
    assert exit_info.value.code == 2


def test_application_is_named(qapp: QApplication) -> None:
    app.make_application()
    assert QApplication.applicationName() == "MSEK Desktop"
    assert QApplication.organizationName() == "MSEK"
    assert not QApplication.windowIcon().isNull()


def test_user_data_folder_is_isolated(isolated_user_dirs: Path) -> None:
    assert isolated_user_dirs in data_dir().parents


def test_python_m_msek_desktop(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop", "--screenshots", str(tmp_path / "shots")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert {p.name for p in (tmp_path / "shots").iterdir()} == SHOTS


def test_demo_option_never_touches_the_office_data(qapp: QApplication, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    assert app.main(["--demo", "--lang", "fr", "--screenshots", str(shots)]) == 0
    assert {p.name for p in shots.iterdir()} == SHOTS
    # the demo lives in its own database (tests/ui/test_demo_data.py), never in the office's
    assert not Path(os.environ["MSEK_DB"]).exists()


def test_fill_demo_runs_in_the_background_and_fills_the_database(
    qapp: QApplication, tmp_path: Path
) -> None:
    from msek_desktop.core import inquiries
    from msek_desktop.core.store import open_database

    db = open_database(tmp_path / "empty.db", create=True)
    assert app.is_empty(db)
    assert app.fill_demo(db) is True
    assert inquiries.count_inquiries(db, inquiries.InquiryFilter(open=None)) == app.DEMO_INQUIRIES
    assert not app.is_empty(db)
    db.dispose()


def _damaged_after_opening(path: Path, *, backed_up: bool) -> Database:
    """A database whose middle pages are garbage, opened without reading them yet."""
    from msek_desktop.core import backups, demo

    db = open_database(path, create=True)
    demo.generate(db, inquiries=300, seed=1)
    if backed_up:
        backups.backup_now(db)
    db.dispose()
    with path.open("r+b") as fh:  # garbage over pages in the middle of the file
        fh.seek(path.stat().st_size // 2)
        fh.write(b"\xa5" * 12_000)
    return open_database(path, quick_check=False)  # opens: the damage is not read yet


def test_damage_found_after_opening_is_reported_plainly(
    qtbot: QtBot, tmp_path: Path, asked: Asked
) -> None:
    db = _damaged_after_opening(tmp_path / "office.db", backed_up=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(db=db, me="", languages=Languages())
    with qtbot.waitSignal(app.check_later(ctx, parent).finished, timeout=10_000):
        pass
    shown = asked.texts("fail")
    assert len(shown) == 1 and "damaged" in shown[0]
    db.dispose()


def test_damage_found_after_opening_offers_the_newest_backup(
    qtbot: QtBot, tmp_path: Path, asked: Asked
) -> None:
    path = tmp_path / "office.db"
    db = _damaged_after_opening(path, backed_up=True)
    asked.answers["confirm"] = True
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(db=db, me="", languages=Languages())
    with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000):
        app.check_later(ctx, parent)
    assert "newest good backup" in asked.texts("confirm")[0]
    assert [p.name for p in tmp_path.glob("office.db.corrupt-*")]  # kept, renamed
    # the window carries on with the same Database object, now on the restored file
    assert inquiries.count_inquiries(db, inquiries.InquiryFilter(open=None)) == 300
    check_quickly(db)
    db.dispose()


# -- --db and MSEK_DB: addresses are not files ------------------------------------------------


@pytest.fixture
def listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The test runs in tmp_path, whose entries must be the same at its end."""
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))
    yield before
    assert sorted(os.listdir(tmp_path)) == before  # no "postgresql:" folder, no file


def test_a_postgresql_url_is_not_taken_for_a_file(
    qapp: QApplication,
    listed: list[str],
    asked: Asked,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It is the office server: one that is not there is one plain message naming it (its
    choices: tests/ui/test_data_location.py); Quit ends with exit code 1."""
    from msek_desktop.ui.dialogs import data_location

    boxes: list[Any] = []

    def quit_(box: Any) -> bool:
        boxes.append(box)
        box.show()
        box.quit.click()
        return False

    monkeypatch.setattr(data_location, "run_dialog", quit_)
    url = "postgresql://office:secret@/msek?host=/nonexistent-msek-server"
    assert app.main(["--db", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "msek-desktop: The office server /nonexistent-msek-server cannot be reached ("
    )
    assert err.count("\n") == 1
    shown = [f"{box.text()}\n{box.informativeText()}" for box in boxes]
    assert len(shown) == 1 and "/nonexistent-msek-server" in shown[0]
    assert "secret" not in err + shown[0]


def test_another_url_scheme_is_named(
    qapp: QApplication,
    tmp_path: Path,
    listed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    asked: Asked,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MSEK_DB", "sqlite:///msek.db")
    assert app.main(["--screenshots", str(tmp_path / "shots")]) == 1
    assert capsys.readouterr().err == (
        "msek-desktop: MSEK_DB is a sqlite:// address, not a database file; give a file path\n"
    )
    assert asked.shown == []  # no box when taking pictures


def test_an_empty_db_is_a_usage_error(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        app.main(["--db", ""])
    assert stopped.value.code == 2
    assert "argument --db: the database path is empty" in capsys.readouterr().err
    assert not data_dir().exists()  # the default database was not opened instead


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_without_opening_it(
    qapp: QApplication, tmp_path: Path, asked: Asked
) -> None:
    fifo = tmp_path / "msek.db"
    os.mkfifo(fifo)
    assert app.main(["--db", str(fifo), "--screenshots", str(tmp_path / "shots")]) == 1
    assert not (tmp_path / "shots").exists()


def test_the_window_opens_on_the_office_server(
    qapp: QApplication, tmp_path: Path, new_server_database: Callable[..., Any]
) -> None:
    """A migrated office database on a real PostgreSQL server: every screen renders and the
    status bar names the server, without its password."""
    from msek_desktop.core import demo
    from msek_desktop.ui.window.main_window import MainWindow

    database = new_server_database()
    demo.generate(database, inquiries=30, seed=4)
    url = str(database.location.url).replace("postgres@", "postgres:s3cret@", 1)
    shots = tmp_path / "shots"
    assert app.main(["--db", url, "--lang", "pl", "--screenshots", str(shots)]) == 0
    assert {p.name for p in shots.glob("*.png")} >= {"inquiries.png", "my_day.png"}
    window = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    status = f"{window.place.text()} {window.place.toolTip()}"
    assert "postgresql://postgres@/" in status and "s3cret" not in status
    # backups there are copies on this desk: tests/ui/test_server_backup_actions.py
    assert window.backup_actions.act_backup.isEnabled()
    assert window.backup_actions.act_restore.isEnabled()
