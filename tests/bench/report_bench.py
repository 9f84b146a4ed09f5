"""The annual activity report (msek_desktop.reports: figures, exchanges, highlights, the PDF
with its charts) of the last year over, on the demo database, against its floor: the same
aggregates as raw SQL through the driver alone (sqlite3 on the file, psycopg on the office
server), plus a bare ReportLab document of the same pages (the report's own text, page for
page, as Paragraphs in the same font). The floor of run.py's `annual_report` and
`pg_annual_report`; the raw queries' answers are checked against the report's figures."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import figures_bench
import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from msek_desktop.core.db import Database
from msek_desktop.core.figures import Period
from msek_desktop.core.figures.answers import ANSWER_KINDS
from msek_desktop.letters import pdf as letter_pdf
from msek_desktop.reports import write_report

RUNS = 3  # the median of these, after one warm-up run
KINDS = ", ".join(f"'{k}'" for k in ANSWER_KINDS)
IN = "deleted_at IS NULL AND received_on >= ? AND received_on <= ?"
STARTS = "deleted_at IS NULL AND starts_on >= ? AND starts_on <= ?"
GROUPED = (
    "SELECT stage, side, kind, coalesce(lost_reason, 'other'), count(*) FROM inquiries "
    f"WHERE {IN} GROUP BY 1, 2, 3, 4"
)
FIELDS = (
    "SELECT f.code, count(*) FROM inquiries i JOIN inquiry_fields x ON x.inquiry_id = i.id "
    "JOIN fields f ON f.id = x.field_id WHERE i.deleted_at IS NULL AND i.received_on >= ? "
    "AND i.received_on <= ? GROUP BY f.code"
)
ANSWER = (
    "WITH d AS MATERIALIZED (SELECT CAST(julianday(date((SELECT min(t.at) FROM "
    "timeline_entries t WHERE t.inquiry_id = i.id AND t.kind IN (" + KINDS + ")))) - "
    "julianday(i.received_on) AS INTEGER) AS days FROM inquiries i WHERE i.deleted_at IS NULL "
    "AND i.received_on >= ? AND i.received_on <= ?), c AS (SELECT count(days) AS n FROM d) "
    "SELECT avg(days), (SELECT n FROM c) FROM (SELECT max(days, 0) AS days FROM d WHERE days "
    "IS NOT NULL ORDER BY 1 LIMIT 2 - (SELECT n FROM c) % 2 OFFSET ((SELECT n FROM c) - 1) / 2)"
)
EXCHANGES = f"SELECT status, kind, count(*) FROM exchanges WHERE {STARTS} GROUP BY 1, 2"
PARTICIPANTS = (
    "SELECT sum(coalesce(actual_saint_etienne, planned_saint_etienne, 0)), "
    "sum(coalesce(actual_katowice, planned_katowice, 0)) FROM exchanges "
    f"WHERE {STARTS} AND status != 'cancelled'"
)
LISTED = (
    "SELECT e.id, e.title, e.kind, e.status, e.starts_on, e.ends_on, e.planned_saint_etienne, "
    "e.planned_katowice, e.actual_saint_etienne, e.actual_katowice, o.name, o.side "
    "FROM exchanges e LEFT JOIN exchange_organisations eo ON eo.exchange_id = e.id "
    "LEFT JOIN organisations o ON o.id = eo.organisation_id "
    "WHERE e.deleted_at IS NULL AND e.status != 'cancelled' AND e.starts_on >= ? "
    "AND e.starts_on <= ? ORDER BY e.starts_on, e.id, o.name"
)
OTHERS = [
    ("SELECT text FROM year_highlights WHERE year = ? AND language = ?", "highlights"),
    ("SELECT code, name_fr FROM fields", ()),
    ("SELECT key, value FROM settings", ()),
]


def statements(year: int, language: str, on_server: bool) -> list[tuple[str, tuple[Any, ...]]]:
    """The report's aggregates and lists as plain SQL, for the year and the year before
    (dates as ISO text on the file, as dates on the server)."""
    now = Period.year(year)
    before = now.year_before()
    answer = figures_bench.ANSWER_PG if on_server else ANSWER

    def span(p: Period) -> tuple[Any, ...]:
        return (p.start, p.end) if on_server else (p.start.isoformat(), p.end.isoformat())

    out: list[tuple[str, tuple[Any, ...]]] = []
    for period in (now, before):
        out += [(sql, span(period)) for sql in (GROUPED, FIELDS, answer, EXCHANGES, PARTICIPANTS)]
    out.append((LISTED, span(now)))
    for sql, params in OTHERS:
        out.append((sql, (year, language) if params == "highlights" else ()))
    if on_server:
        return [(sql.replace("?", "%s"), params) for sql, params in out]
    return out


def _median_s(run: Callable[[], Any]) -> tuple[float, Any]:
    result = run()  # warm: caches, fonts, compiled statements
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(
    db: Database, conn: Any, workdir: Path, year: int | None = None
) -> tuple[float, float, str]:
    """(the report's median seconds, the floor's, a note): the PDF of `year` (default: the
    last year over) in French made by msek_desktop.reports, against the raw SQL through
    `conn` (sqlite3 on the same file, psycopg on the server) plus the bare document of its
    pages."""
    year = year or date.today().year - 1
    out = workdir / "report.pdf"
    mine, content = _median_s(lambda: write_report(db, year, "fr", pdf=out))
    pdf = out.read_bytes()
    sql = statements(year, "fr", db.on_server)

    bare = bare_document(pdf)

    def floor_run() -> list[Any]:
        rows = [conn.execute(text, params).fetchall() for text, params in sql]
        bare()
        return rows

    floor, rows = _median_s(floor_run)
    total = sum(int(r[-1]) for r in rows[0])
    answered = int(rows[2][0][1] or 0)
    f = content.figures
    if (total, answered) != (f.new_inquiries.now, f.first_answer.answered):
        raise RuntimeError("the raw SQL's answers differ from the report's figures")
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    note = (
        f"{year}: {f.new_inquiries.now} inquiries, {len(content.exchanges)} exchanges listed, "
        f"{pages} pages"
    )
    return mine, floor, note


def bare_document(pdf: bytes) -> Callable[[], bytes]:
    """A bare ReportLab document with the report's text, page for page, as Paragraphs in the
    letters' font: the text read once (the floor times the document, not pypdf)."""
    style = letter_pdf.styles()["plain"]
    pages = [
        [line for line in (page.extract_text() or "").splitlines() if line.strip()]
        for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]

    def build() -> bytes:
        story: list[Any] = []
        for n, lines in enumerate(pages):
            if n:
                story.append(PageBreak())
            story += [Paragraph(letter_pdf.markup(line), style) for line in lines]
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4).build(story)
        return out.getvalue()

    return build
