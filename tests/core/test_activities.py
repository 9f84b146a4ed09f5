"""Activities logged by hand (core.activities): a call, a note, an email sent, a meeting, on an
inquiry, a person or an organisation."""

from __future__ import annotations

import pytest

from msek_desktop.core import activities, changes, errors, inquiries, organisations
from msek_desktop.core.db import Database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def entries(db: Database, **target: int) -> list[tuple[str, str, str | None]]:
    with db.read() as session:
        return [(t.kind, t.new_value, t.who) for t in changes.timeline(session, **target)]


def test_a_call_on_an_inquiry_is_its_summary_and_details_with_who(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    )
    logged = activities.log_activity(
        db, "call", "  Called Ewa: interested  \r\n\r\nShe asks for dates in May.\n\n",
        actor="anna", inquiry_id=row.id,
    )  # fmt: skip
    text = "Called Ewa: interested\n\nShe asks for dates in May."
    assert (logged.kind, logged.new_value, logged.who) == ("call", text, "anna")
    assert activities.summary_of(logged.new_value) == "Called Ewa: interested"
    assert entries(db, inquiry_id=row.id)[-1] == ("call", text, "anna")


@pytest.mark.parametrize("kind", ["note", "email", "meeting"])
def test_each_kind_is_logged_on_a_person_and_an_organisation(
    db: Database, katowice, kind: str
) -> None:
    activities.log_activity(db, kind, "Met at the fair", actor="anna",
                            contact_id=katowice.contact.id)  # fmt: skip
    activities.log_activity(db, kind, "Sent the programme", actor="anna",
                            organisation_id=katowice.organisation.id)  # fmt: skip
    assert entries(db, contact_id=katowice.contact.id)[-1] == (kind, "Met at the fair", "anna")
    org_entries = entries(db, organisation_id=katowice.organisation.id)
    assert org_entries[-1] == (kind, "Sent the programme", "anna")


def test_an_unknown_kind_an_empty_summary_and_a_long_one_are_refused(
    db: Database, katowice
) -> None:
    target = {"contact_id": katowice.contact.id}
    before = entries(db, **target)
    with pytest.raises(errors.ValidationError) as refused:
        activities.log_activity(db, "fax", " \n \t", actor="anna", **target)
    assert sorted(refused.value.by_field()) == ["kind", "text"]
    with pytest.raises(errors.ValidationError) as refused:
        activities.log_activity(db, "call", "x" * 201, actor="anna", **target)
    assert "at most 200" in refused.value.by_field()["text"]
    with pytest.raises(errors.ValidationError) as refused:
        activities.log_activity(db, "call", "ok\n" + "y" * 5000, actor="anna", **target)
    assert "at most 5000" in refused.value.by_field()["text"]
    assert entries(db, **target) == before


def test_a_binned_or_missing_record_is_refused(db: Database, katowice) -> None:
    organisations.set_deleted(db, katowice.organisation.id, True, actor="anna")
    with pytest.raises(errors.NotFoundError):
        activities.log_activity(db, "call", "Hello", actor="anna",
                                organisation_id=katowice.organisation.id)  # fmt: skip
    with pytest.raises(errors.NotFoundError):
        activities.log_activity(db, "call", "Hello", actor="anna", inquiry_id=9999)


def test_a_closed_inquiry_still_takes_a_late_call(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    )
    inquiries.update_inquiry(db, row.id, {"stage": "lost", "lost_reason": "no_answer"},
                             actor="anna")  # fmt: skip
    activities.log_activity(db, "call", "They answered after all", actor="anna",
                            inquiry_id=row.id)  # fmt: skip
    assert entries(db, inquiry_id=row.id)[-1][:2] == ("call", "They answered after all")
