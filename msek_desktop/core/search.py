"""Search over people, organisations and inquiries, ignoring case and diacritics.

SQLite's unicode61 tokenizer folds é→e but not ł→l, and LIKE/lower() only know ASCII, so text
is folded in Python (casefold, NFKD, combining marks dropped, ł→l ...) before it goes into an
FTS5 table. Queries are folded the same way and every word matches as a prefix: "lodz" finds
"Łódź", "wisn" finds "Wiśniewska". This module and core.db are the only SQLite-aware ones.

Each indexed record is one FTS row whose rowid encodes (kind, id), so updating one record's
entry is a keyed delete + insert. Inquiry entries also carry their contact's and
organisation's names, so they are re-indexed when those change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import Connection, Float, Integer, Select, TextClause, event, select, text
from sqlalchemy.orm import Session, aliased

from msek_desktop.core.models import Contact, Inquiry, Organisation

TABLE = "search_index"
CHUNK = 2000
_EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae", "þ": "th"}
)
_WORD = re.compile(r"\w+")


class Kind(IntEnum):
    INQUIRY = 1
    CONTACT = 2
    ORGANISATION = 3


def fold(value: str) -> str:
    """Lower-case, accent-free form of `value` used on both sides of a search."""
    if value.isascii():  # most e-mails, refs and English words: nothing to unfold
        return value.lower()
    folded = value.casefold().translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(value: str) -> list[str]:
    return _WORD.findall(fold(value))


def match_expression(query: str) -> str | None:
    """An FTS5 expression: every word of `query` as a quoted prefix; None if no words."""
    terms = words(query)
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)


def rowid(kind: Kind, entity_id: int) -> int:
    return entity_id * 4 + int(kind)


def create_index(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def drop_index(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


# -- building entries -------------------------------------------------------------------


def _join(parts: Iterable[Any]) -> str:
    return fold(" ".join(str(p) for p in parts if p))


def _organisation_docs(conn: Connection, ids: Sequence[int] | None) -> list[tuple[int, str]]:
    o = Organisation
    stmt = select(o.id, o.name, o.city, o.country, o.email, o.website, o.postal_code)
    if ids is not None:
        stmt = stmt.where(o.id.in_(ids))
    return [(rowid(Kind.ORGANISATION, r[0]), _join(r[1:])) for r in conn.execute(stmt)]


def _contact_docs(conn: Connection, ids: Sequence[int] | None) -> list[tuple[int, str]]:
    c, o = Contact, Organisation
    stmt = select(
        c.id, c.first_name, c.last_name, c.email, c.phone, c.position, c.city, o.name
    ).outerjoin(o, c.organisation_id == o.id)
    if ids is not None:
        stmt = stmt.where(c.id.in_(ids))
    return [(rowid(Kind.CONTACT, r[0]), _join(r[1:])) for r in conn.execute(stmt)]


def _inquiry_docs(conn: Connection, ids: Sequence[int] | None) -> list[tuple[int, str]]:
    i, c, o = Inquiry, aliased(Contact), aliased(Organisation)
    stmt = (
        select(
            i.id,
            i.ref,
            i.subject,
            i.desired_counterpart,
            c.first_name,
            c.last_name,
            c.email,
            o.name,
            o.city,
            i.message,
        )
        .outerjoin(c, i.contact_id == c.id)
        .outerjoin(o, i.organisation_id == o.id)
    )
    if ids is not None:
        stmt = stmt.where(i.id.in_(ids))
    return [(rowid(Kind.INQUIRY, r[0]), _join(r[1:])) for r in conn.execute(stmt)]


_BUILDERS = {
    Kind.INQUIRY: _inquiry_docs,
    Kind.CONTACT: _contact_docs,
    Kind.ORGANISATION: _organisation_docs,
}


def _write(conn: Connection, kind: Kind, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        conn.exec_driver_sql(
            f"DELETE FROM {TABLE} WHERE rowid IN ({','.join('?' * len(chunk))})",
            tuple(rowid(kind, i) for i in chunk),
        )
        docs = _BUILDERS[kind](conn, chunk)
        if docs:
            conn.exec_driver_sql(f"INSERT INTO {TABLE}(rowid, body) VALUES (?, ?)", docs)


def reindex(
    conn: Connection,
    inquiries: Iterable[int] = (),
    contacts: Iterable[int] = (),
    organisations: Iterable[int] = (),
) -> None:
    """Refresh the entries of these records (and of inquiries showing their names)."""
    inquiry_ids = set(inquiries)
    contact_ids, organisation_ids = set(contacts), set(organisations)
    if contact_ids:
        stmt = select(Inquiry.id).where(Inquiry.contact_id.in_(contact_ids))
        inquiry_ids.update(conn.scalars(stmt))
    if organisation_ids:
        stmt = select(Inquiry.id).where(Inquiry.organisation_id.in_(organisation_ids))
        inquiry_ids.update(conn.scalars(stmt))
        stmt = select(Contact.id).where(Contact.organisation_id.in_(organisation_ids))
        contact_ids.update(conn.scalars(stmt))
    _write(conn, Kind.ORGANISATION, sorted(organisation_ids))
    _write(conn, Kind.CONTACT, sorted(contact_ids))
    _write(conn, Kind.INQUIRY, sorted(inquiry_ids))


def rebuild(conn: Connection) -> None:
    """Drop and rebuild the whole index (after bulk loads and migrations)."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    for builder in _BUILDERS.values():
        docs = builder(conn, None)
        for start in range(0, len(docs), 20_000):
            conn.exec_driver_sql(
                f"INSERT INTO {TABLE}(rowid, body) VALUES (?, ?)", docs[start : start + 20_000]
            )


