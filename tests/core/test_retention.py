"""Retention (core.privacy.retention): which closed inquiries and people are past the office's
retention, at the boundary days, and the monthly reminder."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import update

from msek_desktop.core import contacts, inquiries, settings
from msek_desktop.core.db import Database
from msek_desktop.core.models import ConsentRecord, Inquiry, TimelineEntry
from msek_desktop.core.privacy import retention
from msek_desktop.core.privacy.retention import FROM_ACTIVITY, FROM_CLOSED, FROM_RECEIVED

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2031, 6, 15)  # five years (the default) before: 15 June 2026
RECEIVED = date(2015, 3, 1)


def person(db: Database, last_name: str, **more: Any) -> int:
    values = {"first_name": "Ewa", "last_name": last_name, "side": "katowice", **more}
    return contacts.create_contact(db, values).id


def inquiry(
    db: Database,
    contact_id: int | None,
    *,
    stage: str = "completed",
    closed_on: date | None = None,
    activity: datetime | None = None,
    anonymised: bool = False,
    organisation_id: int | None = None,
) -> int:
    """An inquiry received in 2015, at `stage`, closed on `closed_on` (None: not said), its
    timeline's entries moved to `activity` when given."""
    values: dict[str, Any] = {"subject": "Wymiana", "received_on": RECEIVED}
    if contact_id is not None:
        values["contact_id"] = contact_id
    if organisation_id is not None:
        values["organisation_id"] = organisation_id
    row = inquiries.create_inquiry(db, values)
    with db.write() as session:
        found = session.get(Inquiry, row.id)
        assert found is not None
        found.stage, found.closed_on = stage, closed_on
        if anonymised:
            found.anonymised_at = datetime(2029, 1, 1)
        if activity is not None:
            session.execute(
                update(TimelineEntry).where(TimelineEntry.inquiry_id == row.id).values(at=activity)
            )
        elif closed_on is None:  # no timeline at all: counted from the day received
            session.execute(update(TimelineEntry).where(TimelineEntry.inquiry_id == row.id)
                            .values(inquiry_id=None))  # fmt: skip
    return row.id


# (case, stage, closed_on, last activity, due?, counted from)
CASES = [
    ("exactly five years", "completed", date(2026, 6, 15), None, False, None),
    ("a day more", "completed", date(2026, 6, 14), None, True, FROM_CLOSED),
    ("a day less", "lost", date(2026, 6, 16), None, False, None),
    ("long ago, lost", "lost", date(2020, 1, 1), None, True, FROM_CLOSED),
    ("open, however old", "running", None, datetime(2016, 1, 1), False, None),
    ("open at qualifying", "qualifying", None, None, False, None),
    ("no closing day, activity a day more", "completed", None, datetime(2026, 6, 14, 23), True,
     FROM_ACTIVITY),
    ("no closing day, activity a day less", "lost", None, datetime(2026, 6, 16, 0, 30), False,
     None),
    ("no closing day nor activity", "completed", None, None, True, FROM_RECEIVED),
]  # fmt: skip


def test_which_inquiries_are_past_retention_at_the_boundaries(db: Database) -> None:
    made = {}
    for case, stage, closed_on, activity, _due, _source in CASES:
        contact_id = person(db, case.title())
        made[case] = inquiry(db, contact_id, stage=stage, closed_on=closed_on, activity=activity)
    found = retention.due(db, TODAY)
    assert (found.years, found.before) == (5, date(2026, 6, 15))
    by_id = {i.id: i for i in found.inquiries}
    for case, _stage, _closed, _activity, is_due, source in CASES:
        assert (made[case] in by_id) is is_due, case
        if is_due:
            assert by_id[made[case]].counted_from == source, case
    days = [i.closed_on for i in found.inquiries]
    assert days == sorted(days)  # oldest closing first
    assert by_id[made["a day more"]].person == "Ewa A Day More"
    assert by_id[made["no closing day nor activity"]].closed_on == RECEIVED


