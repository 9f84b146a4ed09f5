"""Is there MSEK data on the office server at this address? ("Test connection" in the window.)

Connects once, reads the names of the database's tables and says what it found; a server that
cannot be reached (or refuses the login) is core.server's one-line ServerUnreachableError. Reads
only: nothing is created or migrated.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect

from msek_desktop.core import migrations, server
from msek_desktop.core.server import ServerAddress


class Found(Enum):
    MSEK = "msek"  # an MSEK database: the window opens it as it is
    EMPTY = "empty"  # no tables yet: the first start (or `msek init`) sets it up
    OTHER = "other"  # another program's tables: never written to


def check_server(address: ServerAddress) -> Found:
    """What the database `address` names holds; ServerUnreachableError if it cannot be read."""
    engine = server.make_engine(address)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except sa_exc.DBAPIError as exc:
        user = server.translate_error(exc, address)
        if user is None:
            raise
        raise user from exc
    finally:
        engine.dispose()
    if not tables:
        return Found.EMPTY
    return Found.MSEK if migrations.VERSION_TABLE in tables else Found.OTHER
