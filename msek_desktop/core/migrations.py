"""Alembic, configured in code: the schema is brought to head at start and by `msek init`.

On SQLite, foreign keys are switched off around a migration (a batch ALTER recreates a parent
table, and with foreign keys on that would cascade-delete its children) and checked after it.
PostgreSQL alters tables in place and enforces foreign keys throughout: the same revisions run
there as they are, in one transaction.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from msek_desktop.core import db, errors
from msek_desktop.paths import migrations_path

VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`, foreign keys off meanwhile, checked after."""
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
