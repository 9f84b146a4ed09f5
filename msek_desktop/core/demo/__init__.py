"""Reproducible demo data: an office with two years of inquiries, for trying and measuring.

`generate` fills an empty database with staff, organisations on both sides (the known ones
with full matching profiles and descriptions in three languages), the people who wrote, their
inquiries at every stage, follow-ups (some overdue, some due today, some to come), the
partners proposed for them with how far each went, and the timeline. The same (inquiries,
seed, today) always gives the same rows: everything comes from random.Random(seed) (profiles
and proposals from a second one made from the seed) and every date and time from `today`,
never the clock.

Its parts: common (drawing numbers and moments), data (word lists and texts), profiles (the
known organisations' matching profiles), generated (the generated ones'), people (the
organisations and the people who write), plan (when the inquiries come, from whom, how far
they got), inquiries (their writer), proposals (the partners proposed), exchanges (what the
agreed, running and completed inquiries gave, from a third random.Random made from the
seed). Records are added through core.writer: Core bulk
inserts in one transaction (100,000 inquiries take seconds, not minutes); the search index is
rebuilt at the end. It refuses a database that already holds inquiries, people or
organisations: demo data must never mix with the office's real records.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, Table, insert, select

from msek_desktop.core import collector, search
from msek_desktop.core.db import Database
from msek_desktop.core.demo.activities import _Activities
from msek_desktop.core.demo.common import _at, _Ids
from msek_desktop.core.demo.data import _KNOWN_ORGS, _STAFF
from msek_desktop.core.demo.exchanges import write_exchanges
from msek_desktop.core.demo.inquiries import _InquiryWriter
from msek_desktop.core.demo.people import (
    _organisations,
    _people,
    _write_organisations,
    _write_people,
)
from msek_desktop.core.demo.plan import _plan
from msek_desktop.core.demo.proposals import _Proposer
from msek_desktop.core.errors import UserError
from msek_desktop.core.models import (
    Base,
    Contact,
    Field,
    Inquiry,
    Organisation,
    StaffMember,
)
from msek_desktop.core.writer import Writer

__all__ = ["KNOWN_NAMES", "DemoSummary", "generate"]


Progress = Callable[[int, int], None]


# The organisations every demo holds, whatever its size (the partner ranking's evaluation set,
# tests/core/partner_cases.py, is written about them); generated ones come after them.
KNOWN_NAMES: tuple[str, ...] = tuple(org[0] for org in _KNOWN_ORGS)


NOT_EMPTY = "The database already holds data; demo data goes only into an empty database."


CHUNK = 5000  # inquiries generated and written per round (bounds memory, paces progress)


@dataclass(frozen=True)
class DemoSummary:
    """How many records the demo added (staff: only those it created)."""

    staff: int
    organisations: int
    contacts: int
    inquiries: int
    follow_ups: int
    partner_proposals: int = 0
    exchanges: int = 0


def generate(
    db: Database,
    *,
    inquiries: int = 500,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with reproducible demo data; refuses one holding records.

    `progress(done, total)` is called every few thousand records; the last call has
    done == total.
    """
    if inquiries < 0:
        raise UserError("The number of demo inquiries cannot be negative.")
    today = today or date.today()
    rng = random.Random(seed)
    n_orgs = len(KNOWN_NAMES) + max(10, round(inquiries / 25))
    n_contacts = max(30, inquiries // 2)
    index_units = inquiries // 4 + 1
    total = n_orgs + n_contacts + inquiries + index_units
    report: Progress = progress or (lambda _done, _total: None)

    with collector.paused(), db.write() as session, _page_cache(session.connection()) as conn:
        _refuse_if_not_empty(conn)
        ids, staff_added = _staff(conn, today)
        prng = random.Random(f"profiles and proposals {seed}")  # apart from the main draws
        orgs = _organisations(rng, n_orgs, prng)
        people = _people(rng, orgs, n_contacts)
        plan = _plan(rng, people, inquiries, today)
        out = Writer(conn)
        rebuilt = _indexes_aside(conn)
        _write_organisations(out, rng, orgs, ids, today)
        report(n_orgs, total)
        _write_people(out, rng, people, today)
        report(n_orgs + n_contacts, total)
        proposer = _Proposer(out, prng, orgs, today)
        writer = _InquiryWriter(out, rng, ids, people, today, proposer, _Activities(seed))
        for start in range(0, inquiries, CHUNK):
            writer.write(plan, start, min(start + CHUNK, inquiries))
            report(n_orgs + n_contacts + min(start + CHUNK, inquiries), total)
        exchanges = write_exchanges(out, conn, seed, today, writer.reached)
        writer.finish()
        for sql in rebuilt:
            conn.exec_driver_sql(sql)
        search.rebuild(conn)
    report(total, total)
    return DemoSummary(
        staff=staff_added,
        organisations=n_orgs,
        contacts=n_contacts,
        inquiries=inquiries,
        follow_ups=writer.follow_ups,
        partner_proposals=proposer.proposals,
        exchanges=exchanges,
    )


CACHE_KB = 65536  # SQLite's page cache while the demo writes (its default: 2,000 kB)


@contextmanager
def _page_cache(conn: Connection) -> Iterator[Connection]:
    """On SQLite, a bigger page cache for the connection while the demo writes: its indexes,
    made again at the end over a million rows, are sorted in memory, and fewer pages of the
    growing tables go to the journal and come back before the commit (about 0.4 s of CPU at
    100,000 inquiries); the connection's own size again after."""
    if conn.dialect.name != "sqlite":
        yield conn
        return
    kept = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KB}")
    try:
        yield conn
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {kept}")


