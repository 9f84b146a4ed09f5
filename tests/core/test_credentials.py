"""The office server's passwords in the system's credential store: kept by (host, port,
database, login), found by a URL without a password when its engine is made (the window and
`msek --db URL` alike), and never printed, logged or written anywhere else; a computer
without a store says so plainly and keeps nothing."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from msek_desktop.core import credentials, errors
from msek_desktop.core.server import ServerAddress, make_engine
from msek_desktop.core.store import open_database
from tests.cli.in_process import run
from tests.memory_keyring import MemoryKeyring, installed, missing
from tests.password_server import PASSWORD, asking_for_passwords

SECRET = "Zq7-tajne-hasło"


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def test_a_password_is_kept_for_one_login_on_one_database(store: MemoryKeyring) -> None:
    marta = ServerAddress("postgresql://marta@msek-01/msek")
    credentials.save_password(marta, SECRET)
    assert credentials.stored_password(marta) == SECRET
    assert credentials.stored_password(ServerAddress("postgresql://marta@msek-01:5432/msek"))
    for other in (
        "postgresql://anna@msek-01/msek",  # another login
        "postgresql://marta@msek-02/msek",  # another server
        "postgresql://marta@msek-01:5433/msek",  # another port
        "postgresql://marta@msek-01/archive",  # another database
    ):
        assert credentials.stored_password(ServerAddress(other)) is None, other
    assert list(store.kept) == [(credentials.SERVICE, "marta@msek-01:5432/msek")]
    assert credentials.forget_password(marta) is True
    assert credentials.stored_password(marta) is None
    assert credentials.forget_password(marta) is False
    assert credentials.store_name() == store.name


def test_a_url_without_a_password_gets_the_stored_one(store: MemoryKeyring) -> None:
    credentials.save_password(ServerAddress("postgresql://marta@msek-01/msek"), SECRET)
    engine = make_engine(ServerAddress("postgresql://marta@msek-01/msek"))
    assert engine.url.password == SECRET
    assert SECRET not in str(engine.url) and SECRET not in repr(engine.url)
    given = make_engine(ServerAddress("postgresql://marta:other@msek-01/msek"))
    assert given.url.password == "other", "a password in the URL wins over the stored one"
    nobody = make_engine(ServerAddress("postgresql://anna@msek-01/msek"))
    assert nobody.url.password is None


def test_without_a_credential_store_nothing_is_kept_and_it_says_so() -> None:
    marta = ServerAddress("postgresql://marta@msek-01/msek")
    with installed(missing()):
        assert not credentials.available()
        assert credentials.store_name() is None
        with pytest.raises(credentials.CredentialStoreError) as caught:
            credentials.save_password(marta, SECRET)
        assert caught.value.message == (
            "This computer has no credential store (such as Windows Credential Manager); the "
            "password of marta@msek-01:5432/msek is not kept and will be asked again."
        )
        assert credentials.stored_password(marta) is None
        assert credentials.forget_password(marta) is False
        assert make_engine(marta).url.password is None


def test_a_refused_password_is_told_from_an_unreachable_server() -> None:
    refused = errors.ServerUnreachableError(
        "The office server msek-01 cannot be reached (FATAL:  password authentication failed "
        'for user "marta"); check that it is on and that postgresql://marta@msek-01/msek is right.'
    )
    away = errors.ServerUnreachableError(
        "The office server 127.0.0.1 cannot be reached (connection refused); check ..."
    )
    assert credentials.needs_password(refused)
    assert not credentials.needs_password(away)
    assert not credentials.needs_password(errors.DatabaseError("password"))


def test_msek_on_a_desk_uses_the_stored_password_and_never_shows_it(
    store: MemoryKeyring,
    new_server_database: Callable[..., Any],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    isolated_user_dirs: Path,
) -> None:
    """The test server trusts its local logins, so the password is not checked there: what is
    shown is that the stored one reaches the engine and appears in no output or log."""
    address = new_server_database(empty=True)
    credentials.save_password(address, SECRET)
    url = str(address)
    caplog.set_level(logging.DEBUG)
    assert run(capsys, "--db", url, "init")[0] == 0
    code, out, err = run(capsys, "--db", url, "demo", "--inquiries", "5", "--seed", "2")
    assert code == 0, err
    code, out, err = run(capsys, "--db", url, "inquiries", "--json")
    assert code == 0, err
    assert len(json.loads(out)) == 5
    unreachable = ServerAddress(f"postgresql://{address.sqlalchemy_url().username}@127.0.0.1:9/x")
    credentials.save_password(unreachable, SECRET)
    code, out, err = run(capsys, "--db", str(unreachable), "inquiries", "--json")
    assert code == 1 and "cannot be reached" in err
    assert SECRET not in out + err + caplog.text
    written = [p for p in isolated_user_dirs.rglob("*") if p.is_file()]
    assert all(SECRET.encode() not in p.read_bytes() for p in written), written


# -- a server that checks passwords (tests/password_server.py) --------------------------------


@pytest.fixture(scope="module")
def password_server() -> Iterator[str]:
    with asking_for_passwords() as url:
        yield url


def test_the_stored_password_opens_a_server_that_asks_for_it(
    password_server: str, store: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    from msek_desktop.core import server_check

    address = ServerAddress(password_server)
    with pytest.raises(errors.ServerUnreachableError) as caught:
        server_check.check_server(address)
    assert credentials.needs_password(caught.value), caught.value.message
    credentials.save_password(address, "not-the-password")
    with pytest.raises(errors.ServerUnreachableError) as caught:
        server_check.check_server(address)
    assert credentials.needs_password(caught.value), caught.value.message
    assert "not-the-password" not in caught.value.message
    # the server answered: it refused the login, it is not "cannot be reached"
    assert isinstance(caught.value, errors.ServerLoginRefusedError)
    assert caught.value.message.startswith(
        f"The office server {address.host} refused the login marta"
    )
    credentials.save_password(address, PASSWORD)
    assert server_check.check_server(address) is server_check.Found.EMPTY
    # msek --db URL on this desk: the URL carries no password, the store gives it
    code, out, err = run(capsys, "--db", password_server, "inquiries")
    assert code == 1 and "holds no MSEK data yet" in err, "connected: it read the tables"
    assert PASSWORD not in out + err


def test_a_login_the_server_refuses_is_not_a_server_away(
    new_server_database: Callable[..., Any],
) -> None:
    """A login the test server does not know: refused by name, not "cannot be reached"."""
    address = new_server_database(empty=True)
    stranger = ServerAddress(str(make_url(address.url).set(username="nobody_of_this_office")))
    with pytest.raises(errors.ServerLoginRefusedError) as refused:
        open_database(stranger)
    message = refused.value.message
    assert message.startswith(f"The office server {address.host} refused the login ")
    assert "nobody_of_this_office" in message
    assert "cannot be reached" not in message
    assert not credentials.needs_password(refused.value)  # no password would help: no login
