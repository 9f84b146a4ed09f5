"""The demo's organisation profiles, its partner proposals, and the partner evaluation set."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import demo, organisations, partner_proposals
from msek_desktop.core.db import Database, integrity_report
from msek_desktop.core.demo.data import _CITY, _KNOWN_ORGS
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import Audience, DeclineReason, ProposalState, Stage
from tests.core import partner_cases

TODAY = date(2026, 11, 25)
SIDE_OF = {name: str(_CITY[city].side) for name, _kind, city, *_ in _KNOWN_ORGS}
PROFILE = ("offers", "seeks", "tags", "audiences", "languages", "capacity", "active")
DESCRIPTIONS = ("description_fr", "description_pl", "description_en")


def _rows(db: Database, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params)]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("profiles") / "msek.db", create=True)
    demo.generate(db, inquiries=600, seed=1, today=TODAY)
    yield db
    db.dispose()


def _organisations(db: Database) -> list[OrganisationRow]:
    return organisations.find_organisations(db, limit=10_000)


# -- profiles ---------------------------------------------------------------------------


def test_every_known_organisation_has_a_full_profile_in_three_languages(
    demo_db: Database,
) -> None:
    rows = {o.name: o for o in _organisations(demo_db)}
    assert set(demo.KNOWN_NAMES) <= set(rows)
    for name in demo.KNOWN_NAMES:
        org = rows[name]
        descriptions = [org.description(lang) for lang in ("fr", "pl", "en")]
        assert all(len(d) > 20 for d in descriptions), name
        assert len(set(descriptions)) == 3, name  # three languages, not one copied
        assert org.offers and org.tags and org.audiences and org.languages, name
        assert org.seeks or not org.active, name
        assert set(org.audiences) <= {str(a) for a in Audience}, name
        own = "fr" if org.country == "FR" else "pl" if org.country == "PL" else "en"
        assert own in org.languages or org.country not in ("FR", "PL"), name
    assert {n for n in demo.KNOWN_NAMES if not rows[n].active} == {
        "Stadion Śląski",
        "Ensemble vocal Les Voix du Forez",
    }
    # the descriptions keep their letters: Polish and French diacritics, not ASCII stand-ins
    muzeum = rows["Muzeum Śląskie w Katowicach"]
    assert "Musée" in muzeum.description_fr and "Śląska" in muzeum.description_pl


def test_profiles_pass_the_organisation_rules_unchanged(demo_db: Database, tmp_path: Path) -> None:
    """Every demo organisation, entered through core.organisations into an empty database,
    is accepted and stored exactly as the demo stored it."""
    fresh = open_database(tmp_path / "fresh.db", create=True)
    try:
        for org in _organisations(demo_db):
            values = {k: v for k, v in asdict(org).items() if k not in ("id", "version")}
            made = organisations.create_organisation(fresh, values)
            for key in (*PROFILE, *DESCRIPTIONS, "fields", "kind", "side"):
                assert getattr(made, key) == getattr(org, key), (org.name, key)
    finally:
        fresh.dispose()


def test_generated_organisations_have_profiles_some_missing_a_language(
    demo_db: Database,
) -> None:
    generated = [o for o in _organisations(demo_db) if o.name not in demo.KNOWN_NAMES]
    assert len(generated) >= 20
    for org in generated:
        own = "fr" if org.country == "FR" else "pl"
        assert org.description(own) and org.offers and org.tags and org.audiences, org.name
        assert org.languages[0] == own, org.name
    missing = Counter(
        lang for o in generated for lang in ("fr", "pl", "en") if not o.description(lang)
    )
    # a fresh demo shows the letter dialog's "no description in this language" path
    assert missing["fr"] and missing["pl"] and missing["en"]
    assert sum(1 for o in generated if all(o.description(x) for x in ("fr", "pl", "en")))


# -- proposals --------------------------------------------------------------------------

_ORDER = {"": 0, "proposed": 1, "contacted": 2, "interested": 3, "accepted": 4, "declined": 4}


def _proposals(db: Database) -> list[dict[str, Any]]:
    cols = (
        "p.id, p.inquiry_id, p.organisation_id, p.state, p.decline_reason, p.state_at, "
        "p.created_at, p.version, i.stage, i.side, i.received_on, i.lost_reason, o.side, o.id"
    )
    sql = (
        f"SELECT {cols} FROM partner_proposals p JOIN inquiries i ON i.id = p.inquiry_id "
        "JOIN organisations o ON o.id = p.organisation_id ORDER BY p.id"
    )
    keys = ["id", "inquiry", "organisation", "state", "reason", "state_at", "created_at",
            "version", "stage", "side", "received", "lost", "org_side", "org"]  # fmt: skip
    return [dict(zip(keys, row, strict=True)) for row in _rows(db, sql)]


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def test_proposals_are_consistent_with_the_inquiry_stages(demo_db: Database) -> None:
    proposals = _proposals(demo_db)
    assert len(proposals) > 300
    by_inquiry: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for p in proposals:
        by_inquiry[p["inquiry"]].append(p)
        assert p["org_side"] != p["side"] and p["org_side"] in ("saint_etienne", "katowice")
        assert (p["state"] == "declined") == (p["reason"] is not None)
        if p["reason"] is not None:
            assert p["reason"] in {str(r) for r in DeclineReason}
        assert p["state"] in {str(s) for s in ProposalState}
        received = date.fromisoformat(str(p["received"]))
        state_at = _moment(p["state_at"])
        assert received <= state_at.date() <= TODAY
        assert _moment(p["created_at"]) <= state_at
    for inquiry, rows in by_inquiry.items():
        stage = rows[0]["stage"]
        states = Counter(p["state"] for p in rows)
        assert len({p["organisation"] for p in rows}) == len(rows)
        assert stage not in (Stage.NEW, Stage.QUALIFYING), inquiry
        if stage in (Stage.AGREED, Stage.RUNNING, Stage.COMPLETED):
            assert states["accepted"] == 1, (inquiry, states)
            assert set(states) <= {"accepted", "declined", "contacted"}, (inquiry, states)
        elif stage == Stage.IN_DISCUSSION:
            assert states["interested"] == 1 and not states["accepted"], (inquiry, states)
        elif stage in (Stage.MATCHING, Stage.PROPOSAL_SENT):
            assert not states["accepted"] and not states["interested"], (inquiry, states)
        if stage == Stage.MATCHING:
            assert set(states) == {"proposed"}, (inquiry, states)
        if rows[0]["lost"] == "no_counterpart":
            assert set(states) == {"declined"}, (inquiry, states)
        if rows[0]["lost"] == "no_answer":
            # asked, and silent (or interested once, then silent)
            assert set(states) <= {"proposed", "contacted", "interested"}, (inquiry, states)
    # every stage that lives with partners has some
    stages = Counter(rows[0]["stage"] for rows in by_inquiry.values())
    for stage in ("matching", "proposal_sent", "in_discussion", "agreed", "running", "completed"):
        assert stages[stage], stage
    # and most inquiries agreed or further found their partner
    agreed = _rows(
        demo_db, "SELECT count(*) FROM inquiries WHERE stage IN ('agreed', 'running', 'completed')"
    )[0][0]
    found = sum(1 for rows in by_inquiry.values() if any(p["state"] == "accepted" for p in rows))
    assert found >= 0.7 * agreed


def test_every_proposal_has_its_timeline_in_both_records(demo_db: Database) -> None:
    entries: dict[tuple[int, int], list[tuple[Any, ...]]] = defaultdict(list)
    for inquiry, org, old, new, note, at, field in _rows(
        demo_db,
        "SELECT inquiry_id, organisation_id, old_value, new_value, note, at, field "
        "FROM timeline_entries WHERE kind = 'partner' ORDER BY at, id",
    ):
        assert inquiry is not None and org is not None and field == "state"
        entries[(inquiry, org)].append((old, new, note, _moment(at)))
    proposals = _proposals(demo_db)
    assert len(entries) == len(proposals)
    for p in proposals:
        chain = entries[(p["inquiry"], p["organisation"])]
        assert chain[0][0] == "" and chain[-1][1] == p["state"], chain
        assert len(chain) == p["version"]
        assert chain[-1][3] == _moment(p["state_at"])
        for (_old, new, _note, _at), (old, _new, _n, _a) in itertools.pairwise(chain):
            assert old == new  # each entry starts where the last one ended
        for old, new, note, _at in chain:
            assert _ORDER[new] > _ORDER[old], chain  # states only move forward
            assert new == "declined" or note == "", chain
        if p["state"] == "declined":
            assert chain[-1][2].startswith(p["reason"])


def test_the_history_gives_the_ranking_its_reasons(demo_db: Database) -> None:
    """A fresh demo has organisations with several exchanges, recent refusals, old
    proposals and proposals left unanswered, over 2024 to 2026."""
    proposals = _proposals(demo_db)
    accepted = Counter(p["org"] for p in proposals if p["state"] == "accepted")
    assert max(accepted.values()) >= 3
    recent = datetime.combine(TODAY, datetime.min.time()) - timedelta(days=183)
    declined = [p for p in proposals if p["state"] == "declined"]
    assert any(_moment(p["state_at"]) >= recent for p in declined)
    assert any(_moment(p["state_at"]) < recent for p in declined)
    unanswered = [p for p in proposals if p["state"] == "contacted"]
    assert len({p["org"] for p in unanswered}) >= 5
    years = {_moment(p["state_at"]).year for p in proposals}
    assert {2025, 2026} <= years and min(years) <= 2025


def test_the_same_seed_gives_the_same_proposals(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = open_database(tmp_path / f"{name}.db", create=True)
        demo.generate(db, inquiries=150, seed=seed, today=TODAY)
        dumps.append(
            (
                _rows(db, "SELECT * FROM partner_proposals ORDER BY id"),
                _rows(db, "SELECT * FROM organisations ORDER BY id"),
                _rows(db, "SELECT * FROM timeline_entries WHERE kind = 'partner' ORDER BY id"),
            )
        )
        db.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0][0] and dumps[0][0] != dumps[2][0]


@pytest.mark.both_databases
def test_the_demo_with_proposals_on_both_databases(db: Database) -> None:
    summary = demo.generate(db, inquiries=200, seed=2, today=TODAY)
    assert summary.partner_proposals == len(_proposals(db)) > 50
    if db.engine.dialect.name == "sqlite":
        assert integrity_report(db.engine) == []
    # the ids go on after the demo's rows (the office server's sequences were caught up)
    inquiry, org = _rows(
        db,
        "SELECT p.inquiry_id, o.id FROM inquiries i, organisations o, partner_proposals p "
        "WHERE p.inquiry_id = i.id AND o.side != i.side AND o.side != 'other' AND o.id NOT IN "
        "(SELECT organisation_id FROM partner_proposals q WHERE q.inquiry_id = i.id) "
        "AND i.side != 'other' ORDER BY 1, 2 LIMIT 1",
    )[0]
    made = partner_proposals.propose(db, inquiry, [org])
    assert made[0].id == summary.partner_proposals + 1


# -- the evaluation set ------------------------------------------------------------------


def test_the_evaluation_set_names_known_organisations_of_the_other_side() -> None:
    cases = partner_cases.CASES
    assert len(cases) >= 60
    assert {c.side for c in cases} == {"saint_etienne", "katowice"}
    assert {c.language for c in cases} == {"fr", "pl", "en"}
    for case in cases:
        assert 1 <= len(case.partners) <= 4, case.subject
        assert case.fields and case.message, case.subject
        if case.requester is not None:
            assert SIDE_OF[case.requester] == case.side, case.requester
        else:
            assert case.requester_kind and case.audiences, case.subject
        for name in case.partners:
            assert name in demo.KNOWN_NAMES, name
            assert SIDE_OF[name] == case.other_side, (case.subject, name)
    kinds = Counter(kind for c in cases for name, kind, *_ in _KNOWN_ORGS if name in c.partners)
    assert len(kinds) >= 7  # partners of every common kind
