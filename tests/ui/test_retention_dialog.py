"""File › Data past retention…: the preview, the one confirmed action in the background, the
menu entries after Activity report…, the monthly reminder in the status bar, and a staff
login on the office server kept out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from msek_desktop.core import audit, roles, settings
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import retention
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.audit_list import AuditListDialog
from msek_desktop.ui.dialogs.retention import RetentionDialog
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens import settings as settings_ui
from msek_desktop.ui.window.data_actions import install_data_actions
from msek_desktop.ui.window.privacy_actions import PrivacyActions, install_privacy_actions
from tests.conftest import ServerDatabases
from tests.core.test_retention import TODAY, inquiry, person
from tests.core.test_roles import Office, add, office_with_logins

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

Shown = Callable[[Any], Any]
OLD = date(2020, 1, 1)


def make_office(db: Database) -> dict[str, int]:
    """Zofia and Adam: one inquiry closed in 2020 each (erased). Jan: one closed in 2020 and
    one open (kept; only the old one is anonymised)."""
    zofia, jan = person(db, "Dawna", first_name="Zofia"), person(db, "Obecny", first_name="Jan")
    adam = person(db, "Stary", first_name="Adam")
    return {
        "zofia": zofia,
        "adam_old": inquiry(db, adam, closed_on=OLD),
        "zofia_old": inquiry(db, zofia, closed_on=OLD),
        "jan_old": inquiry(db, jan, closed_on=OLD),
        "jan_open": inquiry(db, jan, stage="running"),
    }


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, make_office)


@pytest.fixture
def clock() -> list[date]:
    return [TODAY]


@pytest.fixture
def ctx(database: Database, languages: Languages, clock: list[date]) -> AppContext:
    languages.switch("en")
    return AppContext(db=database, me="", languages=languages, today=lambda: clock[0])


@pytest.fixture
def dialog(shown: Shown, ctx: AppContext, asked: Asked) -> RetentionDialog:
    return shown(RetentionDialog(ctx))


def test_the_preview_names_them_and_says_what_happens(
    dialog: RetentionDialog, qtbot: QtBot
) -> None:
    model = dialog.model
    shown = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    day = shown[0][0]
    assert sorted(row[2:] for row in shown) == [
        ["Adam Stary", "Erased everywhere"],
        ["Jan Obecny", "Kept (an open or recent inquiry, or a consent)"],
        ["Zofia Dawna", "Erased everywhere"],
    ]
    assert day and all(row[0] == day for row in shown)
    assert dialog.setting.text().startswith("Closed inquiries and the people they name are kept")
    assert dialog.count.text() == "Past retention: 3 inquiries and 2 people."
    assert dialog.apply_button.text() == "&Anonymise 3 inquiries and 2 people"
    assert dialog.apply_button.isEnabled()
    dialog.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(dialog.ctx.events.open_inquiry) as opened:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == [model.rows[0].id]


def test_no_is_nothing_yes_anonymises_in_the_background(
    dialog: RetentionDialog, ctx: AppContext, asked: Asked, qtbot: QtBot
) -> None:
    assert dialog.confirm_and_apply() is None  # the default answer: No
    assert asked.texts("confirm") == [
        "Anonymise 3 inquiries and 2 people now? Their names, emails and phones are "
        "removed for good."
    ]
    assert len(retention.due(ctx.db, TODAY).inquiries) == 3
    asked.answers["confirm"] = True
    with qtbot.waitSignal(ctx.events.data_changed, timeout=30_000):
        assert dialog.confirm_and_apply() is not None
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert retention.due(ctx.db, TODAY).empty
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()
    assert dialog.table.empty.text.text() == "Nothing is past retention."
    assert [e.action for e in audit.list_audit(ctx.db)] == ["retention"]


def test_zero_years_keeps_everything(database: Database, shown: Shown, ctx: AppContext) -> None:
    settings.save(database, {"people.retention_years": 0})
    dialog = shown(RetentionDialog(ctx))
    assert dialog.setting.text().startswith("The retention is 0 years in the office settings")
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()


def window_with_menus(ctx: AppContext, shown: Shown) -> QMainWindow:
    window = shown(QMainWindow())
    window.menu_file = window.menuBar().addMenu("File")
    window.act_quit = window.menu_file.addAction("Quit")
    install_data_actions(window, ctx)
    install_privacy_actions(window, ctx)
    return window


def test_the_entries_come_after_the_activity_report(ctx: AppContext, shown: Shown) -> None:
    window = window_with_menus(ctx, shown)
    names = [a.objectName() or ("|" if a.isSeparator() else "") for a in window.menu_file.actions()]
    at = names.index("actActivityReport")
    assert names[at + 1 : at + 4] == ["|", "actRetention", "actAuditList"]
    actions: PrivacyActions = window.privacy_actions
    assert actions.act_retention.isEnabled() and actions.act_audit.isEnabled()  # a file: admin
    assert actions.act_retention.text() == "Data past re&tention…"
    assert isinstance(actions.open_retention(), RetentionDialog)
    assert isinstance(actions.open_audit(), AuditListDialog)


def test_the_reminder_comes_once_a_month_while_something_is_due(
    ctx: AppContext, shown: Shown, clock: list[date], database: Database
) -> None:
    actions: PrivacyActions = window_with_menus(ctx, shown).privacy_actions
    button = actions.reminder_button
    assert actions.remind() and not button.isHidden()
    assert button.text() == "Past retention: 3 inquiries and 2 people…"
    assert actions.last_reminded() == TODAY
    button.click()  # opens the dialog, and the button goes
    assert button.isHidden()
    for days, again in ((0, False), (29, False), (30, True)):
        clock[0] = TODAY + timedelta(days=days)
        assert actions.remind() is again, days
    retention.apply(database, clock[0], actor=None)
    clock[0] += timedelta(days=31)
    assert not actions.remind()  # nothing due: not said, the last reminder kept
    assert actions.last_reminded() == TODAY + timedelta(days=30)
    settings_ui.preferences().setValue(actions._key(), "not a day")
    assert actions.last_reminded() is None


@pytest.fixture
def office(server_databases: ServerDatabases) -> Iterator[Office]:
    with office_with_logins(server_databases) as made:
        yield made


def test_a_staff_login_on_the_server_is_kept_out(
    office: Office, languages: Languages, shown: Shown, asked: Asked
) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    make_office(owner)
    ctx = AppContext(db=office.as_login(anna), me=anna, languages=languages, today=lambda: TODAY)
    actions: PrivacyActions = window_with_menus(ctx, shown).privacy_actions
    for act in (actions.act_retention, actions.act_audit):
        assert not act.isEnabled()
        assert act.toolTip() == "For admins of the office database."
    assert not actions.remind()
    dialog = shown(RetentionDialog(ctx))
    assert dialog.model.rowCount() == 3  # she may look
    assert not dialog.apply_button.isEnabled() and dialog.confirm_and_apply() is None
    assert dialog.apply_button.toolTip() == "Only an admin of the office database may anonymise."
    audit_list = shown(AuditListDialog(ctx))
    assert audit_list.table.empty.text.text().startswith("Only an admin of the office database")
