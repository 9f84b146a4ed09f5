"""A small hand-made office for the activity report of 2026 (made on TODAY, the year over),
with the answers counted by hand in ANSWERS: what the report must print."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from msek_desktop.core import highlights, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.models import Exchange, Field, Inquiry, Organisation, TimelineEntry

TODAY = date(2027, 1, 20)
YEAR = 2026
D = date

# name: (received_on, stage, side, kind, lost_reason, fields, in the bin)
INQUIRIES: dict[str, tuple[Any, ...]] = {
    "a1": (D(2026, 1, 12), "new", "katowice", "information", None, ("music",), False),
    "a2": (D(2026, 2, 3), "qualifying", "katowice", "project", None, ("music", "design"), False),
    "a3": (D(2026, 3, 15), "proposal_sent", "saint_etienne", "project", None, ("design",), False),
    "a4": (D(2026, 4, 1), "agreed", "saint_etienne", "accompaniment", None, ("music",), False),
    "a5": (D(2026, 5, 20), "completed", "katowice", "project", None, ("music",), False),
    "a6": (D(2026, 6, 1), "lost", "saint_etienne", "information", "no_answer", (), False),
    "a7": (D(2026, 9, 9), "lost", "katowice", "information", "no_counterpart", (), False),
    "a8": (D(2026, 11, 30), "running", "other", "project", None, ("design",), False),
    "a9": (D(2026, 7, 7), "new", "katowice", "information", None, (), True),  # in the bin
    "b1": (D(2025, 3, 3), "completed", "katowice", "project", None, ("music",), False),
    "b2": (D(2025, 6, 20), "lost", "katowice", "information", "withdrawn", (), False),
    "b3": (D(2025, 10, 10), "new", "saint_etienne", "information", None, (), False),
    "c1": (D(2024, 12, 31), "new", "katowice", "information", None, (), False),
}  # fmt: skip

# first answers: a1 3 days, a2 0, a3 10, a5 1 (median 2.0 of 4); b1 4 days (median 4.0 of 1)
ENTRIES = [
    ("a1", "note", datetime(2026, 1, 13, 9)),
    ("a1", "call", datetime(2026, 1, 15, 10)),
    ("a2", "letter", datetime(2026, 2, 3, 9)),
    ("a3", "email", datetime(2026, 3, 25, 16)),
    ("a5", "call", datetime(2026, 5, 21, 8)),
    ("b1", "call", datetime(2025, 3, 7, 8)),
]

ORGANISATIONS = {
    "massenet": ("Conservatoire Massenet", "saint_etienne"),
    "cite": ("Cité du design", "saint_etienne"),
    "zywiec": ("Szkoła Muzyczna w Żywcu", "katowice"),
    "asp": ("Akademia Sztuk Pięknych w Katowicach", "katowice"),
    "wien": ("Kunsthalle Wien", "other"),
}

TITLES = {
    "x1": "Chœur « Polifonia » à Saint-Étienne",
    "x2": "Rezydencja artystów: Łódź & Saint-Étienne <b>",
    "x3": "Staż w Cité du design",
    "x4": "Visite annulée",
    "x5": "Wizyta w koszu",
    "x6": "Wizyta nauczycieli z Żywca",
}

# name: (status, kind, starts_on, ends_on, planned (se, kt), actual (se, kt), bin, organisations)
EXCHANGES: dict[str, tuple[Any, ...]] = {
    "x1": ("completed", "concert", D(2026, 5, 12), D(2026, 5, 18), (0, 24), (2, 22), False,
           ("massenet", "zywiec")),
    "x2": ("completed", "residency", D(2026, 9, 1), D(2026, 9, 30), (3, 3), (None, None), False,
           ("cite", "asp", "wien")),
    "x3": ("running", "internship", D(2026, 11, 15), D(2027, 2, 15), (0, 2), (0, 2), False,
           ("cite", "asp")),
    "x4": ("cancelled", "visit", D(2026, 4, 1), None, (10, 10), (None, None), False,
           ("massenet",)),
    "x5": ("planned", "visit", D(2026, 10, 1), None, (1, 1), (None, None), True, ("asp",)),
    "x6": ("completed", "visit", D(2025, 5, 10), D(2025, 5, 12), (None, None), (3, 3), False,
           ("zywiec", "massenet")),
}  # fmt: skip

HIGHLIGHTS = {
    "fr": "Le chœur « Polifonia » a chanté à Saint-Étienne.\n\nÀ suivre : <i>résidences</i> & co.",
    "pl": "Rok chóru „Polifonia” – zażółć gęślą jaźń.\n\nŁódź, Żywiec & <b>Katowice</b>.",
}

# What the report of 2026 prints: (2026, 2025) per figure
ANSWERS = {
    "new_inquiries": (8, 3),
    "exchanges": (3, 1),
    "participants_saint_etienne": (5, 3),
    "participants_katowice": (27, 3),
    "participants_total": (32, 6),
    "median_answer": (2.0, 4.0),
    "answered": (4, 1),
    "by_side": {"saint_etienne": (3, 1), "katowice": (4, 2), "other": (1, 0)},
    "by_field": {"music": (4, 1), "design": (3, 0)},
    "lost_reasons": {"no_answer": (1, 0), "withdrawn": (0, 1), "other": (0, 0)},
}
LISTED = ("x1", "x2", "x3")  # by start; x4 cancelled, x5 in the bin, x6 the year before


def fill(db: Database) -> None:
    """The office above, and its highlights in French and Polish (none in English)."""
    org_ids = {
        key: organisations.create_organisation(db, {"name": name, "side": side}).id
        for key, (name, side) in ORGANISATIONS.items()
    }
    with db.write() as session:
        fields = {f.code: f for f in session.scalars(select(Field))}
        ids: dict[str, int] = {}
        for n, (name, values) in enumerate(INQUIRIES.items(), 1):
            received, stage, side, kind, reason, codes, binned = values
            inquiry = Inquiry(
                ref=f"{received.year}-{n:04d}", received_on=received, stage=stage, side=side,
                kind=kind, lost_reason=reason, subject=name,
                deleted_at=datetime(2026, 12, 1) if binned else None,
            )  # fmt: skip
            inquiry.fields = [fields[c] for c in codes]
            session.add(inquiry)
            session.flush()
            ids[name] = inquiry.id
        for name, kind, at in ENTRIES:
            session.add(TimelineEntry(inquiry_id=ids[name], kind=kind, at=at))
        for name, values in EXCHANGES.items():
            status, kind, starts, ends, planned, actual, binned, orgs = values
            exchange = Exchange(
                title=TITLES[name], status=status, kind=kind, starts_on=starts, ends_on=ends,
                planned_saint_etienne=planned[0], planned_katowice=planned[1],
                actual_saint_etienne=actual[0], actual_katowice=actual[1],
                cancel_reason="funding" if status == "cancelled" else None,
                deleted_at=datetime(2026, 12, 1) if binned else None,
            )  # fmt: skip
            exchange.organisations = [session.get(Organisation, org_ids[o]) for o in orgs]
            session.add(exchange)
    for language, text in HIGHLIGHTS.items():
        highlights.save_highlights(db, YEAR, language, text, expected_version=0, today=TODAY)
