"""Duplicates: live people (or organisations) that are probably the same, by the rules the
import and the forms use (core.identity), the surest first.

People: the same email; the same folded first and last name (or the last name in its feminine
or masculine form for a woman) and the same organisation, or one of them naming none; a
close likeness (a first name a few letters apart, one missing, another organisation) is
listed after, as possible. Two people with different emails are two people.
Organisations (on the same side): the same folded name, or the same email with a close name;
a name a typo apart is possible, unless their numbers differ (school no. 1 and no. 10). An
email alone is not enough for organisations: a
town hall's address is often its school's and its theatre's too.

Not every pair is compared: records are put in blocks (the same email; the same folded last
name, the feminine/masculine ending aside; the same first letters of the folded last name or
name, and of the first name, for blocks small enough) and only the pairs within a block are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rapidfuzz.distance import Levenshtein
from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core.db import Database
from msek_desktop.core.identity import (
    REASONS,
    Likeness,
    Person,
    Verdict,
    compare_organisations,
    compare_people,
    identity_key,
    last_name_stem,
)
from msek_desktop.core.models import Contact, Organisation
from msek_desktop.core.privacy.merging_fields import kind_of

PREFIX = 4  # letters of the folded name a loose block shares
LOOSE_BLOCK = 60  # a loose block larger than this is not compared pair by pair
TYPO_EVERY = 30  # organisation names a letter apart, one more every 30 letters: possible
_NUMBER = re.compile(r"\d+")
_NOT_SHOWN = ("", "")
_RANK = {Verdict.SAME: 0, Verdict.POSSIBLE: 1, Verdict.DIFFERENT: 2}


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two records probably the same: `first` (the older, kept by default) and `second`,
    their names and details to tell them apart, why (a core.identity reason code and its
    English), and whether the rules call them the same (`sure`) or only possibly so."""

    kind: str
    first: int
    second: int
    first_name: str
    second_name: str
    first_detail: str
    second_detail: str
    reason: str
    why: str
    sure: bool
    score: float


@dataclass(frozen=True, slots=True)
class _Record:
    """A live record as its blocks and the rules see it, kept small (slots, repeated texts
    shared: 50,000 people are held at once). `email` and `name` are its blocks' keys: its
    email stripped and case folded, its folded last name (its stem, for a person) or name;
    "" when it has none. A person's name and detail as shown are read only for the pairs
    found."""

    id: int
    email: str
    name: str
    prefix: str  # its loose block's key
    compared: Any  # what the rules compare: a person's (first, last, organisation id), or
    # an organisation's name
    shown: tuple[str, str]  # an organisation's name and detail


def _email_key(email: str) -> str:
    key = email.strip().casefold()
    return email if key == email else key  # the same string kept once


def _one(shared: dict[str, str], text: str) -> str:
    return shared.setdefault(text, text)


def _people(session: Session) -> list[_Record]:
    stmt = (
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.email,
               Contact.organisation_id)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.id)
    )  # fmt: skip
    shared: dict[str, str] = {}  # names, stems and prefixes repeat: each text kept once
    records = []
    for cid, first, last, email, org_id in session.execute(stmt.execution_options(yield_per=2000)):
        key = identity_key(last)
        stem = _one(shared, (last_name_stem(key) or key) if key else "")
        prefix = _one(shared, key[:PREFIX] + "|" + identity_key(first)[:1])
        compared = (_one(shared, first), _one(shared, last), org_id)
        records.append(_Record(cid, _email_key(email), stem, prefix, compared, _NOT_SHOWN))
    return records


def _shown_people(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """The name and detail of the people `ids` (those of the pairs found)."""
    stmt = (
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.email,
               Organisation.name, Contact.city)
        .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
    )  # fmt: skip
    shown: dict[int, tuple[str, str]] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        for cid, first, last, email, org, city in session.execute(
            stmt.where(Contact.id.in_(batch))
        ):
            shown[cid] = (f"{first} {last}".strip(), _detail(email, org or "", city))
    return shown


