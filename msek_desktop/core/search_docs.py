"""The search index's documents (core.search): what each kind of record's is made of, and
all of them made at once for a rebuild.

A document is the record's text columns (an inquiry's with its contact's and organisation's
names), those not empty joined by spaces, folded (core.folding). A rebuild reads them, on
SQLite, as the driver gives them: no row goes through SQLAlchemy's processing. (Folding a
batch of documents as one text, NUL between them, gives the same documents but takes longer:
nearly every demo document holds a letter beyond ASCII, and NFKD over one long text costs more
than over its parts.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import aliased

from msek_desktop.core.folding import fold
from msek_desktop.core.models import Contact, Inquiry, Organisation

BATCH = 20_000  # documents read, folded and inserted at a time by a rebuild


def organisation_select() -> Select[*tuple[Any, ...]]:
    o = Organisation
    return select(o.id, o.name, o.city, o.country, o.email, o.website, o.postal_code)


def contact_select() -> Select[*tuple[Any, ...]]:
    c, o = Contact, Organisation
    return select(
        c.id, c.first_name, c.last_name, c.email, c.phone, c.position, c.city, o.name
    ).outerjoin(o, c.organisation_id == o.id)


def inquiry_select() -> Select[*tuple[Any, ...]]:
    i, c, o = Inquiry, aliased(Contact), aliased(Organisation)
    return (
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


def every_row(conn: Connection, stmt: Select[*tuple[Any, ...]]) -> Iterator[Sequence[Any]]:
    """The statement's rows, BATCH at a time. On SQLite read as the driver gives them, on a
    cursor of their own: the columns are ids and text, which SQLAlchemy's processing of each
    row would leave as they are (its values, ids, written into the SQL)."""
    if conn.dialect.name != "sqlite":
        result = conn.execute(stmt)
        while batch := result.fetchmany(BATCH):
            yield batch
        return
    cursor = conn.connection.cursor()
    try:
        literal = {"literal_binds": True}
        cursor.execute(str(stmt.compile(dialect=conn.dialect, compile_kwargs=literal)))
        while rows := cursor.fetchmany(BATCH):
            yield rows
    finally:
        cursor.close()


def made_from(stmt: Select[*tuple[Any, ...]], first: int) -> Select[*tuple[Any, ...]]:
    """The documents' statement `stmt` narrowed to the records from id `first` on, by id."""
    key = stmt.selected_columns[0]
    return stmt.where(key >= first).order_by(key)


def whole_docs(kind: int, rows: Sequence[Any]) -> list[tuple[int, str]]:
    """(rowid, document) of these rows (id, then the document's parts, all text) of `kind`
    (core.search.Kind: rowid = id * 4 + kind), the same as core.search makes one at a time."""
    return [(r[0] * 4 + kind, fold(" ".join(filter(None, r[1:])))) for r in rows]
