"""Fixtures the tests of the People and Organisations screens, their forms and the pickers
share (imported by name into those test modules): an office database with one staff member,
the window's context on it, the similar-record question answered without blocking, and the
window's texts marked with their translation context."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core import staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.directory_form import SimilarDialog
from msek_desktop.ui.i18n import Languages


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "ola", "full_name": "Ola Nowak"})
    return database


@pytest.fixture
def ctx(qapp: Any, db: Database) -> AppContext:
    return AppContext(db, "ola", Languages())


W = TypeVar("W", bound=QWidget)
# The offscreen platform cannot raise windows or grab the keyboard for a completer's popup;
# no question to the user blocks (the `asked` fixture of tests/ui/conftest.py).
MARKS = [
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
    pytest.mark.usefixtures("asked"),
]


def listed(qtbot: QtBot, screen: W) -> W:
    """A People or Organisations screen kept up to date as the main window does, listed."""
    qtbot.addWidget(screen)
    screen.ctx.events.data_changed.connect(screen.refresh)  # type: ignore[attr-defined]
    screen.refresh()  # type: ignore[attr-defined]
    return screen


def kept(qtbot: QtBot, widget: W) -> W:
    """`widget`, closed and deleted after the test."""
    qtbot.addWidget(widget)
    return widget


@dataclass
class Similar:
    """The records each SimilarDialog offered; it answers `answer` (Create anyway unless a
    test says otherwise), having chosen the `pick`-th record."""

    USE, CREATE = SimilarDialog.USE, SimilarDialog.CREATE
    offered: list[list[Any]] = field(default_factory=list)
    answer: int = SimilarDialog.CREATE
    pick: int = 0


@pytest.fixture
def similar(monkeypatch: pytest.MonkeyPatch) -> Similar:
    record = Similar()

    def fake_exec(dialog: SimilarDialog) -> int:
        record.offered.append(list(dialog.rows))
        dialog.list.setCurrentRow(record.pick)
        return record.answer

    monkeypatch.setattr(SimilarDialog, "exec", fake_exec)
    return record


class Marking(QTranslator):
    """A stand-in translation: every text comes back marked, so untranslated ones show.
    on(): the window switched to French, then every text marked "[Context] text"; off():
    plain English again (done at the end of the test anyway)."""

    def __init__(self, languages: Languages) -> None:
        super().__init__()
        self.languages = languages

    def translate(self, context: str, source: str, _d: Any = None, _n: int = -1) -> str:
        return f"[{context}] {source}"

    def isEmpty(self) -> bool:
        return False

    def on(self) -> None:
        self.languages.switch("fr")
        QCoreApplication.installTranslator(self)  # after: the newest translator answers

    def off(self) -> None:
        if QCoreApplication.removeTranslator(self):
            self.languages.switch("en")


@pytest.fixture
def marking(ctx: AppContext) -> Iterator[Marking]:
    marker = Marking(ctx.languages)
    yield marker
    marker.off()
