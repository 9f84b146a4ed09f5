"""Shared test set-up: Qt without a screen, and no test near the real user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt. A developer may still choose, e.g., QT_QPA_PLATFORM=xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Variables platformdirs reads on Linux, macOS and Windows to find the user's folders.
USER_DIR_VARS = (
    "HOME",
    "USERPROFILE",
    "APPDATA",
    "LOCALAPPDATA",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
)


def pytest_configure(config: pytest.Config) -> None:
    # The offscreen platform reports this whenever a shown window's size hints change;
    # it says nothing about our code, and Qt warnings otherwise fail tests.
    config.addinivalue_line("qt_log_ignore", r"This plugin does not support propagateSizeHints")
    # Likewise raise() and keyboard grabs of popups (combo boxes, completers).
    config.addinivalue_line("qt_log_ignore", r"This plugin does not support (raise|grabbing)")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, the XDG folders and MSEK_DB into this test's temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    for name in USER_DIR_VARS:
        monkeypatch.setenv(name, str(home / name.lower()) if name.startswith("XDG") else str(home))
    monkeypatch.setenv("MSEK_DB", str(tmp_path / "msek-test.db"))
    return home


@pytest.fixture
def db_path(isolated_user_dirs: Path) -> Path:
    """The database file MSEK_DB names for this test (not created yet)."""
    return Path(os.environ["MSEK_DB"])


@pytest.fixture(autouse=True)
def no_leftover_translators() -> Iterator[None]:
    """Translators a test left installed (app.main --lang fr) go: the next test is in English."""
    yield
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator) if app is not None else []:
        QCoreApplication.removeTranslator(translator)
