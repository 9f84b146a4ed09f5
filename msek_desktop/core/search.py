"""Search over people, organisations and inquiries, ignoring case and diacritics.

SQLite's unicode61 tokenizer folds é→e but not ł→l, and LIKE/lower() only know ASCII, so text
is folded in Python (casefold, NFKD, combining marks dropped, ł→l ...) before it goes into an
FTS5 table. Queries are folded the same way and every word matches as a prefix: "lodz" finds
"Łódź", "wisn" finds "Wiśniewska". This module, core.search_sql (its SQL for each database)
and core.db are the only SQLite-aware ones.

Each indexed record is one FTS row whose rowid encodes (kind, id), so updating one record's
entry is a keyed delete + insert. Inquiry entries also carry their contact's and
organisation's names, so they are re-indexed when those change.

On PostgreSQL (the office server) the same folded documents, under the same rowids, go into
an ordinary table whose `words` column is a tsvector of the document's words ('simple'
configuration: no stemming, no stop words) with a GIN index; a query is every folded word as
a prefix (`lodz:* & wisn:*`). Queries are written once, with two constructs compiled for each
database (search_sql: Matches, Rank).

The ranking is the same on both databases, so both list the same records in the same order.
A record matches when every word of the query begins one of its words. Best first: the
records where more of the query's words are whole words ("nowak" lists Nowak before
Nowakowska); then those whose text the query's words cover more of (each word's occurrences,
as written, over the length of the record's folded text: "Jazz jazz jazz" before a long text
saying "jazz" once); records equal on both keep the list's own order (inquiries newest first,
people and organisations by name; `search` the latest added, the highest rowid, first). Both
are counted in SQL from what both databases hold alike: the folded text (`body`), and the
whole-word test (on SQLite one FTS5 lookup of each word, a set read once per query; on
PostgreSQL the tsvector tested against the word without its prefix mark).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    MetaData,
    Select,
    String,
    Table,
    Text,
    bindparam,
    delete,
    event,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from msek_desktop.core import folding, search_docs, search_sql
from msek_desktop.core.models import Contact, Inquiry, Organisation
from msek_desktop.core.search_sql import Matches, Rank, Terms, Word

TABLE = search_sql.TABLE

CHUNK = 2000
fold = folding.fold  # the search's folding (core.folding)
_EXTRA_FOLDS = folding.EXTRA_FOLDS  # core.partners.words replaces these letters too
_WORD = re.compile(r"\w+")


class Kind(IntEnum):
    INQUIRY = 1
    CONTACT = 2
    ORGANISATION = 3


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


def _on_server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


# The FTS5 table's options: the postings of every word's first two letters kept apart as well
# (`prefix = '2'`), so that the broadest query typed ("sa": 100,000 matches at 100,000
# inquiries) reads one list instead of merging every word's (30% slower without). Revision
# 0002 had `prefix = '2 3'`: 16 MB more at 100,000 inquiries (38 MB against 54 for the index's
# own part) for three letters, whose words are few (12 three-letter queries: 85 ms against 74).
# The folded text is kept in the table (not contentless, content=''): the ranking reads it, and
# without it an entry could not be deleted on SQLite before 3.43 (contentless_delete).
FTS5_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2'"


def create_index(conn: Connection, options: str = FTS5_OPTIONS) -> None:
    """Create the index (empty); on SQLite an FTS5 table with these `options` (a migration
    passes those of its revision: a file's schema is checked against its revision's)."""
    if _on_server(conn):
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {TABLE} "
            "(rowid BIGINT PRIMARY KEY, body TEXT NOT NULL, words TSVECTOR NOT NULL)"
        )
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {TABLE}_words ON {TABLE} USING gin (words)"
        )
        return
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(body, {options})")


def remake_index(conn: Connection, options: str = FTS5_OPTIONS) -> None:
    """Make the SQLite index again with `options`, holding the same documents (a migration's
    step: the documents are not built again, so the index finds what it found). The
    server's is left as it is."""
    if _on_server(conn):
        return
    conn.exec_driver_sql(f"CREATE TEMP TABLE search_kept AS SELECT rowid AS id, body FROM {TABLE}")
    drop_index(conn)
    create_index(conn, options)
    conn.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, body) SELECT id, body FROM temp.search_kept ORDER BY id"
    )
    conn.exec_driver_sql("DROP TABLE temp.search_kept")
    # its segments merged into one: a query reads one b-tree
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def drop_index(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


# The index as SQLAlchemy sees it, for queries (its own metadata: no model, no migration of
# its own; core.search creates it). On SQLite `rowid` is the FTS5 table's own.
_INDEX = Table(
    TABLE, MetaData(), Column("rowid", BigInteger, primary_key=True), Column("body", Text)
)
_SERVER_INSERT = text(
    f"INSERT INTO {TABLE} (rowid, body, words) "
    "VALUES (:rowid, :body, to_tsvector('simple', :words))"
)


def insert_docs(conn: Connection, docs: list[tuple[int, str]]) -> None:
    """Add documents (rowid, folded text) none of which is in the index yet."""
    if not docs:
        return
    if _on_server(conn):
        rows = [{"rowid": r, "body": b, "words": " ".join(_WORD.findall(b))} for r, b in docs]
        conn.execute(_SERVER_INSERT, rows)
        return
    conn.exec_driver_sql(f"INSERT INTO {TABLE}(rowid, body) VALUES (?, ?)", docs)


# -- building entries -------------------------------------------------------------------


def _join(parts: Iterable[Any]) -> str:
    return fold(" ".join(str(p) for p in parts if p))


# each kind's statement: the record's id, then the parts of its document (all text columns)
_SELECTS = {
    Kind.INQUIRY: search_docs.inquiry_select,
    Kind.CONTACT: search_docs.contact_select,
    Kind.ORGANISATION: search_docs.organisation_select,
}


def _docs(kind: Kind, conn: Connection, ids: Sequence[int] | None) -> list[tuple[int, str]]:
    """(rowid, document) of these records of `kind`, or of all of them."""
    stmt = _SELECTS[kind]()
    if ids is not None:
        stmt = stmt.where(stmt.selected_columns[0].in_(ids))
    return [(rowid(kind, r[0]), _join(r[1:])) for r in conn.execute(stmt)]


_BUILDERS = {kind: functools.partial(_docs, kind) for kind in _SELECTS}


def _write(conn: Connection, kind: Kind, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        rowids = tuple(rowid(kind, i) for i in chunk)
        if _on_server(conn):
            conn.execute(delete(_INDEX).where(_INDEX.c.rowid.in_(rowids)))
        else:
            conn.exec_driver_sql(
                f"DELETE FROM {TABLE} WHERE rowid IN ({','.join('?' * len(chunk))})", rowids
            )
        insert_docs(conn, _docs(kind, conn, chunk))


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
    for docs in search_docs.every_inquiry_doc(conn):
        insert_docs(conn, docs)
    for kind in (Kind.CONTACT, Kind.ORGANISATION):
        for rows in search_docs.every_row(conn, _SELECTS[kind]()):
            insert_docs(conn, search_docs.whole_docs(kind, rows))


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


def _terms(query: str) -> Any | None:
    """The bound query words of `query`; None when it has none."""
    terms = tuple(words(query))
    return bindparam("terms", terms, type_=Terms()) if terms else None


def _ranking(query: str) -> Rank:
    """The rank of a row for `query`'s words (which it has: _terms is not None)."""
    unique = list(dict.fromkeys(words(query)))
    whole = [bindparam(f"whole_{n}", w, type_=Word()) for n, w in enumerate(unique)]
    written = [bindparam(f"word_{n}", w, type_=String()) for n, w in enumerate(unique)]
    return Rank(*whole, *written)


def shape(query: str) -> int | None:
    """What a statement narrowed for `query` (narrowed, ranked or not) depends on: None when
    it has no words, else the number of its different words (the rank's arguments). Two
    queries of one shape run the same statement, with their own parameters()."""
    found = words(query)
    return len(dict.fromkeys(found)) if found else None


def parameters(query: str) -> dict[str, Any]:
    """The values, by name, of the parameters a statement narrowed for `query` binds (its
    words, and the rank's), so that a statement built for a query of the same shape() runs
    for this one (the inquiries list keeps its statements: building them costs more than
    reading a page)."""
    found = words(query)
    if not found:
        return {}
    out: dict[str, Any] = {"terms": tuple(found)}
    for n, word in enumerate(dict.fromkeys(found)):
        out[f"whole_{n}"] = word
        out[f"word_{n}"] = word
    return out


def narrowed(
    stmt: Select[Any], kind: Kind, query: str, id_column: Any, *, ranked: bool = True
) -> tuple[Select[Any], Any]:
    """`stmt` narrowed to the records of `kind` (their `id_column`) matching `query`, and the
    rank to order them by; unchanged, and no rank, when the query has no words.

    Unranked, the search is an IN test, so an order by another column can walk its index and
    stop at the page's end instead of sorting every match; the record meets the index on its
    rowid (id * 4 + kind, the index's key), which the index is read on for matches of any
    kind: a test of `rowid % 4` is what PostgreSQL's planner cannot estimate (it took the
    80,000 inquiries matching "saint" for 500 and sorted them all for one page: 0.7 s, now
    1 ms). Ranked (few matches: the caller ranks only then), the matches of `kind` are
    joined on their id, which the planner then looks up one by one in the records' key.
    """
    terms = _terms(query)
    if terms is None:
        return stmt, None
    if not ranked:
        key = id_column * 4 + int(kind)
        return stmt.where(key.in_(select(_INDEX.c.rowid).where(Matches(terms)))), None
    index = _INDEX
    m = (
        select(((index.c.rowid - int(kind)) // 4).label("id"), _ranking(query).label("rank"))
        .where(Matches(terms), index.c.rowid % 4 == int(kind))
        .subquery()
    )
    return stmt.join(m, m.c.id == id_column), m.c.rank


def count_matching(
    session: Session | Connection, kind: Kind, query: str, *, at_most: int | None = None
) -> int:
    """How many records of `kind` match `query` (0 when it has no words); with `at_most`,
    counted no further than that: a broad prefix's tens of thousands of matches are not all
    read to learn that there are more than a few thousand (on PostgreSQL each is a row of
    the index's table, read to check its words: 0.1 s for "s" over 100,000 inquiries)."""
    values = parameters(query)
    if not values:
        return 0
    stmt = _counting(kind, at_most is not None)
    found = session.scalar(stmt, {"terms": values["terms"], "at_most": at_most})
    return int(found or 0)


@functools.cache
def _counting(kind: Kind, limited: bool) -> Select[Any]:
    """count_matching's statement, built once: the words and the limit bound ("at_most")."""
    terms = bindparam("terms", type_=Terms())
    found = select(_INDEX.c.rowid).where(Matches(terms), _INDEX.c.rowid % 4 == int(kind))
    if limited:
        found = found.limit(bindparam("at_most", type_=BigInteger()))
    return select(func.count()).select_from(found.subquery())


def search(session: Session, query: str, *, limit: int = 50, offset: int = 0) -> list[Match]:
    """Records of every kind matching `query`, best first (then the latest added: the
    highest rowid), one page at a time."""
    terms = _terms(query)
    if terms is None:
        return []
    rank = _ranking(query)
    stmt = select(_INDEX.c.rowid, rank).where(Matches(terms)).order_by(rank, _INDEX.c.rowid.desc())
    rows = session.execute(stmt.limit(limit).offset(offset))
    return [Match(Kind(r[0] % 4), r[0] // 4, float(r[1])) for r in rows]
