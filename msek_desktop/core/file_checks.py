"""Which database files this desk has checked (SQLite's quick_check) since they last changed.

quick_check reads the whole file: 1.1 s for 100,000 inquiries, more than most commands take.
`msek check`, `backup`, `restore` and the window's background check always run it; any other
command runs it only when the file changed since it was last checked here, or since the last
command that ran on it without meeting damage (its own writes do not count: SQLite writes
whole transactions). A file changed by anything else (copied over, restored, damaged on the
disk) has another stamp and is checked again before use. Damage a command meets without the
check is still said in one line (core.db.translate_error), and the file's stamp forgotten.

The stamp is the file's and its -wal's device, inode, size, modification and change times
(a change time cannot be set back). The note is a small JSON file in the user's cache folder;
one that cannot be read or written only means checking again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

from msek_desktop.paths import APP_AUTHOR, APP_NAME

NOTE_NAME = "checked-files.json"
KEPT = 16  # the files remembered (the most recent)

Stamp = list[list[int] | None]


def note_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / NOTE_NAME


def stamp(path: Path) -> Stamp:
    """What changes whenever the file or its -wal changes (None for a missing -wal)."""
    out: Stamp = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(part)
        except FileNotFoundError:
            out.append(None)
            continue
        out.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return out


def _key(path: Path) -> str:
    return str(Path(os.path.abspath(path)))


def _read() -> dict[str, Stamp]:
    try:
        data = json.loads(note_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(notes: dict[str, Stamp]) -> None:
    target = note_path()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(notes), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)


def unchanged(path: Path) -> bool:
    """Whether `path` is as it was when last checked here (its stamp noted)."""
    noted = _read().get(_key(path))
    return noted is not None and noted == stamp(path)


def remember(path: Path) -> None:
    """Note `path`'s stamp now: checked, or written only by a command that met no damage."""
    notes = _read()
    key = _key(path)
    notes.pop(key, None)
    notes[key] = stamp(path)  # last: the most recent
    _write(dict(list(notes.items())[-KEPT:]))


def forget(path: Path) -> None:
    """The next use of `path` checks it first."""
    notes = _read()
    if notes.pop(_key(path), None) is not None:
        _write(notes)
