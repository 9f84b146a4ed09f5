"""Follow-ups as a calendar file (.ics, RFC 5545) for Outlook or any calendar program.

What is in it: the open follow-ups of live inquiries, of one assignee, of the whole office, or
of one inquiry. A follow-up marked done is left out (a calendar shows what is still to do); an
imported calendar keeps the events it had, so a done follow-up stays in Outlook until removed
there, while a calendar subscribed to the file drops it.

Each follow-up is one event:
- UID `followup-<id>@msek-desktop`: the follow-up's id never changes, so importing the file
  again updates the event rather than adding a second one (the database has no identity of
  its own to add: two offices' databases may give the same UID, one office's never does);
- an all-day event on its due date (DTSTART;VALUE=DATE, DTEND the next day): a follow-up has a
  day, no hour. Being a date, it has no time zone; the calendar says Europe/Warsaw
  (X-WR-TIMEZONE), the office's zone;
- SEQUENCE from the follow-up's version counter and LAST-MODIFIED from its updated time: a
  rescheduled follow-up keeps its UID, with its new date and a higher SEQUENCE, which calendar
  programs take as the newer version of the same event;
- DTSTAMP (when the file was made) and LAST-MODIFIED in UTC, as RFC 5545 requires;
- SUMMARY: the inquiry's ref and subject, then the action ("MSEK-2026-0012 Koncert: call");
- DESCRIPTION: the follow-up's text, who it is for, and the way back to the inquiry: the
  command `msek show REF` (the program has no URL of its own to open);
- a reminder (VALARM, ACTION:DISPLAY) at 09:00 of the due day, office time, given as that
  moment in UTC (TRIGGER;VALUE=DATE-TIME): Outlook reads a duration trigger as "so long
  before the start" whatever its sign, while an absolute one rings when it says.

A calendar file kept up to date (write_kept_calendar) is one staff member's open follow-ups
in a folder of their choice, rewritten whole: a temporary file beside it replaces it in one
step, so a calendar program subscribed to it never reads half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop import __version__
from msek_desktop.core import changes, errors, staff
from msek_desktop.core.db import Database
from msek_desktop.core.followup_rows import query as _query
from msek_desktop.core.models import FollowUp, Inquiry, StaffMember

TIME_ZONE = "Europe/Warsaw"
UID_DOMAIN = "msek-desktop"
PRODID = f"-//MSEK//MSEK Desktop {__version__}//EN"
REMINDER_AT = time(9, 0)  # the reminder of a follow-up: this hour of its due day, office time


@dataclass(frozen=True)
class CalendarFollowUp:
    """One open follow-up as its event shows it."""

    id: int
    inquiry_ref: str
    inquiry_subject: str
    assignee: str | None  # login
    assignee_name: str | None
    due_on: date
    action: str
    description: str
    version: int
    updated_at: datetime  # naive UTC, as stored


def uid_of(followup_id: int) -> str:
    return f"followup-{followup_id}@{UID_DOMAIN}"


def _names(session: Session) -> dict[str, str]:
    rows = session.execute(select(StaffMember.login, StaffMember.full_name))
    return {str(login): str(name) for login, name in rows}


def _entry(result: Any, names: dict[str, str]) -> CalendarFollowUp:
    fu, ref, subject, login = result
    return CalendarFollowUp(
        fu.id, ref, subject, login, names.get(login) if login else None, fu.due_on, fu.action,
        fu.description, fu.version, fu.updated_at,
    )  # fmt: skip


def open_followups(
    db: Database,
    *,
    assignee: str | None = None,
    inquiry_ref: str | None = None,
) -> list[CalendarFollowUp]:
    """Open follow-ups of live inquiries, soonest first: `assignee`'s (a login) or everyone's,
    of the inquiry `inquiry_ref` or of all. An unknown login or ref is a NotFoundError."""
    stmt = _open_statement(db, assignee=assignee, inquiry_ref=inquiry_ref)
    return list(_each_open(db, stmt))


def _open_statement(db: Database, *, assignee: str | None, inquiry_ref: str | None) -> Any:
    """What open_followups reads; an unknown login or ref is a NotFoundError."""
    if assignee is not None:
        staff.get_staff(db, assignee)  # "There is no staff member with the login ..."
    stmt = _query().where(Inquiry.deleted_at.is_(None), FollowUp.done_at.is_(None))
    if inquiry_ref is not None:
        ref = inquiry_ref.strip()
        with db.read() as session:
            inquiry_id = session.scalar(
                select(Inquiry.id).where(Inquiry.ref == ref, Inquiry.deleted_at.is_(None))
            )
        if inquiry_id is None:
            raise errors.NotFoundError(f"There is no inquiry {ref!r}.")
        stmt = stmt.where(FollowUp.inquiry_id == inquiry_id)
    if assignee is not None:
        stmt = stmt.where(StaffMember.login == assignee)
    return stmt.order_by(FollowUp.due_on, FollowUp.id)


def _each_open(db: Database, stmt: Any) -> Iterator[CalendarFollowUp]:
    """The follow-ups `stmt` reads, fetched a thousand at a time."""
    with db.read() as session:
        names = _names(session)
        for r in session.execute(stmt.execution_options(yield_per=1000)):
            yield _entry(r, names)


def one_followup(db: Database, followup_id: int) -> CalendarFollowUp:
    """The follow-up `followup_id`, for "Add to calendar"; a done one is refused."""
    with db.read() as session:
        fu = changes.get_one(session, FollowUp, followup_id, "Follow-up")
        if fu.done_at is not None:
            raise errors.UserError(f"Follow-up {followup_id} is done: it is not in calendars.")
        names = _names(session)
        return _entry(session.execute(_query().where(FollowUp.id == fu.id)).one(), names)


def summary_of(entry: CalendarFollowUp) -> str:
    return f"{entry.inquiry_ref} {entry.inquiry_subject}: {entry.action}"


def description_of(entry: CalendarFollowUp) -> str:
    who = entry.assignee_name or entry.assignee or "nobody"
    if entry.assignee and entry.assignee_name:
        who = f"{entry.assignee_name} ({entry.assignee})"
    lines = [entry.description] if entry.description else []
    lines += [f"For: {who}", f"Inquiry {entry.inquiry_ref}: msek show {entry.inquiry_ref}"]
    return "\n".join(lines)


def _event(entry: CalendarFollowUp, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid_of(entry.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.due_on)  # a date: VALUE=DATE, an all-day event
    event.add("dtend", entry.due_on + timedelta(days=1))
    event.add("summary", summary_of(entry))
    event.add("description", description_of(entry))
    event.add("sequence", max(entry.version - 1, 0))
    event.add("last-modified", entry.updated_at.replace(tzinfo=UTC))
    event.add("transp", "TRANSPARENT")  # a reminder to do something, not a busy day
    event.add("categories", ["MSEK"])
    event.add_component(_alarm(entry))
    return event


def reminder_of(due_on: date) -> datetime:
    """When a follow-up due on `due_on` reminds: 09:00 of that day in the office's time
    zone, in UTC (08:00 in winter, 07:00 in summer)."""
    return datetime.combine(due_on, REMINDER_AT, tzinfo=ZoneInfo(TIME_ZONE)).astimezone(UTC)


def _alarm(entry: CalendarFollowUp) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary_of(entry))  # what the reminder says
    alarm.add("trigger", reminder_of(entry.due_on), parameters={"VALUE": "DATE-TIME"})
    return alarm


def _head(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", TIME_ZONE)
    return cal


def to_ics(entries: list[CalendarFollowUp], *, name: str, now: datetime | None = None) -> bytes:
    """The calendar `name` holding one event per entry, as the bytes of an .ics file."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    cal = _head(name)
    for entry in entries:
        cal.add_component(_event(entry, stamp))
    return bytes(cal.to_ical())


