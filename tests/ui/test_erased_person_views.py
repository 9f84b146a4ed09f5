"""After a person is erased: the People and Organisations lists, My day and the form of their
anonymised inquiry open without them and without failing; the form's empty person says
"Person erased" (an inquiry that never had one still says how to pick one)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import directory_fixtures as shared
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, followups, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import erasure
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.screens.my_day import MyDayScreen
from msek_desktop.ui.screens.organisations import OrganisationsScreen
from msek_desktop.ui.screens.people import PeopleScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx = shared.db, shared.ctx  # fixtures
pytestmark = shared.MARKS


def test_lists_my_day_and_the_anonymised_inquiry_after_an_erasure(
    qtbot: QtBot, ctx: AppContext, db: Database, asked: Asked
) -> None:
    school = organisations.create_organisation(db, {"name": "Szkoła nr 1", "side": "katowice"})
    ewa = contacts.create_contact(db, {
        "first_name": "Zdzisława", "last_name": "Wąchocka", "email": "zdz@example.pl",
        "side": "katowice", "organisation_id": school.id,
    })  # fmt: skip
    lis = contacts.create_contact(db, {"first_name": "Jan", "last_name": "Lis", "side": "katowice"})
    theirs = inquiries.create_inquiry(db, {
        "subject": "Chór", "contact_id": ewa.id, "organisation_id": school.id,
        "assignee": "ola", "message": "Zdzisława Wąchocka, zdz@example.pl",
    }, actor="ola").id  # fmt: skip
    followups.add_followup(db, theirs, {"due_on": ctx.today(), "description": "Zadzwonić"},
                           actor="ola")  # fmt: skip
    nobody = inquiries.create_inquiry(db, {"subject": "Bez osoby", "organisation_id": school.id,
                                       "received_on": date(2026, 1, 2)},
                                      actor="ola").id  # fmt: skip
    erasure.erase_person(db, ewa.id, actor="ola")

    people = shared.listed(qtbot, PeopleScreen(ctx))
    assert [r.id for r in people.model.rows] == [lis.id]
    people.show_deleted.setChecked(True)
    assert people.model.rows == []  # erased, not in the bin
    orgs = shared.listed(qtbot, OrganisationsScreen(ctx))
    assert [r.name for r in orgs.model.rows] == ["Szkoła nr 1"]
    my_day = MyDayScreen(ctx)
    qtbot.addWidget(my_day)
    my_day.refresh()
    (due,) = my_day.today.model.rows
    assert due.inquiry_id == theirs

    form = InquiryForm(ctx, theirs)
    qtbot.addWidget(form)
    assert form.contact.row is None and form.contact.line.text() == ""
    assert form.contact.line.placeholderText() == "Person erased"
    assert "Wąchocka" not in form.message.toPlainText()
    assert form.organisation.row is not None
    other = InquiryForm(ctx, nobody)
    qtbot.addWidget(other)
    assert other.contact.line.placeholderText() == "Type to search…"
    assert asked.shown == []
