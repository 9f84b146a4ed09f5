"""Letter benchmarks: `python tests/bench/letters_bench.py [--letters N] [--runs N]`.

Prints, in DESIGN.md's format (`NAME VALUE UNIT floor=F ratio=R`):
- letter_median: one proposal letter, facts to PDF bytes (words and layout), median over
  letters to different inquiries; floor: a bare ReportLab document (SimpleDocTemplate,
  one Paragraph per block) with the same text in the same font. Target ratio <= 2.
- proposal_make_median: the same, end to end as the window does it (facts read from the
  database, letter made and kept), against the same floor; for information.
- letters_batch_500: batch_pdf of 500 inquiries (one PDF to print, each letter also kept as
  its own proposal); floor: the same 500 texts as 500 bare documents. Target <= 15 s.
Runs on a fresh demo database in a temporary folder. Kept apart from tests/bench/run.py
for now; its figures can move there.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402
from sqlalchemy import select  # noqa: E402

from msek_desktop.core import demo, proposals  # noqa: E402
from msek_desktop.core.db import Database  # noqa: E402
from msek_desktop.core.models import Inquiry, Organisation  # noqa: E402
from msek_desktop.core.proposals import LetterRequest  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402
from msek_desktop.letters import LetterService, compose, render_pdf  # noqa: E402
from msek_desktop.letters import pdf as letter_pdf  # noqa: E402


def line(name: str, value: float, unit: str, floor: float) -> str:
    def num(x: float) -> str:
        return f"{x:.3f}" if x < 100 else f"{x:.1f}"

    ratio = value / floor if floor > 0 else float("inf")
    return f"{name} {num(value)} {unit} floor={num(floor)} ratio={ratio:.1f}"


def bare(text: str) -> bytes:
    """The plainest ReportLab document with this text, in the letters' font."""
    style = letter_pdf.styles()["plain"]
    out = io.BytesIO()
    story = [Paragraph(letter_pdf.markup(block), style) for block in text.split("\n\n")]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def partners_for(db: Database, ids: list[int]) -> dict[int, list[int]]:
    """One partner per inquiry, on the other side, as staff would pick."""
    with db.read() as session:
        found = session.execute(select(Inquiry.id, Inquiry.side).where(Inquiry.id.in_(ids)))
        sides: dict[int, str] = dict(found.all())  # type: ignore[arg-type]
        live = select(Organisation.id, Organisation.side).where(Organisation.deleted_at.is_(None))
        orgs = [(oid, side) for oid, side in session.execute(live)]
    by_side: dict[str, list[int]] = {}
    for oid, side in orgs:
        by_side.setdefault(side, []).append(oid)
    other = {"katowice": "saint_etienne", "saint_etienne": "katowice", "other": "saint_etienne"}
    out = {}
    for n, (iid, side) in enumerate(sorted(sides.items())):
        pool = by_side.get(other[side]) or [o for o, _ in orgs]
        out[iid] = [pool[n % len(pool)]]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=500, help="letters in the batch")
    parser.add_argument("--runs", type=int, default=40, help="letters timed one by one")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="msek-letters-bench-"))
    try:
        db = open_database(workdir / "bench.db", create=True)
        demo.generate(db, inquiries=max(args.letters, args.runs), seed=1, today=date.today())
        with db.read() as session:
            live = select(Inquiry.id).where(Inquiry.deleted_at.is_(None)).order_by(Inquiry.id)
            ids = list(session.scalars(live))
        partners = partners_for(db, ids)
        run_one_by_one(db, ids[: args.runs], partners)
        run_batch(db, ids[: args.letters], partners, workdir)
        db.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def asked(ids: list[int], partners: dict[int, list[int]]) -> list[LetterRequest]:
    return [LetterRequest(i, partner_ids=tuple(partners.get(i, ()))) for i in ids]


def run_one_by_one(db: Database, ids: list[int], partners: dict[int, list[int]]) -> None:
    facts = proposals.letter_facts_many(db, asked(ids, partners))
    texts = [compose(f).text() for f in facts]
    render_pdf([compose(facts[0])]), bare(texts[0])  # warm: fonts, caches
    mine, floor, made = [], [], []
    for f, text in zip(facts, texts, strict=True):
        mine.append(timed(lambda f=f: render_pdf([compose(f)])))
        floor.append(timed(lambda text=text: bare(text)))
    letters = LetterService(db)
    for request in asked(ids, partners):
        made.append(timed(lambda request=request: letters.make(request)))
    floor_ms = statistics.median(floor) * 1000
    print(line("letter_median", statistics.median(mine) * 1000, "ms", floor_ms), flush=True)
    made_ms = statistics.median(made) * 1000
    print(line("proposal_make_median", made_ms, "ms", floor_ms), flush=True)


def run_batch(db: Database, ids: list[int], partners: dict[int, list[int]], workdir: Path) -> None:
    requests = asked(ids, partners)
    took = timed(lambda: LetterService(db).batch(requests, workdir / "batch.pdf"))
    texts = [compose(f).text() for f in proposals.letter_facts_many(db, requests)]
    start = time.perf_counter()
    for text in texts:
        bare(text)
    floor = time.perf_counter() - start
    print(line(f"letters_batch_{len(ids)}", took, "s", floor), flush=True)


if __name__ == "__main__":
    sys.exit(main())
