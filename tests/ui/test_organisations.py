"""The Organisations screen and the organisation form, checked against the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import directory_fixtures as shared
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.demo import generate
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.organisations import OrganisationsScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx, similar, marking = shared.db, shared.ctx, shared.similar, shared.marking  # fixtures
pytestmark = shared.MARKS
Orgs = dict[str, OrganisationRow]  # by short name


@pytest.fixture
def orgs(db: Database) -> Orgs:
    return {
        "lodz": organisations.create_organisation(
            db,
            {
                "name": "Akademia Muzyczna w Łodzi",
                "kind": "university",
                "side": "katowice",
                "city": "Łódź",
                "country": "PL",
                "fields": ["music"],
            },
        ),
        "massenet": organisations.create_organisation(
            db,
            {
                "name": "Conservatoire Massenet",
                "kind": "music_school",
                "side": "saint_etienne",
                "city": "Saint-Étienne",
                "country": "FR",
            },
        ),
    }


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, orgs: Orgs) -> OrganisationsScreen:
    return shared.listed(qtbot, OrganisationsScreen(ctx))


def form(qtbot: QtBot, ctx: AppContext, organisation_id: int | None) -> OrganisationForm:
    return shared.kept(qtbot, OrganisationForm(ctx, organisation_id))


def shown(screen: OrganisationsScreen) -> list[str]:
    return [row.name for row in screen.model.rows]


def test_list_model_passes_the_model_tester(
    screen: OrganisationsScreen, qtmodeltester: Any
) -> None:
    assert shown(screen) == ["Akademia Muzyczna w Łodzi", "Conservatoire Massenet"]
    qtmodeltester.check(screen.model)


def test_model_tester_with_demo_data_and_paging(
    qtbot: QtBot, tmp_path: Path, qapp: Any, qtmodeltester: Any, new_database: Any
) -> None:
    database = new_database(tmp_path / "demo.db", generate, inquiries=200, seed=1)
    ctx = AppContext(database, "anowak", Languages())
    widget = OrganisationsScreen(ctx)
    qtbot.addWidget(widget)
    widget.model.PAGE = 15
    widget.refresh()
    assert widget.model.canFetchMore()
    assert widget.count.text() == "15 or more organisations"
    widget.model.fetchMore()
    assert widget.model.rowCount() == 30
    qtmodeltester.check(widget.model)


def test_search_lodz_finds_the_organisation_in_lodz(
    qtbot: QtBot, screen: OrganisationsScreen
) -> None:
    qtbot.keyClicks(screen.search, "lodz")
    qtbot.waitUntil(lambda: shown(screen) == ["Akademia Muzyczna w Łodzi"])  # once typed
    assert screen.model.rows[0].city == "Łódź"
    assert screen.count.text() == "1 organisations"


def test_side_filter(screen: OrganisationsScreen) -> None:
    screen.side.set_code("saint_etienne")
    assert shown(screen) == ["Conservatoire Massenet"]


def test_a_new_organisation_starts_from_core_s_kind(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = form(qtbot, ctx, None)
    assert dialog.kind.code() == organisations.DEFAULT_KIND == "other"
    assert dialog.side.code() is None  # the side is always chosen


def test_creating_an_organisation_with_fields(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = form(qtbot, ctx, None)
    dialog.name.setText("Cité du design")
    dialog.kind.set_code("cultural")
    dialog.side.set_code("saint_etienne")
    dialog.country.setText("fr")
    dialog.fields.set_codes(("design", "education"))
    with qtbot.waitSignal(ctx.events.data_changed):
        assert dialog.save()
    [saved] = organisations.find_organisations(db, "cite du design")
    assert (saved.kind, saved.side, saved.country) == ("cultural", "saint_etienne", "FR")
    assert set(saved.fields) == {"design", "education"}
    assert dialog.record_id == saved.id


def test_a_new_organisation_like_a_known_one_is_offered_it(
    screen: OrganisationsScreen, db: Database, orgs: Orgs, similar: shared.Similar
) -> None:
    """The Organisations screen's New… asks before creating, as the pickers do; choosing the
    one already recorded creates nothing and shows it."""
    dialog = screen.open_form(None)
    assert isinstance(dialog, OrganisationForm)
    dialog.name.setText("AKADEMIA MUZYCZNA W LODZI")
    dialog.side.set_code("katowice")
    similar.answer = similar.USE
    assert dialog.save()
    assert similar.offered == [[orgs["lodz"]]]
    assert len(organisations.find_organisations(db)) == 2  # nothing created
    assert dialog.record_id == orgs["lodz"].id
    assert dialog.windowTitle() == "Organisation — Akademia Muzyczna w Łodzi"
    assert dialog.fields.codes() == ("music",)


def test_a_new_person_of_the_organisation_is_asked_about_too(
    qtbot: QtBot, ctx: AppContext, db: Database, orgs: Orgs, similar: shared.Similar
) -> None:
    lodz = orgs["lodz"]
    known = contacts.create_contact(
        db, {"first_name": "Jan", "last_name": "Kos", "side": "katowice", "email": "jk@a.pl"}
    )
    dialog = form(qtbot, ctx, lodz.id)
    dialog.show()
    dialog.new_person.click()
    [person] = dialog.person_forms
    assert isinstance(person, ContactForm) and person.create_only
    assert person.organisation.row == lodz
    assert person.side.code() == "katowice" and person.language.code() == "pl"
    person.last_name.setText("Nowak")
    person.email.setText("jk@a.pl")
    assert person.save()
    assert similar.offered == [[known]]  # answered Create anyway
    assert not person.isVisible()
    [created] = contacts.find_contacts(db, organisation_id=lodz.id)
    assert created.last_name == "Nowak" and created.id != known.id
    assert [r.id for r in dialog.people.model.rows] == [created.id]


def test_checking_a_field_in_the_list_is_saved(
    qtbot: QtBot, ctx: AppContext, db: Database, orgs: Orgs
) -> None:
    dialog = form(qtbot, ctx, orgs["massenet"].id)
    music = next(
        dialog.fields.item(n)
        for n in range(dialog.fields.count())
        if dialog.fields.item(n).data(Qt.ItemDataRole.UserRole) == "music"
    )
    music.setCheckState(Qt.CheckState.Checked)
    assert dialog.is_dirty()
    assert dialog.save()
    assert organisations.get_organisation(db, orgs["massenet"].id).fields == ("music",)


def test_invalid_email_and_country_are_shown_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, db: Database, orgs: Orgs
) -> None:
    dialog = form(qtbot, ctx, orgs["massenet"].id)
    dialog.show()
    dialog.email.setText("contact@@massenet")
    dialog.country.setText("F1")
    assert not dialog.save()
    for name, words in (("email", "not a valid email"), ("country", "two-letter")):
        label = dialog.findChild(QLabel, f"error_{name}")
        assert label is not None and label.isVisible() and words in label.text()
    stored = organisations.get_organisation(db, orgs["massenet"].id)
    assert (stored.email, stored.country, stored.version) == ("", "FR", orgs["massenet"].version)


def test_stale_save_offers_reload(
    qtbot: QtBot, ctx: AppContext, db: Database, orgs: Orgs, asked: Asked
) -> None:
    massenet = orgs["massenet"]
    dialog = form(qtbot, ctx, massenet.id)
    organisations.update_organisation(
        db, massenet.id, {"phone": "+33 4 77 33 70 20"}, actor="ola", expected_version=1
    )
    dialog.website.setText("https://conservatoire.saint-etienne.fr")
    assert not dialog.save()  # reloading declined: the edits stay on screen
    assert [kind for kind, _title, _text in asked.shown] == ["ask_reload"]
    assert dialog.website.text() == "https://conservatoire.saint-etienne.fr"
    assert organisations.get_organisation(db, massenet.id).website == ""


def test_delete_hides_and_restore_brings_back(
    screen: OrganisationsScreen, orgs: Orgs, asked: Asked
) -> None:
    dialog = screen.open_form(orgs["lodz"].id)
    asked.answers["confirm"] = True
    dialog.delete_button.click()
    assert shown(screen) == ["Conservatoire Massenet"]
    screen.show_deleted.setChecked(True)
    assert shown(screen) == ["Akademia Muzyczna w Łodzi"]
    screen.table.selectRow(0)
    screen.restore_button.click()
    screen.show_deleted.setChecked(False)
    assert shown(screen) == ["Akademia Muzyczna w Łodzi", "Conservatoire Massenet"]


def test_people_and_inquiries_of_the_organisation(
    qtbot: QtBot, ctx: AppContext, db: Database, orgs: Orgs, qtmodeltester: Any
) -> None:
    lodz = orgs["lodz"]
    teacher = contacts.create_contact(
        db, {"last_name": "Kowalska", "side": "katowice", "organisation_id": lodz.id}
    )
    contacts.create_contact(db, {"last_name": "Martin", "side": "saint_etienne"})
    theirs = inquiries.create_inquiry(db, {"subject": "Wymiana", "organisation_id": lodz.id})
    inquiries.create_inquiry(db, {"subject": "Autre", "organisation_id": orgs["massenet"].id})
    dialog = form(qtbot, ctx, lodz.id)
    dialog.show()
    people_link, inquiries_link, _exchanges_link = dialog.links
    assert [r.id for r in people_link.model.rows] == [teacher.id]
    assert [r.id for r in inquiries_link.model.rows] == [theirs.id]
    qtmodeltester.check(people_link.model)
    qtmodeltester.check(inquiries_link.model)
    assert [dialog.tabs.tabText(n) for n in range(2)] == ["People (1)", "Inquiries (1)"]

    inquiries_link.table.setCurrentIndex(inquiries_link.model.index(0, 0))
    with qtbot.waitSignal(ctx.events.open_inquiry) as signal:
        qtbot.keyClick(inquiries_link.table, Qt.Key.Key_Return)
    assert signal.args == [theirs.id]

    people_link.table.setCurrentIndex(people_link.model.index(0, 0))
    qtbot.keyClick(people_link.table, Qt.Key.Key_Return)
    [person] = dialog.person_forms
    assert isinstance(person, ContactForm) and person.record_id == teacher.id
    person.organisation.set_row(None)
    assert person.save()  # the organisation's list of people follows
    assert people_link.model.rows == []
    person.close()
    assert dialog.person_forms == []


def test_language_switch_retranslates(
    qtbot: QtBot, screen: OrganisationsScreen, ctx: AppContext, orgs: Orgs, marking: shared.Marking
) -> None:
    dialog = form(qtbot, ctx, orgs["lodz"].id)
    marking.on()
    qtbot.waitUntil(lambda: screen.new_button.text().startswith("[Organisations]"))
    headers = [
        screen.model.headerData(n, Qt.Orientation.Horizontal)
        for n in range(screen.model.columnCount())
    ]
    assert all(h.startswith("[Organisations] ") for h in headers)
    assert screen.title() == "[Organisations] Organisations"
    assert dialog.labels["fields"].text() == "[OrganisationForm] Fields of exchange"
    assert dialog.kind.currentText() == "[Labels] University"
    assert dialog.tabs.tabText(0) == "[OrganisationForm] People (0)"
    # Field names come from the database, in the language switched to.
    checked = [
        dialog.fields.item(n).text()
        for n in range(dialog.fields.count())
        if dialog.fields.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["Musique"]
    assert dialog.new_person.text() == "[OrganisationForm] New person…"
