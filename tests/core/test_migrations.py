"""Alembic migrations: the schema they build is the models', and upgrading keeps every row."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from msek_desktop.core import contacts, errors, fields, inquiries, migrations, organisations
from msek_desktop.core import db as msek_db
from msek_desktop.core.db import Database, make_engine
from msek_desktop.core.models import Base
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import BUILTIN_FIELDS

T0 = "2025-05-01 09:30:00.000000"


def include_object(obj: Any, name: str, type_: str, reflected: bool, compare_to: Any) -> bool:
    """The same filter as db/env.py: the search index belongs to core.search, not the models."""
    return not (type_ == "table" and name.startswith("search_"))


@pytest.fixture
def engine_at_0001(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "old.db")
    migrations.upgrade(engine, "0001")
    yield engine
    engine.dispose()


def raw(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection, as another tool (or an old program version) would use."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every office table (not the version table, not the search index)."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1, 2').fetchall() for n in names}
    finally:
        conn.close()


def fill_old_database(path: Path) -> None:
    """Rows of every kind, written with raw SQL against the 0001 schema."""
    conn = raw(path)
    stamps = f"1, '{T0}', '{T0}'"
    statements = [
        "INSERT INTO staff_members (id, login, full_name, title_fr, title_pl, title_en, email,"
        " phone, active, version, created_at, updated_at) VALUES (1, 'anna', 'Anna Kowalska',"
        " 'Chargée de mission', 'Koordynatorka', 'Coordinator', 'anna@example.org', '',"
        f" 1, {stamps})",
        "INSERT INTO organisations (id, name, kind, side, address, postal_code, city, country,"
        " website, email, phone, description, version, created_at, updated_at, deleted_at)"
        " VALUES (1, 'Łódź Filharmonia im. Artura Rubinsteina', 'cultural', 'katowice',"
        " 'ul. Narutowicza 20/22', '90-135', 'Łódź', 'PL', 'https://filharmonia.lodz.pl', '',"
        f" '', 'Orkiestra', {stamps}, NULL)",
        "INSERT INTO organisations (id, name, kind, side, address, postal_code, city, country,"
        " website, email, phone, description, version, created_at, updated_at, deleted_at)"
        " VALUES (2, 'Cité du design', 'cultural', 'saint_etienne', '3 rue Javelin Pagnon',"
        f" '42000', 'Saint-Étienne', 'FR', '', '', '', '', {stamps}, NULL)",
        "INSERT INTO organisation_fields (organisation_id, field_id)"
        " SELECT 1, id FROM fields WHERE code = 'music'",
        "INSERT INTO contacts (id, honorific, first_name, last_name, organisation_id, position,"
        " email, phone, language, side, city, notes, version, created_at, updated_at,"
        " deleted_at) VALUES (1, 'ms', 'Ewa', 'Wiśniewska', 1, 'Dyrektorka', 'ewa@example.pl',"
        f" '+48 32 123 45 67', 'pl', 'katowice', 'Łódź', '', {stamps}, NULL)",
        "INSERT INTO inquiries (id, ref, received_on, channel, kind, contact_id,"
        " organisation_id, side, subject, message, desired_counterpart, letter_language, stage,"
        " lost_reason, lost_note, priority, assignee_id, closed_on, version, created_at,"
        " updated_at, deleted_at) VALUES (1, '2024-0007', '2024-10-02', 'email', 'project', 1,"
        " 1, 'katowice', 'Warsztaty żółć i błękit', 'Prosimy o kontakt', 'conservatoire', 'pl',"
        f" 'matching', NULL, '', 'high', 1, NULL, {stamps}, NULL)",
        "INSERT INTO inquiry_fields (inquiry_id, field_id)"
        " SELECT 1, id FROM fields WHERE code IN ('music', 'design')",
        "INSERT INTO follow_ups (id, inquiry_id, assignee_id, due_on, action, description,"
        " done_at, outcome, version, created_at, updated_at) VALUES (1, 1, 1, '2024-10-09',"
        f" 'call', 'Zadzwonić', NULL, '', {stamps})",
        "INSERT INTO timeline_entries (id, at, staff_id, inquiry_id, contact_id,"
        " organisation_id, kind, field, old_value, new_value, note) VALUES (1, "
        f"'{T0}', 1, 1, NULL, NULL, 'created', '', '', '2024-0007', '')",
        "INSERT INTO timeline_entries (id, at, staff_id, inquiry_id, contact_id,"
        " organisation_id, kind, field, old_value, new_value, note) VALUES (2, "
        f"'{T0}', 1, 1, NULL, NULL, 'stage', 'stage', 'new', 'matching', '')",
        "INSERT INTO settings (key, value, version, created_at, updated_at) VALUES"
        f" ('letterhead.name', '\"MSEK\"', {stamps})",
    ]
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


# --- schema -------------------------------------------------------------------------------


def test_migrated_schema_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    tables = msek_db.inspect_file(db.path)
    assert set(Base.metadata.tables) <= tables
    assert {"alembic_version", "search_index"} <= tables


def test_schema_comparison_would_see_a_difference(db: Database) -> None:
    """The comparison above is not blind: drop an index and it is reported."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_contacts_email")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert [d[0] for d in diff] == ["add_index"]


