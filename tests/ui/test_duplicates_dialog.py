"""People › Duplicates… and Organisations › Duplicates…: the pairs listed, a pair compared
field by field, merged with the values chosen (asked first), the merge listed and undone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import directory_fixtures as shared
import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, history, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import merging
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.merging.dialog import DuplicatesButton, DuplicatesDialog
from msek_desktop.ui.forms.inquiry_history import TimelineText
from msek_desktop.ui.screens.organisations import OrganisationsScreen
from msek_desktop.ui.screens.people import PeopleScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx = shared.db, shared.ctx  # fixtures
pytestmark = shared.MARKS


@pytest.fixture
def twins(db: Database) -> tuple[int, int]:
    """Ewa twice (one email, written two ways), the second with an inquiry and notes."""
    ewa = contacts.create_contact(db, {"first_name": "Ewa", "last_name": "Wiśniewska",
                                       "email": "ewa@example.pl", "side": "katowice",
                                       "notes": "Choir"})  # fmt: skip
    twin = contacts.create_contact(db, {"first_name": "Ewa", "last_name": "Wisniewska",
                                        "email": "EWA@example.pl", "side": "katowice",
                                        "position": "Dyrektorka", "notes": "Mornings"})  # fmt: skip
    inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": twin.id})
    return ewa.id, twin.id


def opened(qtbot: QtBot, screen: PeopleScreen | OrganisationsScreen) -> DuplicatesDialog:
    qtbot.addWidget(screen)
    button = screen.findChild(DuplicatesButton, "duplicatesButton")
    assert button is not None and button.isVisibleTo(screen)
    dialog = button.open_dialog()
    qtbot.waitUntil(lambda: dialog.pairs.operation is None)
    return dialog


def test_a_pair_merged_with_the_values_chosen_then_undone(
    qtbot: QtBot, ctx: AppContext, db: Database, twins: tuple[int, int], asked: Asked
) -> None:
    ewa, twin = twins
    dialog = opened(qtbot, PeopleScreen(ctx))
    assert dialog.width() <= 1280 and dialog.height() <= 800
    assert [(d.first, d.second) for d in dialog.pairs.found] == [(ewa, twin)]
    assert dialog.pairs.model.data(dialog.pairs.model.index(0, 3)) == "same email"
    fields = dialog.pairs.fields
    # the fields that differ, each at core's default: the kept one's, the other's where it
    # has none, notes joined
    assert fields.choices() == {"last_name": "keep", "email": "keep", "position": "other",
                                "notes": "both"}  # fmt: skip
    fields.choose("email", "other")
    fields.choose("notes", "keep")
    asked.answers["confirm"] = [False, True]
    assert dialog.pairs.confirm_and_merge() is None  # said no: nothing merged
    assert merging.list_merges(db) == []
    result = dialog.pairs.confirm_and_merge()
    assert result is not None and (result.survivor_id, result.merged_id) == (ewa, twin)
    assert "Merge Ewa Wisniewska into Ewa Wiśniewska?" in asked.texts("confirm")[-1]
    kept = contacts.get_contact(db, ewa)
    assert (kept.email, kept.position, kept.notes) == ("EWA@example.pl", "Dyrektorka", "Choir")
    assert contacts.count_contacts(db) == 1
    qtbot.waitUntil(lambda: dialog.pairs.operation is None)
    assert dialog.pairs.found == [] and not dialog.pairs.merge_button.isEnabled()

    merges = dialog.merges
    assert len(merges.rows) == 1 and merges.rows[0].undoable
    merges.table.selectRow(0)
    assert merges.undo_button.isEnabled()
    asked.answers["confirm"] = True
    undone = merges.confirm_and_undo()
    assert undone is not None and undone.moved_back["inquiries"] == 1
    assert contacts.get_contact(db, ewa).email == "ewa@example.pl"
    assert contacts.count_contacts(db) == 2
    merges.table.selectRow(0)
    assert not merges.undo_button.isEnabled()
    assert merges.model.data(merges.model.index(0, 4)) == "Undone"
    said = [TimelineText({}, {}).what(e) for e in history.entries(db, contact_id=twin)]
    assert said[:2] == [f"merge undone: record #{twin} apart from #{ewa} again",
                        f"record #{twin} merged into #{ewa}"]  # fmt: skip
    qtbot.waitUntil(lambda: dialog.pairs.operation is None and len(dialog.pairs.found) == 1)


def test_keeping_the_other_one_and_a_stale_pair(
    qtbot: QtBot, ctx: AppContext, db: Database, twins: tuple[int, int], asked: Asked
) -> None:
    ewa, twin = twins
    dialog = opened(qtbot, PeopleScreen(ctx))
    dialog.pairs.swap()
    comparison = dialog.pairs.comparison
    assert comparison is not None and (comparison.keep_id, comparison.other_id) == (twin, ewa)
    contacts.update_contact(db, ewa, {"city": "Gliwice"})  # someone else, meanwhile
    asked.answers["confirm"] = True
    assert dialog.pairs.confirm_and_merge() is None
    assert "Someone else saved this record" in asked.texts("warn")[-1]
    assert merging.list_merges(db) == []


def test_organisations_have_theirs(
    qtbot: QtBot, ctx: AppContext, db: Database, asked: Asked
) -> None:
    first, second = (
        organisations.create_organisation(db, {"name": name, "side": "katowice"}).id
        for name in ("Akademia Muzyczna", "AKADEMIA  MUZYCZNA")
    )
    dialog = opened(qtbot, OrganisationsScreen(ctx))
    assert dialog.windowTitle() == "Duplicate organisations"
    assert [(d.first, d.second) for d in dialog.pairs.found] == [(first, second)]
    model = dialog.pairs.model
    assert model.data(model.index(0, 3)) == "the same name, accents and capitals aside"
    asked.answers["confirm"] = True
    result = dialog.pairs.confirm_and_merge()
    assert result is not None and result.kind == "organisation"
    assert organisations.count_organisations(db) == 1
