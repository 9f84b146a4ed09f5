"""The office's figures (core.figures) against a small hand-made data set whose answers are
counted by hand below, on an SQLite file and on the office server."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select, text

from msek_desktop.core import figures
from msek_desktop.core.db import Database
from msek_desktop.core.figures import AnswerTime, Bar, Compared, Count, Participants, StaffOverdue
from msek_desktop.core.models import (
    Exchange,
    Field,
    FollowUp,
    Inquiry,
    StaffMember,
    TimelineEntry,
)

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 6, 15)
D = date

# name: (received_on, stage, side, kind, lost_reason, fields, in the bin)
INQUIRIES: dict[str, tuple[date, str, str, str, str | None, tuple[str, ...], bool]] = {
    "i1": (D(2026, 1, 10), "new", "katowice", "information", None, ("music",), False),
    "i2": (D(2026, 2, 3), "qualifying", "katowice", "project", None, ("music", "design"), False),
    "i3": (D(2026, 3, 15), "proposal_sent", "saint_etienne", "project", None, ("design",), False),
    "i4": (D(2026, 6, 1), "lost", "saint_etienne", "information", "no_answer", (), False),
    "i5": (D(2026, 6, 14), "lost", "katowice", "accompaniment", None, ("music",), False),
    "i6": (D(2026, 6, 10), "completed", "other", "project", None, (), False),
    "i7": (D(2026, 6, 16), "new", "katowice", "information", None, (), False),  # after today
    "i8": (D(2026, 5, 5), "new", "katowice", "information", None, ("music",), True),  # bin
    "j1": (D(2025, 6, 2), "completed", "katowice", "project", None, ("music",), False),
    "j2": (D(2025, 6, 20), "lost", "katowice", "information", "withdrawn", (), False),
    "j3": (D(2025, 1, 1), "running", "saint_etienne", "project", None, ("design",), False),
    "k1": (D(2024, 12, 31), "new", "katowice", "information", None, (), False),
}  # fmt: skip

# the history: (inquiry, kind, at); the answering kinds are call, email, letter, followup_done
ENTRIES = [
    ("i1", "note", datetime(2026, 1, 11, 9)),  # a note is no answer
    ("i1", "call", datetime(2026, 1, 13, 10)),  # 3 days
    ("i1", "letter", datetime(2026, 1, 20, 10)),  # later: not the first
    ("i2", "letter", datetime(2026, 2, 3, 9)),  # 0 days
    ("i3", "followup_done", datetime(2026, 3, 25, 16)),  # 10 days
    ("i4", "email", datetime(2026, 6, 8, 23, 59)),  # 7 days
    ("i6", "call", datetime(2026, 6, 9, 8)),  # before its receipt (typed in late): 0 days
    ("i7", "call", datetime(2026, 6, 16, 8)),  # received after today: not counted
    ("j1", "call", datetime(2025, 6, 6, 8)),  # 4 days
    ("j3", "email", datetime(2025, 1, 2, 8)),  # 1 day
    ("j3", "created", datetime(2025, 1, 1, 8)),  # created is no answer
]

# (inquiry, who, due_on, done)
FOLLOW_UPS = [
    ("i1", "anna", D(2026, 6, 10), False),
    ("i2", "anna", D(2026, 6, 14), False),
    ("i3", "marc", D(2026, 6, 1), False),
    ("i3", "marc", D(2026, 6, 15), False),  # due today: not overdue
    ("i1", "anna", D(2026, 6, 1), True),  # done
    ("i8", "anna", D(2026, 6, 1), False),  # its inquiry is in the bin
    ("i2", None, D(2026, 5, 1), False),  # nobody's
]

# name: (status, kind, starts_on, ends_on, planned (se, kt), actual (se, kt), in the bin)
EXCHANGES: dict[str, tuple[Any, ...]] = {
    "e1": ("running", "hosting", D(2026, 6, 1), D(2026, 7, 10), (2, 3), (2, None), False),
    "e2": ("planned", "concert", D(2026, 9, 1), D(2026, 9, 5), (20, 0), (None, None), False),
    "e3": ("planned", "visit", D(2026, 7, 1), None, (5, 5), (None, None), False),
    "e4": ("cancelled", "visit", D(2026, 4, 1), None, (10, 10), (None, None), False),
    "e5": ("completed", "workshop", D(2026, 3, 1), D(2026, 3, 5), (9, 9), (4, 6), False),
    "e6": ("completed", "visit", D(2025, 5, 10), D(2025, 5, 12), (None, None), (3, 3), False),
    "e7": ("planned", "visit", D(2026, 10, 1), None, (1, 1), (None, None), True),
    "e8": ("planned", "visit", None, None, (7, 7), (None, None), False),
}  # fmt: skip


@pytest.fixture
def office(db: Database, anna: Any, marc: Any) -> Database:
    """The data set above, written row by row."""
    with db.write() as session:
        staff = {s.login: s.id for s in session.scalars(select(StaffMember))}
        fields = {f.code: f for f in session.scalars(select(Field))}
        ids: dict[str, int] = {}
        for n, (name, (received, stage, side, kind, reason, codes, binned)) in enumerate(
            INQUIRIES.items(), 1
        ):
            inquiry = Inquiry(
                ref=f"{received.year}-{n:04d}", received_on=received, stage=stage, side=side,
                kind=kind, lost_reason=reason, subject=name,
                deleted_at=datetime(2026, 6, 1) if binned else None,
            )  # fmt: skip
            inquiry.fields = [fields[c] for c in codes]
            session.add(inquiry)
            session.flush()
            ids[name] = inquiry.id
        for name, kind, at in ENTRIES:
            session.add(TimelineEntry(inquiry_id=ids[name], kind=kind, at=at))
        for name, who, due, done in FOLLOW_UPS:
            session.add(
                FollowUp(
                    inquiry_id=ids[name], assignee_id=staff[who] if who else None, due_on=due,
                    done_at=datetime(2026, 6, 2) if done else None,
                )
            )  # fmt: skip
        for name, (status, kind, starts, ends, planned, actual, binned) in EXCHANGES.items():
            session.add(
                Exchange(
                    title=name, status=status, kind=kind, starts_on=starts, ends_on=ends,
                    planned_saint_etienne=planned[0], planned_katowice=planned[1],
                    actual_saint_etienne=actual[0], actual_katowice=actual[1],
                    deleted_at=datetime(2026, 6, 1) if binned else None,
                )
            )  # fmt: skip
    return db


def bars(found: tuple[Bar, ...]) -> dict[str, tuple[int, int]]:
    return {b.key: (b.now, b.before) for b in found}


def test_a_year_to_today_against_the_same_days_of_last_year(office: Database) -> None:
    year = figures.year_figures(office, 2026, until=TODAY)
    assert (year.period, year.before) == (
        figures.Period(D(2026, 1, 1), TODAY),
        figures.Period(D(2025, 1, 1), D(2025, 6, 15)),
    )
    assert year.new_inquiries == Compared(6, 2)  # i1-i6; j1 j3
    assert bars(year.by_stage) == {
        "new": (1, 0), "qualifying": (1, 0), "matching": (0, 0), "proposal_sent": (1, 0),
        "in_discussion": (0, 0), "agreed": (0, 0), "running": (0, 1), "completed": (1, 1),
        "lost": (2, 0),
    }  # fmt: skip
    assert [b.key for b in year.by_stage][-2:] == ["completed", "lost"]
    assert bars(year.by_side) == {"saint_etienne": (2, 1), "katowice": (3, 1), "other": (1, 0)}
    assert bars(year.by_kind) == {"information": (2, 0), "accompaniment": (1, 0), "project": (3, 2)}
    assert year.by_field == (Bar("music", 3, 1), Bar("design", 2, 1))
    assert bars(year.lost_reasons) == {
        "no_answer": (1, 0), "no_counterpart": (0, 0), "withdrawn": (0, 0),
        "out_of_scope": (0, 0), "other": (1, 0),
    }  # fmt: skip


def test_the_median_time_to_first_answer_odd_and_even(office: Database) -> None:
    year = figures.year_figures(office, 2026, until=TODAY)
    # 0 0 3 7 10: the middle one; i5 never answered
    assert year.first_answer == AnswerTime(3.0, 5, 1)
    # 1 and 4: their mean
    assert year.first_answer_before == AnswerTime(2.5, 2, 0)


def test_the_dashboard_this_month_and_year_against_last_year_and_this_year_alone(
    office: Database,
) -> None:
    board = figures.dashboard(office, TODAY)
    assert board.period == figures.Period(D(2026, 1, 1), TODAY)
    assert board.month == Compared(3, 1)  # i4 i5 i6 (not i7: tomorrow); j1 (1-15 June 2025)
    assert board.year == Compared(6, 2)
    assert board.by_side == (Count("saint_etienne", 2), Count("katowice", 3), Count("other", 1))
    assert board.by_kind == (Count("information", 2), Count("accompaniment", 1),
                             Count("project", 3))  # fmt: skip
    assert board.by_field == (Count("music", 3), Count("design", 2))
    assert {c.key: c.count for c in board.lost_reasons} == {
        "no_answer": 1, "no_counterpart": 0, "withdrawn": 0, "out_of_scope": 0, "other": 1
    }  # fmt: skip
    assert board.first_answer == AnswerTime(3.0, 5, 1)
    assert board.participants == Participants(2 + 20 + 5 + 4, 3 + 0 + 5 + 6)  # all 2026


def test_a_period_without_an_inquiry_has_no_median(office: Database) -> None:
    empty = figures.year_figures(office, 2023)
    assert empty.first_answer == AnswerTime(None, 0, 0)
    assert empty.new_inquiries == Compared(0, 0)
    assert empty.by_field == ()
    assert all(b.now == b.before == 0 for b in empty.by_stage)


def test_the_pipeline_counts_live_open_inquiries_of_any_year(office: Database) -> None:
    board = figures.dashboard(office, TODAY)
    assert board.pipeline == (
        Count("new", 3), Count("qualifying", 1), Count("matching", 0),  # i1 i7 k1, not i8
        Count("proposal_sent", 1), Count("in_discussion", 0), Count("agreed", 0),
        Count("running", 1),
    )  # fmt: skip


def test_overdue_follow_ups_per_staff_member(office: Database) -> None:
    board = figures.dashboard(office, TODAY)
    assert board.overdue == (
        StaffOverdue("anna", "Anna Kowalska", 2),
        StaffOverdue("marc", "Marc Rivière", 1),
        StaffOverdue(None, "", 1),
    )


def test_exchanges_running_and_coming_and_participants(office: Database) -> None:
    board = figures.dashboard(office, TODAY)
    assert [e.title for e in board.running.rows] == ["e1"] and board.running.total == 1
    assert [e.title for e in board.coming.rows] == ["e3", "e2"] and board.coming.total == 2
    year = figures.year_figures(office, 2026, until=TODAY)
    assert year.participants == Participants(6, 9)  # e1 (2, planned 3) + e5 (actual 4, 6)
    assert year.participants_before == Participants(3, 3)
    assert bars(year.exchanges_by_status) == {
        "planned": (0, 0), "running": (1, 0), "completed": (1, 1), "cancelled": (1, 0)
    }  # fmt: skip
    assert year.exchanges_by_kind == (Bar("hosting", 1, 0), Bar("workshop", 1, 0),
                                      Bar("visit", 0, 1))  # fmt: skip


def test_a_whole_year_against_the_whole_year_before(office: Database) -> None:
    year = figures.year_figures(office, 2026)
    assert (year.year, year.period.end, year.before.end) == (2026, D(2026, 12, 31), D(2025, 12, 31))
    assert year.new_inquiries == Compared(7, 3)  # i7 now counts; j2 too
    assert bars(year.lost_reasons)["withdrawn"] == (0, 1)
    assert year.participants == Participants(2 + 20 + 5 + 4, 3 + 0 + 5 + 6)
    assert year.first_answer == AnswerTime(1.5, 6, 1)  # 0 0 0 3 7 10: i7 answered the day it came


def test_the_answering_kinds_are_the_partial_index_s_own() -> None:
    """The query names the kinds as the index does, or the database reads every entry."""
    from msek_desktop.core.figures.answers import ANSWER_KINDS
    from msek_desktop.core.models.records import FIRST_ANSWER_KINDS

    assert "kind IN (" + ", ".join(f"'{k}'" for k in ANSWER_KINDS) + ")" == FIRST_ANSWER_KINDS


def test_the_first_answer_is_read_from_its_index(db: Database) -> None:
    """The partial index's condition is matched by the query (else every entry is read)."""
    with db.read() as session:
        table = str(
            figures.answers._days(session, figures.Period(D(2026, 1, 1), TODAY))[0].element.compile(
                session.get_bind(), compile_kwargs={"literal_binds": True}
            )
        )
        explain = "EXPLAIN QUERY PLAN "
        if db.engine.dialect.name == "postgresql":  # a few rows: usable is what is asked
            session.execute(text("SET LOCAL enable_seqscan = off"))
            explain = "EXPLAIN "
        plan = " ".join(str(r) for r in session.execute(text(explain + table)))
    assert "ix_timeline_entries_first_answer" in plan
