"""Every control a keyboard or screen-reader user meets has a name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import SCREENS, MainWindow

CONTROLS = (QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> Iterator[MainWindow]:
    db: Database = new_database(tmp_path / "a.db", demo.generate, inquiries=60, seed=1)
    win = MainWindow(AppContext(db=db, me="anowak", languages=Languages()))
    qtbot.addWidget(win)
    yield win
    db.dispose()


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text() or widget.accessibleName() or widget.toolTip())
        elif isinstance(widget, CONTROLS):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named and widget.parent() is not None and not _inner(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _inner(widget: QWidget) -> bool:
    """Parts Qt builds inside other controls (a combo's line edit, a date edit's editor)."""
    parent = widget.parentWidget()
    return isinstance(
        parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QTabBar | QLineEdit
    ) or widget.objectName().startswith("qt_")


def test_every_control_of_every_screen_has_a_name(window: MainWindow) -> None:
    window.resize(1280, 800)
    for key, _cls in SCREENS:
        screen = window.show_screen(key)
        assert unnamed(screen) == [], key


def test_the_inquiry_form_controls_have_names(window: MainWindow) -> None:
    rows = window.show_screen("inquiries").model.rows  # type: ignore[attr-defined]
    form = window.open_inquiry(rows[0].id)
    assert unnamed(form) == []
    form.close()
