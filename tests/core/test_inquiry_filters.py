"""The inquiries list filtered on a kind, the days received and a lost reason: the list, its
count, its open and closed counts and its ids agree, on a small hand-made data set counted
by hand below, on an SQLite file and on the office server; and each of the dashboard's bars
is the count of the list its filter gives."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from msek_desktop.core import figures, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.errors import UserError
from msek_desktop.core.inquiries import InquiryFilter, year_range
from msek_desktop.core.models import Field, Inquiry

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 6, 15)
D = date

# name: (received_on, stage, side, kind, lost_reason, fields, in the bin)
INQUIRIES: dict[str, tuple[date, str, str, str, str | None, tuple[str, ...], bool]] = {
    "a1": (D(2026, 1, 1), "new", "katowice", "information", None, ("music",), False),
    "a2": (D(2026, 2, 3), "matching", "katowice", "project", None, ("music", "design"), False),
    "a3": (D(2026, 3, 15), "lost", "saint_etienne", "project", "no_answer", ("design",), False),
    "a4": (D(2026, 6, 14), "lost", "katowice", "accompaniment", None, ("music",), False),
    "a5": (D(2026, 6, 15), "completed", "other", "project", None, (), False),  # today
    "a6": (D(2026, 6, 16), "new", "katowice", "information", None, (), False),  # after today
    "a7": (D(2026, 5, 5), "new", "katowice", "project", None, ("music",), True),  # in the bin
    # reopened after being lost: its old reason kept, but it is not lost
    "a8": (D(2026, 4, 1), "qualifying", "katowice", "project", "no_answer", (), False),
    "b1": (D(2025, 12, 31), "lost", "katowice", "project", "withdrawn", ("music",), False),
    "b2": (D(2025, 1, 1), "running", "saint_etienne", "information", None, ("design",), False),
}  # fmt: skip


@pytest.fixture
def office(db: Database) -> Database:
    with db.write() as session:
        fields = {f.code: f for f in session.scalars(select(Field))}
        for n, (name, (received, stage, side, kind, reason, codes, binned)) in enumerate(
            INQUIRIES.items(), 1
        ):
            inquiry = Inquiry(
                ref=f"{received.year}-{n:04d}", received_on=received, stage=stage, side=side,
                kind=kind, lost_reason=reason, subject=f"Échange {name}",
                deleted_at=datetime(2026, 6, 1) if binned else None,
            )  # fmt: skip
            inquiry.fields = [fields[c] for c in codes]
            session.add(inquiry)
    return db


def names(db: Database, flt: InquiryFilter) -> set[str]:
    """The inquiries listed, by their name in the data set (their subject's end); the count,
    the open and closed counts and the ids said the same way, checked alike."""
    rows = inquiries.list_inquiries(db, flt, limit=100)
    found = {r.subject.split()[-1] for r in rows}
    assert inquiries.count_inquiries(db, flt) == len(rows)
    assert inquiries.inquiry_ids(db, flt) == [r.id for r in rows]
    either = InquiryFilter(**{**flt.__dict__, "open": None})
    state = inquiries.count_by_state(db, flt)
    every = inquiries.list_inquiries(db, either, limit=100)
    assert (state.open, state.closed) == (
        sum(r.is_open for r in every),
        sum(not r.is_open for r in every),
    )
    return found


def test_a_kind(office: Database) -> None:
    assert names(office, InquiryFilter(kind="information")) == {"a1", "a6", "b2"}
    assert names(office, InquiryFilter(kind="accompaniment")) == {"a4"}
    project = InquiryFilter(kind="project", open=False)
    assert names(office, project) == {"a3", "a5", "b1"}
    assert names(office, InquiryFilter(kind="project", deleted=True)) == {"a7"}


def test_the_years_received_newest_first(office: Database) -> None:
    assert inquiries.years_received(office) == (2026, 2025)
    with office.write() as session:  # in the bin, still a year to choose
        binned = datetime(2020, 1, 1)
        session.add(
            Inquiry(ref="2019-0001", received_on=D(2019, 7, 1), side="katowice", subject="Old",
                    deleted_at=binned)
        )  # fmt: skip
    assert inquiries.years_received(office) == (2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019)


def test_no_year_received_without_inquiries(db: Database) -> None:
    assert inquiries.years_received(db) == ()


def test_the_days_received_both_included(office: Database) -> None:
    first, last = year_range(2026)
    assert (first, last) == (D(2026, 1, 1), D(2026, 12, 31))
    this_year = {"a1", "a2", "a3", "a4", "a5", "a6", "a8"}
    assert names(office, InquiryFilter(received_from=first, received_to=last)) == this_year
    assert names(office, InquiryFilter(received_from=first, received_to=TODAY)) == this_year - {
        "a6"
    }
    assert names(office, InquiryFilter(received_from=D(2026, 6, 15))) == {"a5", "a6"}
    assert names(office, InquiryFilter(received_to=D(2025, 12, 31))) == {"b1", "b2"}
    assert names(office, InquiryFilter(received_from=TODAY, received_to=D(2026, 1, 1))) == set()


def test_a_lost_reason_counts_a_lost_one_without_reason_as_other(office: Database) -> None:
    assert names(office, InquiryFilter(lost_reason="no_answer")) == {"a3"}  # not a8: reopened
    assert names(office, InquiryFilter(lost_reason="other")) == {"a4"}
    assert names(office, InquiryFilter(lost_reason="withdrawn")) == {"b1"}
    assert names(office, InquiryFilter(lost_reason="out_of_scope")) == set()


def test_the_new_filters_with_the_others(office: Database) -> None:
    this_year = dict(zip(("received_from", "received_to"), year_range(2026), strict=True))
    katowice = InquiryFilter(side="katowice", kind="project", **this_year)
    assert names(office, katowice) == {"a2", "a8"}
    music = InquiryFilter(field="music", kind="project")
    assert names(office, music) == {"a2", "b1"}
    assert names(office, InquiryFilter(search="a2", kind="project", **this_year)) == {"a2"}
    assert names(office, InquiryFilter(search="a2", kind="information")) == set()
    ordered = inquiries.list_inquiries(office, InquiryFilter(kind="project", sort="received_on"))
    assert [r.subject.split()[-1] for r in ordered] == ["b1", "a2", "a3", "a8", "a5"]


def test_an_unknown_kind_or_reason_is_said(office: Database) -> None:
    with pytest.raises(UserError, match="no inquiry kind 'concert'"):
        inquiries.count_inquiries(office, InquiryFilter(kind="concert"))
    with pytest.raises(UserError, match="no lost reason 'bored'"):
        inquiries.list_inquiries(office, InquiryFilter(lost_reason="bored"))


def test_each_dashboard_bar_is_its_list_s_count(office: Database) -> None:
    """The filter a bar opens (dashboard_links) counts what the bar shows: this year's
    inquiries to today by side, kind, field and lost reason, any year's open ones by stage."""
    board = figures.dashboard(office, TODAY)
    year = {"received_from": board.period.start, "received_to": board.period.end}
    for bars, key in (
        (board.by_side, "side"),
        (board.by_kind, "kind"),
        (board.by_field, "field"),
        (board.lost_reasons, "lost_reason"),
    ):
        for bar in bars:
            flt = InquiryFilter(open=None, **year, **{key: bar.key})
            assert inquiries.count_inquiries(office, flt) == bar.count, (key, bar.key)
    for step in board.pipeline:
        flt = InquiryFilter(stages=(step.key,), open=None)
        assert inquiries.count_inquiries(office, flt) == step.count, step.key
    assert {b.key: b.count for b in board.by_kind} == {
        "information": 1, "accompaniment": 1, "project": 4,
    }  # fmt: skip
    assert {b.key: b.count for b in board.lost_reasons if b.count} == {"no_answer": 1, "other": 1}
