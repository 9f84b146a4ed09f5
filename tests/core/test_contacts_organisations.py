"""People and organisations: create, update, find, soft delete, restore, validation."""

from __future__ import annotations

import dataclasses

import pytest

from msek_desktop.core import contacts, errors, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Organisation, TimelineEntry
from msek_desktop.core.store import open_database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def timeline_of(db: Database, **target: int):
    from msek_desktop.core import changes

    with db.read() as session:
        return changes.timeline(session, **target)


def changes_of(db: Database, **target: int) -> list[tuple[str, str, str, str]]:
    """The record's "changed" timeline entries: (field, old value, new value, who), sorted."""
    return sorted(
        (t.field, t.old_value, t.new_value, t.who)
        for t in timeline_of(db, **target)
        if t.kind == "changed"
    )


# --- organisations ------------------------------------------------------------------------


def test_create_organisation(db: Database, anna) -> None:
    org = organisations.create_organisation(
        db,
        {
            "name": "  Cité du design  ",
            "kind": "cultural",
            "side": "saint-etienne",
            "city": "Saint-Étienne",
            "country": "fr",
            "email": "Contact@CiteDuDesign.example.FR",
            "phone": "04 77 49 74 70",
            "website": "https://www.citedudesign.com",
            "fields": ["design", "crafts"],
        },
        actor="anna",
    )
    assert org.name == "Cité du design"
    assert (org.side, org.kind, org.country) == ("saint_etienne", "cultural", "FR")
    assert org.phone == "+33 4 77 49 74 70"
    assert org.email == "Contact@citedudesign.example.fr"  # the domain part is lower-cased
    assert set(org.fields) == {"design", "crafts"}
    assert org.version == 1
    stored = organisations.get_organisation(db, org.id)
    assert dataclasses.replace(stored, fields=tuple(sorted(stored.fields))) == (
        dataclasses.replace(org, fields=tuple(sorted(org.fields)))
    )
    entries = timeline_of(db, organisation_id=org.id)
    assert [(t.kind, t.who, t.new_value) for t in entries] == [
        ("created", "anna", "Cité du design")
    ]


def test_organisation_kind_defaults_to_other(db: Database) -> None:
    org = organisations.create_organisation(db, {"name": "Urząd Miasta", "side": "katowice"})
    assert org.kind == "other"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"side": ""}, "side"),
        ({"side": "lyon"}, "side"),
        ({"kind": "church"}, "kind"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "a@b@c.pl"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"country": "POL"}, "country"),
        ({"country": "P1"}, "country"),
        ({"fields": ["astrology"]}, "fields"),
        ({"description_fr": "x" * 5001}, "description_fr"),
    ],
)
def test_invalid_organisation_is_refused_and_nothing_written(
    db: Database, anna, count, values, field
) -> None:
    base = {"name": "Filharmonia Śląska", "side": "katowice"}
    refused(db, count, organisations.create_organisation, Organisation, {**base, **values}, field)


def refused(db: Database, count, create, model, values: dict, field: str) -> None:
    """create(db, values) is refused naming `field` first, and nothing is written."""
    timeline_before = count(TimelineEntry)
    with pytest.raises(errors.ValidationError) as caught:
        create(db, values, actor="anna")
    assert field in caught.value.by_field()
    assert str(caught.value).startswith(field)
    assert count(model) == 0
    assert count(TimelineEntry) == timeline_before


def test_update_organisation_records_changes(db: Database, katowice, marc) -> None:
    org = katowice.organisation
    updated = organisations.update_organisation(
        db,
        org.id,
        {"city": "Katowice", "phone": "32 258 40 41", "fields": ["music"]},
        actor="marc",
        expected_version=org.version,
    )
    assert updated.city == "Katowice"
    assert updated.phone == "+48 32 258 40 41"
    assert updated.fields == ("music",)
    assert updated.version > org.version
    assert organisations.get_organisation(db, org.id).version == updated.version
    with pytest.raises(errors.ConflictError):
        organisations.update_organisation(db, org.id, {"city": "x"}, expected_version=org.version)
    changed = changes_of(db, organisation_id=org.id)
    assert changed == [
        ("city", "Łódź", "Katowice", "marc"),
        ("fields", "", "music", "marc"),
        ("phone", "", "+48 32 258 40 41", "marc"),
    ]


