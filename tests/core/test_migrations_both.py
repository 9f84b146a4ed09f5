"""Every migration up and down on both databases (an SQLite file, the office server's
PostgreSQL), and the migrated schema equal to the models on both (autogenerate finds nothing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from msek_desktop.core import migrations, search, server
from msek_desktop.core.db import make_engine
from msek_desktop.core.models import Base

INCLUDE = {
    "include_object": lambda obj, name, type_, reflected, compare_to: (
        not (type_ == "table" and name.startswith("search_"))
    ),
    "compare_type": True,
}  # fmt: skip  (db/env.py's filter: the search index is core.search's)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty database: a new SQLite file, or a new database on the server."""
    if request.param == "sqlite":
        engine = make_engine(tmp_path / "empty.db")
    else:
        make: Callable[..., Any] = request.getfixturevalue("new_server_database")
        engine = server.make_engine(make(empty=True))
    yield engine
    engine.dispose()


def revisions() -> list[str]:
    """The revisions from the first to head."""
    script = ScriptDirectory.from_config(migrations.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def shape(engine: Engine) -> tuple[set[str], set[tuple[str, str | None]]]:
    """The tables and indexes (by table) the database holds."""
    with engine.connect() as conn:
        found = inspect(conn)
        tables = set(found.get_table_names())
        indexes = {(t, i["name"]) for t in tables for i in found.get_indexes(t)}
    return tables, indexes


def differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn, opts=INCLUDE), Base.metadata))


def test_every_migration_runs_up_and_down_and_the_schema_is_the_models(empty: Engine) -> None:
    steps = revisions()
    assert len(steps) >= 3
    before = shape(empty)
    shapes = []
    for revision in steps:
        migrations.upgrade(empty, revision)
        assert migrations.current_revision(empty) == revision
        shapes.append(shape(empty))
    assert differences(empty) == []
    assert set(Base.metadata.tables) | {search.TABLE} <= shapes[-1][0]
    for revision, expected in zip(reversed(steps[:-1]), reversed(shapes[:-1]), strict=True):
        migrations.downgrade(empty, revision)
        assert migrations.current_revision(empty) == revision
        assert shape(empty) == expected
    migrations.downgrade(empty, "base")
    assert migrations.current_revision(empty) is None
    assert shape(empty)[0] - {migrations.VERSION_TABLE} == before[0]
    migrations.upgrade(empty)  # and up again, from nothing
    assert shape(empty) == shapes[-1]
    assert differences(empty) == []


def test_the_comparison_would_see_a_difference(empty: Engine) -> None:
    """Not blind on either database: an index dropped is reported."""
    migrations.upgrade(empty)
    with empty.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_contacts_email")
    assert [d[0] for d in differences(empty)] == ["add_index"]