def test_fresh_database_is_at_head(db: Database) -> None:
    head = migrations.head_revision()
    assert migrations.current_revision(db.engine) == head
    assert migrations.is_known(head)
    assert migrations.is_known("0001")
    assert not migrations.is_known("ffff")


def test_builtin_fields_are_seeded(db: Database) -> None:
    rows = fields.list_fields(db)
    codes = [f.code for f in rows]
    assert len(codes) == 15
    assert {"music", "design", "film", "education", "social_health"} <= set(codes)
    assert codes == [c for c, *_ in BUILTIN_FIELDS]
    assert all(f.builtin for f in rows)
    music = next(f for f in rows if f.code == "music")
    assert (music.name_fr, music.name_pl, music.name_en) == ("Musique", "Muzyka", "Music")


def test_migration_snapshot_of_fields_matches_the_vocabulary(db: Database) -> None:
    names = {f.code: (f.name_fr, f.name_pl, f.name_en) for f in fields.list_fields(db)}
    assert names == {c: (fr, pl, en) for c, fr, pl, en in BUILTIN_FIELDS}


# --- upgrading ----------------------------------------------------------------------------


def test_upgrade_stops_at_the_revision_asked(engine_at_0001: Engine) -> None:
    assert migrations.current_revision(engine_at_0001) == "0001"
    path = Path(engine_at_0001.url.database or "")
    tables = msek_db.inspect_file(path)
    assert "inquiries" in tables
    assert "search_index" not in tables


def test_upgrade_from_0001_keeps_every_row_and_indexes_them(engine_at_0001: Engine) -> None:
    path = Path(engine_at_0001.url.database or "")
    fill_old_database(path)
    before = snapshot(path)
    assert sum(len(rows) for rows in before.values()) >= 15 + 12

    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        after = snapshot(path)
        assert after.pop("partner_proposals") == []  # 0004's new table
        assert after.pop("documents") == []  # 0005's new table
        for table in (  # 0006's new tables
            "exchanges", "exchange_organisations", "exchange_fields", "exchange_items",
            "exchange_funding", "year_highlights",
        ):  # fmt: skip
            assert after.pop(table) == []
        for table in ("audit_entries", "erasures", "merges"):  # 0009's new tables
            assert after.pop(table) == []
        # 0009: people gain a legal basis (their own request) and no refusals; inquiries an
        # anonymised mark, empty
        assert after.pop("contacts") == [
            (*r, "own_request", 0, 0, 0) for r in before.pop("contacts")
        ]
        assert after.pop("inquiries") == [(*r, None) for r in before.pop("inquiries")]
        orgs_before, orgs_after = before.pop("organisations"), after.pop("organisations")
        assert after == before
        # 0004: every column kept but the one description, now in its side's language
        assert [r[:11] + r[12:16] for r in orgs_before] == [r[:15] for r in orgs_after]
        conn = raw(path)
        try:
            moved = conn.execute(
                "SELECT id, description_fr, description_pl, description_en, active, capacity"
                " FROM organisations ORDER BY id"
            ).fetchall()
        finally:
            conn.close()
        assert moved == [(1, "", "Orkiestra", "", 1, None), (2, "", "", "", 1, None)]

        orgs = organisations.find_organisations(database, "lodz")
        assert [o.name for o in orgs] == ["Łódź Filharmonia im. Artura Rubinsteina"]
        assert orgs[0].fields == ("music",)
        people = contacts.find_contacts(database, "wisniewska")
        assert [(p.id, p.organisation_name) for p in people] == [
            (1, "Łódź Filharmonia im. Artura Rubinsteina")
        ]
        found = inquiries.list_inquiries(database, inquiries.InquiryFilter(search="zolc blekit"))
        assert [i.ref for i in found] == ["2024-0007"]
        row = found[0]
        assert (row.assignee, row.next_followup, row.fields) == (
            "anna",
            date(2024, 10, 9),
            ("design", "music"),
        )
        assert [o.name for o in organisations.find_organisations(database, "design")] == [
            "Cité du design"
        ]
        detail = inquiries.get_by_ref(database, "2024-0007")
        assert [t.kind for t in detail.timeline] == ["created", "stage"]
    finally:
        database.dispose()