def test_organisation_phone_uses_the_new_side(db: Database, katowice) -> None:
    updated = organisations.update_organisation(
        db, katowice.organisation.id, {"side": "saint_etienne", "phone": "04 77 12 34 56"}
    )
    assert updated.phone == "+33 4 77 12 34 56"


def test_update_organisation_conflict(db: Database, katowice) -> None:
    org = katowice.organisation
    organisations.update_organisation(db, org.id, {"city": "Gliwice"}, expected_version=1)
    with pytest.raises(errors.ConflictError):
        organisations.update_organisation(db, org.id, {"city": "Bytom"}, expected_version=1)
    assert organisations.get_organisation(db, org.id).city == "Gliwice"
    changed = [t for t in timeline_of(db, organisation_id=org.id) if t.kind == "changed"]
    assert len(changed) == 1


def test_update_organisation_invalid_writes_nothing(db: Database, katowice) -> None:
    org = katowice.organisation
    with pytest.raises(errors.ValidationError) as caught:
        organisations.update_organisation(db, org.id, {"city": "Gliwice", "email": "nope"})
    assert "email" in caught.value.by_field()
    assert organisations.get_organisation(db, org.id) == org


def test_organisation_soft_delete_and_restore(db: Database, katowice, saint_etienne) -> None:
    org_id = katowice.organisation.id
    deleted = organisations.set_deleted(db, org_id, True, actor="anna")
    assert deleted.deleted_at is not None
    assert [o.id for o in organisations.find_organisations(db)] == [saint_etienne.organisation.id]
    assert organisations.count_organisations(db) == 1
    assert [o.id for o in organisations.find_organisations(db, deleted=True)] == [org_id]
    with pytest.raises(errors.NotFoundError):
        organisations.update_organisation(db, org_id, {"city": "Bytom"})
    # The deleted record stays readable, and its people keep their link.
    assert organisations.get_organisation(db, org_id).name == katowice.organisation.name
    assert contacts.get_contact(db, katowice.contact.id).organisation_id == org_id

    restored = organisations.set_deleted(db, org_id, False, actor="anna")
    assert restored.deleted_at is None
    assert organisations.count_organisations(db) == 2
    kinds = [t.kind for t in timeline_of(db, organisation_id=org_id)]
    assert kinds == ["created", "deleted", "restored"]
    # Deleting twice writes one entry only.
    organisations.set_deleted(db, org_id, True)
    organisations.set_deleted(db, org_id, True)
    assert [t.kind for t in timeline_of(db, organisation_id=org_id)].count("deleted") == 2


def test_find_organisations_by_side_and_order(db: Database, katowice, saint_etienne) -> None:
    organisations.create_organisation(db, {"name": "Akademia Muzyczna", "side": "katowice"})
    kat = organisations.find_organisations(db, side="katowice")
    assert [o.name for o in kat] == ["Akademia Muzyczna", "Zespół Szkół Muzycznych w Łodzi"]
    assert [o.name for o in organisations.find_organisations(db, side="saint_etienne")] == [
        "Conservatoire Massenet"
    ]
    assert organisations.find_organisations(db, "muzyczn", side="saint_etienne") == []


