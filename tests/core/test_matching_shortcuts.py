"""The import's matching skips what cannot change its answer: a row with an email looks for
close last names only when someone recorded without an email has a last name of the same
initial (those with an email are compared only when it is the row's). Its answers stay those
of comparing every candidate."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from msek_desktop.core import identity, matching
from msek_desktop.core.db import Database
from msek_desktop.core.identity import Person
from msek_desktop.core.writer import Writer
from tests.core.test_import_matching import _EveryCandidate

pytestmark = pytest.mark.both_databases

RECORDED = [  # first, last, email
    ("Anna", "Kowalska", "anna@example.pl"), ("Jan", "Kowalski", "jan@example.pl"),
    ("Ewa", "Nowak", "ewa@example.pl"), ("Ewa", "Nowakowa", "ewa.n@example.pl"),
    ("Piotr", "Nowacki", ""), ("Zofia", "Zając", "zofia@example.pl"), ("Marc", "Dupont", ""),
    ("Élise", "Dupond", "elise@example.fr"), ("Jean", "Lefébure", " "),
]  # fmt: skip


def _office(db: Database) -> None:
    with db.write() as session:
        out = Writer(session)
        for first, last, email in RECORDED:
            out.contact(first_name=first, last_name=last, email=email, side="katowice")
        out.finish()


def test_close_names_are_not_searched_when_no_one_without_an_email_could_be_found(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office(db)
    with db.read() as session:
        existing = matching.Existing(session)
    searched: list[str] = []
    real = matching.process.extract

    def counted(query: str, *args: object, **kwargs: object) -> object:
        searched.append(query)
        return real(query, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(matching.process, "extract", counted)
    # Kowal...: everyone of initial k has an email, and this row's email is no one's
    found, possible = existing.contact(Person("Anna", "Kowalsky", "other@example.pl"))
    assert (found, possible, searched) == (None, [], [])
    # Zofia's email: she is found, and no one of initial z lacks an email
    found, _ = existing.contact(Person("Zofia", "Zajac", "zofia@example.pl"))
    assert found is not None and found.by == "email" and searched == []
    # Nowak: Piotr Nowacki has no email, so close names of initial n are searched
    existing.contact(Person("Ewa", "Nowak", "new@example.pl"))
    assert searched == ["nowak"]
    # without an email everyone may be the row's person
    existing.contact(Person("Anna", "Kowalska", ""))
    assert searched == ["nowak", "kowalska"]


def test_the_answers_are_those_of_comparing_every_candidate(db: Database) -> None:
    _office(db)
    with db.read() as session:
        quick, every = matching.Existing(session), _EveryCandidate(session)
    rng = random.Random(3)
    firsts = ["Anna", "Jan", "Ewa", "Piotr", "Zofia", "Marc", "Élise", "Jean", ""]
    lasts = ["Kowalska", "Kowalski", "Kowalsky", "Nowak", "Nowacka", "Nowakowa", "Zajac",
             "Dupont", "Dupond", "Lefebure", "Lis", ""]  # fmt: skip
    emails = [e for _f, _l, e in RECORDED if e.strip()] + ["", "", "new@example.pl"]
    for _ in range(300):
        wanted = Person(rng.choice(firsts), rng.choice(lasts), rng.choice(emails).upper().lower(),
                        rng.choice([None, 1]))  # fmt: skip
        assert quick.contact(wanted) == every.contact(wanted), wanted


def test_everyone_by_last_name_is_indexed_only_when_a_row_needs_it(db: Database) -> None:
    with db.write() as session:
        out = Writer(session)
        for first, last, email in RECORDED:
            if email.strip():
                out.contact(first_name=first, last_name=last, email=email, side="katowice")
        out.finish()
    with db.read() as session:
        existing, every = matching.Existing(session), _EveryCandidate(session)
    for wanted in (
        Person("Anna", "Kowalsky", "other@example.pl"),
        Person("Ewa", "Nowak", "ewa@example.pl"),
        Person("Zofia", "Zajac", "ZOFIA@example.pl".lower()),
    ):
        assert existing.contact(wanted) == every.contact(wanted)
    assert existing._names is None  # rows with an email: only the people without one
    wanted = Person("Anna", "Kowalska", "")
    assert existing.contact(wanted) == every.contact(wanted)
    assert existing._names is not None
    assert existing.by_last["kowalska"] and existing.lasts_by_initial["k"]


ORG_WORDS = ["le", "fil", "mck", "teatr", "śląski", "fundacja", "centrum", "kultury", "saint",
             "étienne", "a", "x", "conservatoire", "massenet", "filharmonia"]  # fmt: skip


def _org_name(rng: random.Random) -> str:
    name = " ".join(rng.choice(ORG_WORDS) for _ in range(rng.randrange(1, 5)))
    if rng.random() < 0.2:
        name = name.replace(" ", "")
    return name


def test_organisation_names_passed_over_could_not_score_enough() -> None:
    assert identity.ORGANISATION_WRATIO > 85.5  # what matching._within_reach relies on
    rng = random.Random(4)
    for _ in range(20_000):
        key, other = _org_name(rng), _org_name(rng)
        if rng.random() < 0.3:
            other = f"{key} {other}" if rng.random() < 0.5 else other + key
        kept = matching._within_reach(key, [other]) == [other]
        if not kept:
            assert fuzz.WRatio(key, other) < identity.ORGANISATION_WRATIO, (key, other)


class _EveryOrganisationName(matching.Existing):
    def organisation(self, name: str):  # type: ignore[no-untyped-def]
        real = matching._within_reach
        matching._within_reach = lambda _key, names: names  # type: ignore[assignment]
        try:
            return super().organisation(name)
        finally:
            matching._within_reach = real


def test_organisations_are_matched_as_when_every_name_was_scored(db: Database) -> None:
    rng = random.Random(6)
    with db.write() as session:
        out = Writer(session)
        for _ in range(300):
            out.organisation(name=_org_name(rng), kind="other", side="katowice")
        out.finish()
    with db.read() as session:
        quick, every = matching.Existing(session), _EveryOrganisationName(session)
    for _ in range(400):
        name = _org_name(rng)
        assert quick.organisation(name) == every.organisation(name), name
