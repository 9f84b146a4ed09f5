"""The People screen and the person form, driven like a user would, checked in the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, inquiries, organisations, sides, staff
from msek_desktop.core.db import Database
from msek_desktop.core.rows import ContactRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.questions import Unsaved
from msek_desktop.ui.screens.people import ContactForm, PeopleScreen

Button = QMessageBox.StandardButton
# The offscreen platform cannot raise windows or grab the keyboard for a completer's popup.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
    pytest.mark.usefixtures("no_blocking_messages"),  # tests/ui/conftest.py
]


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "ola", "full_name": "Ola Nowak"})
    return database


@pytest.fixture
def ctx(qapp: Any, db: Database) -> AppContext:
    return AppContext(db, "ola", Languages())


@pytest.fixture
def people(db: Database) -> dict[str, ContactRow]:
    szkola = organisations.create_organisation(
        db, {"name": "Szkoła Muzyczna I st. w Łodzi", "side": "katowice", "city": "Łódź"}
    )
    return {
        "zofia": contacts.create_contact(
            db,
            {
                "first_name": "Zofia",
                "last_name": "Wiśniewska",
                "side": "katowice",
                "email": "zofia@example.pl",
                "organisation_id": szkola.id,
            },
        ),
        "helene": contacts.create_contact(
            db, {"first_name": "Hélène", "last_name": "Dupré", "side": "saint_etienne"}
        ),
    }


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, people: dict[str, ContactRow]) -> PeopleScreen:
    widget = PeopleScreen(ctx)
    qtbot.addWidget(widget)
    ctx.events.data_changed.connect(widget.refresh)  # the main window does this
    widget.refresh()
    return widget


def form(qtbot: QtBot, ctx: AppContext, contact_id: int | None) -> ContactForm:
    dialog = ContactForm(ctx, contact_id)
    qtbot.addWidget(dialog)
    return dialog


def shown_names(screen: PeopleScreen) -> list[str]:
    return [row.full_name for row in screen.model.rows]


def answer(monkeypatch: pytest.MonkeyPatch, button: Button) -> list[str]:
    """Every QMessageBox.question answers `button`; the texts asked are collected."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Button:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_list_model_passes_the_model_tester(
    screen: PeopleScreen, people: dict[str, ContactRow], qtmodeltester: Any
) -> None:
    assert screen.model.rowCount() == 2
    qtmodeltester.check(screen.model)


def test_search_ignores_accents_and_polish_letters(
    qtbot: QtBot, screen: PeopleScreen, people: dict[str, ContactRow]
) -> None:
    qtbot.keyClicks(screen.search, "wisniewska")
    assert shown_names(screen) == ["Zofia Wiśniewska"]
    screen.search.setText("lodz")  # her organisation's city is in her search entry
    assert shown_names(screen) == ["Zofia Wiśniewska"]
    assert screen.count.text() == "1 people"


def test_side_filter(screen: PeopleScreen, people: dict[str, ContactRow]) -> None:
    screen.side.set_code("saint_etienne")
    assert shown_names(screen) == ["Hélène Dupré"]
    screen.side.set_code(None)
    assert len(shown_names(screen)) == 2