def test_unknown_organisation(db: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        organisations.get_organisation(db, 77)
    with pytest.raises(errors.NotFoundError):
        organisations.set_deleted(db, 77, True)
    with pytest.raises(errors.NotFoundError):
        organisations.update_organisation(db, 77, {"city": "x"})


# --- contacts -----------------------------------------------------------------------------


def test_create_contact(db: Database, katowice) -> None:
    person = katowice.contact
    assert person.full_name == "Ewa Wiśniewska"
    assert person.organisation_name == "Zespół Szkół Muzycznych w Łodzi"
    assert person.phone == "+48 32 123 45 67"
    assert person.language == "pl"  # from the side
    assert person.version == 1
    assert contacts.get_contact(db, person.id) == person
    assert [(t.kind, t.who, t.new_value) for t in timeline_of(db, contact_id=person.id)] == [
        ("created", "anna", "Ewa Wiśniewska")
    ]


@pytest.mark.parametrize(
    ("side", "typed", "stored"),
    [
        ("saint_etienne", "04 77 12 34 56", "+33 4 77 12 34 56"),
        ("saint_etienne", "0477123456", "+33 4 77 12 34 56"),
        ("saint_etienne", "+48 32 123 45 67", "+48 32 123 45 67"),
        ("katowice", "32 123 45 67", "+48 32 123 45 67"),
        ("katowice", "601 234 567", "+48 601 234 567"),
        ("katowice", "+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("other", "601 234 567", "+48 601 234 567"),
    ],
)
def test_phone_is_stored_in_international_form(db: Database, side, typed, stored) -> None:
    person = contacts.create_contact(db, {"last_name": "Test", "side": side, "phone": typed})
    assert person.phone == stored
    assert contacts.get_contact(db, person.id).phone == stored


def test_language_defaults_per_side(db: Database) -> None:
    langs = {
        side: contacts.create_contact(db, {"last_name": "X", "side": side}).language
        for side in ("saint_etienne", "katowice", "other")
    }
    assert langs == {"saint_etienne": "fr", "katowice": "pl", "other": "en"}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"last_name": ""}, "last_name"),
        ({"last_name": None}, "last_name"),
        ({"side": "mars"}, "side"),
        ({"email": "ewa@"}, "email"),
        ({"email": "ewa at example.pl"}, "email"),
        ({"phone": "04 77 12 34 56"}, "phone"),  # a French number on the Katowice side
        ({"phone": "123"}, "phone"),
        ({"language": "de"}, "language"),
        ({"honorific": "dr"}, "honorific"),
        ({"organisation_id": 999}, "organisation_id"),
        ({"organisation_id": "abc"}, "organisation_id"),
    ],
)
def test_invalid_contact_is_refused_and_nothing_written(
    db: Database, anna, count, values, field
) -> None:
    base = {"last_name": "Nowak", "side": "katowice"}
    refused(db, count, contacts.create_contact, Contact, {**base, **values}, field)


def test_update_contact_records_changes(db: Database, katowice, saint_etienne, marc) -> None:
    person = katowice.contact
    updated = contacts.update_contact(
        db,
        person.id,
        {
            "position": "Dyrektorka",
            "email": "ewa@filharmonia.example.pl",
            "organisation_id": saint_etienne.organisation.id,
        },
        actor="marc",
        expected_version=person.version,
    )
    assert updated.position == "Dyrektorka"
    assert updated.organisation_name == "Conservatoire Massenet"
    assert updated.version == person.version + 1
    changed = changes_of(db, contact_id=person.id)
    assert changed == [
        ("email", "ewa.wisniewska@example.pl", "ewa@filharmonia.example.pl", "marc"),
        (
            "organisation_id",
            str(katowice.organisation.id),
            str(saint_etienne.organisation.id),
            "marc",
        ),
        ("position", "", "Dyrektorka", "marc"),
    ]


def test_contact_phone_update_uses_their_side(db: Database, saint_etienne) -> None:
    updated = contacts.update_contact(db, saint_etienne.contact.id, {"phone": "06 12 34 56 78"})
    assert updated.phone == "+33 6 12 34 56 78"


def test_contact_can_leave_their_organisation(db: Database, katowice) -> None:
    updated = contacts.update_contact(db, katowice.contact.id, {"organisation_id": None})
    assert updated.organisation_id is None
    assert updated.organisation_name is None


