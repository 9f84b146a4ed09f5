"""The People and Organisations screens' Restore refuses a record merged into another, saying
into which and to undo the merge; the record stays in the bin, the others are restored."""

from __future__ import annotations

from typing import TYPE_CHECKING

import directory_fixtures as shared
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import merging
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.screens.organisations import OrganisationsScreen
from msek_desktop.ui.screens.people import PeopleScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx = shared.db, shared.ctx  # fixtures
pytestmark = shared.MARKS


def test_restore_of_a_person_merged_away_is_refused_with_the_survivor_named(
    qtbot: QtBot, ctx: AppContext, db: Database, asked: Asked
) -> None:
    def add(last_name: str, email: str) -> int:
        values = {"first_name": "Ewa", "last_name": last_name, "email": email, "side": "katowice"}
        return contacts.create_contact(db, values).id

    keep, other = add("Wiśniewska", "ewa@example.pl"), add("Wisniewska", "ewa.w@example.pl")
    deleted = add("Nowak", "nowak@example.pl")
    merging.merge_people(db, keep, other, actor="ola")
    contacts.set_deleted(db, deleted, True)
    screen = shared.listed(qtbot, PeopleScreen(ctx))
    screen.show_deleted.setChecked(True)
    assert sorted(r.id for r in screen.model.rows) == sorted([other, deleted])
    asked.answers["confirm"] = True
    screen.table.selectAll()
    screen.restore_button.click()
    warned = asked.texts("warn")
    assert len(warned) == 1
    assert f"Person #{other} was merged into #{keep}" in warned[0]
    assert "undo the merge instead" in warned[0]
    assert contacts.get_contact(db, other).deleted_at is not None
    assert [r.id for r in screen.model.rows] == [other]  # the other one came back


def test_restore_of_an_organisation_merged_away_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, asked: Asked
) -> None:
    keep = organisations.create_organisation(db, {"name": "Szkoła nr 5", "side": "katowice"}).id
    other = organisations.create_organisation(db, {"name": "Szkola nr 5", "side": "katowice"}).id
    merging.merge_organisations(db, keep, other, actor="ola")
    screen = shared.listed(qtbot, OrganisationsScreen(ctx))
    screen.show_deleted.setChecked(True)
    screen.table.selectRow(0)
    screen.restore_button.click()
    assert asked.texts("warn") == [
        f"Organisation #{other} was merged into #{keep} and cannot be restored on its own: "
        "undo the merge instead (Duplicates… on the Organisations list, its Merges tab)."
    ]
    assert organisations.get_organisation(db, other).deleted_at is not None
