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
INQUIRY = 1  # core.search.Kind.INQUIRY (rowid = id * 4 + kind), which imports this module


def organisation_select() -> Select[*tuple[Any, ...]]:
    o = Organisation
    return select(o.id, o.name, o.city, o.country, o.email, o.website, o.postal_code)


def contact_select() -> Select[*tuple[Any, ...]]:
    c, o = Contact, Organisation
    return select(
        c.id, c.first_name, c.last_name, c.email, c.phone, c.position, c.city, o.name
    ).outerjoin(o, c.organisation_id == o.id)


def _inquiry_own(i: Any) -> tuple[Any, ...]:
    """An inquiry's own columns its document begins with (its message ends it)."""
    return i.ref, i.subject, i.desired_counterpart


def _person_names(c: Any) -> tuple[Any, ...]:
    """Its contact's columns in an inquiry's document."""
    return c.first_name, c.last_name, c.email


def _place_names(o: Any) -> tuple[Any, ...]:
    """Its organisation's columns in an inquiry's document."""
    return o.name, o.city


def inquiry_select() -> Select[*tuple[Any, ...]]:
    i, c, o = Inquiry, aliased(Contact), aliased(Organisation)
    return (
        select(i.id, *_inquiry_own(i), *_person_names(c), *_place_names(o), i.message)
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


def every_inquiry_doc(conn: Connection) -> Iterator[list[tuple[int, str]]]:
    """(rowid, document) of every inquiry, BATCH at a time: those whole_docs makes of
    inquiry_select's rows. On SQLite each contact's and organisation's names are read and
    folded once, not again with each of their inquiries, and no row is joined to them in SQL
    (0.25 s less of 1.5 at 100,000 demo inquiries). Folding a text part by part, parts joined
    by spaces, gives the text folded whole (core.folding changes each character on its own;
    the marks NFKD might reorder across a space are all removed)."""
    if conn.dialect.name != "sqlite":
        for rows in every_row(conn, inquiry_select()):
            yield whole_docs(INQUIRY, rows)
        return
    people = _folded_names(conn, select(Contact.id, *_person_names(Contact)))
    places = _folded_names(conn, select(Organisation.id, *_place_names(Organisation)))
    i = Inquiry
    stmt = select(i.id, *_inquiry_own(i), i.contact_id, i.organisation_id, i.message)
    for rows in every_row(conn, stmt):
        yield [
            (r[0] * 4 + INQUIRY, _joined((_folded(r[1:4]), people.get(r[4]), places.get(r[5]),
                                         fold(r[6]) if r[6] else None)))
            for r in rows
        ]  # fmt: skip


def _folded(parts: Sequence[Any]) -> str | None:
    """The parts not empty joined by spaces and folded; None when all are empty (a folded
    text may be empty where the text was not: it still takes its place)."""
    text = " ".join(filter(None, parts))
    return fold(text) if text else None


def _joined(parts: Sequence[str | None]) -> str:
    return " ".join([p for p in parts if p is not None])


def _folded_names(conn: Connection, stmt: Select[*tuple[Any, ...]]) -> dict[int, str | None]:
    """Id -> the record's parts (the statement's columns after its id) joined and folded."""
    return {r[0]: _folded(r[1:]) for rows in every_row(conn, stmt) for r in rows}
