"""The office server's passwords in the system's credential store (Windows Credential Manager,
the macOS keychain, a Linux secret service), through `keyring`.

A password is kept for one server login: (host, port, database, login), never in QSettings, a
file of ours, a log, a message or printed output. A URL without a password (what every desk
remembers and prints) gets the stored one when its engine is made (core.server.make_engine),
so `msek --db postgresql://marta@msek-01/msek ...` works on a desk where the window saved
Marta's password.

Where no credential store exists (keyring's `fail` backend: a Linux desktop without a secret
service), `available()` is False: nothing is stored anywhere else, storing refuses in one
plain line, looking up finds nothing, and the window asks for the password at each start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from msek_desktop.core import errors

if TYPE_CHECKING:
    from msek_desktop.core.server import ServerAddress

log = logging.getLogger(__name__)

SERVICE = "MSEK Desktop office server"
DEFAULT_PORT = 5432


class CredentialStoreError(errors.UserError):
    """The system's credential store is missing or refused to keep or give a password."""


@dataclass(frozen=True)
class ServerLogin:
    """Whose password: a login on one database of one server."""

    host: str
    port: int
    database: str
    login: str

    @classmethod
    def of(cls, address: ServerAddress) -> ServerLogin:
        url = address.sqlalchemy_url()
        port = url.port or url.query.get("port")  # a socket folder's port is in the query
        return cls(
            host=address.host,
            port=int(port if isinstance(port, int | str) and str(port).isdigit() else DEFAULT_PORT),
            database=str(url.database or ""),
            login=str(url.username or ""),
        )

    def key(self) -> str:
        """The name the password is kept under (the store's "user name" for SERVICE)."""
        return f"{self.login}@{self.host}:{self.port}/{self.database}"


def _keyring() -> Any:
    import keyring  # on first use: the CLI's start does not wait for the backends' discovery

    return keyring


def store_name() -> str | None:
    """The credential store in use ("Windows Credential Manager", ...), or None if none."""
    backend = _keyring().get_keyring()
    if _is_missing(backend):
        return None
    name = type(backend).__module__.rsplit(".", 1)[-1]
    return {
        "Windows": "Windows Credential Manager",
        "macOS": "macOS Keychain",
        "SecretService": "Secret Service",
        "libsecret": "Secret Service",
        "kwallet": "KWallet",
    }.get(name, str(getattr(backend, "name", name)))


def _is_missing(backend: Any) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not backend.backends


def available() -> bool:
    """True when this computer has a credential store keyring can use."""
    return store_name() is not None


def save_password(address: ServerAddress, password: str) -> None:
    """Keep `password` for the login `address` names; CredentialStoreError where none can."""
    who = ServerLogin.of(address)
    if not available():
        raise CredentialStoreError(
            "This computer has no credential store (such as Windows Credential Manager); "
            f"the password of {who.key()} is not kept and will be asked again."
        )
    from keyring.errors import KeyringError

    try:
        _keyring().set_password(SERVICE, who.key(), password)
    except KeyringError as exc:
        raise CredentialStoreError(
            f"The credential store refused to keep the password of {who.key()} "
            f"({type(exc).__name__})."
        ) from None  # the store's own error may quote what it was given


def stored_password(address: ServerAddress) -> str | None:
    """The password kept for `address`'s login, or None (none kept, or no store)."""
    from keyring.errors import KeyringError

    who = ServerLogin.of(address)
    try:
        if not available():
            return None
        found = _keyring().get_password(SERVICE, who.key())
    except KeyringError as exc:
        log.warning("the credential store could not be read for %s (%s)", who.key(), exc)
        return None
    return found if isinstance(found, str) else None


def forget_password(address: ServerAddress) -> bool:
    """Remove the password kept for `address`'s login; False when none was kept."""
    from keyring.errors import KeyringError, PasswordDeleteError

    who = ServerLogin.of(address)
    if not available():
        return False
    try:
        _keyring().delete_password(SERVICE, who.key())
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise CredentialStoreError(
            f"The credential store refused to forget the password of {who.key()} "
            f"({type(exc).__name__})."
        ) from None
    return True


def needs_password(exc: errors.UserError) -> bool:
    """True when the server refused the connection for want of the right password."""
    text = exc.message.lower()
    return isinstance(exc, errors.ServerUnreachableError) and any(
        sign in text for sign in ("password authentication failed", "no password supplied")
    )
