"""Completed exchanges feed the partner ranking (core.partners.history): an organisation the
office completed exchanges with ranks as experienced, whether or not it was ever proposed; a
cancelled exchange counts for nothing; an exchange recorded for an inquiry speaks instead of
the accepted proposal of that inquiry."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from msek_desktop.core import contacts, exchanges, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry, PartnerProposal
from msek_desktop.core.partners import ranking, suggest_partners
from msek_desktop.core.partners.history import briefs, histories
from msek_desktop.core.partners.scoring import Ask, Quick

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 6, 15)
TWINS = ("Filharmonia", "Orkiestra", "Kwartet")  # three organisations alike in all


def world(db: Database) -> dict[str, int]:
    """A Saint-Étienne conservatory asking for a music partner in Katowice, three
    organisations there alike in all but their history."""
    ids = {}
    asking = organisations.create_organisation(
        db, {"name": "Massenet", "side": "saint_etienne", "kind": "music_school",
             "fields": ["music"]},
    )  # fmt: skip
    ids["Massenet"] = asking.id
    for name in TWINS:
        row = organisations.create_organisation(
            db, {"name": name, "side": "katowice", "kind": "cultural", "fields": ["music"]}
        )
        ids[name] = row.id
    jean = contacts.create_contact(
        db, {"first_name": "Jean", "last_name": "Dupont", "side": "saint_etienne",
             "organisation_id": asking.id},
    )  # fmt: skip
    ids["inquiry"] = inquiries.create_inquiry(
        db, {"subject": "Orchestre", "contact_id": jean.id, "fields": ["music"]}
    ).id
    return ids


def past_inquiry(db: Database, ids: dict[str, int], stage: str = "completed") -> int:
    row = inquiries.create_inquiry(db, {"subject": "Avant", "organisation_id": ids["Massenet"],
                                        "received_on": "2024-01-05"})  # fmt: skip
    inquiries.move_stage(db, row.id, stage)
    return row.id


def exchange(db: Database, ids: dict[str, int], name: str, **more: Any) -> int:
    given = {"title": "Koncert", "organisation_ids": [ids["Massenet"], ids[name]],
             "starts_on": "2024-03-01", "ends_on": "2024-03-04", **more}  # fmt: skip
    return exchanges.create_exchange(db, given, today=TODAY).row.id


def accepted(db: Database, inquiry_id: int, org_id: int) -> None:
    at = datetime(2024, 2, 1, 10)
    with db.write() as session:
        session.add(PartnerProposal(inquiry_id=inquiry_id, organisation_id=org_id,
                                    state="accepted", state_at=at, created_at=at))  # fmt: skip


def said(db: Database, ids: dict[str, int]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    found = suggest_partners(db, ids["inquiry"], today=TODAY)
    reasons = {
        s.organisation.name: {r.code: dict(r.params) for r in s.reasons if r.code == "exchanges"}
        for s in found
    }
    return [s.organisation.name for s in found], reasons


def test_completed_exchanges_make_an_organisation_experienced(db: Database) -> None:
    ids = world(db)
    before, _ = said(db, ids)
    exchange(db, ids, "Kwartet")
    exchange(db, ids, "Kwartet", starts_on="2025-05-01", ends_on="2025-05-02")
    exchange(db, ids, "Orkiestra", status="cancelled", cancel_reason="funding")
    order, reasons = said(db, ids)
    assert order[0] == "Kwartet" and order != before
    assert reasons["Kwartet"] == {"exchanges": {"count": 2, "since": 2024, "last": "completed"}}
    assert reasons["Orkiestra"] == {} == reasons["Filharmonia"]  # cancelled: nothing
    # its own organisation is never suggested, whatever it did
    assert "Massenet" not in order


def test_a_recorded_exchange_speaks_for_the_accepted_proposal_of_its_inquiry(
    db: Database,
) -> None:
    ids = world(db)
    done, dropped, alone = (past_inquiry(db, ids) for _ in range(3))
    accepted(db, done, ids["Filharmonia"])
    exchange(db, ids, "Filharmonia", inquiry_id=done)  # the same exchange: counted once
    accepted(db, dropped, ids["Orkiestra"])
    exchange(db, ids, "Orkiestra", inquiry_id=dropped, status="cancelled",
             cancel_reason="schedule")  # fmt: skip
    accepted(db, alone, ids["Kwartet"])  # an office that records no exchange: as before
    _, reasons = said(db, ids)
    assert reasons["Filharmonia"] == {"exchanges": {"count": 1, "since": 2024, "last": "completed"}}
    assert reasons["Orkiestra"] == {}
    assert reasons["Kwartet"] == {"exchanges": {"count": 1, "since": 2024, "last": "completed"}}


def test_planned_and_running_exchanges_weigh_as_agreed_and_running_inquiries(
    db: Database,
) -> None:
    ids = world(db)
    exchange(db, ids, "Filharmonia", starts_on="2026-06-10", ends_on="2026-06-30")
    exchange(db, ids, "Orkiestra", starts_on="2026-09-01", ends_on="2026-09-03")
    with db.read() as session:
        found = histories(session, TODAY)
    running, planned = found[ids["Filharmonia"]], found[ids["Orkiestra"]]
    assert (running.exchanges, running.exchange_value, running.last) == (1, 0.8, "running")
    assert (planned.exchanges, planned.exchange_value, planned.last) == (1, 0.6, "agreed")
    assert (planned.since, planned.last_asked) == (2026, None)


def test_the_inquiry_ranked_and_the_bin_do_not_count(db: Database) -> None:
    ids = world(db)
    exchange(db, ids, "Kwartet", inquiry_id=ids["inquiry"], starts_on="2026-01-01",
             ends_on="2026-01-02", moves_stage=False)  # fmt: skip
    binned = exchange(db, ids, "Orkiestra")
    exchanges.set_deleted(db, binned, True)
    _, reasons = said(db, ids)
    assert reasons == {name: {} for name in TWINS}
    with db.read() as session:
        assert ids["Orkiestra"] not in histories(session, TODAY)
        assert ids["Kwartet"] in histories(session, TODAY)  # another inquiry's ranking


def test_the_history_in_brief_weighs_exchanges_as_the_whole_history(db: Database) -> None:
    ids = world(db)
    exchange(db, ids, "Kwartet")
    exchange(db, ids, "Kwartet", starts_on="2026-06-10", ends_on="2026-06-20")
    exchange(db, ids, "Orkiestra", starts_on="2026-09-01", ends_on="2026-09-03")
    done = past_inquiry(db, ids)
    accepted(db, done, ids["Filharmonia"])
    quick = Quick(_ask(db, ids), TODAY)
    with db.read() as session:
        whole = histories(session, TODAY, besides=ids["inquiry"])
        brief = ranking.past_points(quick, briefs(session, TODAY, besides=ids["inquiry"]))
    assert set(brief) == set(whole) == {ids[n] for n in ("Massenet", *TWINS)}
    for org_id, h in whole.items():
        assert brief[org_id] == quick.past(h)
    assert brief[ids["Kwartet"]] > brief[ids["Filharmonia"]] > quick.none


def _ask(db: Database, ids: dict[str, int]) -> Ask:
    with db.read() as session:
        return ranking._ask(session, session.get_one(Inquiry, ids["inquiry"]))
