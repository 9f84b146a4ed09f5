"""Real file-system situations for the tests: a small tmpfs that fills up, a read-only place.

Mounting needs root (or CAP_SYS_ADMIN). Where the machine does not allow it, the helpers say
so and the tests fall back to what an ordinary user can do (file permissions) or inject the
SQLite error, as each test explains.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytest import MonkeyPatch


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True, check=False).returncode == 0


def can_mount(probe: Path) -> bool:
    """Whether a tmpfs can be mounted here (tried once on `probe`, an empty folder)."""
    probe.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount") or not _run(
        "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)
    ):
        return False
    _run("umount", str(probe))
    return True


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` (e.g. "2m") mounted on the new folder `where`, unmounted after."""
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        raise RuntimeError(f"cannot mount a tmpfs on {where}")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def remount(where: Path, options: str) -> None:
    if not _run("mount", "-o", f"remount,{options}", str(where)):
        raise RuntimeError(f"cannot remount {where} with {options}")


@contextmanager
def read_only_copy(database: Path, where: Path, monkeypatch: MonkeyPatch) -> Iterator[Path]:
    """`database` copied into a place this process cannot write; yields the copy's path.

    As root, permissions do not stop writes: the copy goes on a tmpfs remounted read-only
    (a CD, a write-protected USB stick or share). As another user, the copy and its folder
    lose their write permission (a read-only file on Windows). Root without the right to
    mount falls back to os.access answering "not writable" for that folder, which is what
    the program asks; SQLite then opens the file with mode=ro and cannot write it either.
    """
    if os.geteuid() == 0 and can_mount(where.with_name(where.name + "-probe")):
        with tmpfs(where, "64m"):
            copy = where / database.name
            shutil.copy2(database, copy)
            remount(where, "ro")
            yield copy
        return
    where.mkdir(parents=True, exist_ok=True)
    copy = where / database.name
    shutil.copy2(database, copy)
    if os.geteuid() == 0:
        real_access = os.access

        def access(path: Any, mode: int, **kwargs: Any) -> bool:
            inside = Path(path).resolve().is_relative_to(where.resolve())
            if inside and mode & os.W_OK:
                return False
            return real_access(path, mode, **kwargs)

        monkeypatch.setattr(os, "access", access)
        yield copy
        return
    copy.chmod(0o444)
    where.chmod(0o555)
    try:
        yield copy
    finally:
        where.chmod(0o755)
        copy.chmod(0o644)
