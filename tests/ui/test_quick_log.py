"""Logging a call from My day or a list: select a row, Log call… (or Ctrl+L), type, Enter — the
entry is in the record's timeline, with the kind, text and author; at most 3 clicks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import followup_fixtures as shared
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core import changes, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.vocab import ACTIVITY_KINDS
from msek_desktop.ui.dialogs.log_activity import LogActivityDialog, QuickLog
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

ME = "cdubois"
db = shared.db  # the demo office of 25 November 2026
CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)")


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    """The main window, shown and active (shortcuts reach the active window only)."""
    win = MainWindow(shared.context(db, ME))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    for form in win.forms:
        form.close()


class Clicks:
    """The user's mouse clicks, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.count = qtbot, 0

    def row(self, table: QAbstractItemView, number: int) -> Any:
        """Click the `number`-th row of `table`; the row clicked."""
        index = table.model().index(number, 0)
        table.scrollTo(index)
        centre = table.visualRect(index).center()
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        self.count += 1
        return table.model().row_at(index)  # type: ignore[attr-defined]

    def on(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1


def activities(database: Database, **target: int) -> list[tuple[str, str, str | None]]:
    """The activities logged on one record: (kind, text, who), oldest first."""
    with database.read() as session:
        entries = changes.timeline(session, **target)
    kinds = {str(kind) for kind in ACTIVITY_KINDS}
    return [(e.kind, e.new_value, e.who) for e in entries if e.kind in kinds]


def opened(qtbot: QtBot, quick: QuickLog) -> LogActivityDialog:
    """The quick-log dialog, once it is shown with the cursor in its line."""
    qtbot.waitUntil(lambda: quick.dialog is not None and quick.dialog.isVisible())
    dialog = quick.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.composer.line)
    return dialog


def type_and_enter(qtbot: QtBot, text: str) -> None:
    """Typing where the cursor is, then Enter."""
    line = QApplication.focusWidget()
    assert line is not None
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def select(table: QAbstractItemView, *numbers: int) -> None:
    picked = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    picked.clearSelection()
    for number in numbers:
        picked.select(table.model().index(number, 0), flags)


def test_a_call_from_my_day_in_two_clicks_and_typing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    screen = window.show_screen("my_day")
    quick: QuickLog = screen.quick_log  # type: ignore[attr-defined]
    table = screen.overdue.table  # type: ignore[attr-defined]
    assert not quick.button.isEnabled()
    clicks = Clicks(qtbot)
    row = clicks.row(table, 1)
    clicks.on(quick.button)
    dialog = opened(qtbot, quick)
    title = dialog.windowTitle()
    assert title.startswith(f"Log for {row.inquiry_ref} — {row.inquiry_subject[:20]}")
    assert len(title) < 80  # a long subject is cut short: the title stays readable
    assert title == f"Log for {dialog.heading.text()}"  # said in the dialog too
    before = activities(db, inquiry_id=row.inquiry_id)
    type_and_enter(qtbot, "Rang back: 40 pupils confirmed")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = activities(db, inquiry_id=row.inquiry_id)
    assert after == [*before, ("call", "Rang back: 40 pupils confirmed", ME)]
    assert clicks.count <= 3
    # the list is read again (the composer announces the change): the row stays selected
    qtbot.waitUntil(lambda: [i.row() for i in table.selectionModel().selectedRows()] == [1])
    assert quick.button.isEnabled()


@pytest.mark.parametrize(
    ("key", "table_of", "link"),
    [
        ("my_day", lambda s: s.inquiries_table, "inquiry_id"),
        ("inquiries", lambda s: s.table, "inquiry_id"),
        ("followups", lambda s: s.list.table, "inquiry_id"),  # a follow-up means its inquiry
        ("people", lambda s: s.table, "contact_id"),
        ("organisations", lambda s: s.table, "organisation_id"),
    ],
)
def test_select_then_ctrl_l_and_typing(
    qtbot: QtBot, window: MainWindow, db: Database, key: str, table_of: Any, link: str
) -> None:
    screen = window.show_screen(key)
    table = table_of(screen)
    if key == "my_day":
        screen.sections.setCurrentWidget(table)  # type: ignore[attr-defined]
    clicks = Clicks(qtbot)
    row = clicks.row(table, 0)
    qtbot.keyClick(table, Qt.Key.Key_L, CTRL)
    dialog = opened(qtbot, screen.quick_log)  # type: ignore[attr-defined]
    record_id = row.inquiry_id if key == "followups" else row.id
    assert dialog.composer.target() == {link: record_id}
    assert dialog.composer.kind() == "call"
    before = activities(db, **{link: record_id})
    type_and_enter(qtbot, f"Called about {key}")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert activities(db, **{link: record_id}) == [*before, ("call", f"Called about {key}", ME)]
    assert clicks.count == 1
    qtbot.waitUntil(lambda: [i.row() for i in table.selectionModel().selectedRows()] == [0])


