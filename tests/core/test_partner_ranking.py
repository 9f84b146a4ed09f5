"""The partner ranking (core.partners): each rule of weights.Weights in a table (a situation,
the organisation it should put first, the reason it gives), then the ranking read from the
database: candidates, history of proposals, the inquiry's own proposals, both directions."""

from __future__ import annotations

import random
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from msek_desktop.core import contacts, errors, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry, PartnerProposal
from msek_desktop.core.partners import (
    WEIGHTS,
    Weights,
    inquiries_for_organisation,
    ranking,
    scoring,
    suggest_partners,
    weights,
)
from msek_desktop.core.partners.history import NO_HISTORY, History, briefs, histories
from msek_desktop.core.partners.scoring import (
    Ask,
    Candidate,
    Quick,
    scaled,
    score,
)
from msek_desktop.core.partners.words import fold_fast, text_wants
from msek_desktop.core.search import fold

pytestmark = pytest.mark.both_databases
TODAY = date(2026, 6, 15)


def ask(subject: str = "", wish: str = "", message: str = "", **changes: Any) -> Ask:
    text = text_wants((subject, wish), message)
    base = Ask(
        inquiry_id=1, requester=None, fields=(), fields_of_org=False, kind=None,
        audiences_of_org=frozenset(), languages=("fr",), languages_of_org=frozenset(),
        text=text,
    )  # fmt: skip
    return replace(base, **changes)


def org(**values: Any) -> Candidate:
    v = {"id": 2, "name": "B", "kind": "other", "side": "katowice", "fields": frozenset(),
         "audiences": "", "languages": "pl", "capacity": None, "active": True, "main": "",
         "description": "", **values}  # fmt: skip
    if not isinstance(v["fields"], frozenset):
        v["fields"] = frozenset(v["fields"].split())
    return Candidate(**v)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def moment(days: int) -> datetime:
    return datetime.combine(ago(days), datetime.min.time())


def asked(days: int = 400, **changes: Any) -> History:
    return History(last_asked=ago(days))._replace(**changes)


