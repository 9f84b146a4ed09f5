"""Duplicates (core.privacy.merging.find_duplicates): found by each rule of core.identity,
never for different people, only live records, organisations on one side only."""

from __future__ import annotations

from typing import Any

import pytest

from msek_desktop.core import contacts, errors, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import merging

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def person(db: Database, first: str, last: str, **more: Any) -> int:
    values = {"first_name": first, "last_name": last, "side": "katowice", **more}
    return contacts.create_contact(db, values, actor="anna").id


def test_duplicates_found_by_each_rule_and_not_for_different_people(
    db: Database, katowice, anna
) -> None:
    ewa = katowice.contact.id
    org = katowice.organisation.id
    by_email = person(db, "E.", "Wiśniewska-Nowak", email="ewa.wisniewska@EXAMPLE.pl")
    same_name = person(db, "EWA", "Wisniewska", organisation_id=org)
    ending = (person(db, "Anna", "Kowalska"), person(db, "Anna", "Kowalski"))
    typo = (person(db, "Marek", "Zielinski"), person(db, "Mareck", "Zieliński"))
    person(db, "Jan", "Nowak", email="jan@a.pl")  # another email: another man
    person(db, "Jan", "Nowak", email="jan@b.pl")
    person(db, "Piotr", "Lis")  # another first name: another man
    person(db, "Tomasz", "Lis")
    deleted = person(db, "Ewa", "Wiśniewska")
    contacts.set_deleted(db, deleted, True, actor="anna")
    found = {(d.first, d.second): d for d in merging.find_duplicates(db)}
    assert found[(ewa, by_email)].reason == "email" and found[(ewa, by_email)].sure
    assert found[(ewa, same_name)].reason == "name" and found[(ewa, same_name)].sure
    assert found[ending].reason == "name_ending" and found[ending].sure
    assert found[typo].reason == "first_name" and not found[typo].sure
    assert found[typo].why == "same last name, a similar first name"
    assert set(found) == {(ewa, by_email), (ewa, same_name), ending, typo}
    sure = [d.sure for d in merging.find_duplicates(db)]
    assert sure == sorted(sure, reverse=True)  # the sure ones first
    assert found[(ewa, by_email)].first_name == "Ewa Wiśniewska"


def test_organisation_duplicates_by_name_and_email_on_one_side(
    db: Database, katowice, saint_etienne
) -> None:
    def org(name: str, side: str, **more: Any) -> int:
        return organisations.create_organisation(
            db, {"name": name, "side": side, **more}, actor="anna"
        ).id

    massenet = saint_etienne.organisation.id
    folded = org("CONSERVATOIRE  MASSENET", "saint_etienne")
    org("Conservatoire Massenet", "katowice")  # the other side: not the same
    mailed = (org("Cité du design", "saint_etienne", email="info@cite.fr"),
              org("Cite du desgn", "saint_etienne", email="INFO@cite.fr"))  # fmt: skip
    typo = (org("Musée d'art moderne", "saint_etienne"), org("Musee d'Art Modrne", "saint_etienne"))
    org("Szkoła Muzyczna nr 1", "katowice")  # numbers: other schools
    org("Szkoła Muzyczna nr 10", "katowice")
    org("Mairie de Firminy", "saint_etienne", email="contact@firminy.fr")  # an email alone
    org("Théâtre de Firminy", "saint_etienne", email="contact@firminy.fr")
    org("Piekarnia Mrozek", "katowice")  # another word: another bakery
    org("Piekarnia Wróbel", "katowice")
    found = {(d.first, d.second): d for d in merging.find_duplicates(db, "organisation")}
    assert found[typo].reason == "close" and not found[typo].sure
    assert set(found) == {(massenet, folded), mailed, typo}
    assert found[mailed].reason == "email" and found[(massenet, folded)].reason == "name"
    with pytest.raises(errors.UserError, match="different sides"):
        merging.merge_organisations(db, katowice.organisation.id, massenet, actor="anna")


@pytest.mark.database_file
def test_pairs_are_compared_within_blocks_not_all(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,200 people of 400 last names: a few thousand comparisons, not 720,000 (Ewa has
    no email: Anna and Jan, another email each, are other people without comparing)."""
    from msek_desktop.core.models import Contact
    from msek_desktop.core.privacy import merging_duplicates

    firsts = ("Anna", "Jan", "Ewa")
    with db.write() as session:
        session.add_all(
            Contact(first_name=first, last_name=f"Name{n:03d}x", side="katowice",
                    email="" if first == "Ewa" else f"{first}.{n}@example.pl")
            for n in range(400) for first in firsts
        )  # fmt: skip
    calls = []
    real = merging_duplicates.compare_people

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(merging_duplicates, "compare_people", counted)
    assert merging.find_duplicates(db) == []  # another email or first name: other people
    assert 0 < len(calls) < 1200 * 1199 // 2 // 50
