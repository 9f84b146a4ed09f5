"""The audit list (core.audit): who did what to a person's data, newest first, admins only."""

from __future__ import annotations

import pytest

from msek_desktop.core import audit, errors
from msek_desktop.core.db import Database
from msek_desktop.core.vocab import AuditAction

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def test_entries_say_who_what_and_whom_newest_first(db: Database, anna, marc) -> None:
    first = audit.record(db, AuditAction.EXPORT_PERSON, actor="anna", contact_id=7,
                         subject="person #7", detail="person-7.zip")  # fmt: skip
    audit.record(db, "erase_person", actor="marc", contact_id=8, subject="person #8")
    audit.record(db, AuditAction.RETENTION, actor=None, detail="12 inquiries")
    rows = audit.list_audit(db)
    assert [(r.action, r.login, r.contact_id) for r in rows] == [
        ("retention", "postgres" if db.on_server else "", None),
        ("erase_person", "marc", 8),
        ("export_person", "anna", 7),
    ]
    assert (rows[2].id, rows[2].subject, rows[2].detail) == (first.id, "person #7", "person-7.zip")
    assert [r.contact_id for r in audit.list_audit(db, contact_id=8)] == [8]
    assert [r.action for r in audit.list_audit(db, action="export_person")] == ["export_person"]
    assert len(audit.list_audit(db, limit=2)) == 2


def test_an_unknown_action_or_staff_member_writes_nothing(db: Database, anna) -> None:
    with pytest.raises(ValueError):
        audit.record(db, "sell_data", actor="anna")
    with pytest.raises(errors.NotFoundError):
        audit.record(db, AuditAction.PRINT_PERSON, actor="nobody")
    assert audit.list_audit(db) == []


def test_a_long_subject_is_cut_to_fit(db: Database) -> None:
    row = audit.record(db, AuditAction.MERGE_PEOPLE, actor=None, subject="x" * 500)
    assert len(row.subject) == audit.SUBJECT_MAX
