"""Every field error of a record comes in one go, those found in the database (a contact or
an organisation gone, an unknown staff member or field of exchange) with the others: a form
marks them all at once rather than one per save. And field_errors tells a form, with nothing
written, what a save of a person or an organisation would refuse."""

from __future__ import annotations

import pytest

from msek_desktop.core import contacts, errors, inquiries, organisations
from msek_desktop.core.db import Database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def refused(call) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.ValidationError) as caught:
        call()
    return caught.value.by_field()


def test_a_new_inquiry_s_every_error_at_once(db: Database, katowice, count) -> None:
    values = {
        "subject": "",
        "contact_id": 4242,  # no such person
        "organisation_id": 4343,
        "assignee": "ghost",
        "fields": ["astrology"],
    }
    found = refused(lambda: inquiries.create_inquiry(db, values, actor="anna"))
    assert set(found) == {"subject", "contact_id", "organisation_id", "assignee", "fields"}
    assert inquiries.count_inquiries(db) == 0


def test_an_inquiry_update_s_every_error_at_once(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Koncert", "contact_id": katowice.contact.id}, actor="anna"
    )
    values = {"subject": " ", "contact_id": 4242, "assignee": "ghost", "fields": ["astrology"]}
    found = refused(lambda: inquiries.update_inquiry(db, row.id, values, actor="anna"))
    assert set(found) == {"subject", "contact_id", "assignee", "fields"}
    assert inquiries.get_inquiry(db, row.id).row == row


def test_a_person_s_every_error_at_once(db: Database, katowice) -> None:
    gone = organisations.create_organisation(db, {"name": "Zamknięta szkoła", "side": "katowice"})
    organisations.set_deleted(db, gone.id, True)
    values = {"last_name": "", "email": "jan@@example", "organisation_id": gone.id}
    found = refused(lambda: contacts.create_contact(db, {**values, "side": "katowice"}))
    assert set(found) == {"last_name", "email", "organisation_id"}
    found = refused(
        lambda: contacts.update_contact(db, katowice.contact.id, {**values, "phone": "12"})
    )
    assert set(found) == {"last_name", "email", "organisation_id", "phone"}


def test_an_organisation_s_every_error_at_once(db: Database, katowice) -> None:
    values = {"name": "", "country": "Polska", "email": "x@", "fields": ["astrology"]}
    found = refused(lambda: organisations.create_organisation(db, {**values, "side": "x"}))
    assert set(found) == {"name", "country", "email", "fields", "side"}
    org_id = katowice.organisation.id
    found = refused(lambda: organisations.update_organisation(db, org_id, values))
    assert set(found) == {"name", "country", "email", "fields"}


def test_field_errors_of_people_and_organisations_are_those_a_save_raises(
    db: Database, katowice
) -> None:
    person = {"last_name": "", "email": "jan@@example", "phone": "12", "side": "katowice"}
    told = contacts.field_errors(person, new=True)
    assert set(told) == {"last_name", "email", "phone"}
    assert refused(lambda: contacts.create_contact(db, person)) == told
    # an update is told only about what it sends; a phone is read in the person's country
    assert contacts.field_errors({"phone": "04 77 12 34 56"}, new=False, side_now="katowice")
    assert not contacts.field_errors(
        {"phone": "04 77 12 34 56"}, new=False, side_now="saint_etienne"
    )

    org = {"name": " ", "side": "katowice", "capacity": "-3", "website": "x" * 301}
    told = organisations.field_errors(org, new=True)
    assert set(told) == {"name", "capacity", "website"}
    assert refused(lambda: organisations.create_organisation(db, org)) == told
    assert organisations.field_errors({"email": "ok@example.pl"}, new=False) == {}