def test_refs_continue_after_the_highest_migrated_one(engine_at_0001: Engine) -> None:
    path = Path(engine_at_0001.url.database or "")
    fill_old_database(path)
    database = open_database(path)
    try:
        new = inquiries.create_inquiry(
            database, {"subject": "Nowe", "contact_id": 1, "received_on": date(2024, 11, 5)}
        )
        assert new.ref == "2024-0008"
    finally:
        database.dispose()


def test_foreign_keys_are_on_after_a_migration(tmp_path: Path) -> None:
    """upgrade() switches them off on its connection; it must switch them back on."""
    engine = create_engine(
        f"sqlite+pysqlite:///{tmp_path / 'one.db'}",
        poolclass=StaticPool,  # one connection for all: what upgrade() leaves is what we see
    )
    event.listen(engine, "connect", msek_db._on_connect)
    event.listen(engine, "begin", msek_db._on_begin)
    try:
        migrations.upgrade(engine, "0001")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        migrations.upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migrations.current_revision(engine) == migrations.head_revision()
    finally:
        engine.dispose()


def test_foreign_keys_are_off_while_migrating(tmp_path: Path) -> None:
    """DESIGN.md: foreign keys OFF around a migration. SQLite ignores PRAGMA foreign_keys
    inside a transaction, so it must be switched before the migration's transaction begins."""
    engine = make_engine(tmp_path / "t.db")
    seen: list[tuple[str, int]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _watch(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("CREATE TABLE", "CREATE VIRTUAL TABLE")):
            value = conn.connection.dbapi_connection.execute("PRAGMA foreign_keys").fetchone()
            seen.append((statement.split("(")[0].strip(), value[0]))

    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()
    assert len(seen) >= 10
    assert [s for s in seen if s[1] != 0] == []


PARENT_REBUILD = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # The kind of change render_as_batch makes: copy the table, drop it, rename the copy.
    with op.batch_alter_table("organisations", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("organisations", recreate="always") as batch_op:
        batch_op.drop_column("note")
"""


@pytest.mark.parametrize("with_contact", [False, True], ids=["fields-only", "with-contact"])
def test_a_later_batch_migration_of_a_parent_table_keeps_the_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_contact: bool
) -> None:
    """The accident DESIGN.md tells of: recreating a parent table with foreign keys on
    cascade-deletes its children (or fails). A future migration must keep every row."""
    scripts = tmp_path / "scripts"
    shutil.copytree(
        migrations.migrations_path(), scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    head = migrations.head_revision()
    (scripts / "versions" / "9001_rebuild_organisations.py").write_text(
        PARENT_REBUILD.replace("{head}", head)
    )
    path = tmp_path / "t.db"
    database = open_database(path, create=True)
    org = organisations.create_organisation(
        database, {"name": "Filharmonia Śląska", "side": "katowice", "fields": ["music"]}
    )
    if with_contact:
        contacts.create_contact(
            database, {"last_name": "Nowak", "side": "katowice", "organisation_id": org.id}
        )
    database.dispose()
    before = snapshot(path)
    assert before["organisation_fields"] and before["timeline_entries"]

    monkeypatch.setattr(migrations, "migrations_path", lambda: scripts)
    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == "9001"
    finally:
        database.dispose()
    after = snapshot(path)
    assert after["organisations"] == [(*row, None) for row in before["organisations"]]
    for table in before:
        if table != "organisations":
            assert after[table] == before[table], table


def test_foreign_keys_are_on_in_the_opened_database(engine_at_0001: Engine) -> None:
    path = Path(engine_at_0001.url.database or "")
    fill_old_database(path)
    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(errors.ValidationError):
            contacts.create_contact(
                database, {"last_name": "Orphan", "side": "katowice", "organisation_id": 999}
            )
    finally:
        database.dispose()


def test_rows_pointing_nowhere_are_reported_after_upgrading(engine_at_0001: Engine) -> None:
    path = Path(engine_at_0001.url.database or "")
    conn = sqlite3.connect(path, isolation_level=None)  # foreign keys off, as in old tools
    conn.execute(
        "INSERT INTO contacts (honorific, first_name, last_name, organisation_id, position,"
        " email, phone, language, side, city, notes, version, created_at, updated_at)"
        f" VALUES ('none', '', 'Orphan', 42, '', '', '', 'en', 'other', '', '', 1, '{T0}',"
        f" '{T0}')"
    )
    conn.close()
    with pytest.raises(errors.DatabaseDamagedError, match="refer to missing rows"):
        open_database(path)
