"""The one-line contract, checked on the real `msek` process: whatever goes wrong, exit 1 (or
2 for wrong usage), one line on stderr, no traceback, nothing created or changed on disk."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from msek_desktop.core import contacts, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.paths import data_dir

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

LONG = "x" * 300  # longer than any file system's name limit (255)
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="a POSIX file system thing")

Snapshot = dict[str, tuple[str, int, str]]


def msek(
    *argv: str, cwd: Path | None = None, env: dict[str, str] | None = None, stdout: object = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", *argv],
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,  # a FIFO opened by mistake would block for ever
        check=False,
    )


def sqlite_scratch(path: Path) -> bool:
    """SQLite's own shared-memory index and an empty WAL beside a database: a read-only
    connection to a WAL database makes them and cannot remove them (they hold no data)."""
    if path.name.endswith("-shm"):
        return True
    return path.name.endswith("-wal") and path.stat().st_size == 0


def snapshot(folder: Path) -> Snapshot:
    """Every entry under `folder`: kind, permission bits, content digest."""
    found: Snapshot = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            if sqlite_scratch(path):
                continue
            st = path.lstat()
            kind = "fifo" if path.is_fifo() else "dir" if path.is_dir() else "file"
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if kind == "file" else ""
            found[str(path.relative_to(folder))] = (kind, st.st_mode, digest)
    return found


def one_line(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The single stderr line of a failed command (checked: exit code, no traceback)."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("msek: ")
    return lines[0]


def usage_error(result: subprocess.CompletedProcess[str]) -> str:
    """argparse's answer to wrong usage: exit 2, the usage, then exactly one error line."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("usage: msek")
    errors = [line for line in lines if ": error: " in line]
    assert errors == [lines[-1]], result.stderr
    return lines[-1]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, database_files: DatabaseFiles) -> Path:
    return database_files.file(tmp_path_factory.mktemp("template") / "office.db", make_template)


def make_template(db: Database) -> None:
    person = contacts.create_contact(
        db, {"first_name": "Anna", "last_name": "Wiśniewska", "side": "katowice"}
    )
    for n in range(60):
        made = inquiries.create_inquiry(db, {"subject": f"Wymiana {n}", "contact_id": person.id})
        if n == 0:
            soon = {"due_on": date.today() + timedelta(days=3), "action": "call"}
            followups.add_followup(db, made.id, soon)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """The folder the commands work in (the log folder is elsewhere, in the test's HOME)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def office(template: Path, work: Path, databases: DatabaseFiles, database_kind: str) -> Path:
    """The template's copy in `work`, or the same on the office server (its address)."""
    if database_kind == "postgresql":
        return databases.file(work / "office.db", make_template)
    path = work / "office.db"
    shutil.copyfile(template, path)
    return path


# -- names too long --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export", f"{LONG}.csv"],
        ["export", f"{LONG}/inquiries.xlsx"],
        ["backup", "--to", f"{LONG}.db"],
        ["restore", f"{LONG}.db"],
    ],
    ids=["export", "export-folder", "backup-to", "restore"],
)
def test_a_name_too_long_is_one_line(office: Path, work: Path, command: list[str]) -> None:
    before = snapshot(work)
    line = one_line(msek("--db", str(office), *command, cwd=work))
    assert "too long" in line
    assert snapshot(work) == before


@pytest.mark.parametrize("command", ["init", "inquiries", "demo"])
def test_a_db_name_too_long_is_one_line(work: Path, command: str) -> None:
    line = one_line(msek("--db", str(work / f"{LONG}.db"), command, cwd=work))
    assert "File name too long" in line
    assert snapshot(work) == {}


# -- numbers beyond 64 bits ------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["inquiries", "--limit", "99999999999999999999"],
        ["inquiries", "--limit", "9223372036854775808"],
        ["inquiries", "--limit", "9" * 5000],
        ["proposal", "2026-0001", "--out", "x.pdf", "--partner", "99999999999999999999"],
        ["proposal", "2026-0001", "--out", "x.pdf", "--partner", "0"],
        ["demo", "--inquiries", "18446744073709551616"],
    ],
    ids=["limit", "limit-2**63", "limit-5000-digits", "partner", "partner-0", "demo"],
)
def test_numbers_sqlite_cannot_hold_are_usage_errors(
    office: Path, work: Path, command: list[str]
) -> None:
    before = snapshot(work)
    line = usage_error(msek("--db", str(office), *command, cwd=work))
    assert "too large" in line or "not a record id" in line
    assert len(line) < 200
    assert snapshot(work) == before


