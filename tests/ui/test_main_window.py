"""The main window: navigation, shortcuts, forms, refresh, language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.export_dialog import ExportDialog
from msek_desktop.ui.dialogs.importing import ImportWizard
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import SCREENS, MainWindow


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, demo.generate, inquiries=120, seed=2)


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    me = "anowak"
    win = MainWindow(AppContext(db=database, me=me, languages=Languages()))
    qtbot.addWidget(win)
    return win


def test_every_screen_is_reachable(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "My day", "Inquiries", "People", "Organisations", "Follow-ups", "Exchanges",
        "Dashboard", "Settings",
    ]  # fmt: skip
    for key, _cls in SCREENS:
        screen = window.show_screen(key)
        assert window.stack.currentWidget() is screen


def test_inquiries_screen_lists_live_rows(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    screen = window.show_screen("inquiries")
    expected = inquiries.count_inquiries(database, inquiries.InquiryFilter(open=True))
    assert screen.model.rowCount() == min(expected, screen.model.PAGE)
    window.show()  # its count once its first rows are painted (ui.screens.inquiry_first_rows)
    qtbot.waitUntil(lambda: screen.count.text() == f"{expected} inquiries")


def shown(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts act only in the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_n_opens_a_new_inquiry_form(qtbot: QtBot, window: MainWindow) -> None:
    shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [f for f in window.forms if f.isVisible()]
    assert len(forms) == 1 and forms[0].inquiry_id is None
    forms[0].close()


def test_ctrl_f_focuses_the_search_of_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    shown(qtbot, window)
    screen = window.show_screen("inquiries")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.search


def test_opening_the_same_inquiry_twice_reuses_the_form(window: MainWindow) -> None:
    screen = window.show_screen("inquiries")
    row = screen.model.rows[0]
    first = window.open_inquiry(row.id)
    assert isinstance(first, InquiryForm)
    assert window.open_inquiry(row.id) is first
    first.close()


def test_data_change_refreshes_the_current_screen(window: MainWindow, database: Database) -> None:
    screen = window.show_screen("inquiries")
    row = screen.model.rows[0]
    inquiries.set_deleted(database, row.id, True)
    window.ctx.events.data_changed.emit()
    assert row.id not in [r.id for r in screen.model.rows]
    assert window._stale == {k for k, _cls in SCREENS if k != "inquiries"}


def test_a_hidden_window_reads_only_what_is_asked_for(window: MainWindow) -> None:
    assert window._stale == {k for k, _cls in SCREENS}  # nothing read while hidden
    window.show_screen("people")
    assert "people" not in window._stale and "my_day" in window._stale


def test_default_order_is_newest_first(window: MainWindow) -> None:
    rows = window.show_screen("inquiries").model.rows
    received = [r.received_on for r in rows]
    assert received == sorted(received, reverse=True)


@pytest.mark.parametrize(
    ("action", "shortcut", "name", "opens", "title"),
    [
        ("act_import", "Ctrl+I", "actImport", ImportWizard, "Import inquiries"),
        ("act_export", "Ctrl+E", "actExport", ExportDialog, "Export"),
    ],
)
def test_the_file_menu_opens_import_and_export(
    window: MainWindow, action: str, shortcut: str, name: str, opens: type, title: str
) -> None:
    texts = [a.text() for a in window.menu_file.actions()]
    assert texts.index("&Import…") < texts.index("&Export…") < texts.index("&Back up now")
    act = getattr(window.data_actions, action)  # type: ignore[attr-defined]
    assert act.shortcut().toString() == shortcut and act.objectName() == name
    act.trigger()
    opened = window.findChild(opens)
    assert opened is not None and opened.isVisible()
    assert opened.windowTitle() == title
    opened.reject()
