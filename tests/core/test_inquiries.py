"""Inquiries: refs, validation, the timeline, stale edits, the pipeline, lists and sorting."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from msek_desktop.core import errors, followups, inquiries, staff, writer
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import UNASSIGNED, InquiryFilter
from msek_desktop.core.models import Inquiry, RefCounter, TimelineEntry
from msek_desktop.core.rows import ContactBrief, InquiryDetail, InquiryRow, OrganisationBrief
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import PIPELINE, Stage

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date.today()


def new(db: Database, party, subject: str = "Wymiana uczniów", **values) -> InquiryRow:
    return inquiries.create_inquiry(
        db, {"subject": subject, "contact_id": party.contact.id, **values}, actor="anna"
    )


def timeline(db: Database, inquiry_id: int):
    return inquiries.get_inquiry(db, inquiry_id).timeline


def entries_of(db: Database, inquiry_id: int, kind: str) -> list[tuple[str, str, str, str]]:
    return [
        (t.field, t.old_value, t.new_value, t.who or "")
        for t in timeline(db, inquiry_id)
        if t.kind == kind
    ]


def listed(db: Database, **flt) -> list[str]:
    return [r.ref for r in inquiries.list_inquiries(db, InquiryFilter(**flt), limit=500)]


# --- creating and refs --------------------------------------------------------------------


def test_create_gives_refs_per_year_of_receipt(db: Database, katowice) -> None:
    made = [
        new(db, katowice, received_on=date(2025, 3, 1)).ref,
        new(db, katowice, received_on=date(2025, 12, 31)).ref,
        new(db, katowice, received_on=date(2024, 6, 1)).ref,
        new(db, katowice, received_on=date(2025, 1, 1)).ref,
        new(db, katowice, received_on=date(2024, 1, 2)).ref,
    ]
    assert made == ["2025-0001", "2025-0002", "2024-0001", "2025-0003", "2024-0002"]
    with db.read() as session:
        counters = {c.year: c.last_number for c in session.scalars(select(RefCounter))}
    assert counters == {2024: 2, 2025: 3}


def test_received_on_defaults_to_today(db: Database, katowice) -> None:
    row = new(db, katowice)
    assert row.received_on == TODAY
    assert row.ref == f"{TODAY.year}-0001"


def test_refs_are_never_reused_after_a_delete(db: Database, katowice) -> None:
    first = new(db, katowice, received_on=date(2025, 2, 1))
    second = new(db, katowice, received_on=date(2025, 2, 2))
    inquiries.set_deleted(db, second.id, True)
    inquiries.set_deleted(db, first.id, True)
    third = new(db, katowice, received_on=date(2025, 2, 3))
    assert third.ref == "2025-0003"
    # Even if the deleted rows are gone from the file altogether.
    with db.write() as session:
        session.execute(Inquiry.__table__.delete())
    assert new(db, katowice, received_on=date(2025, 2, 4)).ref == "2025-0004"


def test_ref_counter_missing_continues_after_existing_refs(db: Database, katowice) -> None:
    new(db, katowice, received_on=date(2023, 5, 5))
    new(db, katowice, received_on=date(2023, 5, 6))
    with db.write() as session:
        session.execute(RefCounter.__table__.delete())
    assert new(db, katowice, received_on=date(2023, 5, 7)).ref == "2023-0003"


def test_format_ref() -> None:
    assert writer.format_ref(2026, 7) == "2026-0007"
    assert writer.format_ref(2026, 12345) == "2026-12345"


def test_created_inquiry_has_a_created_entry_by_its_author(db: Database, katowice) -> None:
    row = new(db, katowice)
    entries = timeline(db, row.id)
    assert [(t.kind, t.who, t.new_value) for t in entries] == [("created", "anna", row.ref)]


def test_side_and_letter_language_come_from_the_contact(
    db: Database, katowice, saint_etienne
) -> None:
    pl = new(db, katowice)
    fr = new(db, saint_etienne)
    assert (pl.side, fr.side) == ("katowice", "saint_etienne")
    assert inquiries.get_inquiry(db, pl.id).letter_language == "pl"
    assert inquiries.get_inquiry(db, fr.id).letter_language == "fr"
    # The contact's organisation is taken too.
    assert pl.organisation is not None
    assert pl.organisation.id == katowice.organisation.id


def test_explicit_side_and_language_win(db: Database, katowice) -> None:
    row = new(db, katowice, side="other", letter_language="en")
    assert row.side == "other"
    assert inquiries.get_inquiry(db, row.id).letter_language == "en"


def test_create_with_only_an_organisation(db: Database, saint_etienne) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Résidence", "organisation_id": saint_etienne.organisation.id}
    )
    assert row.side == "saint_etienne"
    assert row.contact is None
    assert row.organisation is not None
    assert row.organisation.name == "Conservatoire Massenet"


def test_create_with_fields_and_assignee(db: Database, katowice, anna) -> None:
    row = new(db, katowice, fields=["music", "education", "music"], assignee="anna")
    assert row.fields == ("music", "education")
    assert (row.assignee, row.assignee_name) == ("anna", "Anna Kowalska")
    assert entries_of(db, row.id, "assigned") == [("assignee", "", "anna", "anna")]


def test_received_on_in_the_future_is_refused(db: Database, katowice, count) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        new(db, katowice, received_on=TODAY + timedelta(days=1))
    assert "received_on" in caught.value.by_field()
    assert count(Inquiry) == 0
    assert new(db, katowice, received_on=TODAY).received_on == TODAY


@pytest.mark.parametrize("subject", [None, "", "   "])
def test_missing_subject_is_refused_and_nothing_written(
    db: Database, katowice, count, subject
) -> None:
    timeline_before = count(TimelineEntry)
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.create_inquiry(
            db, {"subject": subject, "contact_id": katowice.contact.id}, actor="anna"
        )
    assert "subject" in caught.value.by_field()
    assert "subject" in str(caught.value)
    assert count(Inquiry) == 0
    assert count(TimelineEntry) == timeline_before
    assert count(RefCounter) == 0


def test_every_invalid_field_is_named_at_once(db: Database, katowice) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.create_inquiry(
            db,
            {
                "subject": "x" * 301,
                "contact_id": katowice.contact.id,
                "channel": "pigeon",
                "priority": "urgent",
                "received_on": "31.02.2025",
            },
        )
    assert set(caught.value.by_field()) == {"subject", "channel", "priority", "received_on"}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"contact_id": 999}, "contact_id"),
        ({"organisation_id": 999}, "organisation_id"),
        ({"contact_id": 0}, "contact_id"),
        ({}, "contact_id"),
        ({"contact_id": "abc"}, "contact_id"),
    ],
)
def test_unknown_links_are_refused(db: Database, katowice, count, values, field) -> None:
    timeline_before = count(TimelineEntry)
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.create_inquiry(db, {"subject": "Koncert", **values}, actor="anna")
    assert field in caught.value.by_field()
    assert count(Inquiry) == 0
    assert count(TimelineEntry) == timeline_before
    assert count(RefCounter) == 0


def test_deleted_contact_cannot_be_linked(db: Database, katowice, count) -> None:
    from msek_desktop.core import contacts

    contacts.set_deleted(db, katowice.contact.id, True)
    with pytest.raises(errors.ValidationError) as caught:
        new(db, katowice)
    assert "contact_id" in caught.value.by_field()
    assert count(Inquiry) == 0


def test_unknown_field_or_assignee_refused_and_nothing_written(
    db: Database, katowice, count
) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        new(db, katowice, fields=["music", "astrology"])
    assert "fields" in caught.value.by_field()
    with pytest.raises(errors.ValidationError) as caught:
        new(db, katowice, assignee="nobody")
    assert "assignee" in caught.value.by_field()
    assert count(Inquiry) == 0
    assert count(RefCounter) == 0


def test_unknown_actor_refused(db: Database, katowice, count) -> None:
    with pytest.raises(errors.NotFoundError):
        inquiries.create_inquiry(
            db, {"subject": "Koncert", "contact_id": katowice.contact.id}, actor="ghost"
        )
    assert count(Inquiry) == 0


# --- updating and the timeline ------------------------------------------------------------


def test_update_writes_one_changed_entry_per_field(db: Database, katowice, marc) -> None:
    row = new(db, katowice, priority="normal", channel="email")
    updated = inquiries.update_inquiry(
        db,
        row.id,
        {"subject": "Koncert w Saint-Étienne", "priority": "high", "channel": "email"},
        actor="marc",
        expected_version=row.version,
    )
    assert updated.subject == "Koncert w Saint-Étienne"
    assert updated.priority == "high"
    assert updated.version == row.version + 1
    changed = sorted(entries_of(db, row.id, "changed"))
    assert changed == [
        ("priority", "normal", "high", "marc"),
        ("subject", "Wymiana uczniów", "Koncert w Saint-Étienne", "marc"),
    ]


def test_update_with_nothing_new_writes_nothing(db: Database, katowice) -> None:
    row = new(db, katowice)
    same = inquiries.update_inquiry(db, row.id, {"subject": row.subject}, actor="anna")
    assert same.version == row.version
    assert entries_of(db, row.id, "changed") == []


def test_contact_change_shows_names(db: Database, katowice, saint_etienne) -> None:
    row = new(db, katowice)
    updated = inquiries.update_inquiry(
        db, row.id, {"contact_id": saint_etienne.contact.id}, actor="anna"
    )
    assert updated.contact is not None
    assert updated.contact.id == saint_etienne.contact.id
    assert updated.organisation is not None
    assert updated.organisation.id == saint_etienne.organisation.id
    changed = sorted(entries_of(db, row.id, "changed"))
    assert changed == [
        ("contact", "Ewa Wiśniewska", "Jean Dupont", "anna"),
        ("organisation", "Zespół Szkół Muzycznych w Łodzi", "Conservatoire Massenet", "anna"),
    ]


def test_fields_change_is_recorded_and_bumps_the_version(db: Database, katowice) -> None:
    row = new(db, katowice, fields=["music"])
    updated = inquiries.update_inquiry(db, row.id, {"fields": ["music", "design"]}, actor="anna")
    assert set(updated.fields) == {"music", "design"}
    assert updated.version == row.version + 1
    assert entries_of(db, row.id, "changed") == [("fields", "music", "design, music", "anna")]
    with pytest.raises(errors.ConflictError):
        inquiries.update_inquiry(
            db, row.id, {"subject": "Stale"}, expected_version=row.version, actor="anna"
        )


def test_update_refuses_invalid_values_and_writes_nothing(db: Database, katowice) -> None:
    row = new(db, katowice)
    before = timeline(db, row.id)
    for values, field in [
        ({"subject": ""}, "subject"),
        ({"received_on": TODAY + timedelta(days=3)}, "received_on"),
        ({"received_on": None}, "received_on"),
        ({"contact_id": 4242}, "contact_id"),
        ({"stage": "done"}, "stage"),
        ({"subject": "Nowy temat", "assignee": "nobody"}, "assignee"),
        ({"subject": "Nowy temat", "fields": ["astrology"]}, "fields"),
    ]:
        with pytest.raises(errors.ValidationError) as caught:
            inquiries.update_inquiry(db, row.id, values, actor="anna")
        assert field in caught.value.by_field(), values
    after = inquiries.get_inquiry(db, row.id)
    assert after.row == row
    assert after.timeline == before


def test_stale_version_is_a_conflict_and_nothing_is_written(db: Database, katowice) -> None:
    row = new(db, katowice)
    inquiries.update_inquiry(db, row.id, {"subject": "Pierwsza zmiana"}, actor="anna")
    before = inquiries.get_inquiry(db, row.id)
    with pytest.raises(errors.ConflictError, match="someone else"):
        inquiries.update_inquiry(
            db, row.id, {"subject": "Druga zmiana"}, actor="anna", expected_version=row.version
        )
    for call in (
        lambda: inquiries.assign(db, row.id, "anna", expected_version=row.version),
        lambda: inquiries.move_stage(db, row.id, "qualifying", expected_version=row.version),
    ):
        with pytest.raises(errors.ConflictError):
            call()
    after = inquiries.get_inquiry(db, row.id)
    assert after.row == before.row
    assert after.timeline == before.timeline
    assert after.row.subject == "Pierwsza zmiana"


def test_two_programs_editing_the_same_inquiry(db: Database, katowice) -> None:
    row = new(db, katowice)
    other = open_database(db.location)
    try:
        mine = inquiries.get_inquiry(db, row.id).row.version
        theirs = inquiries.get_inquiry(other, row.id).row.version
        assert mine == theirs
        inquiries.update_inquiry(
            other, row.id, {"subject": "Ich zmiana"}, actor="anna", expected_version=theirs
        )
        with pytest.raises(errors.ConflictError):
            inquiries.update_inquiry(
                db, row.id, {"subject": "Moja zmiana"}, actor="anna", expected_version=mine
            )
        assert inquiries.get_inquiry(db, row.id).row.subject == "Ich zmiana"
        fresh = inquiries.get_inquiry(db, row.id).row.version
        inquiries.update_inquiry(
            db, row.id, {"subject": "Moja zmiana"}, actor="anna", expected_version=fresh
        )
        assert inquiries.get_inquiry(other, row.id).row.subject == "Moja zmiana"
    finally:
        other.dispose()


def test_update_of_a_deleted_inquiry_is_refused(db: Database, katowice) -> None:
    row = new(db, katowice)
    inquiries.set_deleted(db, row.id, True)
    with pytest.raises(errors.NotFoundError):
        inquiries.update_inquiry(db, row.id, {"subject": "x"})
    with pytest.raises(errors.NotFoundError):
        inquiries.update_inquiry(db, 999, {"subject": "x"})


# --- assigning ----------------------------------------------------------------------------


def test_assign_and_unassign_write_assigned_entries(db: Database, katowice, anna, marc) -> None:
    row = new(db, katowice)
    assert row.assignee is None
    r1 = inquiries.assign(db, row.id, "anna", actor="marc")
    assert r1.assignee == "anna"
    assert r1.version == row.version + 1
    r2 = inquiries.assign(db, row.id, "marc", actor="anna", expected_version=r1.version)
    assert (r2.assignee, r2.assignee_name) == ("marc", "Marc Rivière")
    r3 = inquiries.assign(db, row.id, None, actor="anna")
    assert r3.assignee is None
    same = inquiries.assign(db, row.id, None, actor="anna")
    assert same.version == r3.version
    assert entries_of(db, row.id, "assigned") == [
        ("assignee", "", "anna", "marc"),
        ("assignee", "anna", "marc", "anna"),
        ("assignee", "marc", "", "anna"),
    ]


def test_assign_to_unknown_login_is_refused(db: Database, katowice) -> None:
    row = new(db, katowice)
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.assign(db, row.id, "ghost", actor="anna")
    assert "assignee" in caught.value.by_field()
    assert entries_of(db, row.id, "assigned") == []


# --- the pipeline -------------------------------------------------------------------------


def test_move_along_the_whole_pipeline(db: Database, katowice) -> None:
    row = new(db, katowice)
    closing_day = TODAY - timedelta(days=1)
    for stage in PIPELINE[1:]:
        row = inquiries.move_stage(db, row.id, stage, actor="anna", today=closing_day)
        assert row.stage == stage
        assert row.is_open == (stage != Stage.COMPLETED)
        assert row.closed_on == (closing_day if stage == Stage.COMPLETED else None)
    moves = [(old, new_) for _f, old, new_, _w in entries_of(db, row.id, "stage")]
    assert moves == list(itertools.pairwise(PIPELINE))


def test_moving_to_the_same_stage_writes_nothing(db: Database, katowice) -> None:
    row = new(db, katowice)
    again = inquiries.move_stage(db, row.id, "new", actor="anna")
    assert again.version == row.version
    assert entries_of(db, row.id, "stage") == []


def test_closing_lost_needs_a_reason(db: Database, katowice) -> None:
    row = new(db, katowice)
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.move_stage(db, row.id, "lost", actor="anna")
    assert "lost_reason" in caught.value.by_field()
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.move_stage(db, row.id, "lost", lost_reason="bored", actor="anna")
    assert "lost_reason" in caught.value.by_field()
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.move_stage(db, row.id, "lost", lost_reason="other", actor="anna")
    assert "lost_note" in caught.value.by_field()
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.move_stage(db, row.id, "lost", lost_reason="other", lost_note="   ")
    assert "lost_note" in caught.value.by_field()
    unchanged = inquiries.get_inquiry(db, row.id)
    assert unchanged.row.stage == "new"
    assert unchanged.row.version == row.version
    assert entries_of(db, row.id, "stage") == []


def test_lost_with_reason_closes_and_reopening_clears(db: Database, katowice) -> None:
    row = new(db, katowice)
    day = TODAY - timedelta(days=2)
    lost = inquiries.move_stage(
        db, row.id, "lost", lost_reason="no_counterpart", actor="anna", today=day
    )
    assert (lost.stage, lost.lost_reason, lost.closed_on, lost.is_open) == (
        "lost",
        "no_counterpart",
        day,
        False,
    )
    reopened = inquiries.move_stage(db, row.id, "matching", actor="anna")
    assert (reopened.stage, reopened.lost_reason, reopened.closed_on) == ("matching", None, None)
    other = inquiries.move_stage(
        db, row.id, "lost", lost_reason="other", lost_note="Projekt przełożony", today=day
    )
    assert other.lost_reason == "other"
    assert inquiries.get_inquiry(db, row.id).lost_note == "Projekt przełożony"

    reopened = inquiries.move_stage(db, row.id, "matching", actor="anna")
    assert (reopened.stage, reopened.lost_reason, reopened.closed_on) == ("matching", None, None)
    assert inquiries.get_inquiry(db, row.id).lost_note == ""

    done = inquiries.move_stage(db, row.id, "completed", actor="anna", today=day)
    assert done.closed_on == day
    back = inquiries.move_stage(db, row.id, "running", actor="anna")
    assert back.closed_on is None

    stages = [(old, new_) for _f, old, new_, _w in entries_of(db, row.id, "stage")]
    assert stages == [
        ("new", "lost"),
        ("lost", "matching"),
        ("matching", "lost"),
        ("lost", "matching"),
        ("matching", "completed"),
        ("completed", "running"),
    ]
    notes = [t.note for t in timeline(db, row.id) if t.kind == "stage"]
    assert notes[0] == "no_counterpart"
    assert notes[2] == "other — Projekt przełożony"


def test_closed_on_defaults_to_today(db: Database, katowice) -> None:
    row = new(db, katowice)
    assert inquiries.move_stage(db, row.id, "completed").closed_on == TODAY


# --- lists, filters, sorting --------------------------------------------------------------


@pytest.fixture
def several(
    db: Database, katowice, saint_etienne, anna, marc, database_files
) -> dict[str, InquiryRow]:
    """Six inquiries across sides, stages, assignees and fields."""
    return database_files.build(db, make_several, katowice, saint_etienne)


def make_several(db: Database, katowice, saint_etienne) -> dict[str, InquiryRow]:
    rows = {
        "a": new(db, katowice, "Alfa", received_on=date(2025, 1, 5), fields=["music"]),
        "b": new(db, saint_etienne, "Bravo", received_on=date(2024, 3, 1), assignee="anna"),
        "c": new(db, katowice, "Charlie", received_on=date(2025, 7, 9), assignee="marc"),
        "d": new(
            db, saint_etienne, "Delta", received_on=date(2023, 11, 30), fields=["design", "music"]
        ),
        "e": new(db, katowice, "Echo", received_on=date(2025, 7, 9), assignee="anna"),
        "f": new(db, saint_etienne, "Foxtrot", received_on=date(2024, 12, 24), priority="high"),
    }
    inquiries.move_stage(db, rows["b"].id, "completed")
    inquiries.move_stage(db, rows["c"].id, "lost", lost_reason="withdrawn")
    inquiries.move_stage(db, rows["d"].id, "matching")
    return {k: inquiries.get_inquiry(db, r.id).row for k, r in rows.items()}


def test_default_order_is_newest_first(db: Database, several) -> None:
    got = inquiries.list_inquiries(db)
    assert [r.subject for r in got] == ["Echo", "Charlie", "Alfa", "Foxtrot", "Bravo", "Delta"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({}, "abcdef"),
        ({"stages": ("new",)}, "aef"),
        ({"stages": ("completed", "lost")}, "bc"),
        ({"open": True}, "adef"),
        ({"open": False}, "bc"),
        ({"side": "katowice"}, "ace"),
        ({"side": "saint_etienne"}, "bdf"),
        ({"side": "saint-etienne"}, "bdf"),
        ({"side": "other"}, ""),
        ({"assignee": "anna"}, "be"),
        ({"assignee": "marc"}, "c"),
        ({"assignee": UNASSIGNED}, "adf"),
        ({"assignee": "ghost"}, ""),
        ({"field": "music"}, "ad"),
        ({"field": "design"}, "d"),
        ({"field": "sport"}, ""),
        ({"open": True, "side": "katowice", "assignee": "anna"}, "e"),
        ({"search": "alfa"}, "a"),
        ({"search": "dupont", "open": True}, "df"),
        ({"deleted": True}, ""),
    ],
)
def test_list_filters_and_count(db: Database, several, flt, expected) -> None:
    rows = inquiries.list_inquiries(db, InquiryFilter(**flt), limit=500)
    by_subject = {r.subject[0].lower() for r in rows}
    assert by_subject == set(expected)
    assert len(rows) == len(expected)
    assert inquiries.count_inquiries(db, InquiryFilter(**flt)) == len(expected)


def test_filter_by_contact_and_organisation(db: Database, several, katowice) -> None:
    by_contact = listed(db, contact_id=katowice.contact.id)
    by_org = listed(db, organisation_id=katowice.organisation.id)
    expected = {several[k].ref for k in "ace"}
    assert set(by_contact) == set(by_org) == expected


@pytest.mark.parametrize("key", list(inquiries.SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_works_both_ways(db: Database, several, key, descending) -> None:
    rows = inquiries.list_inquiries(db, InquiryFilter(sort=key, descending=descending))
    assert len(rows) == 6
    assert {r.ref for r in rows} == {r.ref for r in several.values()}


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_received_on(db: Database, several, descending) -> None:
    rows = inquiries.list_inquiries(db, InquiryFilter(sort="received_on", descending=descending))
    dates = [r.received_on for r in rows]
    assert dates == sorted(dates, reverse=descending)


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_ref(db: Database, several, descending) -> None:
    """Refs are per year of receipt: an inquiry entered late gets an older ref than rows
    created before it, so sorting the Ref column must follow the refs, not creation order."""
    rows = inquiries.list_inquiries(db, InquiryFilter(sort="ref", descending=descending))
    got = [r.ref for r in rows]
    assert got == sorted(got, reverse=descending)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("subject", lambda r: r.subject),
        ("side", lambda r: r.side),
        ("contact", lambda r: r.contact.last_name),
        ("organisation", lambda r: r.organisation.name),
        ("priority", lambda r: {"high": 0, "normal": 1, "low": 2}[r.priority]),
        ("stage", lambda r: [*PIPELINE, "lost"].index(r.stage)),
    ],
)
def test_sort_by_column_values(db: Database, several, key, value) -> None:
    for descending in (False, True):
        rows = inquiries.list_inquiries(db, InquiryFilter(sort=key, descending=descending))
        values = [value(r) for r in rows]
        assert values == sorted(values, reverse=descending), (key, descending)


def test_sort_by_assignee_and_next_followup(db: Database, several) -> None:
    rows = inquiries.list_inquiries(db, InquiryFilter(sort="assignee"))
    named = [r.assignee_name for r in rows if r.assignee_name]
    assert named == sorted(named)
    followups.add_followup(db, several["a"].id, {"due_on": date(2026, 1, 5)})
    followups.add_followup(db, several["f"].id, {"due_on": date(2025, 1, 5)})
    rows = inquiries.list_inquiries(db, InquiryFilter(sort="next_followup", descending=True))
    dated = [r.next_followup for r in rows if r.next_followup]
    assert dated == [date(2026, 1, 5), date(2025, 1, 5)]


def test_unknown_sort_key_is_a_user_error(db: Database, several) -> None:
    with pytest.raises(errors.UserError):
        inquiries.list_inquiries(db, InquiryFilter(sort="password"))


def test_list_paging(db: Database, several) -> None:
    first = inquiries.list_inquiries(db, limit=4)
    second = inquiries.list_inquiries(db, limit=4, offset=4)
    assert len(first) == 4
    assert len(second) == 2
    assert not {r.ref for r in first} & {r.ref for r in second}
    assert [r.ref for r in first + second] == listed(db)


# --- soft delete --------------------------------------------------------------------------


def test_soft_delete_hides_and_restore_brings_back(db: Database, several) -> None:
    target = several["a"]
    deleted = inquiries.set_deleted(db, target.id, True, actor="anna")
    assert deleted.deleted_at is not None
    assert target.ref not in listed(db)
    assert inquiries.count_inquiries(db) == 5
    assert listed(db, deleted=True) == [target.ref]
    assert inquiries.get_by_ref(db, target.ref).row.deleted_at is not None
    assert inquiries.get_by_ref(db, f"  {target.ref} ").row.id == target.id

    restored = inquiries.set_deleted(db, target.id, False, actor="anna")
    assert restored.deleted_at is None
    assert target.ref in listed(db)
    assert inquiries.count_inquiries(db) == 6
    kinds = [t.kind for t in timeline(db, target.id)]
    assert kinds[-2:] == ["deleted", "restored"]
    assert kinds.count("deleted") == 1


def test_get_unknown_inquiry_is_not_found(db: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        inquiries.get_by_ref(db, "2099-0001")
    with pytest.raises(errors.NotFoundError):
        inquiries.get_inquiry(db, 12345)
    with pytest.raises(errors.NotFoundError):
        inquiries.set_deleted(db, 12345, True)


# --- plain rows ---------------------------------------------------------------------------


def _assert_plain(value: object) -> None:
    assert sa_inspect(value, raiseerr=False) is None, type(value)
    if dataclasses.is_dataclass(value):
        assert type(value).__dataclass_params__.frozen  # type: ignore[attr-defined]
        for f in dataclasses.fields(value):
            _assert_plain(getattr(value, f.name))
    elif isinstance(value, tuple):
        for item in value:
            _assert_plain(item)


def test_rows_are_plain_frozen_dataclasses(db: Database, katowice) -> None:
    row = new(db, katowice, fields=["music"], assignee="anna")
    followups.add_followup(db, row.id, {"due_on": TODAY})
    listed_row = inquiries.list_inquiries(db)[0]
    detail = inquiries.get_inquiry(db, row.id)
    for value in (row, listed_row, detail):
        assert dataclasses.is_dataclass(value)
        _assert_plain(value)
    assert isinstance(detail, InquiryDetail)
    assert isinstance(listed_row.contact, ContactBrief)
    assert isinstance(listed_row.organisation, OrganisationBrief)
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed_row.subject = "x"  # type: ignore[misc]
    # Still readable once the database is closed: nothing lazy-loads.
    db.dispose()
    assert detail.contact is not None
    assert detail.contact.organisation_name == "Zespół Szkół Muzycznych w Łodzi"
    assert detail.follow_ups[0].due_on == TODAY
    assert detail.timeline[0].kind == "created"


def test_staff_rows_are_plain(db: Database, anna) -> None:
    _assert_plain(anna)
    _assert_plain(staff.list_staff(db))


# --- rules asked before saving --------------------------------------------------------------


def test_a_new_inquiry_starts_from_core_s_defaults() -> None:
    day = date(2026, 5, 20)
    defaults = inquiries.new_inquiry_defaults("anna", day)
    assert defaults["received_on"] == day
    assert (defaults["channel"], defaults["kind"], defaults["priority"], defaults["stage"]) == (
        "email", "information", "normal", "new")  # fmt: skip
    assert (defaults["assignee"], defaults["side"], defaults["fields"]) == ("anna", None, ())
    assert inquiries.new_inquiry_defaults(None, day)["assignee"] == ""
    assert all(type(v) is str for k, v in defaults.items() if k in inquiries.DEFAULTS)


def test_the_defaults_are_what_create_stores_when_nothing_is_said(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": katowice.contact.id})
    defaults = inquiries.new_inquiry_defaults(None, TODAY)
    stored = (row.received_on, row.channel, row.kind, row.priority, row.stage)
    wanted = ("received_on", "channel", "kind", "priority", "stage")
    assert stored == tuple(defaults[k] for k in wanted)


@pytest.mark.parametrize(
    ("reason", "note", "expected"),
    [
        (None, "", {"lost_reason": "choose why the inquiry was lost"}),
        ("  ", "", {"lost_reason": "choose why the inquiry was lost"}),
        ("other", "", {"lost_note": "say why the inquiry was lost"}),
        ("other", "   ", {"lost_note": "say why the inquiry was lost"}),
        ("other", "The school closed", {}),
        ("withdrawn", "", {}),
    ],
)
def test_lost_reason_rules_are_told_without_saving(
    reason: str | None, note: str, expected: dict[str, str]
) -> None:
    values = {"stage": "lost", "lost_reason": reason, "lost_note": note}
    assert inquiries.field_errors(values, new=False) == expected


def test_field_errors_are_those_the_save_would_raise(db: Database, katowice) -> None:
    row = new(db, katowice)
    values = {"subject": " ", "stage": "lost", "lost_reason": "bogus", "lost_note": "x" * 2001}
    told = inquiries.field_errors(values, new=False)
    assert set(told) == {"subject", "lost_reason", "lost_note"}
    with pytest.raises(errors.ValidationError) as caught:
        inquiries.update_inquiry(db, row.id, values, actor="anna")
    assert caught.value.by_field() == told
    assert inquiries.get_inquiry(db, row.id).row.version == row.version


def test_a_new_inquiry_is_told_it_needs_someone_and_a_subject() -> None:
    assert inquiries.field_errors({"subject": ""}, new=True) == {
        "subject": "is required",
        "contact_id": "choose a contact or an organisation",
    }
    # a new inquiry starts at stage New whatever is sent: no lost rules then
    assert (
        inquiries.field_errors({"subject": "Chór", "contact_id": 3, "stage": "lost"}, new=True)
        == {}
    )
    assert inquiries.field_errors({"channel": "pigeon"}, new=False).keys() == {"channel"}
