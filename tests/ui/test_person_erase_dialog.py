"""Personal data › Erase this person… (admins): what will be removed counted beforehand, how
long the backups keep the person, Erase enabled only once their name is typed exactly; the
erasure runs in the background, then the person's form closes and the lists refresh."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from msek_desktop.core import audit, backups, contacts, errors, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import erasure
from msek_desktop.core.vocab import AuditAction
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import person_erase
from msek_desktop.ui.dialogs.person_erase import PersonEraseDialog
from msek_desktop.ui.forms import person_data
from msek_desktop.ui.i18n import Languages

Shown = Callable[[Any], Any]


def make_office(db: Database) -> int:
    staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    org = organisations.create_organisation(db, {"name": "Szkoła Muzyczna", "side": "katowice"})
    person = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": org.id, "email": "ewa.w@example.pl"},
    )  # fmt: skip
    for subject in ("Chór", "Orkiestra"):
        inquiries.create_inquiry(db, {"subject": f"{subject} Ewa Wiśniewska",
                                      "contact_id": person.id,
                                      "received_on": date(2026, 3, 2)})  # fmt: skip
    return person.id


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path)


@pytest.fixture
def ewa(database: Database) -> int:
    return make_office(database)


@pytest.fixture
def ctx(database: Database, languages: Languages) -> AppContext:
    languages.switch("en")
    return AppContext(db=database, me="anowak", languages=languages)


@pytest.fixture
def dialog(shown: Shown, ctx: AppContext, ewa: int) -> PersonEraseDialog:
    ahead = erasure.preview(ctx.db, ewa)
    return shown(PersonEraseDialog(ctx, ahead, date(2027, 10, 31)))


def test_the_menu_offers_it_to_admins_only() -> None:
    [entry] = [e for e in person_data.ENTRIES if e[0] == "erasePerson"]
    assert entry[1]() == "Erase this person…" and entry[3] is True
    assert entry[2] == "msek_desktop.ui.dialogs.person_erase:erase_person"


def test_it_says_what_goes_and_how_long_backups_keep_them(dialog: PersonEraseDialog) -> None:
    assert dialog.windowTitle() == "Erase Ewa Wiśniewska"
    counts = dialog.counts.text().splitlines()
    assert "• Inquiries kept, anonymised (the counts stay right): 2" in counts
    assert not any("Letters" in line for line in counts)  # none: not said
    assert "until about 31 October 2027" in dialog.backups.text()
    assert "type their name exactly: Ewa Wiśniewska" in dialog.ask.text()


def test_erase_waits_for_the_name_typed_exactly(dialog: PersonEraseDialog) -> None:
    assert not dialog.erase_button.isEnabled()
    for typed in ("Ewa", "ewa wiśniewska", "Ewa Wisniewska"):
        dialog.typed.setText(typed)
        assert not dialog.erase_button.isEnabled() and dialog.erase() is None
    dialog.typed.setText("Ewa Wiśniewska")
    assert dialog.erase_button.isEnabled()


def test_erasing_runs_in_the_background_then_closes_the_form_and_refreshes(
    qtbot: QtBot, shown: Shown, ctx: AppContext, ewa: int, database: Database
) -> None:
    form = shown(QDialog())
    form.ctx, form.row = ctx, contacts.get_contact(database, ewa)  # what the entry reads
    refreshed: list[bool] = []
    ctx.events.data_changed.connect(lambda: refreshed.append(True))
    backups.backup_now(database)
    dialog = person_erase.erase_person(form)
    assert dialog is not None and "until about" in dialog.backups.text()
    dialog.typed.setText("Ewa Wiśniewska")
    assert dialog.erase() is not None
    assert not dialog.cancel_button.isEnabled()  # busy
    qtbot.waitUntil(lambda: dialog.erased is not None, timeout=30_000)
    assert dialog.erased["inquiries"] == 2 and refreshed
    assert form.result() == QDialog.DialogCode.Accepted and not form.isVisible()
    with pytest.raises(errors.NotFoundError):
        contacts.get_contact(database, ewa)
    [entry] = audit.list_audit(database, action=AuditAction.ERASE_PERSON)
    assert (entry.contact_id, entry.login) == (ewa, "anowak")


def test_a_person_already_gone_is_said(
    shown: Shown, ctx: AppContext, ewa: int, database: Database, asked: Any
) -> None:
    form = shown(QDialog())
    form.ctx, form.row = ctx, contacts.get_contact(database, ewa)
    erasure.erase_person(database, ewa, actor="anowak")  # on another desk meanwhile
    assert person_erase.erase_person(form) is None
    assert asked.texts("warn") == ["This record no longer exists or was deleted."]


def test_space_not_all_wiped_is_said(dialog: PersonEraseDialog, asked: Any) -> None:
    erased: list[bool] = []
    dialog.on_erased = lambda: erased.append(True)
    dialog._done({"inquiries": 2, "wiped": 0})  # as an admin who is not the server's owner
    [said] = asked.texts("inform")
    assert said.startswith("The person is erased. The space their data took is not all wiped")
    assert erased == [True]