_END = b"END:VCALENDAR\r\n"


def calendar_chunks(
    db: Database,
    *,
    assignee: str | None = None,
    inquiry_ref: str | None = None,
    now: datetime | None = None,
) -> Iterator[bytes]:
    """The bytes export_calendar gives, in pieces: the calendar's head, each event as its
    follow-up is read, then its end (`msek calendar --all` writes 40,000 events without
    holding them). An unknown login or ref is a NotFoundError here, before any piece."""
    stmt = _open_statement(db, assignee=assignee, inquiry_ref=inquiry_ref)
    name = calendar_name(assignee=assignee, inquiry_ref=inquiry_ref)
    return _pieces(db, stmt, name, (now or datetime.now(UTC)).astimezone(UTC))


def _pieces(db: Database, stmt: Any, name: str, stamp: datetime) -> Iterator[bytes]:
    # a component's lines are its own (icalendar's content lines): the calendar's are its
    # head's, then each event's, then its END line
    head = bytes(_head(name).to_ical())
    yield head.removesuffix(_END)
    for entry in _each_open(db, stmt):
        yield bytes(_event(entry, stamp).to_ical())
    yield _END


def calendar_name(*, assignee: str | None, inquiry_ref: str | None) -> str:
    if inquiry_ref is not None:
        return f"MSEK follow-ups: {inquiry_ref.strip()}"
    if assignee is not None:
        return f"MSEK follow-ups: {assignee}"
    return "MSEK follow-ups"


def export_calendar(
    db: Database,
    *,
    assignee: str | None = None,
    inquiry_ref: str | None = None,
    now: datetime | None = None,
) -> tuple[bytes, int]:
    """The .ics of the open follow-ups `open_followups` picks, and how many events it holds."""
    entries = open_followups(db, assignee=assignee, inquiry_ref=inquiry_ref)
    name = calendar_name(assignee=assignee, inquiry_ref=inquiry_ref)
    return to_ics(entries, name=name, now=now), len(entries)


def followup_ics(db: Database, followup_id: int, *, now: datetime | None = None) -> bytes:
    """One follow-up as an .ics of one event (the same UID as in the full calendar)."""
    entry = one_followup(db, followup_id)
    return to_ics(
        [entry], name=calendar_name(assignee=None, inquiry_ref=entry.inquiry_ref), now=now
    )


def kept_file(folder: Path, login: str) -> Path:
    """The calendar file kept for `login` in `folder`: msek-followups-LOGIN.ics."""
    return Path(folder) / f"msek-followups-{login}.ics"


def write_kept_calendar(
    db: Database, folder: Path, login: str, *, now: datetime | None = None
) -> tuple[Path, int]:
    """`login`'s open follow-ups written to kept_file(folder, login), whole or not at all
    (a temporary file beside it, then replaced in one step); the file and its events.
    Raises NotFoundError for an unknown login, UserError when the folder is missing or
    cannot be written (the file as it was is left in place)."""
    data, count = export_calendar(db, assignee=login, now=now)
    path = kept_file(folder, login)
    if not Path(folder).is_dir():
        raise errors.UserError(f"Cannot write {path}: the folder {folder} does not exist.")
    try:
        fd, temp = tempfile.mkstemp(prefix=".msek-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise errors.UserError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException as exc:  # the temporary file never stays behind
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise errors.UserError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
        raise
    return path, count
