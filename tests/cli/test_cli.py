"""The `msek` contract: commands, exit codes, one-line errors, JSON shapes."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run
from offices import two_schools

from msek_desktop import __version__
from msek_desktop.cli import main
from msek_desktop.core import contacts, followups, inquiries, staff
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

TODAY = date.today()
INQUIRY_KEYS = {
    "id", "ref", "received_on", "stage", "side", "kind", "subject", "assignee",
    "next_followup", "contact", "organisation",
}  # fmt: skip
FOLLOWUP_KEYS = {"id", "inquiry_ref", "assignee", "due_on", "action", "description", "done_at"}


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> Path:
    """A small database: one inquiry from Łódź, one from Saint-Étienne, follow-ups (a file,
    or on the office server: str() is what --db takes)."""
    return databases.file(tmp_path / "office.db", make_office)


def make_office(db: Database) -> None:
    lodz, ste = two_schools(db)
    staff.create_staff(db, {"login": "jlefevre", "full_name": "Julien Lefèvre"})
    anna = contacts.create_contact(
        db,
        {"first_name": "Anna", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": lodz.id, "email": "anna@szkola.pl"},
    )  # fmt: skip
    helene = contacts.create_contact(
        db,
        {"first_name": "Hélène", "last_name": "Châtelain", "side": "saint_etienne",
         "organisation_id": ste.id},
    )  # fmt: skip
    one = inquiries.create_inquiry(
        db, {"subject": "Wymiana nauczycieli", "contact_id": anna.id, "assignee": "anowak"}
    )
    two = inquiries.create_inquiry(
        db, {"subject": "Échange de classes de piano", "contact_id": helene.id}
    )
    followups.add_followup(db, one.id, {"due_on": TODAY - timedelta(days=3), "action": "call"})
    followups.add_followup(db, one.id, {"due_on": TODAY, "action": "email"})
    followups.add_followup(
        db, two.id, {"due_on": TODAY + timedelta(days=5), "assignee": "jlefevre"}
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"msek {__version__}"


def test_init_creates_and_prints_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sub" / "new.db"
    code, out, err = run(capsys, "--db", str(path), "init")
    assert (code, err) == (0, "")
    assert out.strip() == str(path)
    assert path.exists()
    assert run(capsys, "--db", str(path), "init")[0] == 0  # again: nothing to do


def test_db_option_after_command_and_env(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, "inquiries", "--db", str(office), "--json")
    assert code == 0 and len(json.loads(out)) == 2
    monkeypatch.setenv("MSEK_DB", str(office))
    code, out, _ = run(capsys, "inquiries", "--json")
    assert code == 0 and len(json.loads(out)) == 2


@pytest.mark.parametrize(
    "argv",
    [["inquiries"], ["show", "2026-0001"], ["followups"], ["check"], ["inquiries", "--json"]],
)
def test_missing_database_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    path = tmp_path / "typo.db"
    code, out, err = run(capsys, "--db", str(path), *argv)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and str(path) in err
    assert not path.exists()


@pytest.mark.parametrize(
    "content", [b"hello, this is a letter\n", b"PK\x03\x04" + b"\x00" * 600, b"\x00" * 4096]
)
@pytest.mark.parametrize("command", ["check", "inquiries", "init", "demo"])
def test_non_database_file_is_refused_and_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, command: str
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    code, _, err = run(capsys, "--db", str(path), command)
    assert code == 1
    assert err.startswith("msek: ") and err.count("\n") == 1
    assert path.read_bytes() == content


def test_other_programs_sqlite_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    code, _, err = run(capsys, "--db", str(path), "init")
    assert code == 1 and "not an MSEK database" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        [],
        ["inquiries", "--stage", "bogus"],
        ["inquiries", "--limit", "-3"],
        ["inquiries", "--limit", "many"],
        ["inquiries", "--side", "paris"],
        ["show"],
        ["followups", "--overdue", "--today"],
        ["demo", "--inquiries", "x"],
    ],
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err


def test_inquiries_json_shape(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(office), "inquiries", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2
    for row in rows:
        assert row.keys() >= INQUIRY_KEYS
        assert set(row["contact"]) >= {"first_name", "last_name", "email", "phone"}
        assert set(row["organisation"]) == {"id", "name", "city"}
        date.fromisoformat(row["received_on"])
    by_subject = {r["subject"]: r for r in rows}
    polish = by_subject["Wymiana nauczycieli"]
    assert polish["assignee"] == "anowak"
    assert polish["next_followup"] == (TODAY - timedelta(days=3)).isoformat()
    assert polish["contact"]["last_name"] == "Wiśniewska"
    assert polish["organisation"]["city"] == "Łódź"
    assert by_subject["Échange de classes de piano"]["assignee"] is None


def test_inquiries_search_ignores_diacritics(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for query in ("lodz", "wisniewska", "LODZ", "wisn"):
        code, out, _ = run(capsys, "--db", str(office), "inquiries", "--search", query, "--json")
        assert code == 0
        assert [r["subject"] for r in json.loads(out)] == ["Wymiana nauczycieli"], query
    code, out, _ = run(capsys, "--db", str(office), "inquiries", "--search", "chatelain", "--json")
    assert [r["subject"] for r in json.loads(out)] == ["Échange de classes de piano"]


def test_inquiries_filters(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def subjects(*argv: str) -> list[str]:
        code, out, _ = run(capsys, "--db", str(office), "inquiries", "--json", *argv)
        assert code == 0
        return sorted(r["subject"] for r in json.loads(out))

    assert subjects("--side", "saint-etienne") == ["Échange de classes de piano"]
    assert subjects("--assignee", "anowak") == ["Wymiana nauczycieli"]
    assert subjects("--stage", "new", "--open") == sorted(
        ["Wymiana nauczycieli", "Échange de classes de piano"]
    )
    assert subjects("--stage", "lost") == []
    assert len(subjects("--limit", "1")) == 1


def test_followups_lists(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def due(*argv: str) -> list[str]:
        code, out, _ = run(capsys, "--db", str(office), "followups", "--json", *argv)
        assert code == 0
        rows = json.loads(out)
        for row in rows:
            assert row.keys() >= FOLLOWUP_KEYS
            assert row["done_at"] is None
        return [r["due_on"] for r in rows]

    assert due("--overdue") == [(TODAY - timedelta(days=3)).isoformat()]
    assert due("--today") == [TODAY.isoformat()]
    assert due("--upcoming") == [(TODAY + timedelta(days=5)).isoformat()]
    assert len(due()) == 3
    assert due("--upcoming", "--assignee", "anowak") == []
    assert len(due("--assignee", "anowak")) == 2


def test_show_text_and_json(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(office), "inquiries", "--json", "--search", "lodz")
    ref = json.loads(out)[0]["ref"]
    code, out, _ = run(capsys, "--db", str(office), "show", ref, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["ref"] == ref
    assert shown["contact"]["email"] == "anna@szkola.pl"
    assert len(shown["follow_ups"]) == 2
    assert [t["kind"] for t in shown["timeline"]][:2] == ["created", "assigned"]
    code, out, _ = run(capsys, "--db", str(office), "show", ref)
    assert code == 0 and "Wiśniewska" in out and ref in out


def test_show_unknown_ref(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(office), "show", "1999-0001")
    assert code == 1 and out == ""
    assert err == "msek: There is no inquiry '1999-0001'.\n"


@pytest.mark.database_file  # the file is broken with sqlite3 beside the program
def test_check_healthy_and_broken(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(office), "check")
    assert code == 0 and "integrity ok" in out and err == ""
    with sqlite3.connect(office) as conn:  # a follow-up pointing to no inquiry
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE follow_ups SET inquiry_id = 999 WHERE id = 1")
    code, out, err = run(capsys, "--db", str(office), "check")
    assert code == 1
    assert "follow_ups" in out
    assert err.count("\n") == 1 and "problem" in err


def test_user_error_has_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(missing), "followups"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert not missing.exists()


def test_piped_json_is_utf8_whatever_the_locale(office: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252:strict", "PYTHONUTF8": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(office), "inquiries", "--json"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Wiśniewska" in result.stdout.decode("utf-8")


# -- the safety net in main() ----------------------------------------------------------------


def failing(exc: BaseException) -> object:
    def handler(_args: object) -> int:
        raise exc

    return handler


def test_an_environment_oserror_is_one_line_and_logged(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    isolated_user_dirs: Path,
) -> None:
    from msek_desktop.cli import lookups  # the handler, imported when the command runs

    denied = PermissionError(errno.EACCES, "Permission denied", "/srv/office/report.csv")
    monkeypatch.setattr(lookups, "cmd_inquiries", failing(denied))
    code, out, err = run(capsys, "--db", str(office), "inquiries")
    assert (code, out) == (1, "")
    assert err == "msek: Cannot use /srv/office/report.csv: Permission denied.\n"
    (log,) = isolated_user_dirs.rglob("msek.log")
    assert "Traceback" in log.read_text() and "PermissionError" in log.read_text()


@pytest.mark.parametrize(
    "bug",
    [OSError(errno.EBADF, "Bad file descriptor"), OSError("no errno"), ValueError("a bug")],
    ids=["EBADF", "no-errno", "ValueError"],
)
def test_a_bug_is_not_swallowed(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    bug: Exception,
) -> None:
    from msek_desktop.cli import lookups  # the handler, imported when the command runs

    monkeypatch.setattr(lookups, "cmd_inquiries", failing(bug))
    with pytest.raises(type(bug)):
        main(["--db", str(office), "inquiries"])


def test_a_message_is_one_line_whatever_the_name_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "two\nlines\x1b[31m.db"
    code, out, err = run(capsys, "--db", str(name), "inquiries")
    assert (code, out) == (1, "")
    assert err == f"msek: There is no database file at {tmp_path}/two\\nlines\\x1b[31m.db.\n"


def test_printable_escapes_terminal_controls() -> None:
    from msek_desktop.cli import printable

    text = "a\x1b[31mb\x07\x9b\u202e\u2066\x7f\tc\nd\re"
    assert printable(text) == "a\\x1b[31mb\\x07\\x9b\\u202e\\u2066\\x7f\\tc\\nd\\re"
    assert printable(text, lines=True) == "a\\x1b[31mb\\x07\\x9b\\u202e\\u2066\\x7f\tc\nd\\re"
    assert printable("Łódź — Saint-Étienne «ok» 日本") == "Łódź — Saint-Étienne «ok» 日本"
    assert printable("one\r\ntwo\rthree", lines=True) == "one\ntwo\\rthree"
