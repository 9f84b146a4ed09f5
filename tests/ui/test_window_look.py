"""The window's look: icons on the navigation and the menus' actions, a toolbar of the frequent
actions (the menus' own), the fields of exchange as compact chips, and flowing layouts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.description_dialog import DescriptionDialog
from msek_desktop.ui.forms.field_chips import Chip
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.layouts import FlowLayout, Role, dialog_buttons
from msek_desktop.ui.window.main_window import SCREENS, MainWindow

TODAY = date(2026, 5, 20)
pytestmark = pytest.mark.usefixtures("asked")


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, new_database: Callable[..., Database]) -> MainWindow:
    database = new_database(db_path, demo.generate, inquiries=30, seed=3)
    win = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(win)
    return win


def test_every_screen_has_an_icon_in_the_navigation(window: MainWindow) -> None:
    assert window.navigation.iconSize().width() >= 16
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        assert not item.icon().isNull(), item.text()
        assert not item.icon().pixmap(QSize(20, 20)).isNull()


def test_the_toolbar_holds_the_menus_own_actions(window: MainWindow) -> None:
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar is window.toolbar
    acts = [a for a in bar.actions() if not a.isSeparator()]
    data, backups = window.data_actions, window.backup_actions  # type: ignore[attr-defined]
    goto = dict(zip((k for k, _cls in SCREENS), window.act_goto, strict=True))
    assert acts == [
        window.act_new, window.act_find, goto["my_day"], goto["followups"], goto["exchanges"],
        data.act_import, data.act_export, backups.act_backup,
    ]  # fmt: skip
    menu_actions = {*window.menu_file.actions(), *window.menu_go.actions()}
    assert set(acts) <= menu_actions  # no second copy of any behaviour
    for act in acts:
        assert not act.icon().isNull(), act.text()
        button = bar.widgetForAction(act)
        assert isinstance(button, QToolButton)
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.act_new.toolTip() == "New inquiry (Ctrl+N)"


def test_the_toolbar_opens_what_the_menu_opens(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    button = window.toolbar.widgetForAction(window.act_goto[4])  # Follow-ups
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.screens["followups"]
    button = window.toolbar.widgetForAction(window.act_new)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    forms = [f for f in window.forms if f.isVisible()]
    assert len(forms) == 1 and forms[0].inquiry_id is None
    forms[0].close()


def test_the_menus_main_actions_have_icons(window: MainWindow) -> None:
    data, backups = window.data_actions, window.backup_actions  # type: ignore[attr-defined]
    main = [window.act_new, window.act_find, window.act_refresh, window.act_quit]
    main += [window.act_about, *window.act_goto, data.act_import, data.act_export]
    main += [backups.act_backup, backups.act_restore]
    shown = {*window.menu_file.actions(), *window.menu_go.actions(), *window.menu_help.actions()}
    for act in main:
        assert act in shown and not act.icon().isNull(), act.text()


def test_the_toolbar_is_named_in_the_window_language(
    window: MainWindow, languages: Languages
) -> None:
    languages.switch("fr")
    QApplication.processEvents()
    assert window.act_new.toolTip() == f"{window.act_new.iconText()} (Ctrl+N)"
    assert "Nouvelle" in window.act_new.toolTip()


# -- the fields of exchange ----------------------------------------------------------------


@pytest.fixture
def ctx(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[AppContext]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    yield AppContext(database, "anna", Languages(), today=lambda: TODAY)


def chip_texts(form: InquiryForm) -> list[str]:
    return [c.text() for c in form.field_chips.findChildren(Chip) if c.isVisible()]


def test_fields_of_exchange_are_chips_not_a_third_of_the_form(
    qtbot: QtBot, ctx: AppContext
) -> None:
    org = organisations.create_organisation(ctx.db, {"name": "Filharmonia", "side": "katowice"})
    values = {"subject": "Orchestra", "organisation_id": org.id, "received_on": TODAY}
    saved = inquiries.create_inquiry(ctx.db, {**values, "fields": ["music"]}, actor="anna")
    form = InquiryForm(ctx, saved.id)
    qtbot.addWidget(form)
    form.resize(1100, 700)
    form.show()
    assert chip_texts(form) == ["Music"]
    form.fields.findItems("Youth", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Checked
    )
    assert chip_texts(form) == ["Music", "Youth"]
    line = form.subject.sizeHint().height()
    # Fifteen fields: a list was fifteen lines; the chips take at most two.
    assert form.field_chips.height() <= 2 * line + 12
    assert not form.fields.isVisible()
    assert form.values()["fields"] == ("music", "youth")


def test_choose_opens_the_check_list_and_space_ticks(qtbot: QtBot, ctx: AppContext) -> None:
    form = InquiryForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    assert form.field_chips.none.isVisible() and chip_texts(form) == []
    qtbot.mouseClick(form.field_chips.choose, Qt.MouseButton.LeftButton)
    assert form.field_chips.popup.isVisible() and form.fields.isVisible()
    form.fields.setCurrentRow(0)
    first = form.fields.item(0).text()
    with qtbot.waitSignal(form.field_chips.changed):
        qtbot.keyClick(form.fields, Qt.Key.Key_Space)
    assert chip_texts(form) == [first]
    assert not form.field_chips.none.isVisible()
    assert form.is_dirty()
    qtbot.keyClick(form.fields, Qt.Key.Key_Return)
    assert not form.field_chips.popup.isVisible()
    assert form.values()["fields"] == (form.fields.rows[0].code,)


def test_the_fields_label_focuses_the_choose_button(qtbot: QtBot, ctx: AppContext) -> None:
    form = InquiryForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    label = form.labels["fields"]
    assert isinstance(label, QLabel) and label.buddy() is form.field_chips
    form.field_chips.setFocus()
    assert QApplication.focusWidget() is form.field_chips.choose


# -- flowing layout --------------------------------------------------------------------------


def test_a_flow_layout_wraps_onto_the_next_line(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=4)
    labels = [QLabel("x" * 8) for _ in range(6)]
    for label in labels:
        label.setFixedSize(50, 20)
        flow.addWidget(label)
    assert flow.heightForWidth(400) == 20  # 6 × 50 + 5 × 4 = 320: one line
    assert flow.heightForWidth(160) == 20 + 4 + 20  # three a line
    holder.resize(160, 60)
    holder.show()
    flow.setGeometry(holder.rect())
    assert [lab.y() for lab in labels] == [0, 0, 0, 24, 24, 24]
    assert [lab.x() for lab in labels[:3]] == [0, 54, 108]


# -- button order ----------------------------------------------------------------------------


def test_dialog_buttons_follow_the_platforms_order(qtbot: QtBot) -> None:
    save, other, cancel = QPushButton("Save"), QPushButton("Other"), QPushButton("Cancel")
    # Given in another order, the roles decide (Windows: Save, Other, Cancel).
    box = dialog_buttons(
        (cancel, Role.RejectRole), (other, Role.ActionRole), (save, Role.AcceptRole)
    )
    qtbot.addWidget(box)
    box.resize(500, 40)
    box.show()
    assert box.buttonRole(save) == Role.AcceptRole
    assert box.buttonRole(cancel) == Role.RejectRole
    if box.style().styleHint(QStyle.StyleHint.SH_DialogButtonLayout) == 0:  # WinLayout
        assert save.x() < other.x() < cancel.x()
    assert not any(b.autoDefault() for b in (save, other, cancel))


def test_the_description_dialog_puts_save_before_cancel(qtbot: QtBot, ctx: AppContext) -> None:
    org = organisations.create_organisation(ctx.db, {"name": "Filharmonia", "side": "katowice"})
    dialog = DescriptionDialog(ctx, org.id, "fr", making=True)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert box.buttonRole(dialog.save_button) == Role.AcceptRole
    assert box.buttonRole(dialog.without_button) == Role.ActionRole
    assert box.buttonRole(dialog.cancel_button) == Role.RejectRole
    if box.style().styleHint(QStyle.StyleHint.SH_DialogButtonLayout) == 0:
        assert dialog.save_button.x() < dialog.cancel_button.x()