def test_the_largest_limit_is_accepted(office: Path) -> None:
    result = msek("--db", str(office), "inquiries", "--limit", "9223372036854775807", "--json")
    assert result.returncode == 0 and result.stderr == ""
    assert len(json.loads(result.stdout)) == 60


# -- standard output that cannot be written --------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    "command",
    [["inquiries", "--json"], ["inquiries", "--limit", "1"], ["show", "2026-0001"], ["init"]],
    ids=["big-json", "one-row", "show", "init"],
)
def test_a_full_disk_on_stdout_is_one_line(office: Path, work: Path, command: list[str]) -> None:
    ref = first_ref(office)
    argv = [ref if a == "2026-0001" else a for a in command]
    before = snapshot(work)
    with open("/dev/full", "w") as full:
        result = msek("--db", str(office), *argv, stdout=full)
    line = one_line(result)
    assert line == "msek: the output could not be written: No space left on device."
    assert snapshot(work) == before


@POSIX_ONLY
def test_a_closed_pipe_is_quiet(office: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(office), "inquiries", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)  # `| head -c 10`
    reader.stdout.close()
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 0
    assert err == ""


# -- what --db may be ------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
@pytest.mark.parametrize("command", ["init", "demo", "inquiries", "check", "backup"])
def test_a_fifo_at_db_is_refused_without_opening_it(work: Path, command: str) -> None:
    fifo = work / "msek.db"
    os.mkfifo(fifo)
    before = snapshot(work)
    line = one_line(msek("--db", str(fifo), command, cwd=work))
    refusal = "is not a regular file (a pipe, a socket or a device), not a database file."
    assert line == f"msek: {fifo} {refusal}"
    assert snapshot(work) == before


@POSIX_ONLY
def test_a_device_at_db_is_refused(work: Path) -> None:
    line = one_line(msek("--db", "/dev/null", "init", cwd=work))
    assert "not a regular file" in line


def test_an_empty_db_is_a_usage_error(work: Path) -> None:
    for where in (["--db", "", "init"], ["init", "--db", ""], ["--db", "  ", "inquiries"]):
        line = usage_error(msek(*where, cwd=work))
        assert line.endswith(
            "argument --db: the database path is empty; give a file path or leave --db out"
        )
    assert snapshot(work) == {}
    assert not data_dir().exists()  # not the default database instead


def test_an_empty_msek_db_counts_as_unset(work: Path) -> None:
    env = {**os.environ, "MSEK_DB": ""}
    result = msek("init", cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == data_dir() / "msek.db"
    assert snapshot(work) == {}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "mysql://root:s3cret@server/msek",
            "msek: --db is a mysql:// address, not a database file; give a file path",
        ),
        (
            "file:///tmp/msek.db",
            "msek: --db is a file:// address, not a database file; give a file path",
        ),
    ],
)
@pytest.mark.parametrize("command", ["init", "demo", "inquiries", "backup", "restore"])
def test_a_url_is_never_a_file_path(work: Path, value: str, expected: str, command: str) -> None:
    argv = ["--db", value, command] + (["backup.db"] if command == "restore" else [])
    line = one_line(msek(*argv, cwd=work))
    assert line == expected
    assert "s3cret" not in line
    assert snapshot(work) == {}  # no "postgresql:" folder with an SQLite file inside


def test_a_url_in_msek_db_is_refused_too(work: Path) -> None:
    env = {**os.environ, "MSEK_DB": "mysql://server/msek"}
    line = one_line(msek("init", cwd=work, env=env))
    assert line == "msek: MSEK_DB is a mysql:// address, not a database file; give a file path"
    assert snapshot(work) == {}


