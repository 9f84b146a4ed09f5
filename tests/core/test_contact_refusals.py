"""A person's contact preferences respected (core.privacy.consent.may_contact): letters to the
person who asked and introductions to a partner's person, email drafts, batches of letters.
A refusal names the person; nothing is made or kept for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import contacts, errors, inquiries, proposals, settings
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import consent
from msek_desktop.core.proposals import TO_PARTNER, LetterRequest
from msek_desktop.letters import LetterService, emails

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

EWA, JEAN = "Ewa Wiśniewska", "Jean Dupont"  # the Katowice requester; Massenet's person


class Office:
    """Ewa's inquiry with the Conservatoire Massenet (Jean Dupont's) proposed as partner."""

    def __init__(self, db: Database, katowice: Any, saint_etienne: Any) -> None:
        settings.save(db, {"office.email": "biuro@msek.example.org"})
        self.db, self.ewa, self.jean = db, katowice.contact, saint_etienne.contact
        self.massenet = saint_etienne.organisation.id
        values = {"subject": "Chór", "contact_id": self.ewa.id, "assignee": "anna"}
        self.inquiry = inquiries.create_inquiry(db, values, actor="anna")
        pp.propose(db, self.inquiry.id, [self.massenet], actor="anna")

    def letters(self) -> LetterService:
        return LetterService(self.db, actor=lambda: "anna")

    def email(self, **asked: Any) -> Any:
        return emails.draft_for(self.db, inquiry_id=self.inquiry.id, **asked)


ACTIONS: dict[str, Callable[[Office], Any]] = {
    "letter": lambda o: o.letters().make(LetterRequest(o.inquiry.id)),
    "letter draft": lambda o: o.letters().draft(LetterRequest(o.inquiry.id)),
    "proposal": lambda o: o.letters().make(LetterRequest(o.inquiry.id, partner_ids=(o.massenet,))),
    "introduction": lambda o: o.letters().make(
        LetterRequest(o.inquiry.id, partner_ids=(o.massenet,), to=TO_PARTNER)
    ),
    "email": lambda o: o.email(template="reply"),
    "email to the person": lambda o: emails.draft_for(o.db, template="reply", contact_id=o.ewa.id),
    "email introduction": lambda o: o.email(template="introduction", organisation_id=o.massenet),
    "email with its letter": lambda o: o.email(template="proposal", attach_letter=True),
}


@pytest.mark.parametrize(
    ("who", "refused", "action", "expected"),
    [
        ("ewa", "no_letters", "letter", EWA),
        ("ewa", "no_letters", "letter draft", EWA),
        ("ewa", "no_letters", "proposal", EWA),
        ("ewa", "no_letters", "introduction", None),  # the letter goes to Jean
        ("jean", "no_letters", "introduction", JEAN),
        ("jean", "no_letters", "letter", None),
        ("ewa", "no_email", "letter", None),
        ("ewa", "no_phone", "letter", None),
        ("ewa", "no_email", "email", EWA),
        ("ewa", "no_email", "email to the person", EWA),
        ("ewa", "no_email", "email with its letter", EWA),
        ("jean", "no_email", "email introduction", JEAN),
        ("jean", "no_email", "email", None),
        ("ewa", "no_letters", "email", None),
        ("ewa", "no_letters", "email with its letter", None),  # the letter goes by email
        ("ewa", "no_phone", "email", None),
    ],
)
def test_a_refused_way_is_refused_naming_the_person(
    db: Database, katowice, saint_etienne, who: str, refused: str, action: str,
    expected: str | None,
) -> None:  # fmt: skip
    office = Office(db, katowice, saint_etienne)
    person = office.ewa if who == "ewa" else office.jean
    contacts.update_contact(db, person.id, {refused: True})
    if expected is None:
        assert ACTIONS[action](office) is not None
        return
    with pytest.raises(consent.Refused) as said:
        ACTIONS[action](office)
    assert (said.value.code, said.value.name) == (refused, expected)
    assert errors.code_of(said.value.message) == refused
    assert expected in str(said.value)
    assert proposals.list_proposals(db, office.inquiry.id) == []  # nothing kept


def test_a_batch_skips_who_refused_letters_and_says_so(
    db: Database, katowice, saint_etienne, tmp_path: Path
) -> None:
    office = Office(db, katowice, saint_etienne)
    values = {"subject": "Orchestre", "contact_id": office.jean.id, "assignee": "anna"}
    other = inquiries.create_inquiry(db, values, actor="anna")
    contacts.update_contact(db, office.ewa.id, {"no_letters": True})
    requests = [LetterRequest(office.inquiry.id), LetterRequest(other.id)]
    result = office.letters().batch(requests, tmp_path / "all.pdf")
    assert [p.inquiry_id for p in result.proposals] == [other.id]
    ((ref, message),) = result.skipped
    assert ref == office.inquiry.ref
    assert (errors.code_of(message), str(message)) == (
        "no_letters", f"{EWA} asked not to receive letters",
    )  # fmt: skip
    assert proposals.list_proposals(db, office.inquiry.id) == []


def test_a_batch_where_everyone_refused_makes_nothing(
    db: Database, katowice, saint_etienne, tmp_path: Path
) -> None:
    office = Office(db, katowice, saint_etienne)
    values = {"subject": "Orchestre", "contact_id": office.jean.id, "assignee": "anna"}
    other = inquiries.create_inquiry(db, values, actor="anna")
    contacts.update_contact(db, office.ewa.id, {"no_letters": True})
    out = tmp_path / "all.pdf"
    with pytest.raises(consent.Refused, match=EWA):
        office.letters().batch([LetterRequest(office.inquiry.id)], out)
    contacts.update_contact(db, office.jean.id, {"no_letters": True})
    both = [LetterRequest(office.inquiry.id), LetterRequest(other.id)]
    with pytest.raises(errors.UserError) as refused:
        office.letters().batch(both, out, folder=False)
    assert errors.code_of(refused.value.message) == "letters_all_refused"
    assert not out.exists()
    assert proposals.refused_letters(db, both)[1][1] == other.ref
