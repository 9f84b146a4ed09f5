"""Settings: staff members, office letterhead details, the language and who I am."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from msek_desktop.core import db as db_module
from msek_desktop.core import settings, staff
from msek_desktop.core.db import Database
from msek_desktop.core.errors import ValidationError, code_of
from msek_desktop.core.store import open_database
from msek_desktop.ui import i18n
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.first_run import StaffDialog
from msek_desktop.ui.i18n import Languages, tr
from msek_desktop.ui.screens import settings as settings_ui
from msek_desktop.ui.screens.office_settings import OfficeTab
from msek_desktop.ui.screens.settings import SettingsScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Settings</name>
    <message>
        <source>Staff members</source>
        <translation>Membres de l'équipe</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre :</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    database = new_database(tmp_path / "t.db")
    for login, name in (("anowak", "Agnieszka Nowak"), ("jlefevre", "Julien Lefèvre")):
        staff.create_staff(database, {"login": login, "full_name": name})
    return database


@pytest.fixture
def prefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "prefs.ini"
    monkeypatch.setattr(
        settings_ui, "preferences", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )
    return path


@pytest.fixture
def ctx(db: Database, languages: Languages) -> AppContext:
    return AppContext(db=db, me="anowak", languages=languages)


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, prefs: Path) -> SettingsScreen:
    widget = SettingsScreen(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def stored(prefs: Path, key: str) -> object:
    return QSettings(str(prefs), QSettings.Format.IniFormat).value(key)


def test_staff_model_passes_the_model_tester(screen: SettingsScreen, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(screen.staff.model)
    assert [r.login for r in screen.staff.model.rows] == ["anowak", "jlefevre"]


def fill_and_save(values: dict[str, str]):  # type: ignore[no-untyped-def]
    def fake_exec(dialog: StaffDialog) -> int:
        for name, text in values.items():
            dialog.form.edits[name].setText(text)
        dialog.accept()
        return dialog.result()

    return fake_exec


def test_adding_a_staff_member_writes_it(screen: SettingsScreen, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    values = {"login": "kmaj", "full_name": "Katarzyna Maj", "title_pl": "Asystentka",
              "title_fr": "Assistante", "email": "k.maj@msek.eu"}  # fmt: skip
    monkeypatch.setattr(StaffDialog, "exec", fill_and_save(values))
    screen.staff.add_button.click()
    saved = staff.get_staff(db, "kmaj")
    assert (saved.full_name, saved.title_fr, saved.email) == (
        "Katarzyna Maj",
        "Assistante",
        "k.maj@msek.eu",
    )
    assert "kmaj" in [r.login for r in screen.staff.model.rows]
    assert screen.language.me.findData("kmaj") >= 0, "a new member can be chosen as me"


def test_an_invalid_staff_email_is_marked_and_nothing_saved(db: Database, qtbot: QtBot) -> None:
    dialog = StaffDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.form.edits["login"].setText("kmaj")
    dialog.form.edits["full_name"].setText("Katarzyna Maj")
    dialog.form.edits["email"].setText("k.maj@")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.findChild(QLabel, "error_email")
    assert error is not None and error.isVisibleTo(dialog) and "email" in error.text()
    assert [s.login for s in staff.list_staff(db)] == ["anowak", "jlefevre"]


def test_editing_a_staff_member(screen: SettingsScreen, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(StaffDialog, "exec", fill_and_save({"title_en": "Director"}))
    screen.staff.edit(screen.staff.model.rows[0])
    assert staff.get_staff(db, "anowak").title_en == "Director"


def test_office_settings_are_generated_from_the_declarations(screen: SettingsScreen) -> None:
    office = screen.office
    assert set(office.editors) == {d.key for d in settings.SETTINGS}
    name = office.findChild(QLineEdit, "office.name")
    assert name is not None and name.text() == "Maison de Saint-Étienne à Katowice"
    assert office.labels["office.email"].text() == "Office email:"


def test_an_invalid_office_email_is_shown_next_to_it_and_nothing_saved(
    screen: SettingsScreen, db: Database
) -> None:
    office = screen.office
    office.editors["office.name"].put("MSEK — Katowice")
    office.editors["office.email"].put("kontakt@@msek")
    assert office.save() is False
    error = office.findChild(QLabel, "error_office.email")
    assert error is not None and error.isVisibleTo(office)
    assert "email" in error.text()
    assert not office.errors["office.name"].isVisibleTo(office)
    assert settings.load(db)["office.name"] == "Maison de Saint-Étienne à Katowice"


def test_valid_office_settings_are_saved(
    screen: SettingsScreen, db: Database, ctx: AppContext, qtbot: QtBot
) -> None:
    office = screen.office
    office.editors["office.email"].put("kontakt@msek.eu")
    office.editors["office.address"].put("ul. Mariacka 1\n40-014 Katowice")
    office.editors["letters.default_language"].put("fr")
    office.editors["backups.keep_daily"].put(10)
    with qtbot.waitSignal(ctx.events.info):
        office.save_button.click()
    values = settings.load(db)
    assert values["office.email"] == "kontakt@msek.eu"
    assert values["office.address"] == "ul. Mariacka 1\n40-014 Katowice"
    assert values["letters.default_language"] == "fr"
    assert values["backups.keep_daily"] == 10


def test_a_refused_value_loses_its_mark_once_fixed_and_saved(
    screen: SettingsScreen, db: Database
) -> None:
    office = screen.office
    office.editors["office.email"].put("kontakt@@msek")
    assert office.save() is False
    assert office.errors["office.email"].isVisibleTo(office)
    office.editors["office.email"].put("kontakt@msek.eu")
    assert office.save() is True
    assert not [key for key, label in office.errors.items() if label.isVisibleTo(office)]
    assert settings.load(db)["office.email"] == "kontakt@msek.eu"


@pytest.mark.database_file  # a read-only database file
def test_saving_to_a_read_only_database_warns_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database, asked: Asked, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "writable", lambda _path: False)
    read_only = open_database(db.path)
    try:
        office = OfficeTab(AppContext(db=read_only, me="anowak", languages=Languages()))
        qtbot.addWidget(office)
        office.refresh()
        office.editors["office.name"].put("MSEK Katowice")
        assert office.save() is False
        warning = ("warn", "Settings", "The database is read-only: changes cannot be saved.")
        assert asked.shown == [warning]
        assert office.editors["office.name"].get() == "MSEK Katowice"
        assert settings.load(db)["office.name"] == "Maison de Saint-Étienne à Katowice"
    finally:
        read_only.dispose()


def png_bytes(width: int = 60, height: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (31, 59, 90)).save(out, "PNG")
    return out.getvalue()


def choose_file(screen: SettingsScreen, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    choose = screen.office.findChild(QPushButton, "choose_office.logo")
    assert choose is not None
    choose.click()


def test_the_logo_is_chosen_with_a_file_dialog(
    screen: SettingsScreen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    choose_file(screen, monkeypatch, logo)
    assert screen.office.editors["office.logo"].get() == str(logo)
    assert screen.office.errors["office.logo"].isHidden()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "the image is damaged or incomplete"),
        (b"GIF89a" + bytes(40), "the file is not a PNG or JPEG image"),
        (png_bytes()[:-50], "the image is damaged or incomplete"),
    ],
)
def test_a_logo_that_cannot_be_used_is_not_taken_and_the_reason_shows(
    screen: SettingsScreen,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: bytes,
    reason: str,
) -> None:
    office = screen.office
    office.editors["office.logo"].put("")
    bad = tmp_path / "bad.png"
    bad.write_bytes(content)
    choose_file(screen, monkeypatch, bad)
    assert office.editors["office.logo"].get() == ""  # not taken
    error = office.errors["office.logo"]
    assert not error.isHidden()
    assert error.text() == f"This file cannot be used as the logo: {reason}."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_chosen_as_logo_is_refused_without_waiting(
    screen: SettingsScreen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    choose_file(screen, monkeypatch, fifo)  # opening it would wait for a writer forever
    assert screen.office.editors["office.logo"].get() == ""
    assert "not a regular file" in screen.office.errors["office.logo"].text()


def test_saving_a_typed_logo_that_cannot_be_used_is_refused_beside_the_field(
    screen: SettingsScreen, db: Database, tmp_path: Path
) -> None:
    office = screen.office
    office.editors["office.name"].put("MSEK Katowice")
    office.editors["office.logo"].put(str(tmp_path / "typo.png"))
    assert office.save() is False
    assert office.errors["office.logo"].text() == (
        "This file cannot be used as the logo: the file was not found."
    )
    assert settings.load(db)["office.name"] != "MSEK Katowice"  # nothing written


def test_a_refused_logo_is_said_by_its_code_in_the_window_language(
    screen: SettingsScreen, db: Database, tmp_path: Path, languages: Languages, qtbot: QtBot
) -> None:
    typo = str(tmp_path / "typo.png")
    with pytest.raises(ValidationError) as refused:
        settings.save(db, {"office.logo": typo})
    message = refused.value.errors[0].message
    assert message == "cannot be used: the file was not found"  # the command line's English
    assert (code_of(message), message.params["problem"]) == ("logo_unusable", "missing")  # type: ignore[attr-defined]
    languages.switch("pl")
    office = screen.office
    office.editors["office.logo"].put(typo)
    assert office.save() is False
    polish = tr("LetterWarnings", "This file cannot be used as the logo: %1.")
    assert polish != "This file cannot be used as the logo: %1."  # the window speaks Polish
    reason = tr("LetterWarnings", "the file was not found")
    assert office.errors["office.logo"].text() == polish.replace("%1", reason)


def test_a_kept_logo_deleted_since_is_pointed_out(
    screen: SettingsScreen, db: Database, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    settings.save(db, {"office.logo": str(logo)})
    logo.unlink()
    screen.refresh()
    assert screen.office.editors["office.logo"].get() == str(logo)
    assert screen.office.errors["office.logo"].text() == (
        "This file cannot be used as the logo: the file was not found."
    )


def build_french(folder: Path) -> None:
    folder.mkdir()
    source = folder / "msek_fr.ts"
    source.write_text(TINY_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(folder / "msek_fr.qm")],
        check=True,
        capture_output=True,
    )


def test_switching_language_translates_at_once_and_is_remembered(
    screen: SettingsScreen,
    languages: Languages,
    prefs: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    build_french(tmp_path / "i18n")
    monkeypatch.setattr(i18n, "resource_path", tmp_path.joinpath)
    calls: list[str] = []
    real_switch = languages.switch
    monkeypatch.setattr(languages, "switch", lambda code: (calls.append(code), real_switch(code)))
    assert screen.tabs.tabText(0) == "Staff members"

    combo = screen.language.language
    combo.setCurrentIndex(combo.findData("fr"))

    assert calls == ["fr"]
    assert languages.current == "fr"
    # Qt posts the LanguageChange event; every widget re-applies its texts when it arrives.
    qtbot.waitUntil(lambda: screen.tabs.tabText(0) == "Membres de l'équipe")
    assert screen.language.language_label.text() == "Langue de la fenêtre :"
    assert stored(prefs, "language") == "fr"
    assert [combo.itemText(i) for i in range(combo.count())] == ["Français", "Polski", "English"]


def test_who_am_i_changes_me_and_is_remembered(
    screen: SettingsScreen, ctx: AppContext, prefs: Path, qtbot: QtBot
) -> None:
    me = screen.language.me
    assert me.currentData() == "anowak"
    with (
        qtbot.waitSignal(screen.me_changed) as changed,
        qtbot.waitSignal(ctx.events.data_changed),  # My day must show the new person's work
    ):
        me.setCurrentIndex(me.findData("jlefevre"))
    assert changed.args == ["jlefevre"]
    assert ctx.me == "jlefevre"
    assert stored(prefs, "me") == "jlefevre"


def test_inactive_staff_are_not_offered_as_me(
    screen: SettingsScreen, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    row = staff.get_staff(db, "jlefevre")
    staff.update_staff(db, row.id, {"active": False}, expected_version=row.version)
    screen.refresh()
    assert screen.language.me.findData("jlefevre") == -1
