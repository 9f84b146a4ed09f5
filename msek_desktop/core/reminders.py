"""Reminders while the program runs: which of my open follow-ups are due (today or late),
which of them to tell the user about now, snoozes, and when to look again.

Nothing here reads a clock: every decision is given `now`, the local wall time (naive), so
the window passes datetime.now() and the tests any moment they like. A follow-up is due on a
day, not at an hour: it falls due at 00:00 of its day. So the only moments anything changes
by itself are midnight and the end of a snooze (next_change); a save, on this desk or a
colleague's, is the other, and the window reads the list again then.

What the user is told: at start-up, one notice for everything due or late (not one per
follow-up); afterwards, a follow-up once, when it becomes due while the program is open
(several at the same moment, at midnight say, in one notice), and again when its snooze
ends. A snooze lasts an hour or until 09:00 the next day; it belongs to the follow-up as it
was when snoozed: once that follow-up is done, rescheduled or given to someone else, the
snooze is forgotten. Snoozes are kept by the window between runs (dump_snoozes,
load_snoozes); a damaged text reads as no snoozes, never as an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from msek_desktop.core import errors, followups
from msek_desktop.core.db import Database
from msek_desktop.core.rows import FollowUpRow

HOUR = timedelta(hours=1)
MORNING = time(9, 0)  # "tomorrow" means tomorrow at this hour


class Length(StrEnum):
    """How long a snooze lasts."""

    HOUR = "hour"
    TOMORROW = "tomorrow"


def snooze_end(length: Length | str, now: datetime) -> datetime:
    """An hour from now, or 09:00 the next day."""
    if Length(length) is Length.HOUR:
        return now + HOUR
    return datetime.combine(now.date() + timedelta(days=1), MORNING)


def next_midnight(now: datetime) -> datetime:
    """00:00 of the day after `now`'s: what was tomorrow becomes today."""
    return datetime.combine(now.date() + timedelta(days=1), time(0, 0))


def due_followups(db: Database, login: str, today: date) -> list[FollowUpRow]:
    """The open follow-ups of `login`'s live inquiries due on or before `today`, soonest
    first (all of them: the count shown must be the real one)."""
    return followups.list_followups(db, assignee=login, today=today, until=today, limit=None)


@dataclass(frozen=True)
class Counts:
    """How many follow-ups are due (today and late), and how many of them are late."""

    due: int
    overdue: int


def count_due(due: Iterable[FollowUpRow], today: date) -> Counts:
    rows = list(due)
    return Counts(len(rows), sum(r.due_on < today for r in rows))


@dataclass(frozen=True)
class Snooze:
    """A follow-up not to be told about before `until`. `due_on` is its day when snoozed:
    rescheduled, it is another reminder and the snooze is forgotten."""

    due_on: date
    until: datetime


@dataclass(frozen=True)
class Notice:
    """What to tell the user now: one follow-up, or several in one notice (`at_start`: the
    start-up summary)."""

    followups: tuple[FollowUpRow, ...]
    overdue: int
    at_start: bool

    @property
    def single(self) -> FollowUpRow | None:
        """The follow-up when there is one (a click opens its inquiry), else None (My day)."""
        return self.followups[0] if len(self.followups) == 1 else None


class Reminders:
    """One staff member's reminders on one desk, while the program runs: give it the due
    follow-ups whenever they are read (update), and it says what to tell."""

    def __init__(self, snoozes: Mapping[int, Snooze] | None = None) -> None:
        self.snoozes: dict[int, Snooze] = dict(snoozes or {})
        self.due: tuple[FollowUpRow, ...] = ()
        self.today: date | None = None
        self._told: set[int] = set()  # notified (or summarised) and still due
        self._started = False

    def update(self, due: Sequence[FollowUpRow], now: datetime) -> Notice | None:
        """`due` read for now's day (due_followups): the notice to show, if any. The
        snoozes of follow-ups no longer due as they were, and the ended ones, go."""
        self.due = tuple(due)
        self.today = now.date()
        self._forget(now)
        self._told &= {r.id for r in self.due}
        fresh = tuple(r for r in self.due if r.id not in self._told and not self.snoozed(r.id))
        self._told |= {r.id for r in fresh}
        at_start, self._started = not self._started, True
        if not fresh:
            return None
        return Notice(fresh, count_due(fresh, self.today).overdue, at_start)

    def counts(self) -> Counts:
        return count_due(self.due, self.today or date.min)

    def snoozed(self, followup_id: int) -> Snooze | None:
        return self.snoozes.get(followup_id)

    def snooze(self, followup_id: int, length: Length | str, now: datetime) -> Snooze:
        """Tell about this due follow-up again at the snooze's end (UserError if it is not
        due: done or rescheduled meanwhile)."""
        row = next((r for r in self.due if r.id == followup_id), None)
        if row is None:
            raise errors.UserError(f"Follow-up {followup_id} is not due: nothing to snooze.")
        snooze = Snooze(row.due_on, snooze_end(length, now))
        self.snoozes[followup_id] = snooze
        self._told.discard(followup_id)  # told again when the snooze ends
        return snooze

    def snooze_all(self, length: Length | str, now: datetime) -> int:
        """Snooze every due follow-up; how many."""
        for row in self.due:
            self.snooze(row.id, length, now)
        return len(self.due)

    def next_change(self, now: datetime) -> datetime:
        """The next moment something changes by itself: a snooze ends, or midnight."""
        ends = [s.until for s in self.snoozes.values() if s.until > now]
        return min([next_midnight(now), *ends])

    def _forget(self, now: datetime) -> None:
        days = {r.id: r.due_on for r in self.due}
        self.snoozes = {
            fid: s for fid, s in self.snoozes.items() if days.get(fid) == s.due_on and s.until > now
        }


def dump_snoozes(snoozes: Mapping[int, Snooze]) -> str:
    """The snoozes as JSON text, to be kept between runs."""
    return json.dumps(
        {str(fid): [s.due_on.isoformat(), s.until.isoformat()] for fid, s in snoozes.items()},
        sort_keys=True,
    )


def load_snoozes(text: object) -> dict[int, Snooze]:
    """The snoozes dump_snoozes wrote; anything unreadable (a damaged or foreign value)
    is left out rather than refused: a snooze lost only means a reminder comes back."""
    if not isinstance(text, str):
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    found: dict[int, Snooze] = {}
    for key, value in data.items() if isinstance(data, dict) else ():
        try:
            day, until = value
            snooze = Snooze(date.fromisoformat(day), datetime.fromisoformat(until))
        except (TypeError, ValueError):
            continue
        if snooze.until.tzinfo is None and key.isdigit():  # local wall time, as written
            found[int(key)] = snooze
    return found
