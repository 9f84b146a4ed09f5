"""The pickers: search, or create through the one form of a person or an organisation, which
first offers the similar records core finds (the import's rules)."""

from __future__ import annotations

import inspect
from typing import Any

import directory_fixtures as shared
import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, organisations
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms import contact_form, directory_form, organisation_form, pickers
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.screens.organisations import OrganisationsScreen
from msek_desktop.ui.screens.people import PeopleScreen

db, ctx, similar = shared.db, shared.ctx, shared.similar  # fixtures
pytestmark = pytest.mark.usefixtures("asked")  # tests/ui/conftest.py: no question blocks


def test_the_rule_lives_in_core() -> None:
    for module in (pickers, directory_form, contact_form, organisation_form):
        assert "fuzz" not in inspect.getsource(module)
    assert "similar_contacts(" in inspect.getsource(contact_form)
    assert "similar_organisations(" in inspect.getsource(organisation_form)


@pytest.mark.parametrize(
    ("make_picker", "make_screen", "form_class"),
    [
        (pickers.contact_picker, PeopleScreen, ContactForm),
        (pickers.organisation_picker, OrganisationsScreen, OrganisationForm),
    ],
)
def test_a_picker_creates_through_the_screen_s_form(
    qtbot: QtBot, ctx: AppContext, make_picker: Any, make_screen: Any, form_class: type
) -> None:
    picker, screen = make_picker(ctx), make_screen(ctx)
    qtbot.addWidget(picker)
    qtbot.addWidget(screen)
    picker.line.setText("Anna Nowak")
    picker.create_new()
    assert type(picker.dialog) is type(screen.open_form(None)) is form_class
    assert picker.dialog.create_only and picker.dialog.tabs.isHidden()
    assert picker.dialog.windowTitle() == screen.open_form(None).windowTitle()


def test_a_new_contact_from_a_picker_is_picked(
    qtbot: QtBot, ctx: AppContext, db: Database, similar: shared.Similar
) -> None:
    org = organisations.create_organisation(db, {"name": "Filharmonia", "side": "katowice"})
    picker = pickers.contact_picker(ctx, lambda: org)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.line, "Anna Maria Nowak")
    picker.create_new()
    form = picker.dialog
    assert isinstance(form, ContactForm)
    assert (form.first_name.text(), form.last_name.text()) == ("Anna Maria", "Nowak")
    assert (form.organisation.row, form.side.code()) == (org, "katowice")
    assert form.save()
    [created] = contacts.find_contacts(db)
    assert picker.row == created and created.organisation_id == org.id
    assert similar.offered == [] and not form.isVisible()


@pytest.mark.parametrize(
    ("first", "last", "email", "warned"),
    [
        ("Hanna", "Nowak", "", True),  # possible: shown for the user to decide
        ("Anna", "Nowak", "", True),
        ("Anna", "\u202eNow\u0430k", "", True),  # bidi override, Cyrillic а
        ("Anna", "Nowak", "other@example.pl", False),  # another email: another person
        ("Piotr", "Nowak", "", False),
        ("Anna", "Nowakowska", "", False),
    ],
)
def test_new_contact_warns_only_for_the_same_or_a_possible_person(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    similar: shared.Similar,
    first: str,
    last: str,
    email: str,
    warned: bool,
) -> None:
    anna = contacts.create_contact(
        db, {"first_name": "Anna", "last_name": "Nowak", "side": "katowice",
             "email": "anna@example.pl"},
    )  # fmt: skip
    dialog = ContactForm(ctx, None, create_only=True)
    qtbot.addWidget(dialog)
    dialog.first_name.setText(first)
    dialog.last_name.setText(last)
    dialog.email.setText(email)
    dialog.side.set_code("katowice")
    dialog.save()
    assert similar.offered == ([[anna]] if warned else [])
    created = dialog.result_row
    assert created is not None and created.id != anna.id
    assert "\u202e" not in created.last_name  # stored clean


def test_new_organisation_warns_for_the_same_name_folded(
    qtbot: QtBot, ctx: AppContext, db: Database, similar: shared.Similar
) -> None:
    org = organisations.create_organisation(db, {"name": "Filharmonia Śląska", "side": "katowice"})
    dialog = OrganisationForm(ctx, None, create_only=True, name="\u200bFILHARMONIA SLASKA")
    qtbot.addWidget(dialog)
    dialog.side.set_code("katowice")
    dialog.save()
    assert similar.offered == [[org]]
    assert dialog.result_row is not None and dialog.result_row.name == "FILHARMONIA SLASKA"