def test_invalid_contact_update_writes_nothing(db: Database, katowice) -> None:
    person = katowice.contact
    for values, field in [
        ({"first_name": "Ewelina", "email": "bad@"}, "email"),
        ({"first_name": "Ewelina", "phone": "12"}, "phone"),
        ({"first_name": "Ewelina", "last_name": " "}, "last_name"),
        ({"first_name": "Ewelina", "organisation_id": 4242}, "organisation_id"),
    ]:
        with pytest.raises(errors.ValidationError) as caught:
            contacts.update_contact(db, person.id, values, actor="anna")
        assert field in caught.value.by_field()
    assert contacts.get_contact(db, person.id) == person
    assert [t.kind for t in timeline_of(db, contact_id=person.id)] == ["created"]


def test_update_contact_conflict(db: Database, katowice) -> None:
    person = katowice.contact
    other = open_database(db.location)
    try:
        contacts.update_contact(other, person.id, {"city": "Łódź"}, expected_version=1)
        with pytest.raises(errors.ConflictError):
            contacts.update_contact(db, person.id, {"city": "Kraków"}, expected_version=1)
    finally:
        other.dispose()
    assert contacts.get_contact(db, person.id).city == "Łódź"
    assert contacts.get_contact(db, person.id).version == 2


def test_contact_soft_delete_and_restore(db: Database, katowice, saint_etienne) -> None:
    person_id = katowice.contact.id
    row = inquiries.create_inquiry(db, {"subject": "Koncert", "contact_id": person_id})
    contacts.set_deleted(db, person_id, True, actor="anna")
    assert [c.id for c in contacts.find_contacts(db)] == [saint_etienne.contact.id]
    assert [c.id for c in contacts.find_contacts(db, deleted=True)] == [person_id]
    with pytest.raises(errors.NotFoundError):
        contacts.update_contact(db, person_id, {"city": "Bytom"})
    # Their inquiry keeps pointing at them.
    assert inquiries.get_inquiry(db, row.id).row.contact is not None
    contacts.set_deleted(db, person_id, False, actor="anna")
    assert {c.id for c in contacts.find_contacts(db)} == {person_id, saint_etienne.contact.id}
    kinds = [t.kind for t in timeline_of(db, contact_id=person_id)]
    assert kinds == ["created", "deleted", "restored"]


def test_find_contacts_by_organisation_and_email(db: Database, katowice, saint_etienne) -> None:
    assert [c.id for c in contacts.find_contacts(db, organisation_id=katowice.organisation.id)] == [
        katowice.contact.id
    ]
    assert [c.id for c in contacts.find_contacts(db, email=" Jean.Dupont@EXAMPLE.fr ")] == [
        saint_etienne.contact.id
    ]
    assert contacts.find_contacts(db, email="nobody@example.org") == []


def test_find_contacts_sorted_by_name_and_paged(db: Database) -> None:
    for last in ("Zając", "Adamska", "Nowak", "Kowalski", "Bąk"):
        contacts.create_contact(db, {"last_name": last, "side": "katowice"})
    names = [c.last_name for c in contacts.find_contacts(db)]
    assert names[0] == "Adamska"
    assert names[-1] == "Zając"
    first = contacts.find_contacts(db, limit=2)
    rest = contacts.find_contacts(db, limit=10, offset=2)
    assert [c.last_name for c in first + rest] == names


def test_unknown_contact(db: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        contacts.get_contact(db, 77)
    with pytest.raises(errors.NotFoundError):
        contacts.set_deleted(db, 77, True)
    with pytest.raises(errors.NotFoundError):
        contacts.update_contact(db, 77, {"city": "x"})


def test_contact_in_a_deleted_organisation_is_refused(db: Database, katowice, count) -> None:
    organisations.set_deleted(db, katowice.organisation.id, True)
    before = count(Contact)
    with pytest.raises(errors.ValidationError) as caught:
        contacts.create_contact(
            db,
            {"last_name": "Nowak", "side": "katowice", "organisation_id": katowice.organisation.id},
        )
    assert "organisation_id" in caught.value.by_field()
    assert count(Contact) == before
