"""Backup benchmark: `python tests/bench/backup_bench.py [--inquiries N] [--runs N]`.

Prints, in DESIGN.md's format (`NAME VALUE UNIT floor=F ratio=R`):
- backup_100k: backups.backup_now on a fresh demo database (100,000 inquiries by default):
  SQLite's online backup API, the copy switched to journal_mode=DELETE, integrity_check,
  fsync and rename; floor: a bare sqlite3 Connection.backup of the same file into a new
  file with no checks (what `sqlite3 db ".backup x"` does). Median of --runs.
Also prints, for information, the database size and a restore of that backup.
Runs in a temporary folder; generating the demo data takes ~26 s for 100,000 inquiries.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import backups, demo  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402


def bare_backup(src: Path, dst: Path) -> None:
    source = sqlite3.connect(src)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inquiries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = open_database(folder / "msek.db", create=True)
        start = time.perf_counter()
        demo.generate(database, inquiries=args.inquiries, seed=1, today=date(2026, 11, 1))
        made = time.perf_counter() - start
        ours: list[float] = []
        floor: list[float] = []
        last = None
        for run in range(args.runs):
            target = folder / f"bare-{run}.db"
            start = time.perf_counter()
            bare_backup(database.path, target)
            floor.append(time.perf_counter() - start)
            start = time.perf_counter()
            last = backups.backup_now(database)
            ours.append(time.perf_counter() - start)
        assert last is not None
        size_mb = database.path.stat().st_size / 1e6
        start = time.perf_counter()
        backups.restore(database.path, last)
        restored = time.perf_counter() - start
        database.dispose()
    ours_s, floor_s = statistics.median(ours), statistics.median(floor)
    k = args.inquiries // 1000
    print(f"backup_{k}k {ours_s:.2f} s floor={floor_s:.2f} ratio={ours_s / floor_s:.1f}")
    print(
        f"# {args.inquiries} inquiries, {size_mb:.0f} MB, demo data {made:.0f} s; "
        f"restore (verify, safety backup, backup API, open) {restored:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