# situation, the inquiry, the one that should come first (+ its history, proposal state),
# the other (+ its history), the reason the first gives (code, good) or the second's.
Row = tuple[str, Ask, Candidate, History, Candidate, History, tuple[str, bool, str]]
RULES: list[Any] = [
    ("a shared field", ask(fields=("music",)), org(fields="music"), asked(),
     org(fields="design"), asked(), ("fields", True, "first")),
    ("two shared fields beat one", ask(fields=("music", "education", "youth")),
     org(fields="music education"), asked(), org(fields="music"), asked(),
     ("fields", True, "first")),
    ("the requester organisation's fields when the inquiry has none",
     ask(fields=("design",), fields_of_org=True), org(fields="design"), asked(), org(),
     asked(), ("fields", True, "first")),
    ("the kind asked for in words", ask(wish="Un konserwatorium ou une école de musique"),
     org(kind="music_school"), asked(), org(kind="school"), asked(),
     ("kinds", True, "first")),
    ("a kind that works with the requester's", ask(kind="school"), org(kind="school"),
     asked(), org(kind="company"), asked(), ("kinds", True, "first")),
    ("a music academy for a music school, not a university without music",
     ask(kind="music_school"), org(kind="university", fields="music"), asked(),
     org(kind="university", fields="economy"), asked(), ("kinds", True, "first")),
    ("the words ask for a company: the requester's kind counts less",
     ask(kind="school", wish="une entreprise pour un stage"), org(kind="company"), asked(),
     org(kind="school"), asked(), ("kinds", True, "first")),
    ("an audience in the inquiry's words", ask(message="Nos élèves de seconde"),
     org(audiences="teenagers"), asked(), org(audiences="adults"), asked(),
     ("audiences", True, "first")),
    ("the requester organisation's audiences", ask(audiences_of_org=frozenset({"children"})),
     org(audiences="children teenagers"), asked(), org(audiences="adults"), asked(),
     ("audiences", True, "first")),
    ("works in the person's language", ask(languages=("fr", "pl")), org(languages="pl fr"),
     asked(), org(languages="de"), asked(), ("language", True, "first")),
    ("a side's language when none is listed", ask(languages=("pl",)), org(languages=""),
     asked(), org(languages="en"), asked(), ("language", True, "first")),
    ("the inquiry's words in the offers or tags", ask(subject="Big band jazzowy"),
     org(main="Warsztaty jazzowe; jazz, big band"), asked(), org(main="Chór, opera"),
     asked(), ("words", True, "first")),
    ("words in the offers count more than in a description only",
     ask(subject="Stage en lutherie"), org(main="lutherie, ateliers"), asked(),
     org(description="Une école avec un atelier de lutherie"), asked(),
     ("words", True, "first")),
    ("past exchanges, completed", ask(), org(), asked(exchanges=2, exchange_value=2.0,
     since=2024, last="completed"), org(), asked(), ("exchanges", True, "first")),
    ("a completed exchange beats an agreed one", ask(), org(),
     asked(exchanges=1, exchange_value=1.0, since=2025, last="completed"), org(),
     asked(exchanges=1, exchange_value=0.6, since=2025, last="agreed"),
     ("exchanges", True, "first")),
    ("declined last month", ask(), org(), asked(), org(),
     asked(last_declined=ago(30)), ("declined", False, "second")),
    ("a recent decline weighs more than an older one", ask(), org(),
     asked(last_declined=ago(300)), org(), asked(last_declined=ago(20)),
     ("declined", False, "second")),
    ("a decline over a year ago is forgotten", ask(), org(), asked(last_declined=ago(400)),
     org(), asked(last_declined=ago(330)), ("declined", False, "second")),
    ("asked twice without answer", ask(), org(), asked(), org(), asked(unanswered=2),
     ("unanswered", False, "second")),
    ("inactive, however well it fits", ask(fields=("music",), kind="music_school"),
     org(kind="other"), asked(), org(fields="music", kind="music_school", active=False),
     asked(), ("inactive", False, "second")),
    ("never asked is a small nudge", ask(), org(), NO_HISTORY, org(), asked(20),
     ("never_asked", True, "first")),
    ("not asked for months", ask(), org(), asked(245), org(), asked(20),
     ("not_asked", True, "first")),
    ("room for the group", ask(message="Un groupe de 30 élèves"), org(capacity=40),
     asked(), org(capacity=12), asked(), ("capacity", True, "first")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "first_history", "second", "second_history", "a", "reason"),
    [pytest.param(r[2], r[3], r[4], r[5], r[1], r[6], id=r[0]) for r in RULES],
)
@pytest.mark.database_file
def test_each_rule_orders_and_says_why(
    first: Candidate,
    first_history: History,
    second: Candidate,
    second_history: History,
    a: Ask,
    reason: tuple[str, bool, str],
) -> None:
    one, why_one = score(a, first, first_history, None, TODAY, explain=True)
    two, why_two = score(a, second, second_history, None, TODAY, explain=True)
    assert one > two
    code, good, whose = reason
    said = why_one if whose == "first" else why_two
    assert (code, good) in [(r.code, r.good) for r in said]
    assert score(a, first, first_history, None, TODAY)[0] == one  # the same without reasons


@pytest.mark.database_file
def test_the_reasons_come_most_telling_first_with_their_parameters() -> None:
    a = ask(subject="Échange de classes de piano", fields=("music",), kind="music_school")
    c = org(kind="music_school", fields="music education", languages="pl fr",
            main="piano, chór, classes")  # fmt: skip
    h = History(last_asked=ago(245), exchanges=2, exchange_value=1.6, since=2024,
                last="completed")  # fmt: skip
    raw, reasons = score(a, c, h, None, TODAY, explain=True)
    assert [(r.code, dict(r.params)) for r in reasons] == [
        ("fields", {"fields": ("music",)}),
        ("kinds", {"asked": "music_school", "partner": "music_school"}),
        ("words", {"words": ("classes", "piano")}),
        ("language", {"language": "fr"}),
        ("exchanges", {"count": 2, "since": 2024, "last": "completed"}),
        ("not_asked", {"months": 8}),
    ]
    assert 0 < scaled(raw) <= 100


@pytest.mark.database_file
def test_the_weights_are_declared_once_with_their_signs() -> None:
    assert WEIGHTS.earned == pytest.approx(100.0)
    for name in weights.EARNED:
        assert getattr(WEIGHTS, name) > 0, name
    for name in weights.PENALTIES:
        assert getattr(WEIGHTS, name) < 0, name
    assert WEIGHTS.inactive < -WEIGHTS.earned / 2  # below any active organisation
    assert {f.name for f in fields(Weights)} >= {*weights.EARNED, *weights.PENALTIES}
    assert "inactive" in (Weights.__doc__ or "") and "spreading" in (Weights.__doc__ or "")


