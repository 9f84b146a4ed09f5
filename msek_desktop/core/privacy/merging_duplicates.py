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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rapidfuzz.distance import Levenshtein
from sqlalchemy import select

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
_RANK = {Verdict.SAME: 0, Verdict.POSSIBLE: 1, Verdict.DIFFERENT: 2}


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class _Record:
    id: int
    name: str
    detail: str
    email: str
    compared: Any  # what the rules compare: a Person, or an organisation's name


def _people(db: Database) -> list[_Record]:
    stmt = (
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.email,
               Contact.organisation_id, Organisation.name, Contact.city)
        .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.id)
    )  # fmt: skip
    with db.read() as session:
        rows = session.execute(stmt).all()
    return [
        _Record(cid, f"{first} {last}".strip(), _detail(email, org or "", city), email,
                Person(first, last, email, org_id))
        for cid, first, last, email, org_id, org, city in rows
    ]  # fmt: skip


def _detail(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _organisations(db: Database) -> dict[str, list[_Record]]:
    """Live organisations by side (only organisations of one side are compared)."""
    stmt = (
        select(Organisation.id, Organisation.name, Organisation.email, Organisation.city,
               Organisation.side)
        .where(Organisation.deleted_at.is_(None))
        .order_by(Organisation.id)
    )  # fmt: skip
    by_side: dict[str, list[_Record]] = defaultdict(list)
    with db.read() as session:
        for oid, name, email, city, side in session.execute(stmt):
            by_side[side].append(_Record(oid, name, _detail(email, city), email, name))
    return by_side


def _first_letter(record: _Record) -> str:
    """A person's folded first name's first letter (a loose block's second key)."""
    if isinstance(record.compared, Person):
        return identity_key(record.compared.first_name)[:1]
    return ""


def _blocks(
    records: list[_Record], name_of: Callable[[_Record], str], *, stems: bool
) -> Iterable[list[_Record]]:
    """The blocks of records whose pairs are compared (see the module)."""
    by_email: dict[str, list[_Record]] = defaultdict(list)
    by_name: dict[str, list[_Record]] = defaultdict(list)
    by_prefix: dict[str, list[_Record]] = defaultdict(list)
    for record in records:
        email = record.email.strip().casefold()
        if email:
            by_email[email].append(record)
        key = identity_key(name_of(record))
        if key:
            by_name[(last_name_stem(key) if stems else None) or key].append(record)
            by_prefix[key[:PREFIX] + "|" + _first_letter(record)].append(record)
    yield from by_email.values()
    yield from by_name.values()
    yield from (b for b in by_prefix.values() if len(b) <= LOOSE_BLOCK)


def _compare_people(a: _Record, b: _Record) -> Likeness:
    found = compare_people(a.compared, b.compared)
    if found.reason == "organisation":
        # "the same organisation when the new record names one": one naming none is the same
        return min(
            (found, compare_people(b.compared, a.compared)),
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
    kind: str,
    records: list[_Record],
    name_of: Callable[[_Record], str],
    compare: Callable[[_Record, _Record], Likeness],
) -> list[Duplicate]:
    seen: set[tuple[int, int]] = set()
    out = []
    for block in _blocks(records, name_of, stems=kind == "person"):
        for a, b in combinations(block, 2):
            key = (min(a.id, b.id), max(a.id, b.id))
            if key in seen:
                continue
            seen.add(key)
            likeness = compare(a, b)
            if likeness.verdict is Verdict.DIFFERENT:
                continue
            first, second = (a, b) if a.id < b.id else (b, a)
            out.append(Duplicate(
                kind, first.id, second.id, first.name, second.name, first.detail,
                second.detail, likeness.reason, REASONS.get(likeness.reason, likeness.reason),
                likeness.verdict is Verdict.SAME, likeness.score,
            ))  # fmt: skip
    return out


def find_duplicates(db: Database, kind: str = "person") -> list[Duplicate]:
    """The pairs of live records of `kind` ("person" or "organisation") that are probably
    the same: the sure ones first, then by likeness, then by id."""
    kind = kind_of(kind)
    if kind == "person":
        people = _people(db)
        found = _pairs(kind, people, lambda r: r.compared.last_name, _compare_people)
    else:
        found = []
        for records in _organisations(db).values():
            found += _pairs(kind, records, lambda r: r.name, _compare_organisations)
    return sorted(found, key=lambda d: (not d.sure, -d.score, d.first, d.second))