@pytest.mark.parametrize("key", ["my_day", "inquiries", "followups", "people", "organisations"])
def test_the_action_waits_for_one_selected_row(window: MainWindow, key: str) -> None:
    screen = window.show_screen(key)
    quick: QuickLog = screen.quick_log  # type: ignore[attr-defined]
    table = next(iter(quick.lists))
    assert quick.action in table.actions()  # in the list's context menu
    assert quick.action.text() == quick.button.text() == "Log call…"
    assert not quick.action.isEnabled() and not quick.button.isEnabled()
    assert quick.log() is None  # Ctrl+L with nothing selected opens nothing
    select(table, 0)
    assert quick.action.isEnabled() and quick.button.isEnabled()
    table.selectionModel().clearSelection()
    assert not quick.action.isEnabled()


def test_several_rows_or_a_deleted_one_log_nothing(window: MainWindow, db: Database) -> None:
    screen: Any = window.show_screen("inquiries")
    quick: QuickLog = screen.quick_log
    select(screen.table, 0, 1)
    assert not quick.action.isEnabled()
    inquiries.set_deleted(db, screen.model.rows[0].id, True, actor=ME)
    screen.show_which.set_code("deleted")
    select(screen.table, 0)
    assert quick.target() is None and not quick.button.isEnabled()


def test_my_day_logs_on_the_list_picked_last(window: MainWindow) -> None:
    screen: Any = window.show_screen("my_day")
    select(screen.overdue.table, 0)
    select(screen.today.table, 0)
    target = screen.quick_log.target()
    assert target is not None and target.id == screen.today.model.rows[0].inquiry_id
    screen.overdue.table.setFocus()  # back in the first list: that one again
    target = screen.quick_log.target()
    assert target is not None and target.id == screen.overdue.model.rows[0].inquiry_id


def test_escape_writes_nothing(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    screen: Any = window.show_screen("inquiries")
    row = Clicks(qtbot).row(screen.table, 0)
    before = activities(db, inquiry_id=row.id)
    qtbot.keyClick(screen.table, Qt.Key.Key_L, CTRL)
    dialog = opened(qtbot, screen.quick_log)
    qtbot.keyClicks(dialog.composer.line, "Not sent")
    qtbot.keyClick(dialog.composer.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert activities(db, inquiry_id=row.id) == before


def test_an_empty_line_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, db: Database, asked: Asked
) -> None:
    screen: Any = window.show_screen("people")
    row = Clicks(qtbot).row(screen.table, 0)
    before = activities(db, contact_id=row.id)
    qtbot.keyClick(screen.table, Qt.Key.Key_L, CTRL)
    dialog = opened(qtbot, screen.quick_log)
    qtbot.keyClick(dialog.composer.line, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.composer.error.isVisible()
    assert activities(db, contact_id=row.id) == before and dialog.entry is None
    type_and_enter(qtbot, "Left a message")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert activities(db, contact_id=row.id)[-1] == ("call", "Left a message", ME)


def test_ctrl_l_in_an_inquiry_form_is_the_forms_own(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    screen: Any = window.show_screen("inquiries")
    select(screen.table, 0)
    row = screen.model.rows[0]
    form = window.open_inquiry(row.id)
    assert isinstance(form, InquiryForm)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is form
    qtbot.keyClick(focused, Qt.Key.Key_L, CTRL)
    assert screen.quick_log.dialog is None  # the list's Ctrl+L is not the form's:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.history.composer.line)
    form.close()
    with qtbot.waitActive(window):
        window.activateWindow()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_L, CTRL)
    opened(qtbot, screen.quick_log).reject()


def test_ctrl_l_is_the_screens_only(window: MainWindow) -> None:
    """No other action of the window takes Ctrl+L, and each screen's acts within it."""
    keys = QKeySequence(QKeySequence.fromString("Ctrl+L"))
    built = {key: window.screens[key] for key in window.screens}  # each built on lookup
    screens = [built[k] for k in ("my_day", "inquiries", "people", "organisations", "followups")]
    taking = [a for a in window.findChildren(QAction) if keys in a.shortcuts()]
    assert sorted(map(id, taking)) == sorted(id(s.quick_log.action) for s in screens)  # type: ignore[attr-defined]
    for act in taking:
        assert act.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def test_logging_leaves_the_inquiry_untouched(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    screen: Any = window.show_screen("inquiries")
    row = Clicks(qtbot).row(screen.table, 0)
    qtbot.keyClick(screen.table, Qt.Key.Key_L, CTRL)
    dialog = opened(qtbot, screen.quick_log)
    type_and_enter(qtbot, "Asked for the programme")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert inquiries.get_inquiry(db, row.id).row.version == row.version
