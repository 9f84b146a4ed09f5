"""Bulk inserts on SQLite by value tuples: what core.writer's executemany sends to sqlite3.

SQLAlchemy's executemany builds every row's parameters from its dict (a mapping of each
bound name, then each value through its type's bind processor): for the demo's million rows
that took about as long as SQLite's own writing. Here a table's INSERT is compiled once for
its columns, the rows are tuples in the statement's order, and each column that has a bind
processor (on SQLite: dates and times to text, yes/no to 0/1, JSON) has its values converted
column by column with that very processor, so the stored values are those SQLAlchemy would
have stored. Naive datetimes and dates, most of them, are formatted by isoformat(), which
gives the same text as SQLite's processor when probing shows it does (checked once per
column; tests/core/test_writer.py compares whole tables written both ways).

The writer hands rows over one dict at a time (`converted`): for the demo's two million rows
the work around each value counted, so each statement has one function, written for its
columns when the statement is made, that reads a row's values in order and converts those
that need it (the isoformat() test inline, no call per value). Rows handed over as tuples
of some columns' values (Writer.many: the demo's million timeline entries) are converted by
one such function for all of them, a loop without a call a row, the other columns' defaults
converted once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.engine import Dialect

Convert = Callable[[Any], Any]
# tuple rows of some columns' values and the id before the first's -> the stored tuples
RowsConverter = Callable[[Iterable[Sequence[Any]], int], list[tuple[Any, ...]]]

# moments whose text both ways are compared before isoformat() stands in for a processor
_PROBES = (
    datetime(2025, 6, 1, 9, 30, 5, 7),
    datetime(987, 12, 31, 23, 59, 59),
    datetime(2025, 1, 1),
)


def _shortcut(process: Convert) -> str:
    """ "moment" when isoformat(" ", "microseconds") gives `process`'s text for a naive
    datetime, "day" when isoformat() does for a date, else ""."""
    try:
        if all(process(p) == p.isoformat(" ", "microseconds") for p in _PROBES):
            return "moment"
        if all(process(p.date()) == p.date().isoformat() for p in _PROBES):
            return "day"
    except Exception:  # a processor for other values (yes/no, JSON ...) refusing a date
        return ""
    return ""


def _quick(process: Convert) -> Convert:
    """`process`, or a quicker equivalent for naive datetimes or for dates."""
    shortcut = _shortcut(process)
    if shortcut == "moment":

        def moment(value: Any) -> Any:
            if type(value) is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return process(value)

        return moment
    if shortcut == "day":

        def day(value: Any) -> Any:
            return value.isoformat() if type(value) is date else process(value)

        return day
    return process


# A naive moment's column in a row converter: isoformat(" ", "microseconds") (see _quick); a
# moment on the minute (the demo's all are) as its day's text, made once a day, and its
# minute's, made once, which is the same text in a third of the time.
_MOMENT = """
    v{n} = {value}
    if v{n}.__class__ is _datetime and v{n}.tzinfo is None:
        if v{n}.second or v{n}.microsecond:
            v{n} = v{n}.isoformat(" ", "microseconds")
        else:
            day = v{n}.toordinal()
            v{n} = (_days.get(day) or _day(day)) + _minutes[v{n}.hour * 60 + v{n}.minute]
    else:
        v{n} = _p{n}(v{n})"""
_DAY = """
    v{n} = {value}
    v{n} = v{n}.isoformat() if v{n}.__class__ is _date else _p{n}(v{n})"""
_OTHER = """
    v{n} = _p{n}({value})"""
_PLAIN = """
    v{n} = {value}"""
_MINUTES = tuple(f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60))


def _scope() -> dict[str, Any]:
    """What a generated converter's code refers to (see _MOMENT), its day texts its own."""
    days: dict[int, str] = {}  # ordinal -> "YYYY-MM-DD"

    def day(ordinal: int) -> str:
        text = days[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    return {"_datetime": datetime, "_date": date, "_days": days, "_day": day, "_minutes": _MINUTES}


def _template(scope: dict[str, Any], n: int, process: Convert | None) -> str:
    """The code of value v{n} (_PLAIN, _OTHER, _DAY or _MOMENT), its process put in `scope`."""
    if process is None:
        return _PLAIN
    scope[f"_p{n}"] = process
    shortcut = _shortcut(process)
    return _MOMENT if shortcut == "moment" else _DAY if shortcut == "day" else _OTHER


def _row_converter(
    names: Sequence[str], processes: Mapping[str, Convert], defaults: Mapping[str, Any]
) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function of a dict row giving the tuple of its values of `names` (`defaults`' value
    for a column it leaves out), each through its process (if it has one), isoformat()
    standing in for it where it may (see _quick and _MOMENT). KeyError for a row lacking a
    column without a default or holding one not among `names`."""
    scope = _scope()
    # the row with the defaults it leaves out (one merge is quicker than a get a column); a
    # column not among `names` makes it longer (a column missing fails as it is read)
    lines = ["\n    row = {**_defaults, **row}"] if defaults else []
    lines.append(f"\n    if len(row) != {len(names)}:\n        raise KeyError(len(row))")
    scope["_defaults"] = dict(defaults)
    for n, name in enumerate(names):
        template = _template(scope, n, processes.get(name))
        lines.append(template.format(n=n, value=f"row[{name!r}]"))
    returned = ", ".join(f"v{n}" for n in range(len(names)))
    exec(f"def converted(row):{''.join(lines)}\n    return ({returned},)\n", scope)
    converted: Callable[[Mapping[str, Any]], tuple[Any, ...]] = scope["converted"]
    return converted


def _rows_converter(
    names: Sequence[str],
    given: Sequence[str],
    processes: Mapping[str, Convert],
    defaults: Mapping[str, Any],
) -> RowsConverter:
    """A function of tuple rows, the values of `given` in that order, and the id before the
    first row's, giving their tuples of `names`: the id counted on, each given value through
    its process as in _row_converter, the other columns `defaults`' values (converted once).
    One loop for all the rows, no call a row; ValueError for a row of another length."""
    scope = _scope()
    position = {name: n for n, name in enumerate(names)}
    lines = [f"\n    {', '.join(f'v{position[name]}' for name in given)}, = row"]
    values = []
    for n, name in enumerate(names):
        process = processes.get(name)
        if name == "id":
            values.append("last")
        elif name in given:
            values.append(f"v{n}")
            if process is not None:
                lines.append(_template(scope, n, process).format(n=n, value=f"v{n}"))
        else:  # the same value in every row
            scope[f"_c{n}"] = defaults[name] if process is None else process(defaults[name])
            values.append(f"_c{n}")
    body = "".join(lines).replace("\n", "\n    ")  # inside the loop
    exec(
        "def converted(rows, last):\n    out = []\n    append = out.append\n    for row in rows:"
        f"\n        last += 1{body}\n        append(({', '.join(values)},))\n    return out\n",
        scope,
    )
    converted: RowsConverter = scope["converted"]
    return converted


class PlainInsert:
    """One table's INSERT of the columns `names` (in the table's order), by tuples."""

    def __init__(
        self,
        dialect: Dialect,
        table: Table,
        names: Sequence[str],
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        columns = [c for c in table.columns if c.name in names]
        if len(columns) != len(names):
            unknown = sorted(set(names) - {c.name for c in columns})
            raise ValueError(f"{table.name}: unknown columns {unknown}")
        self.names = tuple(c.name for c in columns)
        compiled = insert(table).compile(dialect=dialect, column_keys=list(self.names))
        order = tuple(compiled.binds[name].key for name in compiled.positiontup or ())
        if order != self.names:
            raise ValueError(f"{table.name}: the statement's columns are {order}")
        self.sql = compiled.string
        self.convert: list[tuple[int, str, Convert]] = []
        processes: dict[str, Convert] = {}
        for n, column in enumerate(columns):
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.convert.append((n, column.name, _quick(process)))
                processes[column.name] = process
        self._get = itemgetter(*self.names)
        # one dict row (every column of `names`, or of them without `defaults`) as its tuple,
        # its values converted already (execute(..., converted=True)): no list of the whole
        # columns to turn around, no dict of the row with its defaults
        self.converted: Callable[[Mapping[str, Any]], tuple[Any, ...]] = _row_converter(
            self.names, processes, defaults or {}
        )
        self._processes, self._defaults = processes, dict(defaults or {})
        self._many: dict[tuple[str, ...], RowsConverter] = {}

    def converter(self, given: tuple[str, ...]) -> RowsConverter:
        """The converter of tuple rows of the values of `given` (see _rows_converter), made
        once; ValueError for a column not among `names` or left out without a default."""
        found = self._many.get(given)
        if found is None:
            unknown = sorted({*given} - {*self.names} | {"id"} & {*given})
            missing = sorted({*self.names} - {*given} - {*self._defaults} - {"id"})
            if unknown or missing or len({*given}) != len(given):
                raise ValueError(f"unknown columns {unknown}, missing columns {missing}")
            found = _rows_converter(self.names, given, self._processes, self._defaults)
            self._many[given] = found
        return found

    def tuples(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """The values of dict `rows` (each with every column of `names`) as tuples."""
        if len(self.names) == 1:
            return [(self._get(row),) for row in rows]
        return [self._get(row) for row in rows]

    def execute(
        self, conn: Connection, rows: list[tuple[Any, ...]], *, converted: bool = False
    ) -> None:
        """Insert `rows` (tuples in the order of `names`, their values `converted` or not)
        with one executemany."""
        if not rows:
            return
        if self.convert and not converted:
            values = list(zip(*rows, strict=True))  # column by column
            for n, _name, process in self.convert:
                values[n] = tuple(map(process, values[n]))
            rows = list(zip(*values, strict=True))
        conn.exec_driver_sql(self.sql, rows)
