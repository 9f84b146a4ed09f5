"""One record's history as one stream (core.history): newest first, filtered by a code naming
its timeline kinds, on an inquiry, a person and an organisation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from msek_desktop.core import activities, changes, errors, followups, history, inquiries
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.models import TimelineEntry
from msek_desktop.core.vocab import TimelineKind

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def spread_out(db: Database, **target: int) -> None:
    """The record's entries a minute apart in the order written (a fast test writes them
    within the same instant)."""
    start = datetime(2026, 5, 20, 9, 0)
    with db.write() as session:
        for minute, entry in enumerate(changes.timeline(session, **target)):
            session.execute(
                update(TimelineEntry)
                .where(TimelineEntry.id == entry.id)
                .values(at=start + timedelta(minutes=minute))
            )


def test_an_inquirys_stream_is_newest_first_and_each_filter_shows_its_kinds(
    db: Database, katowice, saint_etienne
) -> None:
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id, "received_on": date(2026, 5, 1)},
        actor="anna",
    ).id  # fmt: skip
    activities.log_activity(db, "call", "Called Ewa\nShe asks for May", actor="anna",
                            inquiry_id=inquiry)  # fmt: skip
    followups.add_followup(db, inquiry, {"due_on": date(2026, 6, 1), "action": "call"},
                            actor="anna")  # fmt: skip
    pp.propose(db, inquiry, [saint_etienne.organisation.id], actor="anna")
    activities.log_activity(db, "email", "Sent the programme", actor="anna", inquiry_id=inquiry)
    spread_out(db, inquiry_id=inquiry)
    kinds = [e.kind for e in history.entries(db, inquiry_id=inquiry)]
    assert kinds == ["email", "partner", "followup_added", "call", "created"]
    whole = history.entries(db, "all", inquiry_id=inquiry)
    assert [e.at for e in whole] == sorted((e.at for e in whole), reverse=True)
    email, partner = whole[0], whole[1]
    assert (email.who, email.new_value) == ("anna", "Sent the programme")
    assert partner.organisation_name == saint_etienne.organisation.name
    shown = {
        show: [e.kind for e in history.entries(db, show, inquiry_id=inquiry)]
        for show in history.FILTERS
    }
    assert shown["activities"] == ["email", "call"]
    assert shown["followups"] == ["followup_added"]
    assert shown["letters_partners"] == ["partner"]
    assert shown["changes"] == ["created"]
    assert shown["stages"] == [] and shown["documents"] == []
    assert [e.kind for e in history.entries(db, limit=2, inquiry_id=inquiry)] == kinds[:2]


def test_a_person_and_an_organisation_have_their_own_stream(db: Database, katowice) -> None:
    person, school = katowice.contact.id, katowice.organisation.id
    activities.log_activity(db, "meeting", "Met at the fair", actor="anna", contact_id=person)
    activities.log_activity(db, "note", "Closed in August", actor="anna", organisation_id=school)
    assert [(e.kind, e.new_value) for e in history.entries(db, "activities", contact_id=person)
            ] == [("meeting", "Met at the fair")]  # fmt: skip
    on_school = history.entries(db, "activities", organisation_id=school)
    assert [(e.kind, e.new_value, e.who) for e in on_school] == [
        ("note", "Closed in August", "anna")
    ]
    assert history.entries(db, contact_id=person)[-1].kind == "created"


def test_every_kind_is_in_exactly_one_filter() -> None:
    named = [kind for kinds in history.FILTERS.values() if kinds for kind in kinds]
    assert len(named) == len(set(named))
    assert {str(k) for k in TimelineKind} | {"letter_sent"} == set(named)


def test_an_unknown_filter_and_a_wrong_target_are_refused(db: Database, katowice) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        history.entries(db, "gossip", contact_id=katowice.contact.id)
    assert refused.value.by_field().keys() == {"show"}
    with pytest.raises(ValueError, match="expected"):
        history.entries(db, contact_id=1, organisation_id=2)


def test_an_organisations_stream_names_the_inquiry_it_was_proposed_for(
    db: Database, katowice, saint_etienne
) -> None:
    """Read in the organisation's history, a proposal says which inquiry; read in the
    inquiry's, which organisation."""
    values = {"subject": "Chór", "contact_id": katowice.contact.id}
    made = inquiries.create_inquiry(db, values, actor="anna")
    partner = saint_etienne.organisation
    pp.propose(db, made.id, [partner.id], actor="anna")
    [on_partner] = history.entries(db, "letters_partners", organisation_id=partner.id)
    assert (on_partner.kind, on_partner.inquiry_ref) == ("partner", made.ref)
    [on_inquiry] = history.entries(db, "letters_partners", inquiry_id=made.id)
    assert (on_inquiry.inquiry_ref, on_inquiry.organisation_name) == ("", partner.name)
