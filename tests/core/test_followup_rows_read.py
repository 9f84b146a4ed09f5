"""core.followup_rows reads a follow-up's columns, not its entity: the same rows as those
made of the FollowUp entities, as each write returns them and as read later."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from msek_desktop.core import followup_rows, followups
from msek_desktop.core.db import Database
from msek_desktop.core.models import FollowUp, Inquiry, StaffMember
from msek_desktop.core.rows import FollowUpRow, InquiryRow
from tests.core.test_followups import add, make_inquiry, make_unassigned

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

DAY = date(2026, 3, 10)


@pytest.fixture
def inquiry(db: Database, katowice, anna, database_files) -> InquiryRow:
    return database_files.build(db, make_inquiry, katowice)


@pytest.fixture
def unassigned(db: Database, saint_etienne, database_files) -> InquiryRow:
    return database_files.build(db, make_unassigned, saint_etienne)


def by_entities(db: Database) -> list[FollowUpRow]:
    """The rows as they were made before: of whole FollowUp entities."""
    stmt = (
        select(FollowUp, Inquiry.ref, Inquiry.subject, StaffMember.login)
        .join(Inquiry, FollowUp.inquiry_id == Inquiry.id)
        .outerjoin(StaffMember, FollowUp.assignee_id == StaffMember.id)
        .order_by(FollowUp.id)
    )
    with db.read() as session:
        return [
            FollowUpRow(
                f.id,
                f.inquiry_id,
                ref,
                subject,
                login,
                f.due_on,
                f.action,
                f.description,
                f.done_at,
                f.outcome,
                f.version,
            )
            for f, ref, subject, login in session.execute(stmt)
        ]


def test_rows_are_those_of_the_entities(db: Database, inquiry, unassigned) -> None:
    written = [
        add(db, inquiry.id, DAY, action="email", description="Wysłać program"),
        add(db, inquiry.id, date(2026, 3, 1)),
        add(db, unassigned.id, date(2026, 4, 1), action="meeting"),
    ]
    written.append(followups.complete_followup(db, written[0].id, "Sent", actor="anna", today=DAY))
    written.append(followups.reschedule_followup(db, written[1].id, DAY, actor="anna"))
    written.append(followups.reschedule_followup(db, written[2].id, date(2026, 4, 1)))
    read = followups.list_followups(db, include_done=True, today=DAY)
    old = by_entities(db)
    assert sorted(read, key=lambda r: r.id) == old
    types = [[type(v) for v in vars(r).values()] for r in sorted(read, key=lambda r: r.id)]
    assert types == [[type(v) for v in vars(r).values()] for r in old]
    done = next(r for r in old if r.id == written[0].id)
    assert done.done_at is not None and done.outcome == "Sent" and done.version == 2
    assert {r.assignee for r in old} == {"anna", None}
    # what each write returned: the row as read back (the last of each follow-up's)
    latest = {r.id: r for r in written}
    assert sorted(latest.values(), key=lambda r: r.id) == old
    with db.read() as session:
        of_inquiry = followup_rows.rows_for_inquiry(session, inquiry.id)
    assert sorted(of_inquiry, key=lambda r: r.id) == [r for r in old if r.inquiry_id == inquiry.id]
