"""`msek move-to`: an SQLite office database copied into an EMPTY database on the office
server (core.copying does the copy and its checks).

Empty means no tables at all, or only the MSEK schema holding nothing but what its migrations
put there (the built-in fields): what `msek init` or `msek server setup` leave. The schema
comes from the usual migrations, run in the same transaction as the copy (PostgreSQL changes
tables transactionally), so a copy refused at any point leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, func, inspect, select

from msek_desktop.core import db, errors, migrations, search, server
from msek_desktop.core.copying import Progress, TableCheck, blame, copy_into, revision, snapshot
from msek_desktop.core.copying import tables as copied_tables
from msek_desktop.core.models import Field
from msek_desktop.core.server import ServerAddress


def _nothing(_done: int, _total: int) -> None:
    pass


def holds(conn: Connection) -> list[str]:
    """What keeps the office server's database of `conn` from being empty, as phrases
    ("12 rows in inquiries", "tables of another program: x"); [] for an empty one (no tables,
    or the MSEK schema holding only what the migrations put there)."""
    names = set(inspect(conn).get_table_names())
    if not names:
        return []
    ours = {t.name for t in copied_tables()} | {migrations.VERSION_TABLE, search.TABLE}
    foreign = sorted(names - ours)
    if foreign or migrations.VERSION_TABLE not in names:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        return [f"tables of another program ({shown or 'without a schema revision'})"]
    found = []
    for table in copied_tables():
        if table.name in names:
            stmt = select(func.count()).select_from(table)
            if table.name == Field.__tablename__:  # the built-in fields come with the schema
                stmt = stmt.where(table.c.builtin.is_(False))
            if rows := int(conn.scalar(stmt) or 0):
                found.append(f"{rows} row{'s' if rows > 1 else ''} in {table.name}")
    return found


def _migrate_in(conn: Connection, at: ServerAddress) -> None:
    """The usual migrations, brought to head inside `conn`'s transaction (PostgreSQL alters
    tables transactionally: a copy that fails later leaves the database as empty as it was)."""
    current = revision(conn)
    if current is not None and not migrations.is_known(current):
        raise errors.DatabaseError(
            f"{at} was made by a newer version of MSEK Desktop (schema revision {current!r}); "
            "update the program."
        )
    cfg = migrations.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def move_to(
    source: Engine, source_at: Path, address: ServerAddress, *, progress: Progress = _nothing
) -> list[TableCheck]:
    """`msek move-to`: copy the SQLite database of `source` into the EMPTY office database
    `address` (no tables, or only the MSEK schema and what its migrations put there),
    migrated to head in the same transaction; refused with one line, nothing written, when it
    holds anything. Returns the tables' checks (row counts and checksums equal on both)."""
    engine = server.make_engine(address)
    try:
        with blame(address), engine.connect() as target, target.begin():
            db.hold_writer_lock(target)  # two moves at once: one waits, then finds data
            found = holds(target)
            if found:
                raise errors.DatabaseError(
                    f"The office database {address} is not empty ({'; '.join(found[:3])}): "
                    "move-to copies only into an empty database; nothing was written."
                )
            _migrate_in(target, address)
            with snapshot(source) as src:
                checks = copy_into(
                    src, target, source_at=source_at, target_at=address, progress=progress
                )
        with blame(address):
            _grant_after_migration(engine)
    finally:
        engine.dispose()
    return checks


def _grant_after_migration(engine: Engine) -> None:
    """What the migrations made, granted to the staff's groups (core.roles, where the
    office server's logins are set up; nothing on a database without them)."""
    from msek_desktop.core import roles  # the server's logins: psycopg, only when needed

    roles.grant_after_migration(engine)
