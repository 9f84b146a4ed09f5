"""The search's SQL on each database, for core.search (which says the rule): its query words
bound as an FTS5 expression on SQLite or a tsquery on PostgreSQL (the office server), and
the two constructs its queries are written with, compiled for each: a row of the index
matches the words (Matches), and how well (Rank, lower is better). With core.search and
core.db, the only module that knows which database it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Float, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType

TABLE = "search_index"


def _server_word(term: str, prefix: bool) -> str:
    """A folded word as a tsquery: its parts joined by _ follow each other (as in FTS5's
    phrase "ewa_wl", which its tokenizer splits), the last one a prefix when `prefix`."""
    parts = [p for p in term.split("_") if p] or [term]
    return " <-> ".join(parts) + (":*" if prefix else "")


class Terms(TypeDecorator[tuple[str, ...]]):
    """Folded query words, bound as each database's expression of "every word a prefix"."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: tuple[str, ...] | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return " & ".join(f"({_server_word(t, True)})" for t in value)
        return " ".join(f'"{t}"*' for t in value)


class Word(TypeDecorator[str]):
    """One folded query word, bound as each database's expression of "this whole word"."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return _server_word(value, False)
        return f'"{value}"'


class Matches(FunctionElement[bool]):
    """The index's row matches the query words (its one argument). Untyped: a Boolean would
    be compared with 1 on SQLite, and MATCH takes no comparison."""

    type = NullType()  # type: ignore[assignment]
    inherit_cache = True
    name = "msek_matches"


class Rank(FunctionElement[float]):
    """How well the index's row matches the query words (its arguments: see _rank_sql);
    lower is better."""

    type = Float()
    inherit_cache = True
    name = "msek_rank"


@compiles(Matches)
def _matches_fts5(element: Matches, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{TABLE} MATCH {compiler.process(element.clauses, **kw)}"


@compiles(Matches, "postgresql")
def _matches_server(element: Matches, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{TABLE}.words @@ to_tsquery('simple', {compiler.process(element.clauses, **kw)})"


def _rank_sql(
    element: Rank, compiler: SQLCompiler, whole: Callable[[str], str], real: str, **kw: Any
) -> str:
    """-(whole words × (n + 1) + share): the first n arguments are the query's words as
    whole words (Word), the next n the same words as they are written; share is, for each
    word, the part of the record's text its occurrences cover (0 to 1), added up."""
    args = [compiler.process(arg, **kw) for arg in element.clauses]
    n = len(args) // 2
    body = f"{TABLE}.body"
    counted = " + ".join(f"({whole(a)})" for a in args[:n])
    share = " + ".join(
        f"CAST(length({body}) - length(replace({body}, {a}, '')) AS {real}) "
        f"/ NULLIF(length({body}), 0)"
        for a in args[n:]
    )
    return f"-(CAST({counted} AS {real}) * {n + 1} + {share})"


@compiles(Rank)
def _rank_fts5(element: Rank, compiler: SQLCompiler, **kw: Any) -> str:
    def whole(word: str) -> str:
        return f"{TABLE}.rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH {word})"

    return _rank_sql(element, compiler, whole, "REAL", **kw)


@compiles(Rank, "postgresql")
def _rank_server(element: Rank, compiler: SQLCompiler, **kw: Any) -> str:
    def whole(word: str) -> str:
        return f"({TABLE}.words @@ to_tsquery('simple', {word}))::int"

    return _rank_sql(element, compiler, whole, "DOUBLE PRECISION", **kw)
