"""The import's report on a data set where matching matters is what it was before the
matching was made quicker (people indexed by email and folded name once, a row's candidates
with another email passed over, each distinct email checked once).

The expected figures were written by the import as it was before (the report's summary, the
counts of each kind of match, and a SHA-256 of the whole report as JSON: every line, record,
reason and score); see tests/core/import_matching_case.py for the data set.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from msek_desktop.core import matching
from msek_desktop.core.db import Database
from msek_desktop.core.identity import (
    LAST_NAME_RATIO,
    Likeness,
    Person,
    identity_key,
    last_name_stem,
)
from msek_desktop.core.writer import Writer
from tests.core import import_matching_case as case

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

EXPECTED = Path(__file__).with_name("data") / "import_matching_report.json"


def _figures(text: str) -> dict[str, object]:
    report = json.loads(text)
    return {
        "summary": report["summary"],
        "matched": sorted(
            f"{kind} by {by}: {reason}: {n}"
            for (kind, by, reason), n in Counter(
                (m["kind"], m["by"], m["reason"]) for m in report["matched"]["rows"]
            ).items()
        ),
        "possible": sorted(
            f"{kind}: {reason}: {n}"
            for (kind, reason), n in Counter(
                (p["kind"], p["reason"]) for p in report["possible"]
            ).items()
        ),
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def test_the_report_is_the_same_as_before(db: Database, tmp_path: Path) -> None:
    case.make_office(db)
    case.make_file(db, tmp_path / "rows.csv")
    got = _figures(case.report_text(db, tmp_path / "rows.csv"))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert got["summary"] == expected["summary"]
    assert got["matched"] == expected["matched"]
    assert got["possible"] == expected["possible"]
    assert got["sha256"] == expected["sha256"]


class _EveryCandidate(matching.Existing):
    """The index as it was: every person of the row's email, last name, stem and close last
    names compared, whatever their email."""

    def _candidates(self, person: Person) -> list[int]:
        found = dict.fromkeys(self.by_email.get(person.email, ()) if person.email else ())
        key = identity_key(person.last_name)
        if not key:
            return list(found)
        found.update(dict.fromkeys(self.by_last.get(key, ())))
        stem = last_name_stem(key)
        if stem is not None:
            found.update(dict.fromkeys(self.by_stem.get(stem, ())))
        close = process.extract(
            key, self.lasts_by_initial.get(key[:1], []), scorer=fuzz.ratio,
            score_cutoff=LAST_NAME_RATIO, limit=matching.FUZZY_LIMIT,
        )  # fmt: skip
        for last, _score, _index in close:
            found.update(dict.fromkeys(self.by_last[last]))
        return list(found)


RECORDED = [  # first, last, email
    ("Anna", "Straus", "strasse@example.pl"), ("Anne", "Straus", ""),
    ("Anna", "Kowalska", "anna@example.pl"), ("Anna", "Kowalska", ""), ("Jan", "Kowalski", ""),
    ("Anna", "Kowalska", "ANNA.K@example.pl"), ("Ewa", "Nowak", " "), ("Ewa", "Nowak", "ewa@x.pl"),
    ("Ewa", "Nowakowa", ""), ("Piotr", "Nowak", "piotr@x.pl"), ("Zofia", "Zając", "Zofia@X.pl"),
]  # fmt: skip
ASKED = [
    *RECORDED,
    ("Anna", "Straus", "straße@example.pl"),  # the same email once folded, not once lowered
    ("Anna", "Kowalski", "anna.k@example.pl"), ("Anna", "Kowalsky", "other@example.pl"),
    ("Ewa", "Nowak", ""), ("Ewa", "Nowak", "EWA@x.pl"), ("Ewa", "Nowak", "new@x.pl"),
    ("Ewa", "Nowa", "new@x.pl"), ("Jan", "Kowalska", "jan@x.pl"), ("", "Nowak", "p@x.pl"),
    ("Zofia", "Zajac", "zofia@x.pl"), ("Zofia", "", "zofia@x.pl"), ("X", "Y", ""),
]  # fmt: skip


def test_each_person_is_matched_as_when_every_candidate_was_compared(db: Database) -> None:
    with db.write() as session:
        out = Writer(session)
        for first, last, email in RECORDED:
            out.contact(first_name=first, last_name=last, email=email, side="katowice")
        out.finish()
    with db.read() as session:
        quick, every = matching.Existing(session), _EveryCandidate(session)
    for first, last, email in ASKED:
        for organisation in (None, 1):
            wanted = Person(first, last, email.lower(), organisation)
            assert quick.contact(wanted) == every.contact(wanted), wanted
    found, _possible = quick.contact(Person("Anna", "Straus", "straße@example.pl"))
    assert found is not None and found.by == "email"


def test_a_row_with_an_email_is_compared_with_no_one_of_another_email(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as session:
        out = Writer(session)
        for n in range(300):  # a common name, everyone with their own email
            out.contact(first_name="Ewa", last_name="Nowak", email=f"ewa{n}@x.pl", side="katowice")
        out.contact(first_name="Eva", last_name="Nowak", side="katowice")  # and one without
        out.finish()
    with db.read() as session:
        existing = matching.Existing(session)
    compared: list[str] = []
    real = matching.compare_people

    def counted(new: Person, known: Person) -> Likeness:
        compared.append(known.email)
        return real(new, known)

    monkeypatch.setattr(matching, "compare_people", counted)
    found, possible = existing.contact(Person("Ewa", "Nowak", "ewa7@x.pl"))
    assert found is not None and found.email == "ewa7@x.pl" and not possible
    assert sorted(compared) == ["", "ewa7@x.pl"]
