"""The window takes --db and MSEK_DB by the same rule as `msek` (paths.default_db_path)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from msek_desktop import app
from msek_desktop.paths import data_dir


@pytest.fixture(autouse=True)
def no_crash_hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(app, "install_excepthook", lambda *_args: None)
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    return shown


def test_a_postgresql_url_is_not_taken_for_a_file(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))
    assert app.main(["--db", "postgresql://office:secret@server/msek"]) == 1
    assert sorted(os.listdir(tmp_path)) == before  # no "postgresql:" folder
    err = capsys.readouterr().err
    assert err == (
        "msek-desktop: the office server (PostgreSQL) is not supported by this version yet\n"
    )
    assert len(message_boxes) == 1 and "PostgreSQL" in message_boxes[0]
    assert "secret" not in message_boxes[0]


def test_another_url_scheme_is_named(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))
    monkeypatch.setenv("MSEK_DB", "sqlite:///msek.db")
    assert app.main(["--screenshots", str(tmp_path / "shots")]) == 1
    assert capsys.readouterr().err == (
        "msek-desktop: MSEK_DB is a sqlite:// address, not a database file; give a file path\n"
    )
    assert sorted(os.listdir(tmp_path)) == before
    assert message_boxes == []  # no box when taking pictures


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
    qapp: QApplication, tmp_path: Path, message_boxes: list[str]
) -> None:
    fifo = tmp_path / "msek.db"
    os.mkfifo(fifo)
    assert app.main(["--db", str(fifo), "--screenshots", str(tmp_path / "shots")]) == 1
    assert not (tmp_path / "shots").exists()
