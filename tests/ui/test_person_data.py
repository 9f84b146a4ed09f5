"""The person form's Personal data button (ui.forms.person_data): its entries run their
module's function on the form; admin-only entries follow core.roles.is_admin."""

from __future__ import annotations

import sys
import types
from typing import Any

import directory_fixtures as shared
import pytest

from msek_desktop.ui.forms import person_data

db = shared.db  # a migrated database file (fixture)


@pytest.fixture
def entries(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    called: list[Any] = []
    module = types.ModuleType("person_data_probe")
    module.act = called.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "person_data_probe", module)
    monkeypatch.setattr(
        person_data, "ENTRIES", [("probe", lambda: "Probe", "person_data_probe:act", True)]
    )
    return called


class Form:
    def __init__(self, db: Any, saved: bool) -> None:
        self.ctx = types.SimpleNamespace(db=db)
        self.row = object() if saved else None
        self.create_only = False


def test_an_entry_runs_its_function_on_the_form(qtbot, db, entries) -> None:
    form = Form(db, saved=True)
    button = person_data.PersonDataButton(form)
    button.refresh()
    assert button.isEnabled() and button.text() == "Personal data"
    action = button.actions_["probe"]
    assert action.text() == "Probe" and action.isEnabled()  # a file: the desk is an admin
    action.trigger()
    assert entries == [form]


def test_a_person_not_yet_saved_has_the_button_disabled(qtbot, db, entries) -> None:
    button = person_data.PersonDataButton(Form(db, saved=False))
    button.refresh()
    assert not button.isEnabled()