def _after_flush(session: Session, _context: Any) -> None:
    touched: dict[type, set[int]] = {Inquiry: set(), Contact: set(), Organisation: set()}
    for obj in (*session.new, *session.dirty, *session.deleted):
        ids = touched.get(type(obj))
        if ids is not None and getattr(obj, "id", None) is not None:
            ids.add(obj.id)
    if any(touched.values()):
        reindex(
            session.connection(),
            inquiries=touched[Inquiry],
            contacts=touched[Contact],
            organisations=touched[Organisation],
        )


def keep_index_current(session_class: type[Session] | Any) -> None:
    """Re-index whatever a session of this factory flushes."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)


# -- querying ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    kind: Kind
    id: int
    rank: float


def _matches_sql(kind: Kind) -> TextClause:
    return text(
        f"SELECT (rowid - {int(kind)}) / 4 AS id, rank FROM {TABLE} "
        f"WHERE {TABLE} MATCH :expr AND rowid % 4 = {int(kind)}"
    )


def matching(kind: Kind, query: str) -> Select[Any] | None:
    """A subquery (columns id, rank) of the records of `kind` matching `query`.

    Lower rank is better (FTS5 bm25). None when the query has no words: no filter.
    """
    expr = match_expression(query)
    if expr is None:
        return None
    sql = _matches_sql(kind).bindparams(expr=expr).columns(id=Integer, rank=Float)
    return select(sql.subquery("m"))


def narrowed(
    stmt: Select[Any], kind: Kind, query: str, id_column: Any, *, ranked: bool = True
) -> tuple[Select[Any], Any]:
    """`stmt` narrowed to the records of `kind` (their `id_column`) matching `query`, and the
    rank to order them by; unchanged, and no rank, when the query has no words.

    Unranked, the search is an IN test, so an order by another column can walk its index and
    stop at the page's end instead of sorting every match.
    """
    matches = matching(kind, query)
    if matches is None:
        return stmt, None
    m = matches.subquery()
    if not ranked:
        return stmt.where(id_column.in_(select(m.c.id))), None
    return stmt.join(m, m.c.id == id_column), m.c.rank


def count_matching(session: Session, kind: Kind, query: str) -> int:
    """How many records of `kind` match `query` (0 when it has no words)."""
    expr = match_expression(query)
    if expr is None:
        return 0
    sql = text(
        f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :expr AND rowid % 4 = {int(kind)}"
    )
    return int(session.scalar(sql, {"expr": expr}) or 0)


def search(session: Session, query: str, *, limit: int = 50, offset: int = 0) -> list[Match]:
    """Records of every kind matching `query`, best first, one page at a time."""
    expr = match_expression(query)
    if expr is None:
        return []
    rows = session.execute(
        text(
            f"SELECT rowid, rank FROM {TABLE} WHERE {TABLE} MATCH :expr "
            "ORDER BY rank LIMIT :limit OFFSET :offset"
        ),
        {"expr": expr, "limit": limit, "offset": offset},
    )
    return [Match(Kind(r[0] % 4), r[0] // 4, float(r[1])) for r in rows]
