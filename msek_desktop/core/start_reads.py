"""What the window's first screen (My day) reads, with plain sqlite3: no SQLAlchemy, no ORM.

Importing SQLAlchemy, the ORM and the models took half the window's start before its first
paint (issue 18). On a database file that is sound and current (core.plain_file.open_file),
the first screen's reads are answered here with plain SQL, and the general `Database` is
opened after the first paint; any other file, and the office server (PostgreSQL), take the
general path from the start: StartReads.open says None.

Each answer equals the ORM function's on the same file, in the same types (core.rows): the
same statements, with `?` placeholders, over the same indexed columns (the SQL the ORM
emits), the stored text read back as SQLAlchemy reads it (dates, booleans, times). Tests
compare every list for every staff member on a demo database (tests/core/test_start_reads.py,
on SQLite only: the plain path is for files). This module imports neither SQLAlchemy, the
models, core.db nor core.store, directly or not (a test checks it in a fresh interpreter).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from msek_desktop.core import errors, plain_file
from msek_desktop.core.rows import FollowUpRow, StaffRow, Waiting, WaitingInquiry
from msek_desktop.core.vocab import CLOSED_STAGES, Stage, When

# copied where importing the module would import SQLAlchemy (a test checks they are the same)
LIMIT = 200  # core.my_day.LIMIT
DEMO_MARK = "demo.database"  # core.demo_place.MARK
FOLLOWUPS_LIMIT = 500  # core.followups.list_followups's limit

_CLOSED = tuple(sorted(s.value for s in CLOSED_STAGES))
_STAFF = (
    "SELECT id, login, full_name, title_fr, title_pl, title_en, email, phone, active, version "
    "FROM staff_members"
)
_MEMBER_ID = "(SELECT staff_members.id FROM staff_members WHERE staff_members.login = ?)"
_OPEN = f"inquiries.stage NOT IN ({', '.join('?' for _ in _CLOSED)})"
# core.followup_rows.query: a follow-up with its inquiry's ref and subject, its assignee's login
_FOLLOWUPS = (
    "SELECT follow_ups.id, follow_ups.inquiry_id, inquiries.ref, inquiries.subject, "
    "staff_members.login, follow_ups.due_on, follow_ups.action, follow_ups.description, "
    "follow_ups.done_at, follow_ups.outcome, follow_ups.version "
    "FROM follow_ups JOIN inquiries ON follow_ups.inquiry_id = inquiries.id "
    "LEFT OUTER JOIN staff_members ON follow_ups.assignee_id = staff_members.id "
    "WHERE inquiries.deleted_at IS NULL AND follow_ups.done_at IS NULL "
    "AND follow_ups.due_on {due} ?{until} "
    "AND staff_members.login = ? ORDER BY follow_ups.due_on, follow_ups.id LIMIT ?"
)
_DUE = {When.OVERDUE: "<", When.TODAY: "=", When.UPCOMING: ">"}
# core.my_day._query: live inquiries, oldest first, with who wrote and how many in all
_WAITING = (
    "SELECT inquiries.id, inquiries.ref, inquiries.received_on, inquiries.stage, "
    "inquiries.subject, contacts.first_name, contacts.last_name, organisations.name, "
    "inquiries.version, count(*) OVER () AS total "
    "FROM inquiries LEFT OUTER JOIN contacts ON inquiries.contact_id = contacts.id "
    "LEFT OUTER JOIN organisations ON inquiries.organisation_id = organisations.id "
    "WHERE inquiries.deleted_at IS NULL AND {where} "
    "ORDER BY inquiries.received_on, inquiries.id LIMIT ?"
)
_NOTHING_PLANNED = _WAITING.format(
    where=f"inquiries.assignee_id = {_MEMBER_ID} AND {_OPEN} AND NOT (EXISTS (SELECT * "
    "FROM follow_ups WHERE follow_ups.inquiry_id = inquiries.id "
    "AND follow_ups.done_at IS NULL))"
)
_NEW_UNASSIGNED = _WAITING.format(where="inquiries.stage = ? AND inquiries.assignee_id IS NULL")
_OPEN_COUNT = (
    "SELECT count(inquiries.id) FROM inquiries WHERE inquiries.deleted_at IS NULL "
    f"AND {_OPEN} AND inquiries.assignee_id = {_MEMBER_ID}"
)


class StartReads:
    """The first screen's reads of one database file, on a plain connection (see the module).
    Not shared between threads at once; close() when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path

    @classmethod
    def open(cls, path: Path) -> StartReads | None:
        """The reads of the file `path`; None when the window must open it the general way
        (core.plain_file.open_file says no; a place refused: the general path says why)."""
        try:
            conn = plain_file.open_file(path, checked=False)  # checked once shown
        except errors.UnsafePlaceError:
            return None
        return None if conn is None else cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def _all(self, sql: str, *params: Any) -> list[Any]:
        """The rows; an error of the file said as the Database says it (a damaged page: the
        window's reads meet it on either path, quick_check being after the first paint)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            from msek_desktop.core import db  # only to say the error: SQLAlchemy then

            user = db.translate_error(exc, self.path)
            if user is None:
                raise
            raise user from exc

    def staff(self, active_only: bool = False) -> list[StaffRow]:
        """As core.staff.list_staff: by full name."""
        where = " WHERE staff_members.active IS 1" if active_only else ""
        rows = self._all(f"{_STAFF}{where} ORDER BY staff_members.full_name")
        return [_staff_row(r) for r in rows]

    def member(self, login: str) -> StaffRow | None:
        """As core.staff.get_staff; None where it says there is no such login."""
        found = self._all(f"{_STAFF} WHERE staff_members.login = ?", login)
        return _staff_row(found[0]) if found else None

    def inquiries_exist(self) -> bool:
        """Whether any inquiry is out of the bin: inquiries.count_inquiries(db) != 0."""
        sql = "SELECT EXISTS (SELECT 1 FROM inquiries WHERE inquiries.deleted_at IS NULL)"
        return bool(self._all(sql)[0][0])

    def is_demo(self) -> bool:
        """As core.demo_place.is_demo: the settings row marking a demo database is there."""
        return bool(self._all('SELECT 1 FROM settings WHERE settings."key" = ?', DEMO_MARK))

    def followups(
        self,
        when: When | str,
        *,
        assignee: str,
        today: date,
        until: date | None = None,
        limit: int | None = FOLLOWUPS_LIMIT,
    ) -> list[FollowUpRow]:
        """As core.followups.list_followups(db, when, assignee=..., today=..., until=...,
        limit=...): `assignee`'s open follow-ups of live inquiries, soonest first."""
        params: list[Any] = [today.isoformat()]
        if until is not None:
            params.append(until.isoformat())
        later = "" if until is None else " AND follow_ups.due_on <= ?"
        sql = _FOLLOWUPS.format(due=_DUE[When(when)], until=later)
        rows = self._all(sql, *params, assignee, -1 if limit is None else limit)
        return [_followup_row(r) for r in rows]

    def nothing_planned(self, login: str, *, limit: int = LIMIT) -> Waiting:
        """As core.my_day.nothing_planned."""
        return _waiting(self._all(_NOTHING_PLANNED, login, *_CLOSED, limit))

    def new_unassigned(self, *, limit: int = LIMIT) -> Waiting:
        """As core.my_day.new_unassigned."""
        return _waiting(self._all(_NEW_UNASSIGNED, Stage.NEW.value, limit))

    def open_count(self, login: str) -> int:
        """As inquiries.count_inquiries(db, InquiryFilter(assignee=login, open=True))."""
        return int(self._all(_OPEN_COUNT, *_CLOSED, login)[0][0])


def _staff_row(r: Any) -> StaffRow:
    id_, login, full_name, title_fr, title_pl, title_en, email, phone, active, version = r
    return StaffRow(
        id_, login, full_name, title_fr, title_pl, title_en, email, phone, bool(active), version
    )


def _followup_row(r: Any) -> FollowUpRow:
    (id_, inquiry_id, ref, subject, login, due_on, action, description, done_at, outcome,
     version) = r  # fmt: skip
    return FollowUpRow(
        id_, inquiry_id, ref, subject, login, date.fromisoformat(due_on), action, description,
        plain_file.stored_time(done_at), outcome, version,
    )  # fmt: skip


def _waiting_row(r: Any) -> WaitingInquiry:
    id_, ref, received_on, stage, subject, first_name, last_name, name, version, _total = r
    contact = f"{first_name or ''} {last_name or ''}".strip()
    received = date.fromisoformat(received_on)
    return WaitingInquiry(id_, ref, received, stage, subject, contact, name or "", version)


def _waiting(rows: list[Any]) -> Waiting:
    return Waiting(tuple(_waiting_row(r) for r in rows), int(rows[0][-1]) if rows else 0)
