"""Consents and contact preferences (core.privacy.consent, core.contacts): records given and
withdrawn with their timeline entries, what is in force on a day, the contact rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from msek_desktop.core import contacts, errors, history
from msek_desktop.core.db import Database
from msek_desktop.core.models import ConsentRecord
from msek_desktop.core.privacy import consent

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 6, 15)
GIVEN = {"purpose": "newsletter", "given_on": "2026-03-01", "given_how": "form",
         "source": "fair in Lyon, paper form"}  # fmt: skip


@dataclass(frozen=True)
class Person:
    first_name: str = "Ewa"
    last_name: str = "Nowak"
    no_letters: bool = False
    no_email: bool = False
    no_phone: bool = False


@pytest.mark.parametrize(
    ("person", "channel", "expected"),
    [
        (Person(), "letter", None),
        (Person(), "email", None),
        (Person(), "phone", None),
        (Person(no_letters=True), "letter", "no_letters"),
        (Person(no_letters=True), "email", None),
        (Person(no_email=True), "email", "no_email"),
        (Person(no_email=True), "letter", None),
        (Person(no_phone=True), "phone", "no_phone"),
        (Person(no_phone=True), "email", None),
        (Person(no_letters=True, no_email=True, no_phone=True), "phone", "no_phone"),
    ],
)
def test_the_contact_rule_by_channel(person: Person, channel: str, expected: str | None) -> None:
    assert consent.may_contact(person, channel) == expected
    message = consent.refusal(person, channel)
    assert (errors.code_of(message) if message else None) == expected


def test_a_refusal_names_the_person_and_an_unknown_channel_is_a_bug() -> None:
    with pytest.raises(consent.Refused) as refused:
        consent.refuse(Person(no_letters=True), "letter")
    assert str(refused.value) == "Ewa Nowak asked not to receive letters"
    assert (refused.value.code, refused.value.name) == ("no_letters", "Ewa Nowak")
    consent.refuse(None, "letter")  # nobody in particular: nothing to refuse
    with pytest.raises(ValueError, match="pigeon"):
        consent.may_contact(Person(), "pigeon")


def test_given_then_withdrawn_with_the_timeline(db: Database, katowice) -> None:
    person = katowice.contact.id
    row = consent.add_consent(db, person, GIVEN, actor="anna", today=TODAY)
    assert (row.purpose, row.given_on, row.given_how, row.source, row.staff) == (
        "newsletter", date(2026, 3, 1), "form", "fair in Lyon, paper form", "anna",
    )  # fmt: skip
    assert consent.current_consents(db, person, TODAY).keys() == {"newsletter"}
    assert consent.current_consents(db, person, date(2026, 2, 28)) == {}
    out = consent.withdraw_consent(
        db, row.id, {"withdrawn_on": "10.06.2026", "withdrawn_how": "email"}, actor="anna",
        today=TODAY,
    )  # fmt: skip
    assert (out.withdrawn_on, out.withdrawn_how) == (date(2026, 6, 10), "email")
    assert consent.current_consents(db, person, TODAY) == {}
    assert consent.current_consents(db, person, date(2026, 6, 9)).keys() == {"newsletter"}
    entries = history.entries(db, "changes", contact_id=person)
    said = [(e.kind, e.field, e.old_value, e.new_value, e.note, e.who) for e in entries[:2]]
    assert said == [
        ("consent", "newsletter", "given", "withdrawn", "email 2026-06-10", "anna"),
        ("consent", "newsletter", "", "given", "form 2026-03-01", "anna"),
    ]


def test_current_consents_by_purpose_expired_and_latest(db: Database, katowice) -> None:
    person = katowice.contact.id
    consent.add_consent(db, person, {**GIVEN, "purpose": "photos", "expires_on": "2026-06-01"},
                        today=TODAY)  # fmt: skip
    consent.add_consent(db, person, {**GIVEN, "purpose": "contact_exchanges"}, today=TODAY)
    later = consent.add_consent(db, person, {**GIVEN, "given_on": "2026-05-01"}, today=TODAY)
    consent.add_consent(db, person, GIVEN, today=TODAY)
    now = consent.current_consents(db, person, TODAY)
    assert sorted(now) == ["contact_exchanges", "newsletter"]  # photos expired on 1 June
    assert now["newsletter"].id == later.id  # the latest given
    assert "photos" in consent.current_consents(db, person, date(2026, 6, 1))
    assert consent.list_consents(db, person)[0].given_on == date(2026, 5, 1)


@pytest.mark.parametrize(
    ("values", "fields"),
    [
        ({**GIVEN, "purpose": "gossip"}, {"purpose"}),
        ({**GIVEN, "purpose": ""}, {"purpose"}),
        ({**GIVEN, "given_on": "2026-06-16"}, {"given_on"}),  # tomorrow
        ({**GIVEN, "given_on": "31.02.2026"}, {"given_on"}),
        ({**GIVEN, "given_on": ""}, {"given_on"}),
        ({**GIVEN, "given_how": "pigeon"}, {"given_how"}),
        ({**GIVEN, "source": "x" * 201}, {"source"}),
        ({**GIVEN, "expires_on": "2026-02-01"}, {"expires_on"}),
        ({"purpose": "x", "given_on": "2030-01-01"}, {"purpose", "given_on", "given_how"}),
    ],
)
def test_a_bad_consent_names_its_fields_and_writes_nothing(
    db: Database, katowice, count, values: dict[str, str], fields: set[str]
) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        consent.add_consent(db, katowice.contact.id, values, today=TODAY)
    assert refused.value.by_field().keys() == fields
    assert count(ConsentRecord) == 0
    assert history.entries(db, "changes", contact_id=katowice.contact.id)[0].kind == "created"


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"withdrawn_on": "2026-02-28", "withdrawn_how": "email"}, "withdrawn_on", "before_given"),
        ({"withdrawn_on": "2026-07-01", "withdrawn_how": "email"}, "withdrawn_on", "in_future"),
        ({"withdrawn_on": "2026-04-01", "withdrawn_how": "smoke"}, "withdrawn_how", "choice"),
        ({"withdrawn_how": "email"}, "withdrawn_on", "required"),
    ],
)
def test_a_bad_withdrawal_is_refused(
    db: Database, katowice, values: dict[str, str], field: str, code: str
) -> None:
    row = consent.add_consent(db, katowice.contact.id, GIVEN, today=TODAY)
    with pytest.raises(errors.ValidationError) as refused:
        consent.withdraw_consent(db, row.id, values, today=TODAY)
    assert errors.code_of(refused.value.by_field()[field]) == code
    assert consent.list_consents(db, katowice.contact.id)[0].withdrawn_on is None


def test_withdrawn_twice_or_of_nobody_is_refused(db: Database, katowice) -> None:
    row = consent.add_consent(db, katowice.contact.id, GIVEN, today=TODAY)
    out = {"withdrawn_on": "2026-04-01", "withdrawn_how": "phone"}
    consent.withdraw_consent(db, row.id, out, today=TODAY)
    with pytest.raises(errors.ValidationError) as refused:
        consent.withdraw_consent(db, row.id, out, today=TODAY)
    assert errors.code_of(refused.value.by_field()["withdrawn_on"]) == "already_withdrawn"
    with pytest.raises(errors.NotFoundError):
        consent.withdraw_consent(db, 999, out, today=TODAY)
    with pytest.raises(errors.NotFoundError):
        consent.add_consent(db, 999, GIVEN, today=TODAY)
    contacts.set_deleted(db, katowice.contact.id, True)
    with pytest.raises(errors.NotFoundError):
        consent.add_consent(db, katowice.contact.id, GIVEN, today=TODAY)


def test_legal_basis_and_preferences_are_fields_of_a_person(db: Database, katowice) -> None:
    person = katowice.contact
    assert (person.legal_basis, person.no_letters, person.no_email, person.no_phone) == (
        "own_request", False, False, False,
    )  # fmt: skip
    new = contacts.create_contact(
        db, {"last_name": "Nowak", "side": "katowice", "legal_basis": "Consent",
             "no_email": True},
    )  # fmt: skip
    assert (new.legal_basis, new.no_email, new.no_letters) == ("consent", True, False)
    row = contacts.update_contact(
        db, person.id, {"no_letters": True, "legal_basis": "contract"}, actor="anna"
    )
    assert (row.no_letters, row.legal_basis) == (True, "contract")
    assert contacts.get_contact(db, person.id).no_letters is True
    edits = history.entries(db, "changes", contact_id=person.id)
    assert {(e.field, e.old_value, e.new_value) for e in edits if e.kind == "changed"} == {
        ("no_letters", "no", "yes"), ("legal_basis", "own_request", "contract"),
    }  # fmt: skip


def test_bad_preferences_name_their_fields(db: Database, katowice) -> None:
    bad = {"legal_basis": "whim", "no_phone": "perhaps"}
    assert contacts.field_errors(bad, new=False).keys() == {"legal_basis", "no_phone"}
    with pytest.raises(errors.ValidationError) as refused:
        contacts.update_contact(db, katowice.contact.id, bad)
    assert refused.value.by_field().keys() == {"legal_basis", "no_phone"}
    assert contacts.get_contact(db, katowice.contact.id).legal_basis == "own_request"
