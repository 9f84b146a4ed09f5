"""Erasures replayed on a restored backup.

A backup taken before an erasure still holds the person (until it rotates out); restoring it
must not bring them back. Before a restore replaces the data, the erasures the current
database lists (models.Erasure), with those noted beside the backups (erasures.json, for a
database that cannot be read any more), are gathered; the backup, staged in a temporary file
and verified, then gets each one it does not list yet (same person id and time): the person,
when the backup still holds them, is erased again (core.privacy.erasure.erase_in) and the
erasure listed. Only then does the staged file replace the data, so the person never comes
back, not even for a moment; core.backups then wipes the freed space.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from msek_desktop.core import db as dbmod
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Erasure
from msek_desktop.core.privacy.erasure import erase_in
from msek_desktop.core.privacy.erasure_marks import ErasureMark, read_marks
from msek_desktop.core.privacy.wiping import wipe_file

log = logging.getLogger(__name__)


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def marks_in_file(path: Path) -> list[ErasureMark]:
    """The erasures a database file lists; none when it cannot be read (damaged, missing,
    from before erasures were listed)."""
    try:
        conn = sqlite3.connect(dbmod.read_only_uri(Path(path)), uri=True)
        try:
            rows = conn.execute("SELECT at, contact_id FROM erasures").fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return []
    return sorted(ErasureMark(_as_datetime(at), int(cid)) for at, cid in rows)


def marks_in(database: Database) -> list[ErasureMark]:
    """The erasures an open database (a file or the office server) lists."""
    with database.read() as session:
        rows = session.execute(select(Erasure.at, Erasure.contact_id)).all()
    return sorted(ErasureMark(at, int(cid)) for at, cid in rows)


def known_erasures(
    folder: Path, *, database: Database | None = None, path: Path | None = None
) -> list[ErasureMark]:
    """Every erasure to carry over into a restored backup: the database's own list (open, or
    the file at `path`) and those noted in the backups `folder`."""
    marks = set(read_marks(folder))
    if database is not None:
        marks.update(marks_in(database))
    if path is not None and Path(path).exists():
        marks.update(marks_in_file(path))
    return sorted(marks)


def replay_into(staged: Path, marks: Iterable[ErasureMark]) -> int:
    """Apply to the database file `staged` (a backup being restored, at the current schema)
    every erasure of `marks` it does not list; how many people it erased again. When it
    erased any, the file is wiped (its removed bytes gone) before it is used."""
    engine = dbmod.make_engine(Path(staged))
    erased = 0
    try:
        database = Database(Path(staged), engine)
        with database.write() as session:
            listed = {
                ErasureMark(at, int(cid))
                for at, cid in session.execute(select(Erasure.at, Erasure.contact_id))
            }
            for mark in sorted(set(marks) - listed):
                counts: dict[str, int] = {}
                if session.get(Contact, mark.contact_id) is not None:
                    counts = erase_in(session, mark.contact_id, actor=None)
                    erased += 1
                summary = json.dumps({**counts, "replayed": 1}, sort_keys=True)
                session.add(Erasure(contact_id=mark.contact_id, at=mark.at, summary=summary))
    finally:
        engine.dispose()
    if erased:
        log.info("a restored backup: %d erased people erased again", erased)
        wipe_file(Path(staged))
    return erased