@pytest.mark.database_file
def test_a_weight_of_the_other_sign_breaks_its_rule() -> None:
    """The table above fails when a weight changes sign (here: fields and declined)."""
    a = ask(fields=("music",))
    flipped = replace(WEIGHTS, fields=-30.0, declined=20.0)
    first, second = org(fields="music"), org(fields="design")
    assert (
        score(a, first, asked(), None, TODAY, w=flipped)[0]
        < score(a, second, asked(), None, TODAY, w=flipped)[0]
    )
    declined = asked(last_declined=ago(30))
    assert (
        score(a, first, declined, None, TODAY, w=flipped)[0]
        > score(a, first, asked(), None, TODAY, w=flipped)[0]
    )


@pytest.mark.database_file
def test_the_words_fold_as_the_search_does() -> None:
    for text in ("Łódź, Wiśniewska", "École „Ü” — ﬁn Œuvre", "Straße ñ", "plain ASCII"):
        assert fold_fast(text) == fold(text)
    wants = text_wants(("Szkoła muzyczna", "nous cherchons une entreprise"), "30 uczniów")
    assert wants.kinds == {"music_school", "company"}
    assert wants.audiences == {"teenagers"} and wants.group == 30
    assert [w for _, w in wants.words] == [
        "muzyczna",
        "entreprise",
        "uczniów",
    ]  # "szkoła": a stop word


@pytest.mark.database_file
def test_skipping_words_that_cannot_matter_lists_the_same_best() -> None:
    """The ranking compares words only while they could change the list: the same list as
    comparing every organisation's words, with fewer texts read."""
    rng = random.Random(7)
    kinds, codes = ["school", "music_school", "company", "cultural"], ["music", "design", "film"]
    a = ask(subject="jazz piano design", fields=("music", "design"), kind="school")
    profiles, texts = [], {}
    for n in range(1000):
        fields = frozenset(rng.sample(codes, rng.randint(0, 2)))
        profiles.append((n, f"O{n}", rng.choice(kinds), "katowice", fields, "", "pl", None,
                         rng.random() > 0.1))  # fmt: skip
        texts[n] = (" ".join(rng.sample(["jazz", "piano", "design", "chór", "film"], 2)), "")
    quick = Quick(a, TODAY)
    base = [(ranking.order(quick.points(*p[2:], None, None), p[8]), p) for p in profiles]
    asked: list[int] = []

    def read(ids: list[int]) -> dict[int, tuple[str, str]]:
        asked.extend(ids)
        return {i: texts[i] for i in ids}

    got = ranking._first(ranking._with_words(read, a, list(base), {}, 10), 10)
    every = [
        (ranking.order(score(a, ranking.candidate(p, texts[p[0]]), NO_HISTORY, None,
                              TODAY)[0], p[8]), p)
        for p in profiles
    ]  # fmt: skip
    assert [p[0] for _, p in got] == [p[0] for _, p in ranking._first(every, 10)]
    assert [s for s, _ in got] == [s for s, _ in ranking._first(every, 10)]
    assert len(asked) < len(profiles) / 2


# -- read from the database ----------------------------------------------------------------


def make_world(db: Database) -> dict[str, int]:
    """A conservatory in Saint-Étienne asking; four Katowice organisations and one of its
    own side; returns ids by short name."""
    ids: dict[str, int] = {}

    def add(name: str, side: str, **values: Any) -> None:
        row = organisations.create_organisation(db, {"name": name, "side": side, **values})
        ids[name] = row.id

    add(
        "Massenet",
        "saint_etienne",
        kind="music_school",
        fields=["music"],
        audiences=["children", "teenagers"],
        languages=["fr"],
    )
    add("Opéra", "saint_etienne", kind="cultural", fields=["music"])
    add(
        "PSM Katowice",
        "katowice",
        kind="music_school",
        fields=["music", "education"],
        audiences=["teenagers"],
        languages=["pl", "fr"],
        offers="Orkiestra, jazz, chór",
    )
    add("Akademia", "katowice", kind="university", fields=["music", "higher_education"])
    add("Browar", "katowice", kind="company", fields=["gastronomy"])
    add("Stary Dom", "katowice", kind="music_school", fields=["music"], active=False)
    add("Łódź", "other", kind="music_school", fields=["music"])
    jean = contacts.create_contact(
        db, {"first_name": "Jean", "last_name": "Dupont", "side": "saint_etienne",
             "language": "fr", "organisation_id": ids["Massenet"]},
    )  # fmt: skip
    row = inquiries.create_inquiry(
        db, {"subject": "Échange d'élèves en jazz", "contact_id": jean.id, "fields": ["music"],
             "desired_counterpart": "Une école de musique à Katowice"},
    )  # fmt: skip
    ids["inquiry"] = row.id
    return ids


