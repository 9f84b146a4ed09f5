"""Backups, restore and moving a damaged file aside (issue 5, points 1 and 2)."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from crafted_backups import a_text_file, an_empty_file, another_programs_file, table_digests
from sqlalchemy import text

from msek_desktop.core import backups, demo, errors, migrations
from msek_desktop.core.backups import BackupInfo
from msek_desktop.core.db import Database
from msek_desktop.core.store import move_aside, open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

NOW = datetime(2026, 11, 25, 14, 30, 5)


def journal_mode(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


@pytest.fixture
def office(tmp_path: Path, new_database, database_files: DatabaseFiles) -> Database:
    database = new_database(tmp_path / "office" / "msek.db")
    database_files.build(database, demo.generate, inquiries=60, seed=3, today=date(2026, 11, 1))
    return database


def add_note(database: Database, value: str) -> None:
    with database.write() as s:
        s.execute(text("UPDATE inquiries SET subject = :v WHERE id = 1"), {"v": value})


# -- backing up -----------------------------------------------------------------------------


def test_backup_is_a_verified_single_file_equal_to_the_source(office: Database) -> None:
    path = backups.backup_now(office, now=NOW)
    assert path == office.path.parent / "backups" / "msek-20261125-143005.db"
    assert integrity(path) == ["ok"]
    assert journal_mode(path) == "delete"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no .partial
    source = table_digests(office.path)
    assert source["inquiries"][0] == 60
    assert table_digests(path) == source


def test_two_backups_in_one_second_get_distinct_names(office: Database) -> None:
    first = backups.backup_now(office, now=NOW)
    second = backups.backup_now(office, now=NOW)
    assert second.name == "msek-20261125-143005-2.db"
    assert first.exists() and second.exists()
    assert [b.path for b in backups.list_backups(first.parent)] == [second, first]


def test_backup_to_an_explicit_file_never_overwrites(office: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert backups.backup_now(office, to=target) == target
    assert table_digests(target) == table_digests(office.path)
    before = target.read_bytes()
    with pytest.raises(errors.UserError, match="already exists"):
        backups.backup_now(office, to=target)
    assert target.read_bytes() == before


def test_backup_into_a_missing_folder_is_a_user_error(office: Database, tmp_path: Path) -> None:
    with pytest.raises(errors.UserError, match="does not exist"):
        backups.backup_now(office, to=tmp_path / "nowhere" / "copy.db")


def test_backup_while_another_thread_writes_10000_rows(office: Database) -> None:
    with office.write() as s:
        s.execute(text("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, payload TEXT)"))
    stop = threading.Event()
    written = 0

    def writer() -> None:
        nonlocal written
        conn = sqlite3.connect(office.path, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            while written < 10_000:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO bench_rows (payload) VALUES (?)",
                    [(f"row {written + i} " + "x" * 200,) for i in range(20)],
                )
                conn.execute("COMMIT")
                written += 20
        finally:
            conn.close()
            stop.set()

    thread = threading.Thread(target=writer)
    thread.start()
    taken: list[Path] = []
    while not stop.is_set() or not taken:
        taken.append(backups.backup_now(office, now=NOW))
    thread.join()
    assert written == 10_000
    assert len(taken) >= 2
    for path in taken:
        assert integrity(path) == ["ok"]
        counts = table_digests(path)["bench_rows"][0]
        assert counts % 20 == 0  # whole transactions only
    final = backups.backup_now(office, now=NOW)
    assert table_digests(final)["bench_rows"][0] == 10_000


def test_backup_of_a_damaged_database_keeps_nothing(tmp_path: Path) -> None:
    from msek_desktop.core import snapshots

    path = tmp_path / "t.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,) for _ in range(200)])
    conn.execute("CREATE INDEX t_x ON t (x)")
    conn.commit()
    conn.close()
    raw = bytearray(path.read_bytes())
    # swap two index pages' contents: readable, but integrity_check finds it
    pages = len(raw) // 4096
    a, b = pages - 1, pages - 2
    raw[a * 4096 : (a + 1) * 4096], raw[b * 4096 : (b + 1) * 4096] = (
        raw[b * 4096 : (b + 1) * 4096],
        raw[a * 4096 : (a + 1) * 4096],
    )
    path.write_bytes(bytes(raw))
    target = tmp_path / "out" / "copy.db"
    target.parent.mkdir()
    with pytest.raises(errors.DatabaseError):
        snapshots.backup_to(path, target)
    assert list(target.parent.iterdir()) == []


# -- listing and pruning --------------------------------------------------------------------


def test_list_backups_ignores_other_files(tmp_path: Path) -> None:
    for name in (
        "msek-20260101-120000.db",
        "msek-20260301-080000.db",
        "msek-20260301-080000-2.db",
        "msek-20260301-080000.db.partial",
        "notes.txt",
        "msek-2026-01-01.db",
        "msek-20261399-000000.db",
    ):
        (tmp_path / name).write_bytes(b"x" * 3)
    found = backups.list_backups(tmp_path)
    assert [b.path.name for b in found] == [
        "msek-20260301-080000-2.db",
        "msek-20260301-080000.db",
        "msek-20260101-120000.db",
    ]
    assert found[0].taken_at == datetime(2026, 3, 1, 8, 0) and found[0].size == 3
    assert backups.list_backups(tmp_path / "missing") == []


def expected_kept(stamps: list[datetime], now: datetime) -> set[datetime]:
    """The documented rule, written out plainly."""
    kept = {max(stamps)}
    today = now.date()
    for back in range(7):
        day = today - timedelta(days=back)
        same = [s for s in stamps if s.date() == day]
        if same:
            kept.add(max(same))
    monday = today - timedelta(days=today.weekday())
    for back in range(4):
        start = monday - timedelta(weeks=back)
        same = [s for s in stamps if start <= s.date() < start + timedelta(days=7)]
        if same:
            kept.add(max(same))
    y, m = today.year, today.month
    for _ in range(12):
        same = [s for s in stamps if (s.year, s.month) == (y, m)]
        if same:
            kept.add(max(same))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return kept


def make_series(folder: Path, now: datetime, seed: int) -> list[datetime]:
    rng = random.Random(seed)
    stamps: list[datetime] = []
    for back in range(400):
        day = now - timedelta(days=back)
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            at = day.replace(hour=rng.randrange(8, 19), minute=rng.randrange(60), second=0)
            if at <= now and at not in stamps:
                stamps.append(at)
    for at in stamps:
        (folder / f"msek-{at:%Y%m%d-%H%M%S}.db").write_bytes(b"backup")
    return stamps


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_prune_keeps_exactly_the_documented_set(tmp_path: Path, seed: int) -> None:
    (tmp_path / "keep-me.txt").write_text("not a backup")
    stamps = make_series(tmp_path, NOW, seed)
    expected = expected_kept(stamps, NOW)
    deleted = backups.prune(tmp_path, NOW)
    left = {b.taken_at for b in backups.list_backups(tmp_path)}
    assert left == expected
    assert len(deleted) == len(stamps) - len(expected)
    assert len(expected) <= 7 + 4 + 12
    assert (tmp_path / "keep-me.txt").exists()
    # pruning again changes nothing
    assert backups.prune(tmp_path, NOW) == []


def test_prune_with_one_backup_a_day_for_400_days(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 18, 0)  # a Wednesday
    for back in range(400):
        at = (now - timedelta(days=back)).replace(hour=12)
        (tmp_path / f"msek-{at:%Y%m%d-%H%M%S}.db").write_bytes(b"b")
    backups.prune(tmp_path, now)
    left = sorted(b.taken_at.date() for b in backups.list_backups(tmp_path))
    days = [date(2026, 11, d) for d in range(19, 26)]  # the last 7 days
    sundays = [date(2026, 11, 8), date(2026, 11, 15)]  # ISO weeks Nov 2-8 and Nov 9-15
    month_ends = [date(2025, 12, 31)] + [
        (date(2026, m + 1, 1) - timedelta(days=1)) for m in range(1, 11)
    ]
    assert left == sorted(set(days + sundays + month_ends))


def test_prune_never_deletes_the_newest_even_when_old(tmp_path: Path) -> None:
    (tmp_path / "msek-20200101-000000.db").write_bytes(b"b")
    (tmp_path / "msek-20190101-000000.db").write_bytes(b"b")
    backups.prune(tmp_path, NOW)
    assert [b.path.name for b in backups.list_backups(tmp_path)] == ["msek-20200101-000000.db"]


def test_prune_keeps_backups_from_the_future(tmp_path: Path) -> None:
    names = ["msek-20261201-000000.db", "msek-20261125-100000.db", "msek-20261125-090000.db"]
    for name in names:
        (tmp_path / name).write_bytes(b"b")
    backups.prune(tmp_path, NOW)
    assert [b.path.name for b in backups.list_backups(tmp_path)] == names[:2]


def test_to_keep_of_nothing_is_nothing() -> None:
    assert backups.to_keep([], NOW) == set()
    one = BackupInfo(Path("msek-20000101-000000.db"), datetime(2000, 1, 1), 1)
    assert backups.to_keep([one], NOW) == {one.path}


# -- restoring ------------------------------------------------------------------------------


def test_restore_drill(office: Database) -> None:
    saved = backups.backup_now(office, now=NOW)
    wanted = table_digests(saved)
    add_note(office, "changed after the backup")
    with office.write() as s:
        s.execute(text("DELETE FROM follow_ups"))
    changed = table_digests(office.path)
    assert changed != wanted

    result = backups.restore(office.path, saved, now=NOW + timedelta(minutes=5))

    assert table_digests(office.path) == wanted
    assert result.restored_from == saved
    assert result.moved_aside is None and result.upgraded_from is None
    assert result.safety_backup is not None
    assert result.safety_backup.name == "msek-20261125-143505.db"
    assert table_digests(result.safety_backup) == changed
    # the open Database sees the restored data
    with office.read() as s:
        subject = s.execute(text("SELECT subject FROM inquiries WHERE id = 1")).scalar_one()
    assert subject != "changed after the backup"
    assert integrity(office.path) == ["ok"]


def test_restore_of_an_older_schema_upgrades_it(office: Database, tmp_path: Path) -> None:
    from msek_desktop.core import snapshots

    old = tmp_path / "old.db"
    database = open_database(old, create=True, migrate=False)
    try:
        migrations.upgrade(database.engine, "0001")
    finally:
        database.dispose()
    plain = tmp_path / "old-backup.db"
    snapshots.backup_to(old, plain)
    result = backups.restore(office.path, plain, now=NOW)
    assert result.upgraded_from == "0001"
    check = open_database(office.path, migrate=False)
    try:
        assert migrations.current_revision(check.engine) == migrations.head_revision()
    finally:
        check.dispose()


def a_truncated_backup(tmp_path: Path, office: Database) -> Path:
    good = backups.backup_now(office, to=tmp_path / "good.db")
    p = tmp_path / "truncated.db"
    p.write_bytes(good.read_bytes()[: good.stat().st_size // 2 + 1000])
    return p


BAD = {
    "text file": (a_text_file, errors.NotAnMsekDatabaseError),
    "truncated backup": (a_truncated_backup, errors.DatabaseDamagedError),
    "other program's sqlite": (another_programs_file, errors.NotAnMsekDatabaseError),
    "empty file": (an_empty_file, errors.NotAnMsekDatabaseError),
    "missing file": (lambda tmp, office: tmp / "nope.db", errors.UserError),
}


@pytest.mark.parametrize("bad", list(BAD), ids=list(BAD))
def test_restore_refuses_a_bad_file_and_changes_nothing(
    office: Database, tmp_path: Path, bad: str
) -> None:
    make, error = BAD[bad]
    source = make(tmp_path, office)
    office.dispose()
    live = office.path.read_bytes()
    folder = backups.backup_folder(office.path)
    before = sorted(folder.iterdir()) if folder.exists() else []
    with pytest.raises(error):
        backups.restore(office.path, source, now=NOW)
    assert office.path.read_bytes() == live
    assert (sorted(folder.iterdir()) if folder.exists() else []) == before


def test_restore_refuses_the_database_itself(office: Database) -> None:
    with pytest.raises(errors.UserError, match="itself"):
        backups.restore(office.path, office.path, now=NOW)


def test_restore_moves_a_damaged_database_aside(office: Database) -> None:
    saved = backups.backup_now(office, now=NOW)
    office.dispose()
    raw = bytearray(office.path.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 8192] = bytes(random.Random(5).randbytes(8192))
    office.path.write_bytes(bytes(raw))
    damaged = bytes(raw)

    result = backups.restore(office.path, saved, now=NOW)

    assert result.safety_backup is None
    assert result.moved_aside == office.path.with_name("msek.db.corrupt-20261125-143005")
    assert result.moved_aside.read_bytes() == damaged
    assert table_digests(office.path) == table_digests(saved)


def test_restore_into_a_missing_database_creates_it(office: Database, tmp_path: Path) -> None:
    saved = backups.backup_now(office, now=NOW)
    target = tmp_path / "fresh" / "msek.db"
    target.parent.mkdir()
    result = backups.restore(target, saved, now=NOW)
    assert result.safety_backup is None and result.moved_aside is None
    assert table_digests(target) == table_digests(saved)
    assert journal_mode(target) == "wal"


def test_newest_verified_backup_skips_broken_ones(office: Database) -> None:
    folder = backups.backup_folder(office.path)
    assert backups.newest_verified_backup(folder) is None
    good = backups.backup_now(office, now=NOW)
    newer = folder / "msek-20261125-150000.db"
    newer.write_bytes(good.read_bytes()[:5000])
    newest = folder / "msek-20261125-160000.db"
    newest.write_text("not a database")
    assert backups.newest_verified_backup(folder) == good


# -- moving a damaged file aside ------------------------------------------------------------


def test_move_aside_takes_the_wal_and_shm_along(tmp_path: Path) -> None:
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    path = tmp_path / "msek.db"
    for suffix, content in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        path.with_name(path.name + suffix).write_bytes(content)
    moved = move_aside(path, NOW)
    assert moved == tmp_path / "msek.db.corrupt-20261125-143005"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "msek.db.corrupt-20261125-143005",
        "msek.db.corrupt-20261125-143005-shm",
        "msek.db.corrupt-20261125-143005-wal",
    ]
    assert moved.read_bytes() == b"main"
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal"


def test_move_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "msek.db"
    path.write_bytes(b"first")
    first = move_aside(path, NOW)
    path.write_bytes(b"second")
    path.with_name("msek.db-wal").write_bytes(b"second wal")
    second = move_aside(path, NOW)
    path.write_bytes(b"third")
    # a side file alone taking the next name is enough to skip it
    (tmp_path / "msek.db.corrupt-20261125-143005-3-wal").write_bytes(b"someone's")
    third = move_aside(path, NOW)
    assert [first.name, second.name, third.name] == [
        "msek.db.corrupt-20261125-143005",
        "msek.db.corrupt-20261125-143005-2",
        "msek.db.corrupt-20261125-143005-4",
    ]
    assert (first.read_bytes(), second.read_bytes(), third.read_bytes()) == (
        b"first",
        b"second",
        b"third",
    )
    assert (tmp_path / "msek.db.corrupt-20261125-143005-3-wal").read_bytes() == b"someone's"
    assert not path.exists()


def test_move_aside_of_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseError, match="could not be moved"):
        move_aside(tmp_path / "gone.db", NOW)


# -- recovery at start and automatic backups ------------------------------------------------


def test_recover_moves_a_headerless_file_aside_and_restores(office: Database) -> None:
    saved = backups.backup_now(office, now=NOW)
    wanted = table_digests(saved)
    office.dispose()
    damaged = b"\x00" * 100 + office.path.read_bytes()[100:]
    office.path.write_bytes(damaged)
    with pytest.raises(errors.DatabaseError):
        open_database(office.path)
    folder = backups.backup_folder(office.path)
    assert backups.newest_verified_backup(folder) == saved

    result = backups.recover(office.path, saved, now=NOW)

    assert result.moved_aside == office.path.with_name("msek.db.corrupt-20261125-143005")
    assert result.moved_aside.read_bytes() == damaged
    assert result.safety_backup is None
    assert table_digests(office.path) == wanted
    open_database(office.path).dispose()


def test_recover_with_a_bad_backup_moves_nothing(office: Database, tmp_path: Path) -> None:
    office.dispose()
    before = office.path.read_bytes()
    with pytest.raises(errors.NotAnMsekDatabaseError):
        backups.recover(office.path, a_text_file(tmp_path), now=NOW)
    assert office.path.read_bytes() == before
    assert [p.name for p in office.path.parent.iterdir() if "corrupt" in p.name] == []


def _age(path: Path, seconds: float) -> None:
    for p in (path, path.with_name(path.name + "-wal")):
        if p.exists():
            t = p.stat().st_mtime - seconds
            os.utime(p, (t, t))


def test_backup_if_changed_backs_up_only_after_a_change(office: Database) -> None:
    first = backups.backup_if_changed(office)  # no backup yet
    assert first is not None
    before = table_digests(first)["inquiries"]
    _age(office.path, 5)  # the last write was before the backup
    assert backups.backup_if_changed(office) is None
    add_note(office, "new work")
    later = datetime.now() + timedelta(seconds=1)
    second = backups.backup_if_changed(office, now=later)
    assert second is not None and second != first
    assert table_digests(second)["inquiries"] != before
    assert not first.exists()  # pruned: one backup a day is kept


def test_backup_if_changed_prunes(office: Database) -> None:
    folder = backups.backup_folder(office.path)
    folder.mkdir()
    old = [folder / f"msek-2025{m:02d}15-120000.db" for m in range(1, 13)]
    for p in old:
        p.write_bytes(b"old")
    made = backups.backup_if_changed(office, now=datetime(2026, 11, 25, 12, 0))
    left = {b.path.name for b in backups.list_backups(folder)}
    assert made is not None and made.name in left
    # only December 2025 is among the last 12 months (Dec 2025 - Nov 2026)
    assert left == {made.name, "msek-20251215-120000.db"}


# -- leftovers of killed backups (issue 10, point 12) -----------------------------------------


def test_stale_partial_files_are_removed_at_the_next_backup(office: Database) -> None:
    folder = backups.backup_folder(office.path)
    folder.mkdir()
    stale = [
        folder / "msek-20261101-120000.db.partial",  # an older version's name
        folder / "msek-20261101-120000-2.db.ab12cd_9.partial",
        folder / "msek-restore-x8k2m1qz.db.partial",
        folder / "msek-restore-x8k2m1qz.db.partial-wal",
        folder / "msek-20261101-120000.db.ab12cd_9.partial-journal",
    ]
    fresh = folder / "msek-20261125-143004.db.q1w2e3r4.partial"  # being written right now
    kept = [
        fresh,
        folder / "notes.partial",  # not ours
        folder / "msek-20261101-120000.db",  # a backup
        folder / "msek-old-copy.db.partial",  # not a name we make
    ]
    for p in stale + kept:
        p.write_bytes(b"x" * 100)
    for p in [*stale, *kept[1:]]:
        _age(p, 2 * 3600)
    made = backups.backup_now(office, now=NOW)
    left = {p.name for p in folder.iterdir()}
    assert left == {p.name for p in kept} | {made.name}


def test_a_killed_backup_leaves_a_partial_file_the_next_one_removes(
    office: Database, tmp_path: Path
) -> None:
    """A real backup process killed while copying: its temporary file stays, then goes."""
    import signal
    import subprocess
    import sys
    import time

    folder = backups.backup_folder(office.path)
    folder.mkdir()
    with office.write() as s:  # big enough that the copy takes a moment
        s.execute(text("CREATE TABLE bulk (x TEXT)"))
        s.execute(
            text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                 "INSERT INTO bulk SELECT hex(randomblob(400)) FROM n")
        )  # fmt: skip
    script = (
        "import sys; from pathlib import Path; from msek_desktop.core import snapshots\n"
        "snapshots.backup_to(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    )
    target = folder / "msek-20261125-143005.db"
    for _ in range(20):
        proc = subprocess.Popen([sys.executable, "-c", script, str(office.path), str(target)])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(
            p.name.endswith(".partial") and p.stat().st_size > 0 for p in folder.iterdir()
        ):
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not target.exists():
            break
        target.unlink()
    partials = [p for p in folder.iterdir() if p.name.endswith(".partial")]
    assert len(partials) == 1 and partials[0].name.startswith("msek-20261125-143005.db.")
    assert backups.backup_now(office, now=NOW + timedelta(seconds=1)) is not None
    assert partials[0].exists()  # not stale yet: it could be a backup in progress
    _age(partials[0], 2 * 3600)
    backups.backup_now(office, now=NOW + timedelta(seconds=2))
    assert not partials[0].exists()


def test_backup_to_keeps_the_users_own_partial_file_even_when_it_fails(tmp_path: Path) -> None:
    from msek_desktop.core import snapshots

    source = tmp_path / "not-sqlite.db"
    source.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    target = tmp_path / "copy.db"
    mine = tmp_path / "copy.db.partial"
    mine.write_text("mine")
    with pytest.raises(errors.DatabaseError):
        snapshots.backup_to(source, target)
    assert mine.read_text() == "mine"
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == ["copy.db.partial"]
