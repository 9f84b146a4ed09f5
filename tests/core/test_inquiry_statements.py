"""The inquiries list builds each statement once per filter shape (core.inquiries.filtering)
and runs it again with the next filter's values: a search typed letter by letter builds and
compiles nothing new, and a statement kept from another filter of the same shape lists the
same rows as one built for this filter, on an SQLite file and on the office server."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Select, event

from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter, filtering, listing

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 5, 20)


@pytest.fixture
def office(db: Database) -> Database:
    demo.generate(db, inquiries=150, seed=11, today=TODAY)
    return db


def executed(db: Database) -> list[Any]:
    """The compiled statements run on `db` from now on, in order (one per statement)."""
    seen: list[Any] = []

    def note(
        _conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: Any
    ) -> None:
        if context is not None and context.compiled is not None:
            seen.append(context.compiled)

    event.listen(db.engine, "before_cursor_execute", note)
    return seen


def test_every_criterion_of_the_filter_says_how_it_shapes_the_statement() -> None:
    """A criterion added to InquiryFilter must say whether it changes the statement: else
    two filters differing by it would share a statement."""
    names = {f.name for f in dataclasses.fields(InquiryFilter)}
    assert names == set(filtering._SHAPES)


def test_a_search_typed_on_builds_and_compiles_nothing_new(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing a word letter by letter (each prefix a search) runs the statements of the
    first search again: none is built (filtering's store is the same) and SQLAlchemy
    finds each compiled already (the same compiled objects run)."""
    typed = [InquiryFilter(search=w, open=True) for w in ("ka", "kat", "kato", "mu", "muzy")]
    inquiries.list_inquiries(office, typed[0], limit=100)
    kept = dict(filtering._kept)
    seen = executed(office)
    inquiries.list_inquiries(office, typed[0], limit=100)
    first = {id(c) for c in seen}
    assert len(first) == 4  # the count deciding the order, the ids, the rows, their fields
    built: list[str] = []
    making = Select.__init__

    def select_made(self: Select[Any], *args: Any, **kw: Any) -> None:
        built.append("select")
        making(self, *args, **kw)

    monkeypatch.setattr(Select, "__init__", select_made)
    for flt in typed[1:]:
        inquiries.list_inquiries(office, flt, limit=100)
    assert built == []  # no statement made: not even begun
    assert filtering._kept == kept
    assert {id(c) for c in seen} == first


def listed(db: Database, flt: InquiryFilter) -> tuple[Any, ...]:
    """Everything the list reads for `flt`: a page, the count, the open and closed counts,
    every id, and the rows streamed."""
    return (
        [r.id for r in inquiries.list_inquiries(db, flt, limit=40)],
        inquiries.count_inquiries(db, flt),
        inquiries.count_by_state(db, flt),
        inquiries.inquiry_ids(db, flt),
        [r.id for r in listing.each_inquiry(db, flt, limit=30)],
    )


SAME_SHAPE = [
    (InquiryFilter(search="kato"), InquiryFilter(search="muzy")),
    (InquiryFilter(search="kato muz", open=True), InquiryFilter(search="lodz e", open=True)),
    (InquiryFilter(stages=("new", "lost")), InquiryFilter(stages=("running", "agreed"))),
    (InquiryFilter(assignee="anowak"), InquiryFilter(assignee="jlefevre")),
    (InquiryFilter(side="katowice"), InquiryFilter(side="saint-etienne")),
    (InquiryFilter(field="music"), InquiryFilter(field="design")),
    (InquiryFilter(kind="project"), InquiryFilter(kind="information")),
    (
        InquiryFilter(received_from=date(2025, 1, 1), received_to=date(2025, 12, 31)),
        InquiryFilter(received_from=date(2026, 1, 1), received_to=date(2026, 3, 31)),
    ),
    (InquiryFilter(lost_reason="other"), InquiryFilter(lost_reason="no_answer")),
    (InquiryFilter(contact_id=3), InquiryFilter(contact_id=7)),
    (InquiryFilter(organisation_id=2), InquiryFilter(organisation_id=5)),
    (
        InquiryFilter(search="a", sort="contact", descending=True),
        InquiryFilter(search="e", sort="contact", descending=True),
    ),
]


@pytest.mark.parametrize(("first", "then"), SAME_SHAPE)
def test_a_kept_statement_lists_what_a_new_one_lists(
    office: Database, first: InquiryFilter, then: InquiryFilter
) -> None:
    """`first`'s statements, kept, then run for `then` (of the same shape), list what
    statements built for `then` list: nothing of `first`'s values stays in them."""
    assert filtering.shape(first) == filtering.shape(then)
    filtering._kept.clear()
    fresh = listed(office, then)
    filtering._kept.clear()
    before = listed(office, first)
    assert listed(office, then) == fresh
    assert before != fresh  # the two filters list different rows: a stale value would show