def _detail(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _organisations(session: Session) -> dict[str, list[_Record]]:
    """Live organisations by side (only organisations of one side are compared)."""
    stmt = (
        select(Organisation.id, Organisation.name, Organisation.email, Organisation.city,
               Organisation.side)
        .where(Organisation.deleted_at.is_(None))
        .order_by(Organisation.id)
    )  # fmt: skip
    by_side: dict[str, list[_Record]] = defaultdict(list)
    for oid, name, email, city, side in session.execute(stmt):
        key = identity_key(name)
        record = _Record(oid, _email_key(email), key, key[:PREFIX] + "|", name,
                         (name, _detail(email, city)))  # fmt: skip
        by_side[side].append(record)
    return by_side


def _blocks(records: list[_Record]) -> Iterable[tuple[int, list[_Record]]]:
    """The blocks of records whose pairs are compared (see the module), each with its rank:
    0 the same email, 1 the same name, 2 the same first letters. A record is in one block of
    each rank at most, in the order of `records`."""
    by_email, by_name, by_prefix = _Groups(), _Groups(), _Groups()
    for record in records:
        if record.email:
            by_email.add(record.email, record)
        if record.name:
            by_name.add(record.name, record)
            by_prefix.add(record.prefix, record)
    yield from ((0, b) for b in by_email.groups.values())
    yield from ((1, b) for b in by_name.groups.values())
    yield from ((2, b) for b in by_prefix.groups.values() if len(b) <= LOOSE_BLOCK)


class _Groups:
    """Records by key, only the keys of two records or more: a list for each of 50,000
    different emails would weigh more than the people."""

    def __init__(self) -> None:
        self.first: dict[str, _Record] = {}
        self.groups: dict[str, list[_Record]] = {}

    def add(self, key: str, record: _Record) -> None:
        found = self.first.setdefault(key, record)
        if found is not record:
            self.groups.setdefault(key, [found]).append(record)


def _compared_before(rank: int, a: _Record, b: _Record) -> bool:
    """Whether the pair was in a block of a lower rank (so already compared)."""
    return (rank > 0 and a.email != "" and a.email == b.email) or (rank > 1 and a.name == b.name)


def _pairs_of(block: list[_Record], *, emails_decide: bool) -> Iterator[tuple[int, int]]:
    """The pairs of a block (their places in it), the earlier record first. With
    `emails_decide` (people: two emails decide, core.identity.compare_people), two records
    with emails are paired only when their emails are the same: otherwise they are two
    people, found without comparing them, so a block of a common last name where everyone
    has an email costs no more than its length."""
    if not emails_decide:
        yield from combinations(range(len(block)), 2)
        return
    without_email: list[int] = []
    by_email: dict[str, list[int]] = defaultdict(list)
    for j, b in enumerate(block):
        if b.email:
            partners: Iterable[int] = [*without_email, *by_email[b.email]]
            by_email[b.email].append(j)
        else:
            partners = range(j)
            without_email.append(j)
        for i in partners:
            yield i, j


def _person(record: _Record) -> Person:
    first, last, organisation = record.compared
    # the email's key: compare_people strips and case folds emails alike
    return Person(first, last, record.email, organisation)


def _compare_people(first: Person, second: Person) -> Likeness:
    found = compare_people(first, second)
    if found.reason == "organisation":
        # "the same organisation when the new record names one": one naming none is the same
        return min(
            (found, compare_people(second, first)),
            key=lambda lk: (_RANK[lk.verdict], -lk.score),
        )
    return found


def _compare_organisations(a: _Record, b: _Record) -> Likeness:
    """The rules of core.identity, stricter on a close name: a typo or two (a letter every
    TYPO_EVERY), not another word ("Piekarnia Mrozek", "Piekarnia Wróbel"); numbers that
    differ are other organisations; the same email only with a name at least close (a town
    hall's address is often its school's and its theatre's too)."""
    found = compare_organisations(a.compared, b.compared)
    numbers = _NUMBER.findall(a.compared), _NUMBER.findall(b.compared)
    if all(numbers) and numbers[0] != numbers[1]:
        return Likeness(Verdict.DIFFERENT, "different")  # school no. 1 is not school no. 10
    if found.verdict is Verdict.POSSIBLE:
        keys = identity_key(a.compared), identity_key(b.compared)
        typos = 1 + min(len(k) for k in keys) // TYPO_EVERY
        if Levenshtein.distance(*keys, score_cutoff=typos) > typos:
            return Likeness(Verdict.DIFFERENT, "different", found.score)
    email = a.email.strip().casefold()
    if found.verdict is not Verdict.DIFFERENT and email and email == b.email.strip().casefold():
        return Likeness(Verdict.SAME, "email", 100.0)
    return found


def _pairs(
    records: list[_Record], compare: Callable[[Any, Any], Likeness], *, people: bool
) -> list[tuple[_Record, _Record, Likeness]]:
    """The pairs found alike, the older record first. Each pair is compared once, in the
    first block it is in (it is in no other block of that rank): nothing is kept of the
    pairs compared, only of those found. `compare` is given two people (core.identity
    Person, made once a block), or two organisations' records."""
    out = []
    for rank, block in _blocks(records):
        compared: list[Any] = [_person(r) for r in block] if people else block
        for i, j in _pairs_of(block, emails_decide=people):
            a, b = block[i], block[j]
            if _compared_before(rank, a, b):
                continue
            likeness = compare(compared[i], compared[j])
            if likeness.verdict is not Verdict.DIFFERENT:
                out.append((a, b, likeness))  # records are by id: the older first
    return out


def _duplicate(
    kind: str, first: int, second: int, likeness: Likeness, shown: dict[int, tuple[str, str]]
) -> Duplicate:
    (first_name, first_detail), (second_name, second_detail) = shown[first], shown[second]
    return Duplicate(
        kind, first, second, first_name, second_name, first_detail, second_detail,
        likeness.reason, REASONS.get(likeness.reason, likeness.reason),
        likeness.verdict is Verdict.SAME, likeness.score,
    )  # fmt: skip


def find_duplicates(db: Database, kind: str = "person") -> list[Duplicate]:
    """The pairs of live records of `kind` ("person" or "organisation") that are probably
    the same: the sure ones first, then by likeness, then by id."""
    kind = kind_of(kind)
    with db.read() as session:
        if kind == "person":
            pairs = _pairs(_people(session), _compare_people, people=True)
            shown = _shown_people(session, {r.id for a, b, _ in pairs for r in (a, b)})
        else:
            pairs = []
            for records in _organisations(session).values():
                pairs += _pairs(records, _compare_organisations, people=False)
            shown = {r.id: r.shown for a, b, _ in pairs for r in (a, b)}
    found = [_duplicate(kind, a.id, b.id, likeness, shown) for a, b, likeness in pairs]
    return sorted(found, key=lambda d: (not d.sure, -d.score, d.first, d.second))
