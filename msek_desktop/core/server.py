"""The office server: a PostgreSQL database named by a URL, its engine and its errors.

A URL may carry a password (`postgresql://login:secret@host/db`, or `?password=` in its
query); it is shown, logged and put in messages only through `without_password`, so
`str(address)` never holds it. The driver is psycopg 3 (SQLAlchemy's postgresql+psycopg).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from msek_desktop.core import credentials, errors

if TYPE_CHECKING:  # SQLAlchemy is imported when a URL is read: paths and `msek --help` need
    from sqlalchemy import Engine  # this module without it
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 5  # an office server that does not answer: say so, do not hang


def without_password(url: str) -> str:
    """`url` with any password removed, from its login part and from its query."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        login = userinfo.split(":", 1)[0]
        netloc = f"{login}@{hostport}" if login else hostport
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() != "password"]
    query = urlencode(kept, safe="/") if len(kept) != len(pairs) else parts.query
    return urlunsplit(parts._replace(netloc=netloc, query=query))


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database on the office server; str() is the URL without its password."""

    url: str = field(repr=False)

    def __post_init__(self) -> None:
        self.sqlalchemy_url()  # a URL SQLAlchemy cannot read is refused here, once

    def __str__(self) -> str:
        return without_password(self.url)

    def __repr__(self) -> str:
        return f"ServerAddress({str(self)!r})"

    def sqlalchemy_url(self) -> URL:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(self.url)
        except (ArgumentError, ValueError) as exc:
            raise errors.DatabaseError(
                f"{self} is not a PostgreSQL address; write it as "
                "postgresql://login@host[:port]/database"
            ) from exc
        if not url.database:
            raise errors.DatabaseError(
                f"{self} names no database; write it as postgresql://login@host[:port]/database"
            )
        return url.set(drivername=DRIVER)

    @property
    def host(self) -> str:
        """The server's name as the user wrote it (a socket folder for a local one)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.url)
        socket = url.query.get("host")
        if url.host:
            return url.host
        if isinstance(socket, str) and socket:
            return socket
        return "localhost"


def make_engine(address: ServerAddress) -> Engine:
    """A pooled engine; pool_pre_ping replaces a connection the server dropped meanwhile.
    A copy of the program without a usable driver says so in one line. A URL without a
    password gets the one kept for its login in the credential store (core.credentials)."""
    from sqlalchemy import create_engine

    from msek_desktop.core.models.records import add_server_conditions

    add_server_conditions()  # the partial indexes' conditions on the server
    url = address.sqlalchemy_url()
    if url.password is None and "password" not in url.query:
        url = url.set(password=credentials.stored_password(address))
    try:
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )
    except ImportError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise errors.DatabaseError(
            f"This copy of MSEK Desktop cannot reach the office server {address.host}: its "
            f"PostgreSQL driver (psycopg) cannot be loaded ({first.rstrip('.')})."
        ) from exc


_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "connection failed",
    "connection to server",
    "timeout expired",
    "no such file or directory",
    "could not translate host name",
    "name or service not known",
    "server closed the connection",
    "terminating connection",
    "does not exist",
    "authentication failed",  # other than a password's (_REFUSED), e.g. peer or ident
)


def _reason(exc: BaseException) -> str:
    """The driver's first line, naming what failed (never the password: libpq omits it)."""
    text = str(getattr(exc, "orig", exc)).strip()
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    return lines[0] if lines else type(exc).__name__


_REFUSED = ("password authentication failed", "no password supplied", "no pg_hba.conf entry")


def translate_error(exc: BaseException, address: ServerAddress) -> errors.DatabaseError | None:
    """The one-line error for a server that cannot be reached or refuses the login; None for
    anything else (a bug). A server that answers but refuses the login (a wrong password,
    no password, a computer it does not let in) says so: it is not "cannot be reached"."""
    text = str(getattr(exc, "orig", exc)).lower()
    if any(sign in text for sign in _REFUSED) or ('role "' in text and "does not exist" in text):
        reason = _reason(exc).rstrip(".")
        from sqlalchemy.engine import make_url

        login = make_url(address.url).username or "(none)"
        return errors.ServerLoginRefusedError(
            f"The office server {address.host} refused the login {login} ({reason}); check "
            "the login and its password, or ask whoever looks after the server."
        )
    if any(sign in text for sign in _UNREACHABLE):
        reason = _reason(exc).rstrip(".")
        return errors.ServerUnreachableError(
            f"The office server {address.host} cannot be reached ({reason}); check that it "
            f"is on and that {address} is right."
        )
    return None
