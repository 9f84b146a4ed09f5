"""The demo's exchanges (core.demo.exchanges): for agreed, running and completed inquiries,
between the inquiry's organisation and one of the other side, consistent with the inquiry's
stage and with their own dates, reproducible, and leaving every other demo row as it was."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from msek_desktop.core import demo, exchanges
from msek_desktop.core.db import Database, integrity_report
from msek_desktop.core.demo import exchange_texts
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import (
    CancelReason,
    Currency,
    ExchangeStatus,
    FundingSource,
    Language,
    Stage,
)

TODAY = date(2026, 11, 25)
N = 500


def _rows(db: Database, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params)]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, demo.DemoSummary]]:
    db = open_database(tmp_path_factory.mktemp("demo_exchanges") / "msek.db", create=True)
    summary = demo.generate(db, inquiries=N, seed=1, today=TODAY)
    yield db, summary
    db.dispose()


@pytest.fixture(scope="module")
def rows(demo_db: tuple[Database, demo.DemoSummary]) -> list[exchanges.ExchangeRow]:
    return exchanges.list_exchanges(demo_db[0])


def test_counts(demo_db: tuple[Database, demo.DemoSummary], rows: list[Any]) -> None:
    db, summary = demo_db
    assert summary.exchanges == len(rows) == _rows(db, "SELECT count(*) FROM exchanges")[0][0]
    statuses = Counter(r.status for r in rows)
    assert all(statuses[s] > 0 for s in ExchangeStatus), statuses
    assert statuses[ExchangeStatus.CANCELLED] < 0.15 * len(rows)  # a few
    assert len({r.kind for r in rows}) >= 6
    # every running or completed inquiry of an organisation of either side has its exchange
    without = _rows(
        db,
        "SELECT count(*) FROM inquiries i JOIN organisations o ON o.id = i.organisation_id"
        " WHERE i.stage IN ('running', 'completed') AND o.side IN ('saint_etienne', 'katowice')"
        " AND NOT EXISTS (SELECT 1 FROM exchanges e WHERE e.inquiry_id = i.id)",
    )
    assert without == [(0,)]


def test_statuses_agree_with_the_dates(rows: list[exchanges.ExchangeRow]) -> None:
    assert all(r.starts_on is not None and r.ends_on is not None for r in rows)
    for r in rows:
        assert r.starts_on <= r.ends_on, r
        if r.status == ExchangeStatus.COMPLETED:
            assert r.ends_on < TODAY, r
        elif r.status == ExchangeStatus.RUNNING:
            assert r.starts_on <= TODAY <= r.ends_on, r
        elif r.status == ExchangeStatus.PLANNED:
            assert r.starts_on > TODAY, r
        assert (r.cancel_reason is not None) == (r.status == ExchangeStatus.CANCELLED), r
        assert r.cancel_reason is None or r.cancel_reason in set(CancelReason)
    dated = [d for r in rows for d in (r.starts_on, r.ends_on) if r.status != "planned"]
    assert min(dated) >= date(2024, 11, 25)  # over the two years before today


def test_catch_up_finds_nothing_to_move(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db", create=True)
    demo.generate(db, inquiries=200, seed=5, today=TODAY)
    before = _rows(db, "SELECT id, status FROM exchanges ORDER BY id")
    stages = _rows(db, "SELECT id, stage FROM inquiries ORDER BY id")
    assert exchanges.catch_up(db, TODAY) == 0
    assert _rows(db, "SELECT id, status FROM exchanges ORDER BY id") == before
    assert _rows(db, "SELECT id, stage FROM inquiries ORDER BY id") == stages
    db.dispose()


def test_organisations_on_both_sides_and_the_inquirys_own(
    demo_db: tuple[Database, demo.DemoSummary], rows: list[exchanges.ExchangeRow]
) -> None:
    db, _ = demo_db
    own = dict(_rows(db, "SELECT id, organisation_id FROM inquiries"))
    accepted: dict[int, set[int]] = defaultdict(set)
    for inquiry_id, org_id in _rows(
        db, "SELECT inquiry_id, organisation_id FROM partner_proposals WHERE state = 'accepted'"
    ):
        accepted[inquiry_id].add(org_id)
    with_accepted = 0
    for r in rows:
        assert sorted(o.side for o in r.organisations) == ["katowice", "saint_etienne"], r
        ids = {o.id for o in r.organisations}
        assert r.inquiry_id is not None and own[r.inquiry_id] in ids
        if accepted[r.inquiry_id]:
            assert ids & accepted[r.inquiry_id], r  # the partner who accepted
            with_accepted += 1
    assert with_accepted > len(rows) / 2


def test_the_inquirys_stage_follows_its_exchanges(
    demo_db: tuple[Database, demo.DemoSummary], rows: list[exchanges.ExchangeRow]
) -> None:
    db, _ = demo_db
    stage = dict(_rows(db, "SELECT id, stage FROM inquiries"))
    expected = {
        ExchangeStatus.PLANNED: Stage.AGREED,
        ExchangeStatus.RUNNING: Stage.RUNNING,
        ExchangeStatus.COMPLETED: Stage.COMPLETED,
    }
    by_inquiry: dict[int, list[str]] = defaultdict(list)
    for r in rows:
        by_inquiry[r.inquiry_id].append(r.status)
        if r.status in expected:
            assert stage[r.inquiry_id] == expected[ExchangeStatus(r.status)], r
        else:
            assert stage[r.inquiry_id] in (Stage.AGREED, Stage.COMPLETED), r
    # one going exchange per inquiry at most; a running or completed inquiry has its own
    for inquiry_id, statuses in by_inquiry.items():
        going = [s for s in statuses if s != ExchangeStatus.CANCELLED]
        assert len(going) <= 1, (inquiry_id, statuses)
        if stage[inquiry_id] in (Stage.RUNNING, Stage.COMPLETED):
            assert len(going) == 1


def test_an_exchange_runs_from_the_day_its_inquiry_went_running(
    demo_db: tuple[Database, demo.DemoSummary], rows: list[exchanges.ExchangeRow]
) -> None:
    db, _ = demo_db
    running = {
        i: _day(at)
        for i, at in _rows(
            db, "SELECT inquiry_id, at FROM timeline_entries WHERE kind = 'stage'"
            " AND new_value = 'running'",
        )
    }  # fmt: skip
    completed = {
        i: _day(at)
        for i, at in _rows(
            db, "SELECT inquiry_id, at FROM timeline_entries WHERE kind = 'stage'"
            " AND new_value = 'completed'",
        )
    }  # fmt: skip
    checked = 0
    for r in rows:
        if r.status == ExchangeStatus.RUNNING:
            assert r.starts_on == running[r.inquiry_id]
            checked += 1
        if r.status == ExchangeStatus.COMPLETED:
            assert r.ends_on < completed[r.inquiry_id]
            assert r.starts_on <= running[r.inquiry_id]
    assert checked > 0


def test_kinds_fit_the_fields(rows: list[exchanges.ExchangeRow]) -> None:
    for r in rows:
        fitting = {k for c in r.fields for k, *_ in exchange_texts.KINDS.get(c, ())}
        fitting |= {k for k, *_ in exchange_texts.OTHER_KINDS} | {exchange_texts.LONG[0]}
        assert r.kind in fitting, r
    music = Counter(r.kind for r in rows if r.fields == ("music",))
    assert music and set(music) <= {"concert", "workshop", "residency", "joint_project"}


def test_participants_by_side(rows: list[exchanges.ExchangeRow]) -> None:
    for r in rows:
        assert r.planned_saint_etienne and r.planned_katowice
        actual = (r.actual_saint_etienne, r.actual_katowice)
        if r.status in (ExchangeStatus.PLANNED, ExchangeStatus.CANCELLED):
            assert actual == (None, None)
    done = [r for r in rows if r.status == ExchangeStatus.COMPLETED]
    assert sum(r.actual_katowice is not None for r in done) > 0.8 * len(done)


def test_funding_from_the_vocabularies(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = demo_db
    lines = _rows(db, "SELECT exchange_id, source, amount, currency, note FROM exchange_funding")
    assert len({line[0] for line in lines}) == summary.exchanges  # every exchange is funded
    for _id, source, amount, currency, note in lines:
        assert source in set(FundingSource) and currency in set(Currency)
        if source == FundingSource.KATOWICE_CITY:
            assert currency == "PLN"
        if source in (FundingSource.SAINT_ETIENNE_CITY, FundingSource.ERASMUS_PLUS):
            assert currency == "EUR"
        if amount is None:
            assert note
        else:
            assert Decimal(str(amount)) > 0
    assert {line[3] for line in lines} == {"EUR", "PLN"}
    assert sum(line[2] is None for line in lines) < 0.25 * len(lines)


def test_titles_items_and_texts_in_the_writers_language(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT e.id, e.title, e.outcome, e.cancel_note, i.letter_language, o.side"
        " FROM exchanges e JOIN inquiries i ON i.id = e.inquiry_id"
        " JOIN organisations o ON o.id = i.organisation_id",
    )
    french = [p.split("{")[0] for t in exchange_texts.TITLES[Language.FR].values() for p in t]
    polish = [p.split("{")[0] for t in exchange_texts.TITLES[Language.PL].values() for p in t]
    languages: Counter[str] = Counter()
    for _id, title, outcome, note, lang, side in rows:
        writer = lang if lang in ("fr", "pl") else ("fr" if side == "saint_etienne" else "pl")
        starts = french if writer == "fr" else polish
        assert title.startswith(tuple(starts)), (title, lang, side)
        texts = exchange_texts.OUTCOMES[Language(writer)]
        assert outcome == "" or outcome in texts
        assert note == "" or note in exchange_texts.CANCEL_NOTES[Language(writer)].values()
        languages[writer] += 1
    assert languages["fr"] > 10 and languages["pl"] > 10
    items = _rows(
        db,
        "SELECT t.day, e.starts_on, e.ends_on, t.what FROM exchange_items t"
        " JOIN exchanges e ON e.id = t.exchange_id",
    )
    assert items and all(_day(s) <= _day(d) <= _day(e) for d, s, e, _ in items)


def test_timeline_entries_on_the_inquiry_never_after_today(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, summary = demo_db
    entries = _rows(
        db,
        "SELECT t.inquiry_id, t.old_value, t.new_value, t.at, t.note FROM timeline_entries t"
        " WHERE t.kind = 'exchange' ORDER BY t.inquiry_id, t.at, t.id",
    )
    made = [e for e in entries if e[1] == ""]
    assert len(made) == summary.exchanges
    assert all(e[2] == "planned" for e in made)
    latest = datetime.combine(TODAY, datetime.max.time())
    assert all(datetime.fromisoformat(str(e[3])) <= latest for e in entries)
    titles = {t for (t,) in _rows(db, "SELECT title FROM exchanges")}
    assert {e[4] for e in entries} == titles


def test_the_database_is_sound(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    assert integrity_report(demo_db[0].engine) == []


# -- reproducible, and the other rows as they were ---------------------------------------

_EXCHANGE_TABLES = (
    "exchanges", "exchange_organisations", "exchange_fields", "exchange_items",
    "exchange_funding",
)  # fmt: skip
_OTHER_TABLES = (
    "organisations", "contacts", "inquiries", "inquiry_fields", "follow_ups",
    "partner_proposals", "ref_counters",
)  # fmt: skip


def _dump(db: Database, tables: tuple[str, ...]) -> dict[str, list[tuple[Any, ...]]]:
    dump = {t: _rows(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in tables}
    dump["timeline"] = _rows(
        db,
        "SELECT id, kind, inquiry_id, organisation_id, new_value, at FROM timeline_entries"
        " WHERE kind != 'exchange' ORDER BY id",
    )
    return dump


def test_same_seed_same_exchanges_and_the_other_rows_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = open_database(tmp_path / f"{name}.db", create=True)
        demo.generate(db, inquiries=150, seed=seed, today=TODAY)
        dumps.append(_dump(db, _EXCHANGE_TABLES + _OTHER_TABLES))
        db.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0]["exchanges"] and dumps[0]["exchanges"] != dumps[2]["exchanges"]
    # without the exchanges, every other row is the same: they draw from their own rng
    monkeypatch.setattr(demo, "write_exchanges", lambda *_args: 0)
    db = open_database(tmp_path / "none.db", create=True)
    summary = demo.generate(db, inquiries=150, seed=7, today=TODAY)
    assert summary.exchanges == 0
    alone = _dump(db, _OTHER_TABLES)
    db.dispose()
    assert alone == {k: v for k, v in dumps[0].items() if k not in _EXCHANGE_TABLES}


@pytest.mark.both_databases
def test_on_the_office_server_too(db: Database) -> None:
    """Written in bulk with their ids: a new exchange after them takes the next id."""
    summary = demo.generate(db, inquiries=80, seed=2, today=TODAY)
    assert summary.exchanges > 0
    first = exchanges.list_exchanges(db)[0]
    made = exchanges.create_exchange(
        db, {"title": "Nowa wymiana", "organisation_ids": [o.id for o in first.organisations]}
    )
    assert made.row.id == summary.exchanges + 1


def test_the_stages_moments_come_from_the_inquiries_writer(tmp_path: Path) -> None:
    """No timeline entry is read back: the exchanges take when each inquiry was agreed, went
    running and was completed from what wrote its "stage" entries (the same moments: the
    tests above check the exchanges against the timeline)."""
    db = open_database(tmp_path / "t.db", create=True)
    read: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: read.append(a[2]))
    summary = demo.generate(db, inquiries=150, seed=7, today=TODAY)
    db.dispose()
    assert summary.exchanges > 0
    selects = [s for s in read if s.lstrip().upper().startswith("SELECT")]
    timeline = [n for s in selects if "FROM timeline_entries" in (n := " ".join(s.split()))]
    # only the writer's first look at the ids taken (core.writer)
    assert selects and timeline == [
        "SELECT max(timeline_entries.id) AS max_1 FROM timeline_entries"
    ]
