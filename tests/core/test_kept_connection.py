"""Database.keep_connection: the window's reads share one open connection to the file, which
dispose() closes before the file may be moved aside or restored; the office server and the
command line are left as they were."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import event, select

from msek_desktop.core import backups, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember

pytestmark = pytest.mark.both_databases


def connections_made(db: Database) -> list[object]:
    made: list[object] = []
    event.listen(db.engine, "connect", lambda conn, _record: made.append(conn))
    return made


def read_three_times(db: Database) -> None:
    for _ in range(3):
        with db.read() as session:
            session.scalars(select(StaffMember.id)).all()


def test_reads_share_one_kept_connection(db: Database) -> None:
    if db.on_server:
        engine = db.engine
        db.keep_connection()  # the office server's engine stays as it is
        assert db.engine is engine
        return
    opened_each_time = connections_made(db)
    read_three_times(db)
    assert len(opened_each_time) == 3  # the command line's way: one per session
    db.keep_connection()
    kept = connections_made(db)
    read_three_times(db)
    staff.create_staff(db, {"login": "ewa", "full_name": "Ewa Wiśniewska"})  # writes too
    read_three_times(db)
    assert len(kept) == 1
    assert db.engine.pool.checkedin() == 1  # type: ignore[attr-defined]
    db.dispose()
    assert db.engine.pool.checkedin() == 0  # type: ignore[attr-defined]  # closed
    read_three_times(db)  # and opened again when next read
    assert len(kept) == 2


@pytest.mark.database_file  # moving a file aside and restoring it are the file's
def test_a_kept_connection_lets_a_damaged_file_be_restored(db: Database, tmp_path: Path) -> None:
    path = db.file("test")
    staff.create_staff(db, {"login": "ewa", "full_name": "Ewa Wiśniewska"})
    saved = backups.backup_now(db)
    db.keep_connection()
    read_three_times(db)
    db.dispose()  # as the window does before a restore or a recovery
    shutil.copy(saved, tmp_path / "kept.db")
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)  # damaged
    result = backups.recover(path, saved)
    assert result.moved_aside is not None and result.moved_aside.exists()
    assert [s.login for s in staff.list_staff(db)] == ["ewa"]  # the restored file, reopened
