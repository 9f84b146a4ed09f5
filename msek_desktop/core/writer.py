"""One writer for new inquiries with their people, organisations, follow-ups and timeline
(and the demo's exchanges, with their organisations, fields, items and funding).

The inquiry form (inquiries.create_inquiry), the import and the demo generator all add
records through `Writer`, so a new column is declared once, in core.models:

- ids are taken under the write lock (the highest id + 1; on the office server an advisory
  lock held until the transaction ends), so related rows can point at each
  other before anything is inserted;
- an inquiry's ref comes from its year's counter (ref_counters), which only grows: a ref is
  never given twice, even after the inquiry holding it is deleted;
- what a row does not say takes the column's default from the model (created_at and
  updated_at: one `now` for the whole write; nullable columns: None);
- rows are inserted in bulk, in an order that satisfies the foreign keys: on SQLite each
  table's rows as tuples of stored values in one executemany (core.plain_insert: each row's
  dates and times converted as it is added), on the office server with Core (thousands per
  statement); `finish` saves the counters and refreshes the search index entries of what was
  written (core.search.reindex), unless the caller rebuilds the index itself.

It writes on the connection of the caller's transaction: all or nothing is the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.orm import Session

from msek_desktop.core import db, live, search
from msek_desktop.core.models import (
    Base,
    Contact,
    Exchange,
    ExchangeFunding,
    ExchangeItem,
    FollowUp,
    Inquiry,
    Organisation,
    PartnerProposal,
    RefCounter,
    TimelineEntry,
    exchange_fields,
    exchange_organisations,
    inquiry_fields,
    organisation_fields,
    utcnow,
)
from msek_desktop.core.plain_insert import PlainInsert

CHUNK = 2000  # rows per INSERT statement
BULK = 1000  # rows written at once from which the server's statistics are refreshed
WRITER_LOCK = db.WRITER_LOCK
NOW = object()  # a default filled with the writer's `now`
# insert order: a row is inserted after the rows it points at
_ORDER = (
    Organisation, Contact, Inquiry, FollowUp, PartnerProposal, Exchange, ExchangeItem,
    ExchangeFunding, TimelineEntry,
)  # fmt: skip
# the link tables written with a record's rows: record -> its links
_LINKS: dict[type[Base], tuple[Table, ...]] = {
    Organisation: (organisation_fields,),
    Inquiry: (inquiry_fields,),
    Exchange: (exchange_organisations, exchange_fields),
}


def format_ref(year: int, number: int) -> str:
    return f"{year:04d}-{number:04d}"


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def column_defaults(table: Table) -> tuple[dict[str, Any], frozenset[str]]:
    """What the model gives each column a row leaves out, and the columns a row must give.

    Callable defaults (utcnow) are NOW, the moment of the write; nullable columns without a
    default are None; the primary key is the writer's to give.
    """
    defaults: dict[str, Any] = {}
    required = set()
    for column in table.columns:
        if column.primary_key and column.name == "id":
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            defaults[column.name] = getattr(default, "arg", None)
        elif default is not None and getattr(default, "is_callable", False):
            defaults[column.name] = NOW
        elif column.nullable:
            defaults[column.name] = None
        else:
            required.add(column.name)
    return defaults, frozenset(required)


class _Rows:
    """The rows of one table waiting to be inserted, its defaults and its next id."""

    def __init__(self, table: Table, now: datetime) -> None:
        self.table = table
        defaults, self.required = column_defaults(table)
        self.defaults = {k: now if v is NOW else v for k, v in defaults.items()}
        self.columns = frozenset(c.name for c in table.columns) - {"id"}
        self.names = tuple(c.name for c in table.columns)
        # on SQLite tuples of the values, as stored (core.plain_insert), on the server dicts
        self.pending: list[Any] = []
        self.statement: PlainInsert | None = None  # SQLite's, made at the first row
        self.written: list[int] = []
        self.last_id: int | None = None


class Writer:
    """Adds records in bulk inside the caller's write transaction; see the module's text."""

    def __init__(self, target: Session | Connection, *, now: datetime | None = None) -> None:
        self.conn = target.connection() if isinstance(target, Session) else target
        self._plain = self.conn.dialect.name == "sqlite"  # rows inserted as tuples
        self._statements: dict[tuple[str, tuple[str, ...]], PlainInsert] = {}
        self.now = now or utcnow()
        self._tables: dict[type[Base], _Rows] = {m: _Rows(_table(m), self.now) for m in _ORDER}
        # (record id, linked id): every link table's two columns, in that order
        self._links: dict[Table, list[tuple[int, int]]] = {
            t: [] for links in _LINKS.values() for t in links
        }
        self._counters: dict[int, int] = {}
        self._stored_years: set[int] = set()
        self._counted = False
        self._authors: set[int] = set()  # staff ids of the timeline entries written
        db.hold_writer_lock(self.conn)

    def written(self, model: type[Base]) -> list[int]:
        """The ids of the `model` records added, in order."""
        return self._tables[model].written

    # -- records ------------------------------------------------------------------------

    def organisation(self, fields: Iterable[int] = (), **values: Any) -> int:
        org_id = self._add(self._tables[Organisation], values)
        self._link(organisation_fields, org_id, fields)
        return org_id

    def contact(self, **values: Any) -> int:
        return self._add(self._tables[Contact], values)

    def inquiry(self, fields: Iterable[int] = (), **values: Any) -> tuple[int, str]:
        """A new inquiry, with the next ref of its year of receipt; returns (id, ref)."""
        values["ref"] = ref = self.next_ref(values["received_on"].year)
        inquiry_id = self._add(self._tables[Inquiry], values)
        self._link(inquiry_fields, inquiry_id, fields)
        return inquiry_id, ref

    def follow_up(self, **values: Any) -> int:
        return self._add(self._tables[FollowUp], values)

    def partner_proposal(self, **values: Any) -> int:
        """An organisation proposed as an inquiry's partner (its timeline entries apart)."""
        return self._add(self._tables[PartnerProposal], values)

    def exchange(
        self, organisations: Iterable[int] = (), fields: Iterable[int] = (), **values: Any
    ) -> int:
        """An exchange with its organisations and fields (its items and funding apart)."""
        exchange_id = self._add(self._tables[Exchange], values)
        self._link(exchange_organisations, exchange_id, organisations)
        self._link(exchange_fields, exchange_id, fields)
        return exchange_id

    def exchange_item(self, **values: Any) -> int:
        return self._add(self._tables[ExchangeItem], values)

    def exchange_funding(self, **values: Any) -> int:
        return self._add(self._tables[ExchangeFunding], values)

    def entry(self, kind: str, staff_id: int | None, **values: Any) -> int:
        """A timeline entry about the inquiry, contact or organisation named in `values`."""
        values["kind"], values["staff_id"] = kind, staff_id
        if staff_id is not None:
            self._authors.add(staff_id)
        return self._add(self._tables[TimelineEntry], values)

    def entries(self, rows: Iterable[dict[str, Any]]) -> None:
        """Timeline entries, each a dict of what `entry` takes (kind and staff_id among
        them), added in order without a call each (the demo's million); the dicts are the
        writer's afterwards."""
        table = self._tables[TimelineEntry]
        for values in rows:
            staff_id = values.get("staff_id")
            if staff_id is not None:
                self._authors.add(staff_id)
            self._add(table, values)

    def many(
        self, model: type[Base], names: tuple[str, ...], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Records of `model`, each a tuple of the values of `names` (the other columns take
        their defaults), added in order without a call each (the demo's million timeline
        entries); their ids are the next ones (`written`). ValueError for a column unknown
        or missing."""
        table = self._tables[model]
        if model is TimelineEntry and "staff_id" in names:
            authors = set(map(itemgetter(names.index("staff_id")), rows))
            authors.discard(None)
            self._authors |= authors
        if not self._plain:
            for row in rows:
                self._add(table, dict(zip(names, row, strict=True)))
            return
        try:
            convert = self._statement(table).converter(names)
        except ValueError as error:
            raise ValueError(f"{table.table.name}: {error}") from None
        first = self._last_id(table)
        table.pending += convert(rows, first)
        table.last_id = first + len(rows)
        table.written += range(first + 1, table.last_id + 1)

    def next_id(self, model: type[Base]) -> int:
        """The id of the next `model` record added (`many` gives the next ones in order)."""
        return self._last_id(self._tables[model]) + 1

    def links(self, table: Table, rows: Iterable[tuple[int, int]]) -> None:
        """Links (record id, linked id) of `table` (one of _LINKS') of records added by
        `many`, inserted after them."""
        self._links[table].extend(rows)

    def _last_id(self, rows: _Rows) -> int:
        if rows.last_id is None:
            rows.last_id = int(self.conn.scalar(select(func.max(rows.table.c.id))) or 0)
        return rows.last_id

    def _statement(self, rows: _Rows) -> PlainInsert:
        if rows.statement is None:
            rows.statement = PlainInsert(self.conn.dialect, rows.table, rows.names, rows.defaults)
        return rows.statement

    def _add(self, rows: _Rows, values: dict[str, Any]) -> int:
        """Add the row `values`: every column but the id, those with a default if need be
        (on SQLite checked as its tuple is made: a column unknown or missing fails it)."""
        if rows.last_id is None:  # (and for the type checker: an int below)
            rows.last_id = self._last_id(rows)
        if self._plain and "id" not in values:  # the defaults filled in as the tuple is made
            statement = self._statement(rows)
            values["id"] = rows.last_id + 1
            try:
                rows.pending.append(statement.converted(values))
            except KeyError:
                del values["id"]
                raise ValueError(_mismatch(rows, values.keys(), values)) from None
        else:
            if not (values.keys() <= rows.columns and rows.required <= values.keys()):
                raise ValueError(_mismatch(rows, values.keys(), values))
            values["id"] = rows.last_id + 1
            rows.pending.append({**rows.defaults, **values})
        rows.last_id += 1
        rows.written.append(rows.last_id)
        return rows.last_id

    def _link(self, table: Table, owner: int, linked: Iterable[int]) -> None:
        self._links[table].extend([(owner, other) for other in dict.fromkeys(linked)])

    # -- refs ---------------------------------------------------------------------------

    def next_ref(self, year: int) -> str:
        """The next free ref of `year`: its counter + 1 (the counter is saved by `finish`)."""
        if not self._counted:
            stored = self.conn.execute(select(RefCounter.year, RefCounter.last_number))
            self._counters = {int(y): int(n) for y, n in stored}
            self._stored_years = set(self._counters)
            self._counted = True
        if year not in self._counters:
            self._counters[year] = self._highest_ref(year)
        self._counters[year] += 1
        return format_ref(year, self._counters[year])

    def _highest_ref(self, year: int) -> int:
        """A year without a counter (a database from before counters): its highest ref."""
        prefix = f"{year:04d}-"
        refs = self.conn.scalars(select(Inquiry.ref).where(Inquiry.ref.startswith(prefix)))
        return max((int(r[len(prefix) :]) for r in refs), default=0)

    # -- writing ------------------------------------------------------------------------

    def flush(self) -> None:
        """Insert the rows added so far (memory stays bounded for big writes)."""
        for model, rows in self._tables.items():
            if rows.statement is not None:
                rows.statement.execute(self.conn, rows.pending, converted=True)
            else:
                self._insert(rows.table, rows.pending)
            rows.pending = []
            for links in _LINKS.get(model, ()):
                self._insert_links(links, self._links[links])
                self._links[links] = []

    def _insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert dict `rows` (on SQLite as tuples, core.plain_insert)."""
        if not rows:
            return
        if not self._plain:
            for start in range(0, len(rows), CHUNK):
                self.conn.execute(insert(table), rows[start : start + CHUNK])
            return
        statement = _plain_insert(self._statements, self.conn, table, tuple(rows[0]))
        statement.execute(self.conn, statement.tuples(rows))

    def _insert_links(self, table: Table, rows: list[tuple[int, int]]) -> None:
        """Insert link `rows`, (record id, linked id) as the table's two columns."""
        names = tuple(c.name for c in table.columns)
        if not rows or not self._plain:
            self._insert(table, [dict(zip(names, row, strict=True)) for row in rows])
            return
        _plain_insert(self._statements, self.conn, table, names).execute(self.conn, rows)

    def finish(self, *, reindex: bool = True) -> None:
        """Insert what is left, save the ref counters, refresh the search index entries."""
        self.flush()
        db.catch_up_ids(self.conn, [r.table.name for r in self._tables.values() if r.written])
        table = _table(RefCounter)
        for year in sorted(self._stored_years):
            self.conn.execute(
                update(table).where(table.c.year == year).values(last_number=self._counters[year])
            )
        new = [
            {"year": y, "last_number": n}
            for y, n in sorted(self._counters.items())
            if y not in self._stored_years
        ]
        if new:
            self.conn.execute(insert(table), new)
        self._stored_years.update(y for y in self._counters)
        written = {r.table.name: r.written for r in self._tables.values() if r.written}
        live.announce(self.conn, written, self._authors)  # other desks hear of it on commit
        if reindex:
            search.reindex(
                self.conn,
                inquiries=self.written(Inquiry),
                contacts=self.written(Contact),
                organisations=self.written(Organisation),
            )
        if sum(map(len, written.values())) >= BULK:
            db.refresh_statistics(self.conn, [*written, "search_index"])


def _mismatch(rows: _Rows, keys: Iterable[str], values: Mapping[str, Any]) -> str:
    unknown = sorted(set(keys) - rows.columns)
    missing = sorted(rows.required - set(values))
    return f"{rows.table.name}: unknown columns {unknown}, missing columns {missing}"


def _plain_insert(
    made: dict[tuple[str, tuple[str, ...]], PlainInsert],
    conn: Connection,
    table: Table,
    names: tuple[str, ...],
) -> PlainInsert:
    """The insert of `names` into `table` on SQLite, made once (kept in `made`)."""
    statement = made.get((table.name, names))
    if statement is None:
        statement = made[(table.name, names)] = PlainInsert(conn.dialect, table, names)
    return statement
