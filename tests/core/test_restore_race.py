"""Restore never loses a save made meanwhile (issue 10, point 1).

A real second process (restore_writer.py) saves records through the services, one after
another, reporting each only after its COMMIT returned, while this process restores a backup
over the same file. Restore starts at seeded offsets 0.01 s apart (plus jitter) after the
writer began, so across the rounds it takes over at every point of the writer's transactions.
Every save reported committed must be in the restored database (it waited for the lock and
landed after) or in the safety backup (it landed before). Before the fix (safety backup, then
the replacement, without the write lock held across both) saves were lost in most rounds.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from msek_desktop.core import backups, demo
from msek_desktop.core.store import open_database

ROUNDS = 60
SEED = 20261204
WRITER = Path(__file__).with_name("restore_writer.py")


@dataclass
class Outcome:
    lost: dict[int, set[str]] = field(default_factory=dict)  # round -> saves in neither
    both_sides: int = 0  # rounds with saves in the safety backup and in the restored data
    saves: int = 0


def marks(path: Path, tag: str) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        orgs = conn.execute("SELECT name FROM organisations WHERE name LIKE ?", (f"{tag}-%",))
        people = conn.execute(
            "SELECT substr(email, 1, instr(email, '@') - 1) FROM contacts WHERE email LIKE ?",
            (f"{tag}-%",),
        )
        return {r[0] for r in orgs} | {r[0] for r in people}
    finally:
        conn.close()


def read_until(out: IO[str], last: str) -> list[str]:
    lines = []
    while True:
        line = out.readline()
        assert line, "the writer ended unexpectedly"
        lines.append(line.strip())
        if line.strip() == last:
            return lines


def race(
    restore: Callable[..., backups.RestoreResult],
    live_template: Path,
    backup: Path,
    work: Path,
    *,
    rounds: int = ROUNDS,
    seed: int = SEED,
) -> Outcome:
    rng = random.Random(seed)
    outcome = Outcome()
    writer = subprocess.Popen(
        [sys.executable, str(WRITER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert writer.stdin is not None and writer.stdout is not None
    try:
        for n in range(rounds):
            folder = work / f"round-{n}"
            folder.mkdir()
            live = folder / "msek.db"
            shutil.copyfile(live_template, live)
            stop = folder / "stop"
            tag = f"r{n:03d}"
            offset = 0.02 + 0.01 * (n % 12) + rng.uniform(0.0, 0.01)
            writer.stdin.write(f"write {live} {tag} {stop}\n")
            writer.stdin.flush()
            assert read_until(writer.stdout, "ready")[-1] == "ready"
            time.sleep(offset)
            result = restore(live, backup, now=datetime(2026, 12, 4, 12) + timedelta(seconds=n))
            time.sleep(0.05)  # a few saves after the restore too
            stop.touch()
            lines = read_until(writer.stdout, "done")
            errors = [line for line in lines if line.startswith("error")]
            assert not errors, errors
            committed = {line.split()[1] for line in lines if line.startswith("commit ")}
            assert result.safety_backup is not None
            before, after = marks(result.safety_backup, tag), marks(live, tag)
            outcome.saves += len(committed)
            if committed - before - after:
                outcome.lost[n] = committed - before - after
            if before and after:
                outcome.both_sides += 1
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
    return outcome


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("race")
    live = open_database(folder / "live.db", create=True)
    try:
        demo.generate(live, inquiries=20, seed=1, today=date(2026, 11, 1))
    finally:
        live.dispose()
    source = open_database(folder / "source.db", create=True)
    try:
        demo.generate(source, inquiries=300, seed=2, today=date(2026, 11, 1))
        backup = backups.backup_now(source, to=folder / "backup.db")
    finally:
        source.dispose()
    yield folder / "live.db", backup


@pytest.mark.slow
def test_restore_never_loses_a_save_made_meanwhile(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    live, backup = files
    outcome = race(backups.restore, live, backup, tmp_path)
    assert outcome.lost == {}, (
        f"saves in neither the restored data nor the safety backup: {outcome.lost}"
    )
    # the race was really run: saves landed on both sides of the restore in most rounds
    assert outcome.saves > 5 * ROUNDS
    assert outcome.both_sides >= ROUNDS * 3 // 4, outcome