def proposal(db: Database, inquiry_id: int, org_id: int, state: str, at: datetime) -> None:
    with db.write() as session:
        session.add(
            PartnerProposal(
                inquiry_id=inquiry_id, organisation_id=org_id, state=state, state_at=at,
                created_at=at,
            )
        )  # fmt: skip


def other_inquiry(db: Database, ids: dict[str, int], stage: str) -> int:
    row = inquiries.create_inquiry(
        db, {"subject": "Autre", "organisation_id": ids["Massenet"], "received_on": TODAY}
    )
    if stage != "new":
        reason = "no_answer" if stage == "lost" else None
        inquiries.move_stage(db, row.id, stage, lost_reason=reason)
    return row.id


def names(found: list[Any]) -> list[str]:
    return [s.organisation.name for s in found]


def test_the_other_side_best_first_inactive_last_never_its_own(db: Database) -> None:
    ids = make_world(db)
    found = suggest_partners(db, ids["inquiry"], today=TODAY)
    assert names(found) == ["PSM Katowice", "Akademia", "Browar", "Stary Dom"]
    best = found[0]
    codes = [r.code for r in best.reasons]
    assert codes[:2] == ["fields", "kinds"] and {"words", "language", "audiences"} <= set(codes)
    assert ("inactive", False) in [(r.code, r.good) for r in found[3].reasons]
    assert 0 <= found[-1].score <= found[0].score <= 100 and best.state is None
    assert names(suggest_partners(db, ids["inquiry"], limit=2, today=TODAY)) == names(found)[:2]
    assert suggest_partners(db, ids["inquiry"], limit=0, today=TODAY) == []


def test_an_inquiry_from_elsewhere_looks_in_both_cities(db: Database) -> None:
    ids = make_world(db)
    lodz = inquiries.create_inquiry(
        db, {"subject": "Orchestra exchange", "organisation_id": ids["Łódź"], "fields": ["music"]}
    )
    found = names(suggest_partners(db, lodz.id, limit=20, today=TODAY))
    assert {"Massenet", "Opéra", "PSM Katowice"} <= set(found) and "Łódź" not in found


def test_the_history_of_proposals_counts(db: Database) -> None:
    ids = make_world(db)
    done = other_inquiry(db, ids, "completed")
    proposal(db, done, ids["Akademia"], "accepted", datetime(2024, 5, 2))
    for n in range(2):
        proposal(db, other_inquiry(db, ids, "new"), ids["PSM Katowice"], "proposed", moment(60 + n))
    proposal(db, other_inquiry(db, ids, "new"), ids["Browar"], "declined", moment(45))
    found = {s.organisation.name: s for s in suggest_partners(db, ids["inquiry"], today=TODAY)}
    said = {name: {r.code: dict(r.params) for r in s.reasons} for name, s in found.items()}
    assert said["Akademia"]["exchanges"] == {"count": 1, "since": 2024, "last": "completed"}
    assert said["Akademia"]["not_asked"] == {"months": 25}
    assert said["PSM Katowice"]["unanswered"] == {"count": 2}
    assert said["Browar"]["declined"] == {"months": 1}
    assert "never_asked" in said["Stary Dom"]


def test_the_inquiry_own_proposals_are_its_state_not_history(db: Database) -> None:
    ids = make_world(db)
    before = {s.organisation.name: s.score for s in suggest_partners(db, ids["inquiry"])}
    proposal(db, ids["inquiry"], ids["PSM Katowice"], "contacted", moment(90))
    proposal(db, ids["inquiry"], ids["Akademia"], "declined", moment(5))
    found = {s.organisation.name: s for s in suggest_partners(db, ids["inquiry"], today=TODAY)}
    psm = found["PSM Katowice"]
    assert psm.state == "contacted"
    assert [(r.code, dict(r.params)) for r in psm.reasons if r.code == "proposed"] == [
        ("proposed", {"state": "contacted"})
    ]
    assert "unanswered" not in [r.code for r in psm.reasons]
    assert "never_asked" in [r.code for r in psm.reasons]
    assert psm.score == before["PSM Katowice"]  # proposing it changes nothing of its fit
    assert found["Akademia"].score < before["Akademia"] - 30  # it declined this inquiry
    assert ("proposed", False) in [(r.code, r.good) for r in found["Akademia"].reasons]


