"""What My day reads: at the window's start from its plain reads (core.start_reads, before
SQLAlchemy is imported: core.opening), else through the core's functions on the Database.
Both answer the same questions with the same rows (tests/core/test_start_reads.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from msek_desktop.core.errors import NotFoundError
from msek_desktop.core.rows import FollowUpRow, StaffRow, Waiting
from msek_desktop.core.vocab import When
from msek_desktop.ui.kit.core_later import followups, inquiries, my_day, staff

if TYPE_CHECKING:
    from msek_desktop.core.db import Database
    from msek_desktop.core.start_reads import StartReads
    from msek_desktop.ui.context import AppContext


class DatabaseReads:
    """My day's questions asked of the Database, as StartReads asks them of the file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def member(self, login: str) -> StaffRow | None:
        try:
            return staff.get_staff(self.db, login)
        except NotFoundError:
            return None

    def followups(
        self, when: When, *, assignee: str, today: date, until: date | None = None
    ) -> list[FollowUpRow]:
        return followups.list_followups(self.db, when, assignee=assignee, today=today, until=until)

    def nothing_planned(self, login: str) -> Waiting:
        return my_day.nothing_planned(self.db, login)

    def new_unassigned(self) -> Waiting:
        return my_day.new_unassigned(self.db)

    def open_count(self, login: str) -> int:
        return inquiries.count_inquiries(
            self.db, inquiries.InquiryFilter(assignee=login, open=True)
        )


def reads_of(ctx: AppContext) -> StartReads | DatabaseReads:
    """The start's plain reads while they last, else the Database's."""
    return ctx.reads if ctx.reads is not None else DatabaseReads(ctx.db)