def test_the_setting_decides_and_zero_keeps_everything(db: Database) -> None:
    old = inquiry(db, person(db, "Nowak"), closed_on=date(2029, 6, 14))
    assert retention.due(db, TODAY).empty  # five years: kept
    settings.save(db, {"people.retention_years": 2})
    assert [i.id for i in retention.due(db, TODAY).inquiries] == [old]
    settings.save(db, {"people.retention_years": 0})
    nothing = retention.due(db, TODAY)
    assert nothing.empty and nothing.before is None and nothing.people == ()


def test_an_anonymised_inquiry_is_not_due_again(db: Database) -> None:
    inquiry(db, person(db, "Nowak"), closed_on=date(2020, 1, 1), anonymised=True)
    assert retention.due(db, TODAY).empty


def test_who_is_erased_and_who_is_held(db: Database) -> None:
    ids = {name: person(db, name) for name in ("Alone", "Reopened", "Recent", "Anonymised",
                                               "Consenting", "Withdrawn", "Expired")}  # fmt: skip
    old = date(2020, 1, 1)
    due_of = {name: inquiry(db, contact_id, closed_on=old) for name, contact_id in ids.items()}
    inquiry(db, ids["Reopened"], stage="matching")  # an open one holds them
    inquiry(db, ids["Recent"], closed_on=date(2030, 1, 1))  # closed recently: holds them
    inquiry(db, ids["Anonymised"], closed_on=date(2030, 1, 1), anonymised=True)  # holds nobody
    with db.write() as session:
        for name, withdrawn, expires in (("Consenting", None, None),
                                         ("Withdrawn", date(2025, 1, 1), None),
                                         ("Expired", None, date(2031, 6, 14))):  # fmt: skip
            session.add(ConsentRecord(contact_id=ids[name], purpose="newsletter",
                                      given_on=date(2019, 1, 1), withdrawn_on=withdrawn,
                                      expires_on=expires))  # fmt: skip
    nobody = inquiry(db, None, closed_on=old, organisation_id=_organisation(db))
    found = retention.due(db, TODAY)
    assert set(found.people) == {ids[n] for n in ("Alone", "Anonymised", "Withdrawn", "Expired")}
    assert {i.id for i in found.inquiries} == {*due_of.values(), nobody}
    erased = {i.id: i.person_erased for i in found.inquiries}
    assert erased[due_of["Reopened"]] is False and erased[due_of["Consenting"]] is False
    assert erased[due_of["Alone"]] is True and erased[nobody] is False


def _organisation(db: Database) -> int:
    from msek_desktop.core import organisations

    return organisations.create_organisation(db, {"name": "Szkoła", "side": "katowice"}).id


@pytest.mark.parametrize(
    ("today", "years", "expected"),
    [
        (date(2031, 6, 15), 5, date(2026, 6, 15)),
        (date(2032, 2, 29), 5, date(2027, 2, 28)),  # no 29 February then
        (date(2032, 2, 29), 4, date(2028, 2, 29)),
    ],
)
def test_the_cutoff_is_the_same_day_years_before(today: date, years: int, expected: date) -> None:
    assert retention.cutoff(today, years) == expected


@pytest.mark.parametrize(
    ("last", "today", "remind"),
    [
        (None, date(2031, 6, 15), True),
        (date(2031, 6, 15), date(2031, 6, 15), False),
        (date(2031, 5, 17), date(2031, 6, 15), False),  # 29 days
        (date(2031, 5, 16), date(2031, 6, 15), True),  # 30 days
        (date(2031, 7, 1), date(2031, 6, 15), True),  # the clock was wrong then
    ],
)
def test_the_reminder_comes_once_every_thirty_days(
    last: date | None, today: date, remind: bool
) -> None:
    assert retention.reminder_due(last, today) is remind


def test_the_audit_detail_reads_back() -> None:
    detail = retention.counts_detail(retention.Applied(inquiries=3, people=2), 5)
    assert retention.read_detail(detail) == {"inquiries": 3, "people": 2, "years": 5}
    assert retention.read_detail("12 inquiries") is None
    assert retention.read_detail('{"inquiries": "x"}') is None
