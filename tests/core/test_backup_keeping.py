"""How long backups keep an erased person: the thinning rule of core.backup_files played
forward (core.privacy.backup_keeping)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from msek_desktop.core.privacy.backup_keeping import keep_until

NOW = datetime(2026, 12, 5, 15, 0)


def touch(folder: Path, *stamps: str) -> None:
    folder.mkdir(exist_ok=True)
    for stamp in stamps:
        (folder / f"msek-{stamp}.db").write_bytes(b"x")


def test_no_backup_keeps_nobody(tmp_path: Path) -> None:
    assert keep_until(tmp_path, NOW) is None


def test_only_todays_backups_go_with_the_next_ones(tmp_path: Path) -> None:
    touch(tmp_path, "20261205-090000", "20261205-120000")
    # the next backup (today) replaces them as today's, this week's and this month's newest
    assert keep_until(tmp_path, NOW) == date(2026, 12, 5)


def test_a_backup_newest_of_its_month_is_kept_twelve_months(tmp_path: Path) -> None:
    touch(tmp_path, "20261128-180000", "20261204-180000", "20261205-080000")
    # November's newest stays while November is among the last 12 months: until October 2027
    assert keep_until(tmp_path, NOW) == date(2027, 10, 31)


def test_a_backup_of_yesterday_is_kept_for_the_daily_days(tmp_path: Path) -> None:
    touch(tmp_path, "20261202-180000", "20261204-180000")  # Wed and Fri of the same week
    # Saturday's backup replaces Friday's as the week's and the month's newest: Friday's
    # stays as its day's for the 7 daily days (4 to 10 December)
    assert keep_until(tmp_path, NOW) == date(2026, 12, 10)
