"""Exchanges (core.exchanges): recorded, read back whole, changed with a version, listed with
their filters, deleted and restored; what a new exchange of an inquiry starts from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from msek_desktop.core import changes, errors, exchanges, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.partner_proposals import propose

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 5, 10)


def make_inquiry(db: Database, party: Any, subject: str = "Chór szkolny") -> int:
    row = inquiries.create_inquiry(
        db, {"subject": subject, "contact_id": party.contact.id, "fields": ["music"]},
        actor="anna",
    )  # fmt: skip
    return row.id


def values(katowice: Any, saint_etienne: Any, **more: Any) -> dict[str, Any]:
    return {
        "title": "Chór w Saint-Étienne",
        "organisation_ids": [katowice.organisation.id, saint_etienne.organisation.id],
        **more,
    }


def test_an_exchange_is_read_back_whole(db: Database, katowice, saint_etienne) -> None:
    made = exchanges.create_exchange(
        db,
        values(
            katowice, saint_etienne, kind="concert", starts_on="2026-06-01",
            ends_on="05.06.2026", planned_saint_etienne=" 12", planned_katowice=30,
            field_codes=["music", "youth"], outcome="Two concerts",
            items=[{"day": "2026-06-03", "place": "Opéra", "what": "Concert"},
                   {"day": date(2026, 6, 1), "place": "Gare", "what": "Arrival"}],
            funding=[{"source": "erasmus_plus", "amount": "1 200,50", "currency": "EUR"},
                     {"source": "katowice_city", "amount": None, "currency": "PLN",
                      "note": "asked"}],
        ),
        actor="anna", today=TODAY,
    )  # fmt: skip
    got = exchanges.get_exchange(db, made.row.id)
    assert got == made
    row = got.row
    assert (row.title, row.kind, row.status) == ("Chór w Saint-Étienne", "concert", "planned")
    assert (row.starts_on, row.ends_on) == (date(2026, 6, 1), date(2026, 6, 5))
    assert (row.planned_saint_etienne, row.planned_katowice) == (12, 30)
    assert (row.actual_saint_etienne, row.actual_katowice) == (None, None)
    assert [(o.name, o.side) for o in row.organisations] == [
        ("Conservatoire Massenet", "saint_etienne"),
        ("Zespół Szkół Muzycznych w Łodzi", "katowice"),
    ]
    assert row.fields == ("music", "youth")
    assert (row.inquiry_id, row.inquiry_ref, row.deleted, row.cancel_reason) == (
        None, None, False, None,
    )  # fmt: skip
    assert [(i.day, i.place) for i in got.items] == [
        (date(2026, 6, 1), "Gare"),
        (date(2026, 6, 3), "Opéra"),
    ]
    assert got.funding == (
        exchanges.FundingRow("erasmus_plus", Decimal("1200.50"), "EUR", ""),
        exchanges.FundingRow("katowice_city", None, "PLN", "asked"),
    )
    assert (got.outcome, got.moves_stage) == ("Two concerts", True)


def test_every_error_comes_at_once_and_nothing_is_written(
    db: Database, katowice, saint_etienne
) -> None:
    gone = organisations.create_organisation(db, {"name": "Gone", "side": "katowice"})
    organisations.set_deleted(db, gone.id, True)
    bad = {
        "title": " ",
        "kind": "party",
        "status": "cancelled",
        "starts_on": "2026-06-05",
        "ends_on": "2026-06-01",
        "planned_katowice": -1,
        "actual_saint_etienne": "lots",
        "organisation_ids": [gone.id, 99999],
        "field_codes": ["music", "juggling"],
        "items": [{"day": "2026-06-03", "place": "x"}, {"day": "31.02.2026"}],
        "funding": [{"source": "erasmus_plus", "amount": "12.345"},
                    {"source": "bank", "amount": "-3"}, {"source": "other", "amount": "1,200.50"}],
        "inquiry_id": 99999,
    }  # fmt: skip
    with pytest.raises(errors.ValidationError) as refused:
        exchanges.create_exchange(db, bad, actor="anna")
    found = {(e.field, errors.code_of(e.message)) for e in refused.value.errors}
    assert found == {
        ("title", "required"), ("kind", "choice"), ("cancel_reason", "required"),
        ("ends_on", "ends_before_starts"), ("planned_katowice", "between"),
        ("actual_saint_etienne", "not_integer"), ("organisation_ids", "no_organisation"),
        ("field_codes", "unknown_fields"), ("items", "item_problem"),
        ("funding", "funding_problem"), ("inquiry_id", "no_inquiry"),
    }  # fmt: skip
    texts = [e.message for e in refused.value.errors if e.field == "funding"]
    assert texts == [
        "line 1, amount: has more than 2 decimals",
        "line 2, source: must be one of: erasmus_plus, creative_europe, saint_etienne_city, "
        "katowice_city, own_funds, other",
        "line 2, amount: must be at least 0",
        "line 3, amount: is not an amount; write it as 1200, 1200.50 or 1 200,50",
    ]
    assert exchanges.list_exchanges(db, include_deleted=True) == []
    with pytest.raises(errors.ValidationError) as refused:
        exchanges.create_exchange(db, {"title": "x", "organisation_ids": []})
    assert refused.value.by_field() == {"organisation_ids": "is required"}


def test_an_item_outside_the_dates_is_refused(db: Database, katowice, saint_etienne) -> None:
    items = [{"day": "2026-06-05"}, {"day": "2026-06-06", "what": "Late"}]
    given = values(katowice, saint_etienne, starts_on="2026-06-01", ends_on="2026-06-05",
                   items=items)  # fmt: skip
    with pytest.raises(errors.ValidationError) as refused:
        exchanges.create_exchange(db, given)
    assert refused.value.by_field() == {
        "items": "item 2: its day 2026-06-06 is not between 2026-06-01 and 2026-06-05"
    }
    # one date alone: the items are not bound
    del given["ends_on"]
    assert len(exchanges.create_exchange(db, given, today=TODAY).items) == 2


@pytest.mark.parametrize(
    ("written", "amount"),
    [("1200", "1200"), ("1 200,50", "1200.50"), ("1\u202f200.5", "1200.50"),
     ("0,07", "0.07"), (15, "15"), (Decimal("3.10"), "3.10"), (2.5, "2.50")],
)  # fmt: skip
def test_amounts_are_read_as_staff_write_them(written: object, amount: str) -> None:
    assert exchanges.read_amount(written) == Decimal(amount)


@pytest.mark.parametrize(
    ("written", "code"),
    [("1,200.50", "amount_format"), ("1.200,50", "amount_format"), ("abc", "amount_format"),
     ("-5", "amount_negative"), ("1.005", "amount_decimals"), ("NaN", "amount_format"),
     ("99999999999", "amount_too_large"), (True, "amount_format")],
)  # fmt: skip
def test_amounts_refused(written: object, code: str) -> None:
    with pytest.raises(ValueError, match=code):
        exchanges.read_amount(written)


def test_a_stale_edit_is_a_conflict_and_an_update_keeps_what_is_not_given(
    db: Database, katowice, saint_etienne
) -> None:
    made = exchanges.create_exchange(
        db, values(katowice, saint_etienne, field_codes=["music"], outcome="ok"), today=TODAY
    )
    changed = exchanges.update_exchange(
        db, made.row.id, {"title": "Chór: tournée", "planned_katowice": 25},
        actor="anna", expected_version=made.row.version, today=TODAY,
    )  # fmt: skip
    assert (changed.row.title, changed.row.planned_katowice) == ("Chór: tournée", 25)
    assert (changed.row.fields, changed.outcome) == (("music",), "ok")
    assert changed.row.version == made.row.version + 1
    with pytest.raises(errors.ConflictError):
        exchanges.update_exchange(
            db, made.row.id, {"title": "Late"}, expected_version=made.row.version
        )
    # a change of its organisations alone is a new version too
    only = exchanges.update_exchange(
        db, made.row.id, {"organisation_ids": [katowice.organisation.id]},
        expected_version=changed.row.version, today=TODAY,
    )  # fmt: skip
    assert [o.id for o in only.row.organisations] == [katowice.organisation.id]
    assert only.row.version == changed.row.version + 1
    assert exchanges.get_exchange(db, made.row.id).row.title == "Chór: tournée"


def test_cancelling_needs_a_reason_and_other_statuses_clear_it(
    db: Database, katowice, saint_etienne
) -> None:
    made = exchanges.create_exchange(db, values(katowice, saint_etienne), today=TODAY)
    with pytest.raises(errors.ValidationError) as refused:
        exchanges.update_exchange(db, made.row.id, {"status": "cancelled"}, today=TODAY)
    assert refused.value.by_field() == {"cancel_reason": "is required"}
    cancelled = exchanges.update_exchange(
        db, made.row.id,
        {"status": "cancelled", "cancel_reason": "funding", "cancel_note": "No grant"},
        today=TODAY,
    )  # fmt: skip
    assert (cancelled.row.status, cancelled.row.cancel_reason, cancelled.cancel_note) == (
        "cancelled", "funding", "No grant",
    )  # fmt: skip
    planned = exchanges.update_exchange(db, made.row.id, {"status": "planned"}, today=TODAY)
    assert (planned.row.cancel_reason, planned.cancel_note) == (None, "")


def test_deleted_exchanges_leave_the_list_and_come_back(
    db: Database, katowice, saint_etienne
) -> None:
    made = exchanges.create_exchange(db, values(katowice, saint_etienne), today=TODAY)
    row = exchanges.set_deleted(db, made.row.id, True, actor="anna")
    assert row.deleted
    assert exchanges.list_exchanges(db) == []
    assert [r.id for r in exchanges.list_exchanges(db, include_deleted=True)] == [made.row.id]
    with pytest.raises(errors.NotFoundError):
        exchanges.update_exchange(db, made.row.id, {"title": "x"})
    assert not exchanges.set_deleted(db, made.row.id, False, actor="anna").deleted
    assert [r.id for r in exchanges.list_exchanges(db)] == [made.row.id]
    with pytest.raises(errors.NotFoundError):
        exchanges.get_exchange(db, 99999)


def test_made_from_an_inquiry_it_is_on_the_inquiry_timeline(
    db: Database, katowice, saint_etienne
) -> None:
    inquiry_id = make_inquiry(db, katowice)
    made = exchanges.create_exchange(
        db, values(katowice, saint_etienne, inquiry_id=inquiry_id), actor="anna", today=TODAY
    )
    assert made.row.inquiry_ref == inquiries.get_inquiry(db, inquiry_id).row.ref
    exchanges.update_exchange(
        db, made.row.id, {"status": "cancelled", "cancel_reason": "schedule"}, actor="anna"
    )
    with db.read() as session:
        entries = [
            (t.kind, t.field, t.old_value, t.new_value, t.note, t.who)
            for t in changes.timeline(session, inquiry_id=inquiry_id)
            if t.kind == "exchange"
        ]
    assert entries == [
        ("exchange", "status", "", "planned", "Chór w Saint-Étienne", "anna"),
        ("exchange", "status", "planned", "cancelled", "Chór w Saint-Étienne", "anna"),
    ]


def exchange_entries(db: Database, inquiry_id: int) -> list[tuple[str, str, str, str, str]]:
    with db.read() as session:
        return [
            (t.field, t.old_value, t.new_value, t.note, t.who or "")
            for t in changes.timeline(session, inquiry_id=inquiry_id)
            if t.kind == "exchange"
        ]


def test_deleting_and_restoring_it_is_on_the_inquiry_timeline(
    db: Database, katowice, saint_etienne
) -> None:
    inquiry_id = make_inquiry(db, katowice)
    made = exchanges.create_exchange(
        db, values(katowice, saint_etienne, inquiry_id=inquiry_id, starts_on="2026-06-01"),
        actor="anna", today=TODAY,
    )  # fmt: skip
    exchanges.set_deleted(db, made.row.id, True, actor="anna")
    exchanges.set_deleted(db, made.row.id, True, actor="anna")  # already in the bin: nothing
    exchanges.set_deleted(db, made.row.id, False)  # restored by the system: no one named
    exchanges.set_deleted(db, made.row.id, False, actor="anna")  # already back: nothing
    title = "Chór w Saint-Étienne"
    assert exchange_entries(db, inquiry_id) == [
        ("status", "", "planned", title, "anna"),
        ("deleted", "", "", title, "anna"),
        ("restored", "", "", title, ""),
        ("status", "planned", "running", title, ""),  # restored, it follows its dates again
    ]
    alone = exchanges.create_exchange(db, values(katowice, saint_etienne), today=TODAY)
    exchanges.set_deleted(db, alone.row.id, True)  # no inquiry: no entry, no error
    assert exchanges.set_deleted(db, alone.row.id, False).deleted is False


def test_proposed_values_are_the_inquiry_and_its_accepted_partners(
    db: Database, katowice, saint_etienne
) -> None:
    inquiry_id = make_inquiry(db, katowice, "Wymiana chórów")
    other = organisations.create_organisation(
        db, {"name": "Lycée Fauriel", "side": "saint_etienne"}
    )
    propose(db, inquiry_id, [other.id], actor="anna")
    propose(db, inquiry_id, [saint_etienne.organisation.id], state="accepted", actor="anna")
    assert exchanges.proposed_values(db, inquiry_id) == {
        "title": "Wymiana chórów",
        "organisation_ids": [katowice.organisation.id, saint_etienne.organisation.id],
        "field_codes": ["music"],
        "kind": "visit",
        "inquiry_id": inquiry_id,
    }
    with pytest.raises(errors.NotFoundError):
        exchanges.proposed_values(db, 99999)


def test_the_list_filters_and_its_order(db: Database, katowice, saint_etienne) -> None:
    kat, se = katowice.organisation.id, saint_etienne.organisation.id
    other = organisations.create_organisation(db, {"name": "Lycée Fauriel", "side": "other"})

    def make(title: str, orgs: list[int], **more: Any) -> int:
        given = {"title": title, "organisation_ids": orgs, **more}
        return exchanges.create_exchange(db, given, today=date(2020, 1, 1)).row.id

    choir = make("Chór w Saint-Étienne", [kat, se], kind="concert", field_codes=["music"],
                 starts_on="2025-12-20", ends_on="2026-01-10")  # fmt: skip
    design = make("Design week", [se], kind="workshop", field_codes=["design"],
                  starts_on="2026-03-02", ends_on="2026-03-06")  # fmt: skip
    undated = make("Résidence d'écriture", [other.id], kind="residency")
    old = make("Łódź visit", [kat], starts_on="2024-05-01", status="cancelled",
               cancel_reason="funding")  # fmt: skip
    ended = make("Only an end", [kat], ends_on="2025-02-01")

    def ids(**flt: Any) -> list[int]:
        return [r.id for r in exchanges.list_exchanges(db, **flt)]

    # newest first day first; without a first day last, the latest recorded first
    assert ids() == [design, choir, old, ended, undated]
    assert ids(year=2025) == [choir, ended]
    assert ids(year=2026) == [design, choir]
    assert ids(month=(2026, 1)) == [choir]
    assert ids(month=(2026, 2)) == []
    assert ids(side="katowice") == [choir, old, ended]
    assert ids(side="saint-etienne") == [design, choir]
    assert ids(field="music") == [choir]
    assert ids(kind="workshop") == [design]
    assert ids(status="cancelled") == [old]
    assert ids(organisation_id=other.id) == [undated]
    assert ids(search="lodz") == [choir, old, ended]  # the organisation's name, ł as l
    assert ids(search="ECRIT resid") == [undated]
    assert ids(search="saint chor") == [choir]
    assert ids(search="wee") == [design]
    assert ids(search="zzz") == []
    assert ids(side="katowice", year=2025, search="only") == [ended]


def test_a_form_checks_its_values_before_saving(katowice, saint_etienne) -> None:
    assert exchanges.field_errors(values(katowice, saint_etienne, moves_stage="no")) == {}
    found = exchanges.field_errors(
        {"title": "", "organisation_ids": [1], "moves_stage": "maybe", "funding": [{}]}
    )
    assert found == {
        "title": "is required",
        "moves_stage": "must be one of: yes, no",
        "funding": "line 1, source: is required",
    }


YES_NO = [(False, False), ("no", False), ("0", False), ("yes", True), (None, True), ("", True)]


@pytest.mark.parametrize(("written", "moves"), YES_NO)
def test_following_the_dates_is_a_yes_or_no(
    db: Database, katowice, saint_etienne, written: object, moves: bool
) -> None:
    made = exchanges.create_exchange(db, values(katowice, saint_etienne, moves_stage=written))
    assert made.moves_stage is moves


def test_a_wiring_mistake_is_not_the_user_s(db: Database, katowice, saint_etienne) -> None:
    with pytest.raises(ValueError, match="unknown exchange values: colour"):
        exchanges.create_exchange(db, values(katowice, saint_etienne, colour="red"))
    with pytest.raises(TypeError, match="organisation_ids must be a list"):
        exchanges.create_exchange(db, {"title": "x", "organisation_ids": "1, 2"})


def test_links_gone_to_the_bin_since_are_kept_not_added(
    db: Database, katowice, saint_etienne
) -> None:
    inquiry_id = make_inquiry(db, katowice)
    made = exchanges.create_exchange(
        db, values(katowice, saint_etienne, inquiry_id=inquiry_id), today=TODAY
    )
    organisations.set_deleted(db, saint_etienne.organisation.id, True)
    inquiries.set_deleted(db, inquiry_id, True)
    kept = exchanges.update_exchange(db, made.row.id, {"outcome": "Done"}, today=TODAY)
    assert (kept.outcome, kept.row.inquiry_id) == ("Done", inquiry_id)
    assert saint_etienne.organisation.id in [o.id for o in kept.row.organisations]
    other = exchanges.create_exchange(
        db, {"title": "x", "organisation_ids": [katowice.organisation.id]}
    )
    with pytest.raises(errors.ValidationError) as refused:
        exchanges.update_exchange(
            db, other.row.id,
            {"organisation_ids": [saint_etienne.organisation.id], "inquiry_id": inquiry_id},
        )  # fmt: skip
    assert sorted(refused.value.by_field()) == ["inquiry_id", "organisation_ids"]


def test_the_list_reads_two_statements_for_a_batch_of_exchanges(
    db: Database, katowice, saint_etienne
) -> None:
    for n in range(6):
        exchanges.create_exchange(
            db, values(katowice, saint_etienne, title=f"Wymiana {n}", field_codes=["music"])
        )
    sent: list[str] = []

    def keep(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        rows = exchanges.list_exchanges(db, search="wymiana", side="katowice")
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert len(rows) == 6 and all(len(r.organisations) == 2 for r in rows)
    assert len([s for s in sent if s.lstrip().upper().startswith(("SELECT", "WITH"))]) == 2


def test_the_list_of_one_inquirys_exchanges(db: Database, katowice, saint_etienne) -> None:
    kat, se = katowice.organisation.id, saint_etienne.organisation.id

    def asked(subject: str) -> int:
        values = {"subject": subject, "contact_id": katowice.contact.id}
        return inquiries.create_inquiry(db, values, actor="anna").id

    choir, dance = asked("Chór"), asked("Taniec")

    def make(title: str, inquiry_id: int) -> int:
        given = {"title": title, "organisation_ids": [kat, se], "inquiry_id": inquiry_id}
        return exchanges.create_exchange(db, given, today=date(2020, 1, 1)).row.id

    first, second, other = make("Koncert", choir), make("Warsztaty", choir), make("Bal", dance)
    assert {r.id for r in exchanges.list_exchanges(db, inquiry_id=choir)} == {first, second}
    assert [r.id for r in exchanges.list_exchanges(db, inquiry_id=dance)] == [other]
    assert exchanges.list_exchanges(db, inquiry_id=99999) == []