def test_side_filter_is_core_s_page_after_page(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page is asked of core with the side, so every page read is a full page of it."""
    for n in range(1, 31):
        side = "katowice" if n % 3 else "other"
        contacts.create_contact(db, {"last_name": f"Nowak {n:02d}", "side": side})
    find, asked = contacts.find_contacts, []

    def spy(*args: Any, **kwargs: Any) -> list[ContactRow]:
        asked.append(kwargs.get("side"))
        return find(*args, **kwargs)

    monkeypatch.setattr(contacts, "find_contacts", spy)
    widget = PeopleScreen(ctx)
    qtbot.addWidget(widget)
    widget.model.PAGE = 4
    asked.clear()
    widget.side.set_code("katowice")
    while widget.model.canFetchMore():
        widget.model.fetchMore()
    wanted = [c.full_name for c in find(db, side="katowice", limit=100)]
    assert len(wanted) == 20
    assert shown_names(widget) == wanted
    assert asked == ["katowice"] * 6  # five full pages, then an empty one


def test_creating_a_person_through_the_form_writes_it(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = form(qtbot, ctx, None)
    dialog.first_name.setText("Łucja")  # QTest types Latin-1 only
    qtbot.keyClicks(dialog.last_name, "Adamczyk")
    dialog.side.set_code("katowice")
    qtbot.keyClicks(dialog.email, "lucja@example.pl")
    with qtbot.waitSignal(ctx.events.data_changed):
        assert dialog.save()
    [saved] = contacts.find_contacts(db, "adamczyk")
    assert (saved.first_name, saved.side, saved.email) == ("Łucja", "katowice", "lucja@example.pl")
    assert saved.language == "pl"  # follows the side unless chosen
    assert dialog.record_id == saved.id
    assert dialog.delete_button.isVisibleTo(dialog)
    assert "Adamczyk" in dialog.windowTitle()


def test_a_new_person_starts_from_core_s_defaults(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = form(qtbot, ctx, None)
    assert dialog.honorific.code() == contacts.DEFAULT_HONORIFIC == "none"
    assert dialog.language.code() == sides.default_language(None) == "en"
    for side in ("saint_etienne", "katowice", "other"):
        dialog.side.set_code(side)
        assert dialog.language.code() == sides.default_language(side)
    assert dialog.language.currentText() == "English"
    dialog.language.set_code("fr")
    dialog.language.activated.emit(dialog.language.currentIndex())  # chosen by hand: kept
    dialog.side.set_code("katowice")
    assert dialog.language.code() == "fr"


def test_invalid_email_is_shown_next_to_the_field_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = form(qtbot, ctx, None)
    dialog.show()
    dialog.last_name.setText("Nowak")
    dialog.side.set_code("katowice")
    dialog.email.setText("nowak-at-example")
    assert not dialog.save()
    error = dialog.findChild(QLabel, "error_email")
    assert error is not None and error.isVisible()
    assert "not a valid email address" in error.text()
    assert contacts.find_contacts(db) == []
    hidden = dialog.findChild(QLabel, "error_last_name")
    assert hidden is not None and not hidden.isVisible()


def test_missing_name_and_side_are_both_marked(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = form(qtbot, ctx, None)
    dialog.show()
    assert not dialog.save()
    for name in ("last_name", "side"):
        label = dialog.findChild(QLabel, f"error_{name}")
        assert label is not None and label.isVisible() and "required" in label.text().lower()


def test_organisation_is_picked_from_suggestions(
    qtbot: QtBot, ctx: AppContext, db: Database, people: dict[str, ContactRow]
) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "lodz")
    suggestions = dialog.organisation.completer().model().stringList()
    assert suggestions == ["Szkoła Muzyczna I st. w Łodzi — Łódź"]
    dialog.organisation.completer().activated[str].emit(suggestions[0])
    assert dialog.organisation.text() == "Szkoła Muzyczna I st. w Łodzi"
    assert dialog.save()
    assert contacts.get_contact(db, people["helene"].id).organisation_name == (
        "Szkoła Muzyczna I st. w Łodzi"
    )


def test_unknown_organisation_text_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, people: dict[str, ContactRow]
) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "Nowhere")
    assert not dialog.save()
    error = dialog.findChild(QLabel, "error_organisation_id")
    assert error is not None and error.isVisible()
    assert contacts.get_contact(db, people["helene"].id).organisation_id is None


def test_stale_save_shows_the_conflict_and_reloads(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    people: dict[str, ContactRow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zofia = people["zofia"]
    dialog = form(qtbot, ctx, zofia.id)
    contacts.update_contact(
        db, zofia.id, {"position": "Dyrektorka"}, actor="ola", expected_version=zofia.version
    )
    dialog.city.setText("Katowice")
    asked = answer(monkeypatch, Button.Yes)
    assert not dialog.save()
    assert asked and "Someone else saved this record" in asked[0]
    assert contacts.get_contact(db, zofia.id).city == ""  # nothing overwritten
    assert dialog.position.text() == "Dyrektorka"  # reloaded
    assert dialog.city.text() == ""
    assert not dialog.is_dirty()


def test_save_with_ctrl_s(qtbot: QtBot, ctx: AppContext, db: Database, people: Any) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    with qtbot.waitActive(dialog):  # shortcuts reach the active window only
        dialog.show()
        dialog.activateWindow()
    dialog.city.setFocus()
    qtbot.keyClicks(dialog.city, "Firminy")
    qtbot.keyClick(dialog.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: contacts.get_contact(db, people["helene"].id).city == "Firminy")


def test_unsaved_changes_are_asked_about_on_close(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    people: dict[str, ContactRow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    dialog.show()
    dialog.position.setText("Directrice")
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: Unsaved.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: Unsaved.SAVE)
    assert dialog.close()
    assert contacts.get_contact(db, people["helene"].id).position == "Directrice"


def test_closing_without_changes_asks_nothing(
    qtbot: QtBot, ctx: AppContext, people: dict[str, ContactRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = form(qtbot, ctx, people["zofia"].id)
    dialog.show()
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: pytest.fail("asked"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_delete_hides_and_restore_brings_back(
    qtbot: QtBot,
    screen: PeopleScreen,
    ctx: AppContext,
    people: dict[str, ContactRow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = screen.open_form(people["zofia"].id)
    answer(monkeypatch, Button.Yes)
    dialog.delete_button.click()
    assert not dialog.isVisible()
    assert shown_names(screen) == ["Hélène Dupré"]

    screen.show_deleted.setChecked(True)
    assert shown_names(screen) == ["Zofia Wiśniewska"]
    assert screen.restore_button.isVisibleTo(screen)
    assert not screen.restore_button.isEnabled()  # nothing picked yet
    screen.table.selectRow(0)
    assert screen.restore_button.isEnabled()
    screen.restore_button.click()
    assert shown_names(screen) == []
    screen.show_deleted.setChecked(False)
    assert sorted(shown_names(screen)) == ["Hélène Dupré", "Zofia Wiśniewska"]


def test_a_deleted_person_opens_read_only_with_restore(
    qtbot: QtBot, ctx: AppContext, db: Database, people: dict[str, ContactRow]
) -> None:
    contacts.set_deleted(db, people["zofia"].id, True, actor="ola")
    dialog = form(qtbot, ctx, people["zofia"].id)
    assert not dialog.last_name.isEnabled()
    assert dialog.delete_button.text() == "Restore"
    dialog.delete_button.click()
    assert dialog.last_name.isEnabled()
    assert contacts.get_contact(db, people["zofia"].id).deleted_at is None


def test_enter_in_the_list_opens_the_form_once(
    qtbot: QtBot, screen: PeopleScreen, people: dict[str, ContactRow]
) -> None:
    screen.table.setCurrentIndex(screen.model.index(1, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    [(contact_id, dialog)] = screen.forms.items()
    assert contact_id == screen.model.rows[1].id
    assert dialog.isVisible()
    assert screen.open_form(contact_id) is dialog
    screen.new_button.click()
    assert None in screen.forms
    assert screen.close_forms()


def test_inquiries_of_the_person_open_on_activation(
    qtbot: QtBot, ctx: AppContext, db: Database, people: dict[str, ContactRow], qtmodeltester: Any
) -> None:
    zofia, helene = people["zofia"], people["helene"]
    mine = inquiries.create_inquiry(db, {"subject": "Warsztaty", "contact_id": zofia.id})
    inquiries.create_inquiry(db, {"subject": "Autre", "contact_id": helene.id})
    dialog = form(qtbot, ctx, zofia.id)
    model = dialog.inquiries.model
    assert [row.id for row in model.rows] == [mine.id]
    qtmodeltester.check(model)
    assert dialog.tabs.tabText(0) == "Inquiries (1)"
    table = dialog.inquiries.table
    table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(ctx.events.open_inquiry) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [mine.id]


class Marking(QTranslator):
    """A stand-in translation: every text comes back marked, so untranslated ones show."""

    def translate(self, context: str, source: str, _d: Any = None, _n: int = -1) -> str:
        return f"[{context}] {source}"

    def isEmpty(self) -> bool:
        return False


def test_language_switch_retranslates_screen_and_form(
    qtbot: QtBot, screen: PeopleScreen, ctx: AppContext, people: dict[str, ContactRow]
) -> None:
    dialog = form(qtbot, ctx, people["zofia"].id)
    marking = Marking()
    try:
        ctx.languages.switch("fr")
        QCoreApplication.installTranslator(marking)  # after: the newest translator answers
        qtbot.waitUntil(lambda: screen.new_button.text().startswith("[People]"))
        header = screen.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "[People] Name"
        assert screen.show_deleted.text() == "[RecordForm] Show deleted"
        assert dialog.labels["last_name"].text() == "[ContactForm] Last name"
        assert dialog.save_button.text() == "[RecordForm] Save"
        assert dialog.side.currentText() == "[Labels] Katowice"
    finally:
        QCoreApplication.removeTranslator(marking)
        ctx.languages.switch("en")
    qtbot.waitUntil(lambda: screen.new_button.text() == "New person")