def test_an_organisation_sees_the_inquiries_it_could_answer(db: Database) -> None:
    ids = make_world(db)
    inquiries.create_inquiry(
        db, {"subject": "Brasserie", "organisation_id": ids["Opéra"], "fields": ["gastronomy"]}
    )
    closed = inquiries.create_inquiry(
        db, {"subject": "Jazz", "organisation_id": ids["Massenet"], "fields": ["music"]}
    )
    inquiries.move_stage(db, closed.id, "lost", lost_reason="no_answer")
    fits = inquiries_for_organisation(db, ids["PSM Katowice"], today=TODAY)
    assert [f.inquiry.subject for f in fits] == ["Échange d'élèves en jazz", "Brasserie"]
    assert fits[0].score > fits[1].score
    assert [r.code for r in fits[0].reasons][:2] == ["fields", "kinds"]
    mine = inquiries_for_organisation(db, ids["Massenet"], today=TODAY)
    assert mine == []  # its own side's inquiries are not for it


def test_unknown_records_are_one_clear_error(db: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        suggest_partners(db, 999)
    with pytest.raises(errors.NotFoundError):
        inquiries_for_organisation(db, 999)


def test_the_history_in_brief_weighs_as_the_whole_history(db: Database) -> None:
    """The ranking weighs thousands of histories from their briefs (two light statements):
    every organisation gets what its whole History would add, to the last bit."""
    ids = make_world(db)
    for stage, org, state, days in [
        ("completed", "Akademia", "accepted", 800), ("running", "Akademia", "accepted", 300),
        ("agreed", "Akademia", "accepted", 40), ("running", "Browar", "accepted", 20),
        ("completed", "PSM Katowice", "declined", 100), ("new", "PSM Katowice", "proposed", 60),
        ("new", "PSM Katowice", "contacted", 70), ("new", "Browar", "declined", 400),
    ]:  # fmt: skip
        proposal(db, other_inquiry(db, ids, stage), ids[org], state, moment(days))
    gone = other_inquiry(db, ids, "completed")
    proposal(db, gone, ids["Stary Dom"], "accepted", moment(10))
    with db.write() as session:
        session.get(Inquiry, gone).deleted_at = moment(1)  # type: ignore[union-attr]
    proposal(db, ids["inquiry"], ids["Browar"], "declined", moment(2))  # its own: not history
    a = ask("jazz", fields=("music",))
    quick = Quick(a, TODAY)
    with db.read() as session:
        whole = histories(session, TODAY, besides=ids["inquiry"])
        brief = ranking.past_points(quick, briefs(session, TODAY, besides=ids["inquiry"]))
    assert set(brief) == set(whole) == {ids[n] for n in ("Akademia", "Browar", "PSM Katowice")}
    assert whole[ids["Akademia"]].exchanges == 3
    for org_id, h in whole.items():
        assert brief[org_id] == quick.past(h)


@pytest.mark.database_file
def test_the_history_in_brief_reads_an_index_alone(db: Database) -> None:
    """The proposals' side of the brief is read from ix_partner_proposals_organisation_history
    alone (no row of the table)."""
    sent: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    with db.read() as session:
        event.listen(session.connection(), "before_cursor_execute", keep)
        briefs(session, TODAY, besides=1)
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        plans = [
            " ".join(str(r[3]) for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in sent
        ]
    assert (
        "SCAN partner_proposals USING COVERING INDEX ix_partner_proposals_organisation_history"
        in plans[0]
    )


def test_word_beginnings_found_within_one_another() -> None:
    """One pattern finds every stem beginning a word, those that begin one another too, never
    inside a word."""
    finder = text_wants(("muzyczna muzy orkiestry",), "").finder
    starts = [s for s, _ in text_wants(("muzyczna muzy orkiestry",), "").words]
    assert starts == ["muzyc", "muzy", "orkies"]
    assert finder(fold_fast("Szkoła muzyczna")) == {0, 1}
    assert finder(fold_fast("muzyka, orkiestra")) == {1, 2}
    assert finder(fold_fast("amuzyczna filorkiestra")) == set()
    assert text_wants(("",), "").finder("anything") == set()
    texts = ("Szkoła muzyczna", "Orkiestra; muzyka, amuzyczna")  # as fitting finds them
    assert org(main=texts[0], description=texts[1]).found(starts) == ({0, 1}, {2})
    assert scoring.found(finder, *texts) == ({0, 1}, {2})
