"""An exchange's status follows its dates, and its inquiry's stage follows the exchange
(core.exchanges.following): on create and update, and in catch_up."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from msek_desktop.core import changes, exchanges, inquiries
from msek_desktop.core.db import Database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

JUNE_1, JUNE_5 = date(2026, 6, 1), date(2026, 6, 5)


def agreed_inquiry(db: Database, party: Any, stage: str = "agreed") -> int:
    row = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": party.contact.id, "received_on": "2026-01-10"},
        actor="anna",
    )  # fmt: skip
    inquiries.move_stage(db, row.id, stage, lost_reason="withdrawn", actor="anna")
    return row.id


def exchange(db: Database, party: Any, inquiry_id: int | None, today: date, **more: Any) -> int:
    given = {"title": "Chór w Saint-Étienne", "organisation_ids": [party.organisation.id],
             "inquiry_id": inquiry_id, "starts_on": JUNE_1, "ends_on": JUNE_5, **more}  # fmt: skip
    return exchanges.create_exchange(db, given, actor="anna", today=today).row.id


def stage(db: Database, inquiry_id: int) -> tuple[str, date | None]:
    row = inquiries.get_inquiry(db, inquiry_id).row
    return row.stage, row.closed_on


def status(db: Database, exchange_id: int) -> str:
    return exchanges.get_exchange(db, exchange_id).row.status


def moves(db: Database, inquiry_id: int) -> list[tuple[str, str, str, str | None]]:
    with db.read() as session:
        return [
            (t.kind, t.old_value, t.new_value, t.who)
            for t in changes.timeline(session, inquiry_id=inquiry_id)
            if t.kind == "exchange" or (t.kind == "stage" and t.old_value != "new")
        ]


def test_the_inquiry_runs_from_the_first_day_and_completes_after_the_last(
    db: Database, katowice
) -> None:
    inquiry_id = agreed_inquiry(db, katowice)
    exchange_id = exchange(db, katowice, inquiry_id, today=date(2026, 5, 20))
    assert (status(db, exchange_id), stage(db, inquiry_id)) == ("planned", ("agreed", None))
    assert exchanges.catch_up(db, date(2026, 5, 31)) == 0
    assert exchanges.catch_up(db, JUNE_1) == 1
    assert (status(db, exchange_id), stage(db, inquiry_id)) == ("running", ("running", None))
    assert exchanges.catch_up(db, JUNE_5) == 0  # its last day: still running
    assert exchanges.catch_up(db, date(2026, 6, 6)) == 1
    assert (status(db, exchange_id), stage(db, inquiry_id)) == (
        "completed", ("completed", date(2026, 6, 6)),
    )  # fmt: skip
    assert exchanges.catch_up(db, date(2026, 6, 7)) == 0
    assert moves(db, inquiry_id) == [
        ("exchange", "", "planned", "anna"),
        ("exchange", "planned", "running", None),
        ("stage", "agreed", "running", None),
        ("exchange", "running", "completed", None),
        ("stage", "running", "completed", None),
    ]


def test_an_exchange_recorded_afterwards_completes_its_inquiry_at_once(
    db: Database, katowice
) -> None:
    inquiry_id = agreed_inquiry(db, katowice, "in_discussion")
    exchange_id = exchange(db, katowice, inquiry_id, today=date(2026, 7, 1))
    assert status(db, exchange_id) == "completed"
    assert stage(db, inquiry_id) == ("completed", date(2026, 7, 1))
    assert moves(db, inquiry_id) == [
        ("exchange", "", "completed", "anna"),
        ("stage", "in_discussion", "completed", "anna"),
    ]


def test_an_update_of_the_dates_moves_them_too(db: Database, katowice) -> None:
    inquiry_id = agreed_inquiry(db, katowice)
    exchange_id = exchange(db, katowice, inquiry_id, today=date(2026, 5, 1))
    exchanges.update_exchange(db, exchange_id, {"starts_on": "2026-04-28"}, today=date(2026, 5, 1))
    assert (status(db, exchange_id), stage(db, inquiry_id)) == ("running", ("running", None))


def test_staff_keep_the_status_and_stage_they_set(db: Database, katowice, saint_etienne) -> None:
    kept = agreed_inquiry(db, katowice)
    not_moving = exchange(db, katowice, kept, today=date(2026, 5, 1), moves_stage=False)
    cancelled_inquiry = agreed_inquiry(db, saint_etienne)
    cancelled = exchange(
        db, saint_etienne, cancelled_inquiry, today=date(2026, 5, 1), status="cancelled",
        cancel_reason="funding",
    )  # fmt: skip
    assert exchanges.catch_up(db, date(2026, 7, 1)) == 0
    assert (status(db, not_moving), stage(db, kept)) == ("planned", ("agreed", None))
    assert (status(db, cancelled), stage(db, cancelled_inquiry)) == (
        "cancelled", ("agreed", None),
    )  # fmt: skip
    # ticked again, it follows its dates at once
    exchanges.update_exchange(db, not_moving, {"moves_stage": True}, today=date(2026, 7, 1))
    assert (status(db, not_moving), stage(db, kept)[0]) == ("completed", "completed")


def test_the_inquiry_completes_with_its_last_exchange(db: Database, katowice) -> None:
    inquiry_id = agreed_inquiry(db, katowice)
    first = exchange(db, katowice, inquiry_id, today=date(2026, 5, 1))
    second = exchange(db, katowice, inquiry_id, today=date(2026, 5, 1),
                      starts_on="2026-09-01", ends_on="2026-09-03")  # fmt: skip
    assert exchanges.catch_up(db, date(2026, 6, 10)) == 1
    assert (status(db, first), status(db, second)) == ("completed", "planned")
    assert stage(db, inquiry_id) == ("running", None)
    assert exchanges.catch_up(db, date(2026, 9, 4)) == 1
    assert stage(db, inquiry_id) == ("completed", date(2026, 9, 4))


def test_a_lost_completed_or_deleted_inquiry_stays_as_it_is(
    db: Database, katowice, saint_etienne
) -> None:
    lost = agreed_inquiry(db, katowice, "lost")
    done = agreed_inquiry(db, saint_etienne, "completed")
    gone = agreed_inquiry(db, katowice)
    on_lost = exchange(db, katowice, lost, today=date(2026, 5, 1))
    exchange(db, saint_etienne, done, today=date(2026, 5, 1))
    exchange(db, katowice, gone, today=date(2026, 5, 1))
    inquiries.set_deleted(db, gone, True)
    assert exchanges.catch_up(db, JUNE_1) == 3  # the statuses move, not the inquiries
    assert status(db, on_lost) == "running"
    assert [stage(db, i)[0] for i in (lost, done, gone)] == ["lost", "completed", "agreed"]


def test_a_deleted_exchange_is_not_caught_up(db: Database, katowice) -> None:
    inquiry_id = agreed_inquiry(db, katowice)
    exchange_id = exchange(db, katowice, inquiry_id, today=date(2026, 5, 1))
    exchanges.set_deleted(db, exchange_id, True)
    assert exchanges.catch_up(db, JUNE_1) == 0
    assert (status(db, exchange_id), stage(db, inquiry_id)) == ("planned", ("agreed", None))


def test_a_read_only_database_is_not_caught_up(db: Database, katowice) -> None:
    inquiry_id = agreed_inquiry(db, katowice)
    exchange_id = exchange(db, katowice, inquiry_id, today=date(2026, 5, 1))
    reading = Database(db.location, db.engine, read_only=True)
    assert exchanges.catch_up(reading, date(2026, 7, 1)) == 0
    assert (status(db, exchange_id), stage(db, inquiry_id)) == ("planned", ("agreed", None))