@pytest.mark.parametrize(
    "scheme", ["postgresql://office:s3cret@", "postgresql+psycopg://office:s3cret@", "postgres://"]
)
@pytest.mark.parametrize("command", ["init", "demo", "inquiries", "backup"])
def test_an_office_server_that_is_not_there_is_one_line_naming_it(
    work: Path, scheme: str, command: str
) -> None:
    """A PostgreSQL URL is the office server, never a file: one it cannot reach (here a
    socket folder with no server in it) is one line naming it, without the password."""
    folder = work / "no-server"
    line = one_line(msek("--db", f"{scheme}/msek?host={folder}", command, cwd=work))
    assert line.startswith(f"msek: The office server {folder} cannot be reached (")
    assert "No such file or directory" in line
    assert "s3cret" not in line
    assert snapshot(work) == {}  # no "postgresql:" folder with an SQLite file inside


def test_an_office_server_in_msek_db_is_reached_too(work: Path) -> None:
    env = {**os.environ, "MSEK_DB": f"postgresql://office:s3cret@/msek?host={work / 'none'}"}
    line = one_line(msek("inquiries", cwd=work, env=env))
    assert line.startswith(f"msek: The office server {work / 'none'} cannot be reached (")
    assert "s3cret" not in line


def test_restore_into_an_unreachable_office_server_is_one_line(work: Path) -> None:
    url = f"postgresql://office:s3cret@/msek?host={work / 'none'}"
    line = one_line(msek("--db", url, "restore", "backup.db", cwd=work))
    assert line.startswith(f"msek: The office server {work / 'none'} cannot be reached (")
    assert "s3cret" not in line
    assert snapshot(work) == {}


def test_a_windows_drive_is_not_a_scheme(work: Path) -> None:
    # "C://office.db" is a drive on Windows; elsewhere a relative folder named "C:"
    result = msek("--db", "C://office.db", "inquiries", cwd=work)
    assert "address" not in result.stderr


# -- damaged databases -----------------------------------------------------------------------


