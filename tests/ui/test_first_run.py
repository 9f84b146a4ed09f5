"""First start: who are you (or the first staff member), and the offer of demo data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import staff
from msek_desktop.core.db import Database
from msek_desktop.ui.dialogs import first_run
from msek_desktop.ui.dialogs.first_run import ChooseStaffDialog, DemoOffer

pytestmark = pytest.mark.usefixtures("qapp")  # the dialogs need a QApplication


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "t.db")


def run_with(fill):  # type: ignore[no-untyped-def]
    """A stand-in for exec(): fill the dialog as a person would, then press OK."""

    def fake_exec(dialog: ChooseStaffDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    return fake_exec


def test_with_no_staff_the_dialog_creates_the_first_one(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ChooseStaffDialog) -> None:
        assert dialog.creating()
        edits = dialog.form.edits
        edits["login"].setText("anowak")
        edits["full_name"].setText("Agnieszka Nowak")
        edits["title_fr"].setText("Directrice de la Maison")
        edits["title_pl"].setText("Dyrektorka")

    monkeypatch.setattr(ChooseStaffDialog, "exec", run_with(fill))
    assert first_run.choose_staff_member(db) == "anowak"
    created = staff.get_staff(db, "anowak")
    assert (created.full_name, created.title_fr, created.title_pl, created.active) == (
        "Agnieszka Nowak",
        "Directrice de la Maison",
        "Dyrektorka",
        True,
    )


def test_a_refused_login_is_marked_and_nothing_created(db: Database, qtbot: QtBot) -> None:
    dialog = ChooseStaffDialog(db)
    qtbot.addWidget(dialog)
    dialog.form.edits["login"].setText("Anna Nowak")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.login is None
    for field in ("login", "full_name"):
        error = dialog.findChild(QLabel, f"error_{field}")
        assert error is not None and error.isVisibleTo(dialog) and error.text()
    assert staff.list_staff(db) == []


def test_picks_among_the_active_staff(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for login, name in (("anowak", "Agnieszka Nowak"), ("jlefevre", "Julien Lefèvre")):
        staff.create_staff(db, {"login": login, "full_name": name})
    staff.create_staff(db, {"login": "gone", "full_name": "Former Colleague", "active": False})
    shown: list[str] = []

    def fill(dialog: ChooseStaffDialog) -> None:
        assert not dialog.creating()
        people = dialog.people
        shown.extend(people.item(i).text() for i in range(people.count()))
        people.setCurrentRow(1)

    monkeypatch.setattr(ChooseStaffDialog, "exec", run_with(fill))
    assert first_run.choose_staff_member(db) == "jlefevre"
    assert shown == ["Agnieszka Nowak (anowak)", "Julien Lefèvre (jlefevre)"]


def test_someone_not_in_the_list_can_add_themselves(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})

    def fill(dialog: ChooseStaffDialog) -> None:
        dialog.someone_else.click()
        assert dialog.creating()
        dialog.form.edits["login"].setText("mszczesna")
        dialog.form.edits["full_name"].setText("Marta Szczęsna")

    monkeypatch.setattr(ChooseStaffDialog, "exec", run_with(fill))
    assert first_run.choose_staff_member(db) == "mszczesna"
    assert staff.get_staff(db, "mszczesna").full_name == "Marta Szczęsna"


def test_closing_the_dialog_gives_nobody(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChooseStaffDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert first_run.choose_staff_member(db) is None


@pytest.mark.parametrize(("answer", "expected"), [("yes", True), ("no", False)])
def test_offer_demo(monkeypatch: pytest.MonkeyPatch, answer: str, expected: bool) -> None:
    def fake_exec(box: DemoOffer) -> int:
        assert box.text() and box.informativeText()
        getattr(box, answer).click()
        return 0

    monkeypatch.setattr(DemoOffer, "exec", fake_exec)
    assert first_run.offer_demo() is expected


# -- the name first, the login a short name where nobody logs in --------------------------------


@pytest.mark.parametrize(
    ("full_name", "login"),
    [
        ("Agnieszka Nowak", "anowak"),
        ("Łucja Żak", "lzak"),
        ("Julien Lefèvre", "jlefevre"),
        ("Jean-Pierre Dupont-Durand", "jdupont-durand"),
        ("Céleste", "celeste"),
        ("  ", ""),
    ],
)
def test_a_short_name_is_proposed_from_the_name(full_name: str, login: str) -> None:
    assert first_run.suggest_login(full_name) == login


@pytest.mark.database_file  # on a file nobody logs in; the server's form: test_staff_logins
def test_the_first_dialog_asks_your_name_not_a_login(db: Database, qtbot: QtBot) -> None:
    dialog = ChooseStaffDialog(db)
    qtbot.addWidget(dialog)
    form = dialog.form
    labels = [form.labels[name].text() for name in form.edits]
    assert labels[:2] == ["Your name:", "Short name:"]  # the name first
    assert not any("Login" in text for text in labels)
    assert form.edits["full_name"].accessibleName() == "Your name"

    qtbot.keyClicks(form.edits["full_name"], "Marta Szczesna")  # keyClicks: ASCII only
    assert form.edits["login"].text() == "mszczesna"  # proposed while the name is typed
    form.edits["login"].clear()
    qtbot.keyClicks(form.edits["login"], "marta")
    qtbot.keyClicks(form.edits["full_name"], "-Wojcik")
    assert form.edits["login"].text() == "marta"  # typed by hand: kept

    dialog.accept()
    assert dialog.login == "marta"
    assert staff.get_staff(db, "marta").full_name == "Marta Szczesna-Wojcik"


@pytest.mark.database_file
def test_a_colleague_added_in_settings_has_a_full_name_and_a_short_name(
    db: Database, qtbot: QtBot
) -> None:
    from msek_desktop.ui.dialogs.first_run import StaffDialog

    row = staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    dialog = StaffDialog(db, row)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.labels["full_name"].text() == "Full name:"
    assert form.labels["login"].text() == "Short name:"
    form.edits["full_name"].setText("Agnieszka Nowak-Wójcik")
    form.edits["full_name"].textEdited.emit("Agnieszka Nowak-Wójcik")
    assert form.edits["login"].text() == "anowak"  # an existing short name is not redone


def test_the_demo_offer_says_the_demo_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    box = DemoOffer()
    assert box.yes.text() == "Try with demo data"
    assert "never in your office's data" in box.informativeText()
    assert box.defaultButton() is box.no


def test_on_the_demo_the_staff_are_said_to_be_made_up(db: Database, qtbot: QtBot) -> None:
    staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    dialog = ChooseStaffDialog(db, demo=True)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("made-up staff members" in text for text in texts)


def test_the_staff_list_names_the_login_as_the_form_does(db: Database) -> None:
    """A short name on a file; the login itself on the office server."""
    from msek_desktop.ui.context import AppContext
    from msek_desktop.ui.i18n import Languages
    from msek_desktop.ui.screens.settings import staff_columns

    login = staff_columns(AppContext(db=db, me="", languages=Languages()))[0]
    assert login.key == "login"
    assert login.title() == ("Login" if db.on_server else "Short name")
