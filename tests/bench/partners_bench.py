"""Partner ranking benchmark: `python tests/bench/partners_bench.py [--organisations N]
[--runs N] [--server URL]`.

Prints, in DESIGN.md's format (`NAME VALUE UNIT floor=F ratio=R`):
- partners_rank_5000: core.partners.suggest_partners for one inquiry over N (5,000)
  organisations of the other side with full profiles and a history of proposals, median
  over several inquiries and runs; floor: the same rows read the plainest way (the
  candidates' columns, their fields, the proposals' aggregate by organisation and a batch
  of texts, through sqlite3 alone). Target: median <= 50 ms.
- inquiries_for_organisation_median: the other direction, one organisation against the
  inquiries looking for a partner; the same floor's reading of its inquiries.
With --server (or MSEK_BENCH_POSTGRES, else MSEK_TEST_POSTGRES) the same figures on the
office server (pg_ names; floors through psycopg alone). The database is made by bulk inserts
(core.writer) in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from msek_desktop.core.db import Database  # noqa: E402
from msek_desktop.core.models import Field, PartnerProposal  # noqa: E402
from msek_desktop.core.partners import inquiries_for_organisation, suggest_partners  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402
from msek_desktop.core.writer import Writer  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
import office_server  # noqa: E402

TODAY = date(2026, 6, 15)
ASKING = 40  # inquiries ranked (different fields, kinds and words)
KINDS = ("school", "music_school", "university", "cultural", "company", "association",
         "municipality", "other")  # fmt: skip
AUDIENCES = ("children", "teenagers", "students", "adults", "professionals")
WORDS_PL = ("orkiestra", "chór", "jazz", "warsztaty", "wymiana uczniów", "praktyki", "design",
            "grafika", "ceramika", "film", "teatr", "biblioteka", "kuchnia", "piłka nożna",
            "rzemiosło", "muzeum", "festiwal", "koncerty", "staże", "robotyka")  # fmt: skip
WORDS_FR = ("orchestre", "chorale", "jazz", "ateliers", "échanges d'élèves", "stages",
            "design", "graphisme", "céramique", "cinéma", "théâtre", "médiathèque",
            "cuisine", "football", "artisanat", "musée", "festival", "concerts", "robotique",
            "lutherie")  # fmt: skip
SUBJECTS = ("Échange de classes de piano", "Stage en design graphique", "Festival de cinéma",
            "Chorale d'enfants en tournée", "Jumelage de lycées", "Cuisine et gastronomie",
            "Robotique et ingénieurs", "Céramique et artisanat d'art")  # fmt: skip
WISHES = ("Une école de musique ou un konserwatorium", "Une entreprise de design",
          "Un cinéma ou une galerie", "Un chœur ou une association", "Un lycée",
          "Un restaurant, une école hôtelière", "Une université technique",
          "Un musée, des artisans")  # fmt: skip


def line(name: str, value: float, unit: str, floor: float) -> str:
    def num(x: float) -> str:
        return f"{x:.3f}" if x < 100 else f"{x:.1f}"

    ratio = value / floor if floor > 0 else float("inf")
    return f"{name} {num(value)} {unit} floor={num(floor)} ratio={ratio:.1f}"


def fill(db: Database, organisations: int, seed: int) -> tuple[list[int], int]:
    """N Katowice organisations with profiles, a few in Saint-Étienne asking, past
    inquiries with proposals to them; returns the inquiries to rank and an organisation."""
    rng = random.Random(seed)
    now = datetime.combine(TODAY, datetime.min.time())
    with db.write() as session:
        field_ids = {f.code: f.id for f in session.scalars(select(Field))}
        codes = list(field_ids)
        out = Writer(session, now=now)
        partners = [_organisation(out, rng, n, codes, field_ids) for n in range(organisations)]
        askers = [
            out.organisation(
                [field_ids[c] for c in rng.sample(codes, 2)], name=f"Demandeur {n}",
                kind=rng.choice(KINDS), side="saint_etienne", city="Saint-Étienne",
                audiences=" ".join(rng.sample(AUDIENCES, 2)), languages="fr",
            )
            for n in range(ASKING)
        ]  # fmt: skip
        past = [_inquiry(out, rng, askers, codes, field_ids, now, n) for n in range(2000)]
        asked = [_inquiry(out, rng, askers, codes, field_ids, now, n) for n in range(ASKING)]
        out.finish()
        _proposals(session, rng, past, partners, now)
        return [i for i, _ in asked], partners[0]


def _organisation(
    out: Writer, rng: random.Random, n: int, codes: list[str], ids: dict[str, int]
) -> int:
    pl, fr = rng.sample(WORDS_PL, 4), rng.sample(WORDS_FR, 3)
    return out.organisation(
        [ids[c] for c in rng.sample(codes, rng.randint(1, 3))],
        name=f"Organizacja {n} w Katowicach", kind=rng.choice(KINDS), side="katowice",
        city="Katowice", offers=f"Oferujemy: {', '.join(pl[:2])}; współpraca z Francją.",
        seeks="Partnerzy we Francji", tags=", ".join(pl[2:]),
        audiences=" ".join(rng.sample(AUDIENCES, rng.randint(0, 3))),
        languages=" ".join(["pl", *rng.sample(["fr", "en", "de"], rng.randint(0, 2))]),
        capacity=rng.choice([None, 10, 25, 40, 80]), active=rng.random() > 0.05,
        description_pl=f"Działamy w Katowicach od {rng.randint(1950, 2020)} roku: "
        f"{', '.join(pl)}. Zapraszamy grupy z zagranicy.",
        description_fr=f"Nous travaillons à Katowice : {', '.join(fr)}. Accueil de groupes.",
        description_en="An organisation of the Silesian metropolis, open to exchanges.",
    )  # fmt: skip


def _inquiry(
    out: Writer, rng: random.Random, askers: list[int], codes: list[str],
    ids: dict[str, int], now: datetime, n: int,
) -> tuple[int, str]:  # fmt: skip
    k = n % len(SUBJECTS)
    return out.inquiry(
        [ids[c] for c in rng.sample(codes, rng.randint(1, 2))],
        received_on=(now - timedelta(days=rng.randint(0, 700))).date(), side="saint_etienne",
        organisation_id=rng.choice(askers), subject=SUBJECTS[k], desired_counterpart=WISHES[k],
        message=f"Bonjour, nous cherchons un partenaire pour {rng.randint(12, 40)} élèves "
        f"autour de {rng.choice(WORDS_FR)} et {rng.choice(WORDS_FR)}.",
        letter_language="fr", stage=rng.choice(["new", "matching", "completed", "running"]),
    )  # fmt: skip


def _proposals(
    session: Any, rng: random.Random, past: list[tuple[int, str]], partners: list[int],
    now: datetime,
) -> None:  # fmt: skip
    rows = []
    for inquiry_id, _ref in past:
        for org in rng.sample(partners, 3):
            at = now - timedelta(days=rng.randint(1, 700))
            state = rng.choice(["proposed", "contacted", "interested", "accepted", "declined"])
            rows.append({"inquiry_id": inquiry_id, "organisation_id": org, "state": state,
                         "state_at": at, "created_at": at, "updated_at": at,
                         "version": 1})  # fmt: skip
    session.execute(insert(PartnerProposal), rows)


# The plainest reading of the same rows as the ranking reads: the candidates' columns, their
# fields, the proposals' aggregate by organisation, one batch of texts (ranking.TEXT_BATCH).
FLOOR = (
    "SELECT id, code FROM fields",
    "SELECT id, name, kind, side, audiences, languages, capacity, active FROM organisations "
    "WHERE deleted_at IS NULL AND side = 'katowice'",
    "SELECT f.organisation_id, f.field_id FROM organisation_fields f "
    "JOIN organisations o ON o.id = f.organisation_id "
    "WHERE o.deleted_at IS NULL AND o.side = 'katowice'",
    "SELECT p.organisation_id, max(CAST(p.created_at AS VARCHAR)), "
    "max(CASE WHEN p.state = 'declined' THEN CAST(p.state_at AS VARCHAR) END), "
    "sum(CASE WHEN p.state IN ('proposed', 'contacted') AND p.state_at < '2026-05-04' "
    "AND p.state_at >= '2025-12-15' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN p.state = 'accepted' AND i.stage IN ('agreed', 'running', 'completed') "
    "THEN 1 ELSE 0 END), "
    "sum(CASE WHEN p.state = 'accepted' AND i.stage = 'completed' THEN 1.0 "
    "WHEN p.state = 'accepted' AND i.stage = 'running' THEN 0.8 "
    "WHEN p.state = 'accepted' AND i.stage = 'agreed' THEN 0.6 ELSE 0.0 END), "
    "min(CASE WHEN p.state = 'accepted' AND i.stage IN ('agreed', 'running', 'completed') "
    "THEN CAST(p.state_at AS VARCHAR) END), "
    "max(CASE WHEN p.state = 'accepted' AND i.stage IN ('agreed', 'running', 'completed') "
    "THEN CAST(p.state_at AS VARCHAR) || i.stage END) "
    "FROM partner_proposals p JOIN inquiries i ON i.id = p.inquiry_id "
    "JOIN organisations o ON o.id = p.organisation_id "
    "WHERE i.deleted_at IS NULL AND o.side = 'katowice' GROUP BY p.organisation_id",
    "SELECT id, offers, tags, description_fr, description_pl, description_en "
    "FROM organisations WHERE side = 'katowice' ORDER BY id LIMIT 100",
)


CPU: list[float] = []  # the process's own time of each ranking (ms), told on stderr


def timed(fn: Callable[[], object]) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def measure(
    db: Database, asked: list[int], org: int, runs: int, floor: Callable[[], None]
) -> tuple[float, float, float, float]:
    suggest_partners(db, asked[0], today=TODAY)  # warm: compiled statements, caches
    floor()
    mine, plain, cpu = [], [], []
    for _ in range(runs):
        for inquiry_id in asked:
            mine.append(timed(lambda i=inquiry_id: suggest_partners(db, i, today=TODAY)))
            cpu.append(CPU[-1])
            plain.append(timed(floor))
    print(f"# cpu time of one ranking: median {statistics.median(cpu):.1f} ms (the machine's"
          f" load average {os.getloadavg()[0]:.1f})", file=sys.stderr)  # fmt: skip
    other = [timed(lambda: inquiries_for_organisation(db, org, today=TODAY)) for _ in range(5)]
    return statistics.median(mine), statistics.median(plain), statistics.median(other), max(mine)


def run(name: str, db: Database, args: argparse.Namespace, floor: Callable[[], None]) -> None:
    asked, org = fill(db, args.organisations, args.seed)
    rank, plain, other, worst = measure(db, asked, org, args.runs, floor)
    print(line(f"{name}partners_rank_{args.organisations}", rank, "ms", plain), flush=True)
    print(line(f"{name}inquiries_for_organisation_median", other, "ms", plain), flush=True)
    print(f"# {name}partners_rank_{args.organisations} slowest {worst:.1f} ms", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=5000, metavar="N")
    parser.add_argument("--runs", type=int, default=3, help="rounds over the inquiries")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--server", metavar="URL",
        default=os.environ.get("MSEK_BENCH_POSTGRES") or os.environ.get("MSEK_TEST_POSTGRES"),
    )  # fmt: skip
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="msek-partners-bench-"))
    try:
        db = open_database(workdir / "bench.db", create=True)
        conn = sqlite3.connect(workdir / "bench.db")
        try:
            run("", db, args, lambda: [conn.execute(sql).fetchall() for sql in FLOOR] and None)
        finally:
            conn.close()
            db.dispose()
        if args.server:
            on_server(args)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def on_server(args: argparse.Namespace) -> None:
    server = office_server.BenchServer(args.server)
    db = open_database(server.address, create=True)
    try:
        with server.connect() as conn:

            def floor() -> None:
                with conn.cursor() as cur:
                    for sql in FLOOR:
                        cur.execute(sql)
                        cur.fetchall()

            run("pg_", db, args, floor)
    finally:
        db.dispose()
        server.close()


if __name__ == "__main__":
    sys.exit(main())
