"""`msek staff ...` and `msek server setup`: on a file, and on a real PostgreSQL server
(MSEK_TEST_POSTGRES; role names carry this test's suffix, as roles are the server's)."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import shlex
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from msek_desktop.cli import server_admin
from msek_desktop.cli.output import shell_word
from msek_desktop.core import migrations, roles, server
from msek_desktop.core.server import ServerAddress
from tests.cli.in_process import run
from tests.conftest import ServerDatabases
from tests.core.test_roles import Office, drop_office, office_with_logins, without_login

OWNER_PASSWORD = "Owner-Pass-2026"
ANNA_PASSWORD = "Anna-Pass-2026"


def typed(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    """What --password-stdin reads."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(line))


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("msek: "), err
    return lines[0]


def logs(home: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in home.rglob("*.log"))


def roles_named(admin: ServerAddress, *names: str) -> set[str]:
    engine = server.make_engine(admin)
    try:
        with engine.connect() as conn:
            found = conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"), {"n": list(names)}
            )
            return set(found.scalars())
    finally:
        engine.dispose()


# -- on a file ---------------------------------------------------------------------------------


def test_on_a_file_staff_add_adds_a_member_without_a_login(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert run(capsys, "init")[0] == 0
    code, out, err = run(
        capsys, "staff", "add", "Anna", "--name", "Anna Kowalska", "--role", "admin"
    )
    assert (code, err) == (0, "")
    assert out == f"Added Anna Kowalska (anna) to {db_path} (a file: no login).\n"
    code, out, _ = run(capsys, "staff", "list", "--json")
    listed = json.loads(out)
    assert [(s["login"], s["full_name"], s["role"], s["active"]) for s in listed] == [
        ("anna", "Anna Kowalska", None, True)
    ]
    code, out, _ = run(capsys, "staff", "deactivate", "anna")
    assert out == "Anna Kowalska (anna) is deactivated.\n"
    assert run(capsys, "staff", "list")[1].split() == ["anna", "Anna", "Kowalska", "inactive"]


@pytest.mark.parametrize(
    ("login", "said"),
    [
        ("anna smith", "msek: login: may only hold lower-case letters, digits, '.', '_' and '-'"),
        ("o'brien", "msek: login: may only hold lower-case letters, digits, '.', '_' and '-'"),
        ("anna", "msek: login: 'anna' is already taken"),
    ],
)
def test_on_a_file_a_bad_or_taken_login_is_one_line_and_adds_nobody(
    capsys: pytest.CaptureFixture[str], login: str, said: str
) -> None:
    run(capsys, "init")
    run(capsys, "staff", "add", "anna", "--name", "Anna", "--role", "staff")
    code, out, err = run(capsys, "staff", "add", login, "--name", "Someone", "--role", "staff")
    assert (code, out, one_line(err)) == (1, "", said)
    assert [s["login"] for s in json.loads(run(capsys, "staff", "list", "--json")[1])] == ["anna"]


def test_an_unknown_role_is_wrong_usage(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init")
    code, out, err = run(capsys, "staff", "add", "anna", "--name", "Anna", "--role", "boss")
    assert code == 2 and out == ""
    assert err.splitlines()[-1].endswith(
        "argument --role: invalid choice: 'boss' (choose from 'staff', 'admin')"
    )
    assert json.loads(run(capsys, "staff", "list", "--json")[1]) == []


def test_staff_add_refuses_a_missing_database_file(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = run(capsys, "staff", "add", "anna", "--name", "Anna", "--role", "staff")
    assert (code, one_line(err)) == (1, f"msek: There is no database file at {db_path}.")
    assert not db_path.exists()


# -- on the office server ----------------------------------------------------------------------


@pytest.fixture
def office(server_databases: ServerDatabases) -> Iterator[Office]:
    with office_with_logins(server_databases) as made:
        yield made


@pytest.fixture
def setup_names(server_databases: ServerDatabases) -> Iterator[tuple[ServerAddress, str, str]]:
    """The superuser's address, and a database's and an owner's name, dropped after the test."""
    suffix = uuid.uuid4().hex[:10]
    admin = ServerAddress(server_databases.url.render_as_string(hide_password=False))
    name, owner = f"office_{suffix}", f"owner_{suffix}"
    yield admin, name, owner
    drop_office(admin, name, owner)


def test_server_setup_makes_the_office_database_and_says_what_comes_next(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    setup_names: tuple[ServerAddress, str, str],
    isolated_user_dirs: Path,
) -> None:
    admin, name, owner = setup_names
    typed(monkeypatch, OWNER_PASSWORD + "\n")
    code, out, err = run(
        capsys, "server", "setup", "--admin-url", admin.url, "--database", name,
        "--owner", owner, "--password-stdin",
    )  # fmt: skip
    assert (code, err) == (0, "")
    owner_url = str(roles.owner_address(admin, name, owner))
    assert out.splitlines()[0] == (
        f"The office database {name} is set up on {admin.host}: owned by {owner}, at schema "
        f"revision {migrations.head_revision()}, with the groups {name}_staff and {name}_admin."
    )
    (add,) = [line.strip() for line in out.splitlines() if "staff add LOGIN" in line]
    # a command to paste into a terminal: the address one word, in quotes where it needs them
    assert shlex.split(add) == [
        "msek", "--db", owner_url, "staff", "add", "LOGIN", "--name", "FULL NAME", "--role",
        "admin",
    ]  # fmt: skip
    if "?" in owner_url:  # the test server's socket folder: postgresql://...?host=...
        assert add.startswith(f'msek --db "{owner_url}" ')
    assert "pg_hba.conf, a line for the office network" in out
    assert f"host  {name}  +{name}_staff  192.168.1.0/24  scram-sha-256" in out
    assert str(roles.owner_address(admin, name, "LOGIN")) in out  # where each desk connects

    anna = f"anna_{name}"
    typed(monkeypatch, ANNA_PASSWORD + "\n")
    code, out, err = run(
        capsys, "--db", owner_url, "staff", "add", anna, "--name", "Anna Kowalska",
        "--role", "admin", "--password-stdin",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Added Anna Kowalska ({anna}) to {owner_url}, with a login: admin.\n"
    code, out, _ = run(capsys, "--db", owner_url, "staff", "list", "--json")
    assert [(s["login"], s["role"]) for s in json.loads(out)] == [(anna, "admin")]
    for secret in (OWNER_PASSWORD, ANNA_PASSWORD):
        assert secret not in logs(isolated_user_dirs)


def test_staff_role_and_deactivate_change_the_login(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    owner_url = str(office.address(office.owner))
    anna = office.login("anna")
    typed(monkeypatch, ANNA_PASSWORD + "\n")
    run(capsys, "--db", owner_url, "staff", "add", anna, "--name", "Anna", "--role", "staff",
        "--password-stdin")  # fmt: skip
    assert run(capsys, "--db", owner_url, "staff", "role", anna, "admin")[1] == (
        f"Anna ({anna}) is now admin.\n"
    )
    code, out, _ = run(capsys, "--db", owner_url, "staff", "deactivate", anna)
    assert code == 0
    assert out == f"Anna ({anna}) is deactivated and their login can no longer connect.\n"
    assert run(capsys, "--db", owner_url, "staff", "list")[1].split() == [
        anna, "Anna", "admin", "inactive"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("login", "said"),
    [
        ("anna smith", "login: may only hold lower-case letters, digits, '.', '_' and '-'"),
        ('an"na', "login: may only hold lower-case letters, digits, '.', '_' and '-'"),
        ("pg_anna", "login: is a name the database server keeps for itself; choose another"),
    ],
)
def test_on_the_server_a_bad_login_is_one_line_and_creates_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    office: Office,
    login: str,
    said: str,
) -> None:
    typed(monkeypatch, ANNA_PASSWORD + "\n")
    code, out, err = run(
        capsys, "--db", str(office.address(office.owner)), "staff", "add", login,
        "--name", "Anna", "--role", "staff", "--password-stdin",
    )  # fmt: skip
    assert (code, out, one_line(err)) == (1, "", f"msek: {said}")
    assert roles_named(office.admin, login) == set()
    assert json.loads(run(capsys, "--db", str(office.address(office.owner)), "staff", "list",
                          "--json")[1]) == []  # fmt: skip


def test_a_login_taken_on_the_server_is_refused_before_the_password_is_asked(
    capsys: pytest.CaptureFixture[str], office: Office
) -> None:
    code, out, err = run(
        capsys, "--db", str(office.address(office.owner)), "staff", "add", office.owner,
        "--name", "Owner", "--role", "staff",
    )  # fmt: skip
    assert one_line(err) == (
        f"msek: login: {office.owner!r} is already a login on this database server; choose another"
    )
    assert (code, out) == (1, "")


def test_a_staff_login_cannot_add_staff(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    anna = office.login("anna")
    typed(monkeypatch, ANNA_PASSWORD + "\n")
    run(capsys, "--db", str(office.address(office.owner)), "staff", "add", anna,
        "--name", "Anna", "--role", "staff", "--password-stdin")  # fmt: skip
    carl = office.login("carl")
    code, _, err = run(
        capsys, "--db", str(office.address(anna)), "staff", "add", carl,
        "--name", "Carl", "--role", "staff",
    )  # fmt: skip
    assert (code, one_line(err)) == (
        1,
        f"msek: Managing the staff is for admins of the office database; {anna!r} is a "
        "staff login.",
    )
    assert roles_named(office.admin, carl) == set()


def test_without_a_terminal_the_password_must_come_on_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    typed(monkeypatch, "")  # not a terminal
    anna = office.login("anna")
    code, _, err = run(
        capsys, "--db", str(office.address(office.owner)), "staff", "add", anna,
        "--name", "Anna", "--role", "staff",
    )  # fmt: skip
    assert (code, one_line(err)) == (
        1,
        f"msek: There is no terminal to ask the password of {anna}; give it with --password-stdin.",
    )
    assert roles_named(office.admin, anna) == set()


def test_server_setup_refuses_a_taken_database_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    new_owner = office.login("new_owner")
    typed(monkeypatch, OWNER_PASSWORD + "\n")
    code, out, err = run(
        capsys, "server", "setup", "--admin-url", office.admin.url, "--database", office.name,
        "--owner", new_owner, "--password-stdin",
    )  # fmt: skip
    assert (code, out, one_line(err)) == (
        1, "", f"msek: The database {office.name!r} already exists on {office.admin.host}; "
        "nothing was changed.",
    )  # fmt: skip
    assert roles_named(office.admin, new_owner) == set()


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--database", "Office-1", "'Office-1' cannot be an office database's name"),
        ("--owner", "owner one", "The owner's login may only hold lower-case letters"),
    ],
)
def test_server_setup_refuses_bad_names_before_asking_anything(
    capsys: pytest.CaptureFixture[str],
    setup_names: tuple[ServerAddress, str, str],
    option: str,
    value: str,
    said: str,
) -> None:
    admin, name, owner = setup_names
    given = {"--database": name, "--owner": owner, option: value}
    argv = [x for pair in given.items() for x in pair]
    code, out, err = run(capsys, "server", "setup", "--admin-url", admin.url, *argv)
    assert code == 1 and out == ""
    assert one_line(err).startswith(f"msek: {said}")
    assert roles_named(admin, owner, value) == set()


def test_server_setup_refuses_an_address_that_is_not_postgresql(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "server", "setup", "--admin-url", "mysql://root@host/x")
    assert code == 2
    assert err.splitlines()[-1].endswith("not a PostgreSQL address; write it as "
                                         "postgresql://login@host[:port]/database")  # fmt: skip


# -- the password asked at a terminal ------------------------------------------------------------


PROMPTS = (re.compile(rb"Password for \S+: $"), re.compile(rb"The same password again: $"))


def at_terminal(argv: list[str], answers: list[str], env: dict[str, str]) -> tuple[int, str]:
    """`msek argv` in a real pseudo-terminal, typing each answer once its prompt is shown
    (getpass flushes what was typed before it asks); exit code and everything shown. A child
    silent for a minute is killed: the test fails instead of hanging."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: msek at a terminal
        os.execve(sys.executable, [sys.executable, "-m", "msek_desktop.cli", *argv], env)
    shown = b""
    answered = 0
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            break
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child ended: its terminal is gone
            break
        if not chunk:
            break
        shown += chunk
        if answered < len(answers) and PROMPTS[answered].search(shown):
            os.write(fd, (answers[answered] + "\n").encode())
            answered += 1
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")


def test_the_password_is_asked_twice_without_echo(office: Office, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    owner_url = str(office.address(office.owner))
    anna, bob = office.login("anna"), office.login("bob")
    add = ["--db", owner_url, "staff", "add"]

    code, shown = at_terminal(
        [*add, anna, "--name", "Anna", "--role", "staff"], [ANNA_PASSWORD, "Other-Pass-1"], env
    )
    assert code == 1
    assert shown.strip().endswith("msek: The two passwords differ; nothing was changed.")
    assert roles_named(office.admin, anna) == set()

    code, shown = at_terminal(
        [*add, bob, "--name", "Bob", "--role", "staff"], [ANNA_PASSWORD, ANNA_PASSWORD], env
    )
    assert code == 0, shown
    assert f"Password for {bob}:" in shown and "The same password again:" in shown
    assert ANNA_PASSWORD not in shown  # not echoed
    assert roles_named(office.admin, bob) == {bob}
    out = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", owner_url, "staff", "list"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    assert out.split() == [bob, "Bob", "staff"]


@pytest.mark.parametrize(
    ("admin", "owner", "desk"),
    [
        (
            "postgresql:///postgres",
            "postgresql://msek_owner@localhost/msek",
            f"postgresql://LOGIN@{socket.gethostname()}/msek",
        ),
        (
            "postgresql:///postgres?port=5433",
            "postgresql://msek_owner@localhost:5433/msek",
            f"postgresql://LOGIN@{socket.gethostname()}:5433/msek",
        ),
        (
            "postgresql://postgres:secret@msek-01/postgres",
            "postgresql://msek_owner@msek-01/msek",
            "postgresql://LOGIN@msek-01/msek",
        ),
    ],
)
def test_the_next_steps_name_addresses_that_reach_the_server(
    admin: str, owner: str, desk: str
) -> None:
    """Set up through the server's own socket (peer authentication, as its postgres user),
    the owner next connects through localhost and the desks through the machine's name."""
    address = ServerAddress(admin)
    here = server_admin._on_this_machine(address)
    assert server_admin._url(address, "msek", "msek_owner", "localhost" if here else None) == owner
    host = socket.gethostname() if here else None
    assert server_admin._url(address, "msek", "LOGIN", host) == desk


# -- a login for the staff `msek move-to` carried ---------------------------------------------


def test_after_move_to_staff_login_gives_a_carried_member_a_working_login(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    office: Office,
    tmp_path: Path,
    isolated_user_dirs: Path,
) -> None:
    desk = str(tmp_path / "msek.db")
    anna = office.login("anna")
    assert run(capsys, "--db", desk, "demo", "--inquiries", "12", "--seed", "3")[0] == 0
    assert run(capsys, "--db", desk, "staff", "add", anna, "--name", "Anna Kowalska",
               "--role", "staff")[0] == 0  # fmt: skip
    owner_url = str(office.address(office.owner))
    code, out, err = run(capsys, "--db", desk, "move-to", owner_url)
    assert (code, err) == (0, "")
    said = [line for line in out.splitlines() if "staff login" in line]
    assert len(said) == 1 and anna in said[0], out
    command = f"msek --db {shell_word(owner_url)} staff login LOGIN --role staff|admin"
    assert said[0].endswith(command)
    listed = run(capsys, "--db", owner_url, "staff", "list")[1].splitlines()
    assert [line.split() for line in listed if line.startswith(anna)] == [
        [anna, "Anna", "Kowalska", "no", "login"]
    ]
    as_anna = ["--db", str(office.address(anna)), "inquiries", "--json", "--limit", "100"]
    code, _, err = run(capsys, *as_anna)  # no login yet: the server refuses her
    assert code == 1 and anna in one_line(err)

    typed(monkeypatch, ANNA_PASSWORD + "\n")
    code, out, err = run(capsys, "--db", owner_url, "staff", "login", anna, "--role", "staff",
                         "--password-stdin")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Anna Kowalska ({anna}) can now log in to {owner_url}: staff.\n"

    code, out, err = run(capsys, *as_anna)  # connected as her own login, through a ServerAddress
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == 12
    assert roles_named(office.admin, anna) == {anna}
    assert ANNA_PASSWORD not in logs(isolated_user_dirs)


def test_staff_login_refusals_are_one_line_before_any_password_is_asked(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    office: Office,
    tmp_path: Path,
) -> None:
    owner_url = str(office.address(office.owner))
    anna = office.login("anna")
    typed(monkeypatch, ANNA_PASSWORD + "\n")
    run(capsys, "--db", owner_url, "staff", "add", anna, "--name", "Anna", "--role", "staff",
        "--password-stdin")  # fmt: skip
    desk = str(tmp_path / "msek.db")
    run(capsys, "--db", desk, "init")
    run(capsys, "--db", desk, "staff", "add", "bob", "--name", "Bob", "--role", "staff")
    # no --password-stdin and no terminal: a password asked for would be this refusal instead
    for argv, said in (
        ([owner_url, "staff", "login", anna, "--role", "admin"],
         f"msek: {anna} already has a login on the office server."),
        ([owner_url, "staff", "login", office.login("nobody"), "--role", "staff"],
         f"msek: There is no staff member with the login {office.login('nobody')!r}."),
        ([desk, "staff", "login", "bob", "--role", "staff"],
         f"msek: {desk} has no logins: they are for an office server set up with "
         "`msek server setup`."),
    ):  # fmt: skip
        code, out, err = run(capsys, "--db", *argv)
        assert (code, out, one_line(err)) == (1, "", said)
    assert run(capsys, "--db", owner_url, "staff", "list")[1].split() == [anna, "Anna", "staff"]


def test_staff_login_asks_the_password_twice_at_a_terminal(office: Office) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    owner_url = str(office.address(office.owner))
    carl = office.login("carl")
    without_login(office.as_login(office.owner), carl)  # as move-to carries a staff row
    code, shown = at_terminal(
        ["--db", owner_url, "staff", "login", carl, "--role", "admin"],
        [ANNA_PASSWORD, ANNA_PASSWORD],
        env,
    )
    assert code == 0, shown
    assert f"Password for {carl}:" in shown and "The same password again:" in shown
    assert ANNA_PASSWORD not in shown
    assert shown.strip().endswith(f"({carl}) can now log in to {owner_url}: admin.")
    assert roles_named(office.admin, carl) == {carl}
