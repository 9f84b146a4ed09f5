"""The partner ranking against the labelled evaluation set (tests/core/partner_cases.py):
each case becomes an inquiry on a fresh demo database (through the core services, as the
window would make it), is ranked by core.partners.suggest_partners, and its first three
are compared with the organisations an office worker would propose.

precision of the top 3 = the mean over the cases of |top 3 ∩ labelled| / min(3, |labelled|)

Only the demo's known organisations are labelled (partner_cases explains why), so the top 3
is taken among them; the figure over every organisation (generated ones included, which can
only count against it) is printed beside it. Both are printed and kept in the report's
properties.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from partner_cases import CASES, PartnerCase
from sqlalchemy import select

from msek_desktop.core import contacts, demo, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.models import Organisation
from msek_desktop.core.partners import suggest_partners

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

TODAY = date(2026, 6, 15)
DEMO_INQUIRIES = 500  # as `msek demo` makes it
PRECISION_AT_LEAST = 0.8


@pytest.fixture(scope="module")
def office(
    tmp_path_factory: pytest.TempPathFactory, database_files: DatabaseFiles
) -> Iterator[Database]:
    db = database_files.open(Path(tmp_path_factory.mktemp("evaluation")) / "demo.db")
    demo.generate(db, inquiries=DEMO_INQUIRIES, seed=1, today=TODAY)
    yield db
    db.dispose()


def organisation_ids(db: Database) -> dict[str, int]:
    live = select(Organisation.name, Organisation.id).where(Organisation.deleted_at.is_(None))
    with db.read() as session:
        return {str(name): int(id_) for name, id_ in session.execute(live)}


def make_inquiry(db: Database, case: PartnerCase, n: int, known: dict[str, int]) -> int:
    """The case as an inquiry: its person (of the requester organisation, or of a new one
    of the case's kind, or on their own) and what they wrote."""
    org_id: int | None = known[case.requester] if case.requester else None
    if org_id is None and case.requester_kind not in ("", "person"):
        org_id = organisations.create_organisation(
            db, {"name": f"Requester {n}", "side": case.side, "kind": case.requester_kind,
                 "audiences": list(case.audiences), "languages": [case.language]},
        ).id  # fmt: skip
    person = contacts.create_contact(
        db, {"first_name": "Case", "last_name": f"Person {n}", "side": case.side,
             "language": case.language, "organisation_id": org_id},
    )  # fmt: skip
    row = inquiries.create_inquiry(
        db, {"subject": case.subject, "contact_id": person.id, "fields": list(case.fields),
             "desired_counterpart": case.desired_counterpart, "message": case.message,
             "received_on": TODAY},
    )  # fmt: skip
    return row.id


def precision(top: list[str], case: PartnerCase) -> float:
    return len(set(top[:3]) & case.partners) / min(3, len(case.partners))


def say(request: pytest.FixtureRequest, text: str) -> None:
    """Printed whatever the capture (pytest -q shows it on its own line)."""
    capture: Any = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        print(f"\n{text}", flush=True)


def test_the_first_three_are_those_an_office_worker_would_propose(
    office: Database, request: pytest.FixtureRequest, record_property: Any
) -> None:
    assert len(CASES) >= 60
    known = organisation_ids(office)
    assert all(p in known for case in CASES for p in case.partners)
    known_names = set(demo.KNOWN_NAMES)
    among_known: list[float] = []
    among_all: list[float] = []
    misses: list[str] = []
    for n, case in enumerate(CASES):
        inquiry_id = make_inquiry(office, case, n, known)
        ranked = [s.organisation.name for s in suggest_partners(office, inquiry_id, limit=60,
                                                                today=TODAY)]  # fmt: skip
        top = [name for name in ranked if name in known_names][:3]
        among_known.append(precision(top, case))
        among_all.append(precision(ranked, case))
        if among_known[-1] < 1:
            misses.append(f"  {case.subject!r}: {top} (labelled {sorted(case.partners)})")
    figure = sum(among_known) / len(among_known)
    every = sum(among_all) / len(among_all)
    record_property("partner_precision_at_3", round(figure, 3))
    request.node.user_properties.append(("partner_precision_at_3_all", round(every, 3)))
    say(request, f"partner ranking precision@3: {figure:.3f} over {len(CASES)} cases "
                 f"(among every organisation, generated ones too: {every:.3f})")  # fmt: skip
    assert figure >= PRECISION_AT_LEAST, "\n".join(misses)
