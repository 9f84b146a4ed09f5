"""Passwords on the command line: asked without echo at a terminal, or read from standard
input (--password-stdin); never printed, logged or put in a message.

A command whose office server asks for a password that neither the address nor the system's
credential store gives (`msek --db postgresql://msek_owner@localhost/msek init` on the server)
asks it once at a terminal (open_asking); without a terminal the server's refusal is the
command's one line.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.lazy import errors

if TYPE_CHECKING:
    from msek_desktop.core.db import Database
    from msek_desktop.core.server import ServerAddress

ASKS_PASSWORD = ("no password supplied", "password authentication failed")


def ask_password(whose: str, *, from_stdin: bool) -> str:
    """The password: the first line of standard input, or asked twice without echo."""
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password[:-1] if password.endswith("\r") else password
        if not password:
            raise errors.UserError(f"No password was given on standard input for {whose}.")
        return password
    if not sys.stdin.isatty():
        raise errors.UserError(
            f"There is no terminal to ask the password of {whose}; give it with --password-stdin."
        )
    from msek_desktop.core import roles

    first = getpass.getpass(f"Password for {whose}: ")
    if len(first) < roles.MIN_PASSWORD:
        raise errors.UserError(
            f"The password is too short: at least {roles.MIN_PASSWORD} characters."
        )
    if getpass.getpass("The same password again: ") != first:
        raise errors.UserError("The two passwords differ; nothing was changed.")
    return first


def open_asking(location: Path | ServerAddress, **options: Any) -> Database:
    """store.open_database(location, **options); on the office server, the login's password
    asked at a terminal when the server wants one none was given for."""
    from msek_desktop.core.server import ServerAddress
    from msek_desktop.core.store import open_database

    try:
        return open_database(location, **options)
    except errors.ServerUnreachableError as exc:
        if not (isinstance(location, ServerAddress) and asks_password(exc)):
            raise
        return open_database(with_password(location), **options)


def asks_password(exc: errors.UserError) -> bool:
    """The server wants a password none was given for, and someone can type it."""
    said = exc.message.lower()
    return any(sign in said for sign in ASKS_PASSWORD) and sys.stdin.isatty()


def with_password(address: ServerAddress) -> ServerAddress:
    from sqlalchemy.engine import make_url

    from msek_desktop.core.server import ServerAddress

    url = make_url(address.url)
    password = getpass.getpass(f"Password of {url.username} on {address.host}: ")
    return ServerAddress(url.set(password=password).render_as_string(hide_password=False))
