"""The People screen and the person form, driven like a user would, checked in the database."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import directory_fixtures as shared
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, inquiries, organisations, sides
from msek_desktop.core.db import Database
from msek_desktop.core.rows import ContactRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.kit.questions import Unsaved
from msek_desktop.ui.screens.people import PeopleScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx, similar, marking = shared.db, shared.ctx, shared.similar, shared.marking  # fixtures
pytestmark = shared.MARKS
People = dict[str, ContactRow]  # by short name


@pytest.fixture
def people(db: Database) -> People:
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
def screen(qtbot: QtBot, ctx: AppContext, people: People) -> PeopleScreen:
    return shared.listed(qtbot, PeopleScreen(ctx))


def form(qtbot: QtBot, ctx: AppContext, contact_id: int | None) -> ContactForm:
    return shared.kept(qtbot, ContactForm(ctx, contact_id))


def shown_names(screen: PeopleScreen) -> list[str]:
    return [row.full_name for row in screen.model.rows]


def test_list_model_passes_the_model_tester(
    screen: PeopleScreen, people: People, qtmodeltester: Any
) -> None:
    assert screen.model.rowCount() == 2
    qtmodeltester.check(screen.model)


def test_search_ignores_accents_and_polish_letters(
    qtbot: QtBot, screen: PeopleScreen, people: People
) -> None:
    qtbot.keyClicks(screen.search, "wisniewska")
    qtbot.waitUntil(lambda: shown_names(screen) == ["Zofia Wiśniewska"])  # once typed
    before = screen.model.rows
    screen.search.setText("lodz")  # her organisation's city is in her search entry
    qtbot.waitUntil(lambda: screen.model.rows is not before)
    assert shown_names(screen) == ["Zofia Wiśniewska"]
    assert screen.count.text() == "1 people"


def test_side_filter(screen: PeopleScreen, people: People) -> None:
    screen.side.set_code("saint_etienne")
    assert shown_names(screen) == ["Hélène Dupré"]
    screen.side.set_code(None)
    assert len(shown_names(screen)) == 2


def test_side_filter_is_core_s_page_after_page(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    """Each page is asked of core with the side, so every page read is a full page of it."""
    for n in range(1, 31):
        side = "katowice" if n % 3 else "other"
        contacts.create_contact(db, {"last_name": f"Nowak {n:02d}", "side": side})
    find, asked = contacts.find_contacts, []

    def spy(*args: Any, **kwargs: Any) -> list[ContactRow]:
        asked.append(kwargs.get("side"))
        return find(*args, **kwargs)

    widget = PeopleScreen(ctx)
    qtbot.addWidget(widget)
    widget.records = replace(widget.records, find=spy)
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


def test_a_new_person_with_a_known_email_is_offered_the_existing_one(
    qtbot: QtBot, screen: PeopleScreen, db: Database, people: Any, similar: shared.Similar
) -> None:
    """The People screen's New… asks before creating, as the pickers do; choosing the one
    already recorded creates nothing and shows them."""
    zofia = people["zofia"]
    dialog = screen.open_form(None)
    assert isinstance(dialog, ContactForm)
    dialog.first_name.setText("Zosia")
    dialog.last_name.setText("Kowalczyk")
    dialog.side.set_code("katowice")
    dialog.email.setText("ZOFIA@example.pl")
    similar.answer = similar.USE
    assert dialog.save()
    assert similar.offered == [[zofia]]
    assert len(contacts.find_contacts(db)) == 2  # nothing created
    assert dialog.record_id == zofia.id
    assert dialog.last_name.text() == "Wiśniewska"
    assert dialog.windowTitle() == "Person — Zofia Wiśniewska"
    assert not dialog.is_dirty()


def test_a_new_person_asked_about_can_be_created_anyway_or_kept_on_screen(
    qtbot: QtBot, ctx: AppContext, db: Database, people: Any, similar: shared.Similar
) -> None:
    dialog = form(qtbot, ctx, None)
    dialog.last_name.setText("Wisniewska")
    dialog.side.set_code("katowice")
    similar.answer = 0  # Cancel: back to the form, as typed
    assert not dialog.save()
    assert dialog.record_id is None and dialog.last_name.text() == "Wisniewska"
    similar.answer = similar.CREATE
    assert dialog.save()
    assert similar.offered == [[people["zofia"]]] * 2
    assert len(contacts.find_contacts(db, "wisniewska")) == 2
    assert dialog.record_id not in (None, people["zofia"].id)


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
    qtbot: QtBot, ctx: AppContext, db: Database, people: People
) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    dialog.show()
    picker = dialog.organisation
    qtbot.keyClicks(picker.line, "lodz")
    qtbot.waitUntil(lambda: bool(picker.results))
    suggestions = [picker.model.item(n).text() for n in range(picker.model.rowCount())]
    assert suggestions == ["Szkoła Muzyczna I st. w Łodzi — Łódź"]
    picker.completer.activated[QModelIndex].emit(picker.model.index(0, 0))
    assert picker.line.text() == "Szkoła Muzyczna I st. w Łodzi — Łódź"
    assert dialog.save()
    assert contacts.get_contact(db, people["helene"].id).organisation_name == (
        "Szkoła Muzyczna I st. w Łodzi"
    )


def test_unknown_organisation_text_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, people: People
) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    dialog.show()
    qtbot.keyClicks(dialog.organisation.line, "Nowhere")
    assert not dialog.save()
    error = dialog.findChild(QLabel, "error_organisation_id")
    assert error is not None and error.isVisible()
    assert contacts.get_contact(db, people["helene"].id).organisation_id is None


def test_stale_save_shows_the_conflict_and_reloads(
    qtbot: QtBot, ctx: AppContext, db: Database, people: People, asked: Asked
) -> None:
    zofia = people["zofia"]
    dialog = form(qtbot, ctx, zofia.id)
    contacts.update_contact(
        db, zofia.id, {"position": "Dyrektorka"}, actor="ola", expected_version=zofia.version
    )
    dialog.city.setText("Katowice")
    asked.answers["ask_reload"] = True
    assert not dialog.save()
    assert [kind for kind, _title, _text in asked.shown] == ["ask_reload"]
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
    qtbot: QtBot, ctx: AppContext, db: Database, people: People, asked: Asked
) -> None:
    dialog = form(qtbot, ctx, people["helene"].id)
    dialog.show()
    dialog.position.setText("Directrice")
    asked.answers["ask_unsaved"] = [Unsaved.CANCEL, Unsaved.SAVE]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.close()
    assert asked.texts("ask_unsaved") == ["", ""]  # asked twice, in the shared wording
    assert contacts.get_contact(db, people["helene"].id).position == "Directrice"


def test_closing_without_changes_asks_nothing(
    qtbot: QtBot, ctx: AppContext, people: People, asked: Asked
) -> None:
    dialog = form(qtbot, ctx, people["zofia"].id)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked.shown == []


def test_delete_hides_and_restore_brings_back(
    qtbot: QtBot, screen: PeopleScreen, ctx: AppContext, people: People, asked: Asked
) -> None:
    dialog = screen.open_form(people["zofia"].id)
    asked.answers["confirm"] = True
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
    qtbot: QtBot, ctx: AppContext, db: Database, people: People
) -> None:
    contacts.set_deleted(db, people["zofia"].id, True, actor="ola")
    dialog = form(qtbot, ctx, people["zofia"].id)
    assert not dialog.last_name.isEnabled()
    assert dialog.delete_button.text() == "Restore"
    dialog.delete_button.click()
    assert dialog.last_name.isEnabled()
    assert contacts.get_contact(db, people["zofia"].id).deleted_at is None


def test_enter_in_the_list_opens_the_form_once(
    qtbot: QtBot, screen: PeopleScreen, people: People
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
    qtbot: QtBot, ctx: AppContext, db: Database, people: People, qtmodeltester: Any
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


def test_language_switch_retranslates_screen_and_form(
    qtbot: QtBot, screen: PeopleScreen, ctx: AppContext, people: People, marking: shared.Marking
) -> None:
    dialog = form(qtbot, ctx, people["zofia"].id)
    marking.on()
    qtbot.waitUntil(lambda: screen.new_button.text().startswith("[People]"))
    header = screen.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "[People] Name"
    assert screen.show_deleted.text() == "[RecordForm] Show deleted"
    assert dialog.labels["last_name"].text() == "[ContactForm] Last name"
    assert dialog.save_button.text() == "[RecordForm] Save"
    assert dialog.side.currentText() == "[Labels] Katowice"
    assert dialog.organisation.new_button.text() == "[Pickers] New…"
    marking.off()
    qtbot.waitUntil(lambda: screen.new_button.text() == "New person")
