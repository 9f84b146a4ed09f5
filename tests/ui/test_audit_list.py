"""File › Audit list…: the entries newest first in words, filtered by action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import audit, staff
from msek_desktop.core.db import Database
from msek_desktop.core.vocab import AuditAction
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.audit_list import ACTIONS, AuditListDialog
from msek_desktop.ui.i18n import Languages

Shown = Callable[[Any], Any]


def make_office(db: Database) -> None:
    staff.create_staff(db, {"login": "anna", "full_name": "Anna Kowalska"})
    audit.record(db, AuditAction.EXPORT_PERSON, actor="anna", contact_id=7,
                 subject="person #7", detail="person-7.zip")  # fmt: skip
    audit.record(db, AuditAction.MERGE_PEOPLE, actor="anna", contact_id=3,
                 subject="person #5 into person #3")  # fmt: skip
    audit.record(db, AuditAction.RETENTION, actor="anna",
                 detail='{"inquiries": 12, "people": 3, "years": 5}')  # fmt: skip


@pytest.fixture
def dialog(
    db_path: Path, new_database: Callable[..., Database], languages: Languages, shown: Shown
) -> AuditListDialog:
    languages.switch("en")
    database = new_database(db_path, make_office)
    return shown(AuditListDialog(AppContext(db=database, me="anna", languages=languages)))


def cells(dialog: AuditListDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.data(model.index(r, c)) for c in range(1, 5)] for r in range(model.rowCount())]


def test_newest_first_in_words(dialog: AuditListDialog) -> None:
    assert cells(dialog) == [
        ["anna", "Anonymised past retention", "",
         "12 inquiries anonymised, 3 people erased (kept 5 years)"],
        ["anna", "Merged two people", "person #5 into person #3", ""],
        ["anna", "Exported a person’s data", "person #7", "person-7.zip"],
    ]  # fmt: skip
    assert dialog.model.data(dialog.model.index(0, 0))  # when, in this computer's time
    assert dialog.count.text() == "3 entries"
    assert set(ACTIONS) == {a.value for a in AuditAction}  # every action has its words


def test_filtered_by_action(dialog: AuditListDialog) -> None:
    dialog.action.set_code("export_person")
    assert [row[1] for row in cells(dialog)] == ["Exported a person’s data"]
    dialog.action.set_code("erase_person")
    assert cells(dialog) == []
    assert dialog.table.empty.text.text() == "Nothing recorded yet."
    dialog.action.set_code(None)
    assert len(cells(dialog)) == 3