def _refuse_if_not_empty(conn: Connection) -> None:
    for model in (Inquiry, Contact, Organisation):
        if conn.scalar(select(model.id).limit(1)) is not None:
            raise UserError(NOT_EMPTY)


def _indexes_aside(conn: Connection) -> list[str]:
    """On SQLite, the data tables' own indexes dropped while the demo's rows are inserted
    (an index made over a million rows at once takes a fraction of keeping it as each is
    inserted); returns the statements that make them again, the same, before the
    transaction ends. Unique ones (constraints) stay. On the office server: nothing."""
    if conn.dialect.name != "sqlite":
        return []
    names = ", ".join(f"'{t}'" for t in _FILLED)
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({names}) AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid"
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]


# the tables the demo fills with thousands of rows
_FILLED = (
    "organisations", "organisation_fields", "contacts", "inquiries", "inquiry_fields",
    "follow_ups", "partner_proposals", "timeline_entries", "exchanges", "exchange_items",
    "exchange_funding", "exchange_organisations", "exchange_fields",
)  # fmt: skip


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _staff(conn: Connection, today: date) -> tuple[_Ids, int]:
    table = _table(StaffMember)
    existing = {login for (login,) in conn.execute(select(table.c.login))}
    since = _at(today - timedelta(days=3 * 365), 60)
    rows = [
        {"login": login, "full_name": name, "title_fr": fr, "title_pl": pl, "title_en": en,
         "email": email, "phone": phone, "active": True, "version": 1,
         "created_at": since, "updated_at": since}
        for login, name, fr, pl, en, email, phone in _STAFF
        if login not in existing
    ]  # fmt: skip
    if rows:
        conn.execute(insert(table), rows)
    staff = conn.execute(
        select(table.c.id, table.c.login).where(table.c.active.is_(True)).order_by(table.c.id)
    ).all()
    fields = {code: fid for fid, code in conn.execute(select(Field.id, Field.code))}
    ids = _Ids(
        staff=[s.id for s in staff],
        staff_login={s.id: s.login for s in staff},
        fields=fields,
    )
    return ids, len(rows)
