"""The list of erasures kept beside the backups (erasures.json): the id of each person
erased and when, nothing else. A restore replays the erasures the restored backup does not
have (core.privacy.replay) from the current database's own list; this file is for when that
database cannot be read any more (start-up recovery of a damaged file).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FILE_NAME = "erasures.json"


@dataclass(frozen=True, order=True)
class ErasureMark:
    """A person erased: their id then and when (UTC)."""

    at: datetime
    contact_id: int


def read_marks(folder: Path) -> list[ErasureMark]:
    """The erasures listed in `folder`'s erasures.json, oldest first; none when there is no
    such file or it cannot be read (the databases' own lists come first anyway)."""
    try:
        items = json.loads((Path(folder) / FILE_NAME).read_text(encoding="utf-8"))
        marks = {
            ErasureMark(datetime.fromisoformat(str(i["at"])), int(i["contact_id"])) for i in items
        }
    except (OSError, ValueError, TypeError, KeyError):
        return []
    return sorted(marks)


def note_erasure(folder: Path, contact_id: int, at: datetime) -> bool:
    """Add an erasure to `folder`'s erasures.json (written whole, then renamed); False when
    the folder cannot be written (the database's own list still has it)."""
    folder = Path(folder)
    marks = set(read_marks(folder)) | {ErasureMark(at, contact_id)}
    items = [{"contact_id": m.contact_id, "at": m.at.isoformat()} for m in sorted(marks)]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".erasures-", suffix=".partial", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(items, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, folder / FILE_NAME)
    except OSError:
        return False
    return True
