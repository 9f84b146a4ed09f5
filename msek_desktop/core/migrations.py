"""Alembic, configured in code: the schema is brought to head at start and by `msek init`.

On SQLite, foreign keys are switched off around a migration (a batch ALTER recreates a parent
table, and with foreign keys on that would cascade-delete its children) and checked after it.
PostgreSQL alters tables in place and enforces foreign keys throughout: the same revisions run
there as they are, in one transaction.

Alembic itself (and the scripts in db/versions) is imported only to migrate: opening a
database already at HEAD_REVISION reads its alembic_version row with plain SQL and compares it
with that constant (a test checks it is the scripts' head), which saves every command and the
window about 0.1 s of imports.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import TYPE_CHECKING

from msek_desktop.core import errors
from msek_desktop.paths import migrations_path

if TYPE_CHECKING:  # SQLAlchemy loads when a function needs it, not to read HEAD_REVISION
    from alembic.config import Config
    from sqlalchemy import Engine

VERSION_TABLE = "alembic_version"
# The newest revision in db/versions. A new migration moves it (tests/core/test_migrations_head
# fails until it does; meanwhile head_revision() finds the newer script and asks Alembic).
HEAD_REVISION = "0010"
# db/versions/2026_12_07_0009_people_data.py holds revision "0009"
_SCRIPT_NAME = re.compile(r"^\d{4}_\d{2}_\d{2}_(\d{4})_\w+\.py$")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


def head_revision() -> str:
    """The schema revision this version of the program brings a database to: HEAD_REVISION,
    unless db/versions holds a script numbered after it or named otherwise (a migration
    added without moving the constant), when Alembic reads the scripts' head."""
    return _head_of(str(migrations_path()))


@cache
def _head_of(folder: str) -> str:
    try:
        names = [n for n in os.listdir(os.path.join(folder, "versions")) if n.endswith(".py")]
    except OSError:
        names = []
    found = [_SCRIPT_NAME.match(name) for name in names]
    numbers = [m[1] for m in found if m is not None]
    if len(numbers) == len(found) and max(numbers, default=HEAD_REVISION) <= HEAD_REVISION:
        return HEAD_REVISION
    head = scripts_head()
    assert head is not None
    return head


def scripts_head() -> str | None:
    """The head revision of the migration scripts themselves, read by Alembic."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_known(revision: str) -> bool:
    """Whether `revision` is one of the migration scripts' (not one of a newer program)."""
    if revision == head_revision():
        return True
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database's alembic_version table; None without the table
    (a new database). More than one row is Alembic's business (branches): it is asked then."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
        if len(rows) <= 1:
            return rows[0] if rows else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`, foreign keys off meanwhile, checked after."""
    from alembic import command

    from msek_desktop.core import db

    cfg = alembic_config()
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return
    with engine.execution_options(msek_write=True).connect() as conn:
        db.set_foreign_keys(conn, on=False)
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
            violations = db.foreign_key_violations(conn)
            conn.rollback()
        finally:
            if conn.in_transaction():
                conn.rollback()
            db.set_foreign_keys(conn, on=True)
    if violations:
        raise errors.DatabaseDamagedError(
            f"After upgrading the database, {len(violations)} rows refer to missing rows "
            f"(first: table {violations[0][0]})."
        )


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to `revision` (tests: every migration runs both ways)."""
    from alembic import command

    from msek_desktop.core import db

    cfg = alembic_config()
    with engine.execution_options(msek_write=True).connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            db.set_foreign_keys(conn, on=False)
        try:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
            conn.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()
            if sqlite:
                db.set_foreign_keys(conn, on=True)