def truncate(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def garbage_pages(path: Path) -> None:
    """Random bytes over every b-tree page but the first: quick_check lists many problems."""
    rng = random.Random(7)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for page in range(1, size // 4096):
            fh.seek(page * 4096 + 100)
            fh.write(bytes(rng.randrange(256) for _ in range(300)))


def garbage_in_an_index(path: Path) -> None:
    """Random bytes in the cells of one index page: quick_check lists each broken cell."""
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_inquiries_1'"
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    rng = random.Random(root)
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size + 100)
        fh.write(bytes(rng.randrange(256) for _ in range(300)))


def bad_page_size(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.seek(16)
        fh.write(b"\xff\xff\x01\x01")


def bad_page_count(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.seek(28)
        fh.write(b"\xff\xff\xff\x00")


@pytest.mark.parametrize(
    "damage",
    [truncate, garbage_pages, garbage_in_an_index, bad_page_size, bad_page_count],
    ids=lambda f: f.__name__,
)
@pytest.mark.parametrize("command", ["inquiries", "show", "export"])
@pytest.mark.database_file  # damaged pages of the file
def test_a_damaged_database_is_one_line(
    office: Path, work: Path, damage: Callable[[Path], None], command: str
) -> None:
    damage(office)
    before = snapshot(work)
    argv = {"inquiries": ["inquiries"], "show": ["show", "x"], "export": ["export", "o.csv"]}
    line = one_line(msek("--db", str(office), *argv[command], cwd=work))
    assert "damaged" in line or "not an MSEK database" in line
    assert snapshot(work) == before


@pytest.mark.database_file  # SQLite's quick_check of a damaged file
def test_quick_check_details_go_to_the_log(office: Path, isolated_user_dirs: Path) -> None:
    garbage_in_an_index(office)
    line = one_line(msek("--db", str(office), "inquiries"))
    assert line.startswith(f"msek: The database file {office} is damaged: On tree page ")
    (logged,) = isolated_user_dirs.rglob("msek.log")
    details = [x for x in logged.read_text().splitlines() if x.startswith("On tree page")]
    assert len(details) > 5  # every problem quick_check found, not only the first


# -- export over the database ----------------------------------------------------------------


def test_export_onto_the_database_itself_is_refused(template: Path, work: Path) -> None:
    db = work / "office.csv"
    shutil.copyfile(template, db)
    before = snapshot(work)
    line = one_line(msek("--db", "office.csv", "export", "office.csv", cwd=work))
    assert line == (
        "msek: Cannot export to office.csv: it is the database itself (or one of its "
        "files); choose another name."
    )
    assert snapshot(work) == before
    assert msek("--db", str(db), "check").returncode == 0


# -- stored text on the terminal -------------------------------------------------------------

HOSTILE_SUBJECT = "Wymiana \x1b[2J\x1b]0;pwned\x07 \u202eevil\u202c \x9b31m end"
HOSTILE_MESSAGE = "line one\nline two\twith tab\r\x1b[1Aover \u2066iso\u2069 \x85nel"


def first_ref(path: Path) -> str:
    db = open_database(path)  # a file, or the office server
    try:
        with db.read() as session:
            return str(session.scalar(text("SELECT ref FROM inquiries ORDER BY id LIMIT 1")))
    finally:
        db.dispose()


@pytest.fixture
def hostile(office: Path) -> str:
    """Stored text with terminal controls, as an older version or another program left it."""
    db = open_database(office)
    try:
        with db.engine.begin() as conn:  # as written by others: not through the services
            conn.execute(
                text("UPDATE inquiries SET subject = :s, message = :m WHERE id = 1"),
                {"s": HOSTILE_SUBJECT, "m": HOSTILE_MESSAGE},
            )
            conn.execute(text("UPDATE contacts SET last_name = 'Nowak\x1b[31m' WHERE id = 1"))
            conn.execute(text("UPDATE follow_ups SET description = :m"), {"m": HOSTILE_MESSAGE})
    finally:
        db.dispose()
    return first_ref(office)


RAW_CONTROLS = ["\x1b", "\x07", "\x9b", "\x85", "\r", "\u202e", "\u202c", "\u2066", "\u2069"]


def test_show_escapes_terminal_controls(office: Path, hostile: str) -> None:
    result = msek("--db", str(office), "show", hostile)
    assert result.returncode == 0, result.stderr
    assert [c for c in RAW_CONTROLS if c in result.stdout] == []
    assert "\\x1b[2J" in result.stdout and "\\u202eevil\\u202c" in result.stdout
    assert "\\x9b31m" in result.stdout and "Nowak\\x1b[31m" in result.stdout
    # a message keeps its lines and tabs; a carriage return is shown, not obeyed
    assert "message: line one\nline two\twith tab\\r\\x1b[1Aover" in result.stdout


@pytest.mark.parametrize("command", [["inquiries"], ["followups", "--upcoming"]])
def test_lists_escape_terminal_controls(office: Path, hostile: str, command: list[str]) -> None:
    result = msek("--db", str(office), *command)
    assert result.returncode == 0, result.stderr
    assert [c for c in [*RAW_CONTROLS, "\t"] if c in result.stdout] == []
    assert "\\x1b[" in result.stdout  # the hostile text is listed, escaped
    rows = result.stdout.splitlines()
    assert len(rows) == (60 if command == ["inquiries"] else 1)  # one row per line


def test_json_escapes_what_json_dumps_leaves_raw(office: Path, hostile: str) -> None:
    result = msek("--db", str(office), "show", hostile, "--json")
    assert result.returncode == 0, result.stderr
    assert [c for c in RAW_CONTROLS if c in result.stdout] == []
    assert "\\u202e" in result.stdout and "\\u009b" in result.stdout
    detail = json.loads(result.stdout)  # the same text comes back
    assert detail["subject"] == HOSTILE_SUBJECT and detail["message"] == HOSTILE_MESSAGE
    listed = msek("--db", str(office), "inquiries", "--json", "--limit", "100")
    assert [c for c in RAW_CONTROLS if c in listed.stdout] == []
    assert HOSTILE_SUBJECT in [row["subject"] for row in json.loads(listed.stdout)]
