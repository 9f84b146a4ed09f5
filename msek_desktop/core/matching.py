"""The import's matching: which recorded person or organisation a row is, or may be.

Existing indexes the live contacts and organisations once per import (by folded email, by
folded last name and its gender-free stem, and folded last names by initial for close
spellings), then answers each row with the rules of core.identity: one record that is the
same, or the records that may be. core.importing plans the rows with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core.identity import (
    LAST_NAME_RATIO,
    ORGANISATION_WRATIO,
    Likeness,
    Person,
    Verdict,
    compare_organisations,
    compare_people,
    identity_key,
    last_name_stem,
    name_key,
)
from msek_desktop.core.models import Contact, Organisation
from msek_desktop.core.search_docs import every_row

__all__ = ["NEW", "Decisions", "Existing", "Known", "MatchFound", "PossibleMatch"]


@dataclass(frozen=True)
class MatchFound:
    """A row linked to a record already there; `reason` is an identity.REASONS code."""

    line: int
    kind: str  # "contact" or "organisation"
    id: int
    name: str
    by: str  # "email", "name" or "confirmed" (a possible match the user confirmed)
    score: float
    email: str = ""
    reason: str = ""


@dataclass(frozen=True)
class PossibleMatch:
    """A record that may be the row's person or organisation: not linked unless confirmed
    (import_table's `decisions`); otherwise the row gets a new one."""

    line: int
    kind: str  # "contact" or "organisation"
    id: int
    name: str
    email: str
    reason: str  # an identity.REASONS code
    score: float
    given: str = ""  # the name as the row writes it


# (line, "contact" or "organisation") -> the id of the record to link, or NEW
Decisions = Mapping[tuple[int, str], int | str]
NEW = "new"


FUZZY_LIMIT = 8  # close last names (or organisation names) looked at per row


@dataclass(frozen=True)
class Known:
    id: int
    person: Person  # organisation: the contact's organisation id
    display: str


@dataclass
class _Names:
    by_last: dict[str, list[int]] = field(default_factory=dict)
    by_stem: dict[str, list[int]] = field(default_factory=dict)
    lasts_by_initial: dict[str, list[str]] = field(default_factory=dict)


class Existing:
    """Live contacts and organisations of the database, indexed for matching: by folded email,
    by folded last name and its gender-free stem, and folded last names by initial for close
    spellings (rapidfuzz over those few), so a row never scans every contact.

    Indexed once per import: each last name folded and stemmed once however many people bear
    it (everyone's name index made only when a row first needs it: rows that all give an
    email need only the people without one), and a recorded person made a Known only when a
    row is compared with them. A row with
    an email is not compared with the people who have another one (compare_people would only
    say they are different people): a common last name no longer means hundreds of
    comparisons a row."""

    def __init__(self, session: Session) -> None:
        self._people: dict[int, tuple[str, str, str, int | None]] = {}
        self._known: dict[int, Known] = {}
        self._email_key: dict[int, str] = {}  # id -> email as compare_people compares it
        self._by_email_key: dict[str, list[int]] = {}
        self.by_email: dict[str, list[int]] = {}
        # by_last, by_stem and lasts_by_initial: made when a row first needs them
        self._names: _Names | None = None
        # the same, of the people without an email (all a row with an email is compared with,
        # besides the people of its own email)
        self._open_last: dict[str, list[int]] = {}
        self._open_stem: dict[str, list[int]] = {}
        self._open_initials: set[str] = set()  # the initials of the keys of _open_last
        conn = session.connection()
        stmt = select(
            Contact.id, Contact.first_name, Contact.last_name, Contact.email,
            Contact.organisation_id,
        ).where(Contact.deleted_at.is_(None))  # fmt: skip
        for rows in every_row(conn, stmt):  # as the driver gives them: no Row made per person
            self._index_people(rows)
        self.organisations: dict[int, str] = {}
        self.org_by_key: dict[str, list[int]] = {}
        self.org_keys_by_initial: dict[str, _Keys] = {}
        stmt2 = select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
        for rows in every_row(conn, stmt2):
            for oid, name in rows:
                self.organisations[oid] = name
                key = name_key(name)
                if key not in self.org_by_key:
                    self.org_keys_by_initial.setdefault(key[:1], _Keys()).append(key)
                self.org_by_key.setdefault(key, []).append(oid)

    def _index_people(self, rows: Sequence[Sequence[Any]]) -> None:
        """Index these (id, first, last, email, organisation id) of live contacts."""
        people, by_email = self._people, self.by_email
        email_keys, by_email_key = self._email_key, self._by_email_key
        for cid, first, last, stored, org_id in rows:
            email = stored.lower() if stored else ""
            people[cid] = (first, last, email, org_id)
            if email:
                ids = by_email.get(email)
                if ids is None:
                    by_email[email] = [cid]
                else:
                    ids.append(cid)
                email_key = email.strip()
                if email_key:
                    email_keys[cid] = email_key = email_key.casefold()
                    ids = by_email_key.get(email_key)
                    if ids is None:
                        by_email_key[email_key] = [cid]
                    else:
                        ids.append(cid)
                    continue
            key = identity_key(last)
            self._open_last.setdefault(key, []).append(cid)
            self._open_initials.add(key[:1])
            stem = last_name_stem(key)
            if stem is not None:
                self._open_stem.setdefault(stem, []).append(cid)

    @property
    def by_last(self) -> dict[str, list[int]]:
        """Folded last name -> the people of that last name."""
        return self._name_index().by_last

    @property
    def by_stem(self) -> dict[str, list[int]]:
        """Gender-free stem of a folded last name -> the people of that stem."""
        return self._name_index().by_stem

    @property
    def lasts_by_initial(self) -> dict[str, list[str]]:
        """Initial -> the folded last names of that initial, for close spellings."""
        return self._name_index().lasts_by_initial

    def _name_index(self) -> _Names:
        """Everyone recorded by last name, made once, when first needed: a file whose rows
        all give an email only needs the people without one (the open lists) besides."""
        if self._names is None:
            names = self._names = _Names()
            stems: dict[str, str | None] = {}
            for cid, (_first, last, _email, _org) in self._people.items():
                key = identity_key(last)
                ids = names.by_last.get(key)
                if ids is None:
                    names.by_last[key] = ids = []
                    names.lasts_by_initial.setdefault(key[:1], []).append(key)
                    stems[key] = last_name_stem(key)
                ids.append(cid)
                stem = stems[key]
                if stem is not None:
                    names.by_stem.setdefault(stem, []).append(cid)
        return self._names

    def known(self, contact_id: int) -> Known | None:
        """The live recorded person `contact_id`, or None."""
        found = self._known.get(contact_id)
        if found is None:
            values = self._people.get(contact_id)
            if values is None:
                return None
            first, last, email, org_id = values
            person = Person(first, last, email, org_id)
            found = self._known[contact_id] = Known(contact_id, person, f"{first} {last}".strip())
        return found

    def _candidates(self, person: Person) -> list[int]:
        """The recorded people a row's person may be, in the order they are compared: those of
        its email, then those of its last name, its stem and the close last names."""
        found: dict[int, None] = {}
        if person.email:
            found.update(dict.fromkeys(self.by_email.get(person.email, ())))
        email = person.email.strip().casefold()
        if email and all(c in found for c in self._by_email_key.get(email, ())):
            # everyone of this email is among the first: of the others, those without one
            by_last, by_stem, sifted = self._open_last, self._open_stem, False
        else:
            by_last, by_stem, sifted = self.by_last, self.by_stem, bool(email)
        key = identity_key(person.last_name)
        if key:
            found.update(dict.fromkeys(by_last.get(key, ())))
            stem = last_name_stem(key)
            if stem is not None:
                found.update(dict.fromkeys(by_stem.get(stem, ())))
            if by_last is not self._open_last or key[:1] in self._open_initials:
                # (no one without an email has a last name of this initial: none is close)
                close = process.extract(
                    key, self.lasts_by_initial.get(key[:1], []), scorer=fuzz.ratio,
                    score_cutoff=LAST_NAME_RATIO, limit=FUZZY_LIMIT,
                )  # fmt: skip
                for last, _score, _index in close:
                    found.update(dict.fromkeys(by_last.get(last, ())))
        if not sifted:
            return list(found)
        # those with another email would only be found different people
        theirs = self._email_key
        return [cid for cid in found if theirs.get(cid, email) == email]

    def contact(self, person: Person) -> tuple[MatchFound | None, list[PossibleMatch]]:
        """The one recorded person who is `person` (line 0), or the ones who may be."""
        same: list[tuple[Known, Likeness]] = []
        maybe: list[tuple[Known, Likeness]] = []
        for cid in self._candidates(person):
            known = self.known(cid)
            assert known is not None  # a candidate is a live recorded person
            likeness = compare_people(person, known.person)
            if likeness.verdict is Verdict.SAME:
                same.append((known, likeness))
            elif likeness.verdict is Verdict.POSSIBLE:
                maybe.append((known, likeness))
        if len(same) > 1:  # a shared email: the one of the same name, if only one
            named = [(k, v) for k, v in same if compare_people(
                replace(person, email=""), replace(k.person, email="")
            ).verdict is Verdict.SAME]  # fmt: skip
            same = named if len(named) == 1 else same
        if len(same) == 1:
            known, likeness = same[0]
            by = "email" if likeness.reason == "email" else "name"
            found = MatchFound(
                0, "contact", known.id, known.display, by, likeness.score, known.person.email,
                likeness.reason,
            )  # fmt: skip
            return found, []
        if same:  # several records are this person: the user says which
            maybe = [(k, Likeness(Verdict.POSSIBLE, "several", v.score)) for k, v in same]
        maybe.sort(key=lambda pair: -pair[1].score)
        return None, [
            PossibleMatch(
                0, "contact", k.id, k.display, k.person.email, v.reason, v.score
            )
            for k, v in maybe[:FUZZY_LIMIT]
        ]  # fmt: skip

    def organisation(self, name: str) -> tuple[MatchFound | None, list[PossibleMatch]]:
        key = name_key(name)
        ids = self.org_by_key.get(key, [])
        if len(ids) == 1:
            return MatchFound(0, "organisation", ids[0], self.organisations[ids[0]], "name",
                              100.0, "", "name"), []  # fmt: skip
        possible = [
            PossibleMatch(0, "organisation", oid, self.organisations[oid], "", "several", 100.0)
            for oid in ids
        ]
        if not ids and key:
            choices = _within_reach(key, self.org_keys_by_initial.get(key[:1], []))
            close = process.extract(
                key, choices, scorer=fuzz.WRatio, score_cutoff=ORGANISATION_WRATIO,
                limit=FUZZY_LIMIT,
            )  # fmt: skip
            for other, score, _index in close:
                for oid in self.org_by_key[other]:
                    likeness = compare_organisations(name, self.organisations[oid])
                    if likeness.verdict is Verdict.POSSIBLE:
                        possible.append(PossibleMatch(
                            0, "organisation", oid, self.organisations[oid], "", "close", score
                        ))  # fmt: skip
        return None, possible


class _Keys(list[str]):
    """An initial's folded organisation names in the order recorded, and their positions by
    length (made when first asked): _within_reach then decides a whole length at once."""

    _lengths: dict[int, tuple[list[int], str]] | None = None
    _of = 0  # how many names _lengths holds

    def by_length(self) -> dict[int, tuple[list[int], str]]:
        """Length -> the positions of the names of that length, and those names joined."""
        if self._lengths is None or self._of != len(self):
            self._lengths, self._of = _by_length(self), len(self)
        return self._lengths


def _by_length(names: list[str]) -> dict[int, tuple[list[int], str]]:
    positions: dict[int, list[int]] = {}
    for at, name in enumerate(names):
        positions.setdefault(len(name), []).append(at)
    return {
        length: (where, "\n".join([names[at] for at in where]))
        for length, where in positions.items()
    }


def _within_reach(key: str, names: list[str]) -> list[str]:
    """The `names` that may score ORGANISATION_WRATIO (90) or more against `key` with
    fuzz.WRatio, in their order (so extract's ties and limit fall as over all of them).

    When one name is at least 1.5 times longer than the other, WRatio is the best of: their
    ratio (at most 80 then), partial_ratio times 0.9 (times 0.6 beyond 8 times longer), and
    partial_token_ratio times 0.855. Only a partial_ratio of 100, the shorter written whole
    inside the longer, reaches 90 (ORGANISATION_WRATIO above 85.5 is what this needs). Those
    names are the costly ones to score. Decided by length (names of an initial: _Keys keeps
    theirs), not name by name: most lengths are kept whole or left whole."""
    size = len(key)
    by_length = names.by_length() if isinstance(names, _Keys) else _by_length(names)
    kept: list[int] = []
    for length, (positions, joined) in by_length.items():
        short, long = (length, size) if length < size else (size, length)
        if 2 * long < 3 * short:  # less than 1.5 times longer
            kept += positions
        elif long > 8 * short:
            continue
        elif length < size:
            kept += [at for at in positions if names[at] in key]
        elif key in joined:  # (in none of them, mostly: one search for them all)
            kept += [at for at in positions if key in names[at]]
    kept.sort()
    return [names[at] for at in kept]
