"""The window's "a similar person already exists" warning asks core, by the import's rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms import pickers
from msek_desktop.ui.forms.pickers import ContactDialog, OrganisationDialog, SimilarDialog
from msek_desktop.ui.i18n import Languages


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    return database


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anna", Languages())


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> list[list[Any]]:
    """The records each SimilarDialog offered; it answers Create anyway."""
    shown: list[list[Any]] = []

    def fake_exec(dialog: SimilarDialog) -> int:
        shown.append(list(dialog.rows))
        return SimilarDialog.CREATE

    monkeypatch.setattr(SimilarDialog, "exec", fake_exec)
    return shown


def test_the_rule_lives_in_core() -> None:
    assert pickers.similar_contacts is contacts.similar_contacts
    assert pickers.similar_organisations is organisations.similar_organisations
    assert not hasattr(pickers, "fuzz")


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
    offered: list[list[Any]],
    first: str,
    last: str,
    email: str,
    warned: bool,
) -> None:
    anna = contacts.create_contact(
        db, {"first_name": "Anna", "last_name": "Nowak", "side": "katowice",
             "email": "anna@example.pl"},
    )  # fmt: skip
    dialog = ContactDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.first_name.setText(first)
    dialog.last_name.setText(last)
    dialog.email.setText(email)
    dialog.side.set_code("katowice")
    dialog.save()
    assert offered == ([[anna]] if warned else [])
    created = dialog.result_row
    assert created is not None and created.id != anna.id
    assert "\u202e" not in created.last_name  # stored clean


def test_new_organisation_warns_for_the_same_name_folded(
    qtbot: QtBot, ctx: AppContext, db: Database, offered: list[list[Any]]
) -> None:
    org = organisations.create_organisation(db, {"name": "Filharmonia Śląska", "side": "katowice"})
    dialog = OrganisationDialog(ctx, None, "\u200bFILHARMONIA SLASKA")
    qtbot.addWidget(dialog)
    dialog.side.set_code("katowice")
    dialog.save()
    assert offered == [[org]]
    assert dialog.result_row is not None and dialog.result_row.name == "FILHARMONIA SLASKA"
