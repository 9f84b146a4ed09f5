"""Refusing a database in a place where SQLite files get damaged.

On a network share file locking is unreliable, so two computers (or one, after a dropped
connection) can both write and damage the file. In a folder synced by OneDrive, Dropbox or
Google Drive the sync program copies the database and its -wal/-shm files while they change
and may put back a stale copy. Both are refused, with an explanation; there is deliberately
no switch to allow them.

What is checked (cheap: string comparisons, at most a few system calls, no folder walked):

Windows
  - UNC paths (\\\\server\\share\\..., \\\\?\\UNC\\server\\share\\...), by string alone;
  - a drive letter that GetDriveTypeW calls DRIVE_REMOTE (a mapped network drive);
  - OneDrive: the folders in the OneDrive, OneDriveCommercial and OneDriveConsumer
    environment variables;
  - Dropbox: the "personal" and "business" paths listed in %APPDATA%\\Dropbox\\info.json
    and %LOCALAPPDATA%\\Dropbox\\info.json;
  - Google Drive for desktop: a local drive whose volume label is "Google Drive", a "My
    Drive" folder (also "Mon Drive", "Mój dysk") at a drive's root or in the user's home
    folder (mirror mode), and the older Backup and Sync "Google Drive" folder in the home.
  Comparisons ignore case; a path must be inside a folder, not merely start with its name.

Linux
  - the mount holding the path (from /proc/mounts) has a network file system type,
    NETWORK_FSTYPES. 9p and virtiofs are not refused: they are how a virtual machine or
    WSL 2 sees its own host's disks, and refusing them would refuse developers' machines;
  - Dropbox: ~/.dropbox/info.json. There is no official OneDrive or Google Drive client on
    Linux (third-party ones put their folders anywhere), so neither is looked for.

macOS has no /proc/mounts: only Dropbox's ~/.dropbox/info.json is checked there.

A probe that fails (a Windows call, an unreadable info.json) is logged at debug level and
lets the path pass: the staff are never blocked by a check that could not be made.
"""

from __future__ import annotations

import ctypes
import json
import logging
import ntpath
import os
import posixpath
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Protocol, TypeVar

from msek_desktop.core import errors

log = logging.getLogger(__name__)

T = TypeVar("T")

DRIVE_FIXED = 3
DRIVE_REMOTE = 4
ONEDRIVE_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
GOOGLE_DRIVE_LABEL = "Google Drive"
MY_DRIVE_NAMES = ("My Drive", "Mon Drive", "Mój dysk")
NETWORK_FSTYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "fuse.rclone", "ceph", "afs"}
)

NETWORK_WHY = "Over a network, file locking does not work reliably and the database can be damaged."
CLOUD_WHY = (
    "The sync program copies the database and its companion files while they are being "
    "written, which can damage it."
)
ADVICE = (
    "Keep the database on this computer's own disk (the program's default data folder is the "
    "right place), and use Back up or Export to share the data."
)


class System(Protocol):
    """The facts about this computer the check needs; tests pass a fake."""

    def is_windows(self) -> bool: ...

    def environ(self) -> Mapping[str, str]: ...

    def home(self) -> str: ...

    def realpath(self, path: str) -> str: ...

    def read_text(self, path: str) -> str: ...

    def drive_type(self, root: str) -> int:
        """GetDriveTypeW of a root such as "Z:\\"."""
        ...

    def volume_label(self, root: str) -> str:
        """GetVolumeInformationW's volume name of a root such as "G:\\"."""
        ...

    def mounts(self) -> str:
        """The text of /proc/mounts."""
        ...


class RealSystem:
    """This computer. The Windows calls exist only on Windows; elsewhere they raise OSError."""

    def is_windows(self) -> bool:
        return sys.platform == "win32"

    def environ(self) -> Mapping[str, str]:
        return os.environ

    def home(self) -> str:
        return str(Path.home())

    def realpath(self, path: str) -> str:
        return os.path.realpath(path)

    def read_text(self, path: str) -> str:
        return Path(path).read_text(encoding="utf-8")

    def drive_type(self, root: str) -> int:
        if sys.platform == "win32":
            return int(ctypes.windll.kernel32.GetDriveTypeW(root))
        raise OSError("GetDriveTypeW exists on Windows only")

    def volume_label(self, root: str) -> str:
        if sys.platform == "win32":
            name = ctypes.create_unicode_buffer(261)
            ok = ctypes.windll.kernel32.GetVolumeInformationW(
                root, name, len(name), None, None, None, None, 0
            )
            if not ok:
                raise ctypes.WinError()
            return name.value
        raise OSError("GetVolumeInformationW exists on Windows only")

    def mounts(self) -> str:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")


DEFAULT_SYSTEM: System = RealSystem()


def check_place(path: str | os.PathLike[str], system: System | None = None) -> None:
    """Raise UnsafePlaceError when `path` is on a network share or in a cloud-synced folder."""
    system = DEFAULT_SYSTEM if system is None else system
    text = os.fspath(path)
    check = _windows_reason if system.is_windows() else _posix_reason
    reason = check(text, system)
    if reason:
        raise errors.UnsafePlaceError(f"{text} {reason} {ADVICE}")


def _probe(what: str, call: Callable[[], T], fallback: T) -> T:
    try:
        return call()
    except Exception as exc:
        log.debug("place check: %s failed (%s); not refused for it", what, exc)
        return fallback


# --- Windows ---------------------------------------------------------------------------------


def unc_share(text: str) -> str | None:
    r"""\\server\share of a UNC path (also \\?\UNC\server\share\...), else None."""
    s = text.replace("/", "\\")
    low = s.lower()
    if low.startswith(("\\\\?\\unc\\", "\\\\.\\unc\\")):
        rest = s[8:]
    elif s.startswith("\\\\") and not low.startswith(("\\\\?\\", "\\\\.\\")):
        rest = s[2:]
    else:
        return None
    server, _, tail = rest.partition("\\")
    share = tail.partition("\\")[0]
    return f"\\\\{server}\\{share}" if share else f"\\\\{server}"


def _local_windows_path(text: str) -> PureWindowsPath:
    """`text` normalised, without a \\\\?\\ or \\\\.\\ prefix (C:\\... stays C:\\...)."""
    s = text.replace("/", "\\")
    if s.startswith(("\\\\?\\", "\\\\.\\")):
        s = s[4:]
    return PureWindowsPath(ntpath.normpath(s))


def _windows_reason(text: str, system: System) -> str | None:
    share = unc_share(text)
    if share:  # by string, before any call
        return f"is on a network share ({share}). {NETWORK_WHY}"
    given = _local_windows_path(text)
    reason = _drive_reason(given, system)
    if reason:
        return reason
    real_text = _probe("realpath", lambda: system.realpath(text), text)
    share = unc_share(real_text)
    if share:
        return f"is on a network share ({share}). {NETWORK_WHY}"
    real = _local_windows_path(real_text)
    if real.drive.lower() != given.drive.lower():
        reason = _drive_reason(real, system)
        if reason:
            return reason
    roots = _windows_cloud_roots(system)
    for candidate in (given, real):
        for service, root in roots + _my_drive_at_root(candidate):
            if _inside(candidate, root, ignore_case=True):
                return f"is inside a folder synced by {service} ({root}). {CLOUD_WHY}"
    return None


def _drive_reason(path: PureWindowsPath, system: System) -> str | None:
    drive = path.drive
    if len(drive) != 2 or drive[1] != ":":
        return None
    root = drive + "\\"
    kind = _probe(f"GetDriveTypeW({root})", lambda: system.drive_type(root), 0)
    if kind == DRIVE_REMOTE:
        return f"is on the mapped network drive {drive.upper()}. {NETWORK_WHY}"
    if kind == DRIVE_FIXED:  # never asked of a removable drive: it may have no disk in it
        label = _probe(f"GetVolumeInformationW({root})", lambda: system.volume_label(root), "")
        if label.casefold() == GOOGLE_DRIVE_LABEL.casefold():
            return f"is inside Google Drive ({drive.upper()}). {CLOUD_WHY}"
    return None


def _windows_cloud_roots(system: System) -> list[tuple[str, PureWindowsPath]]:
    """OneDrive's, Dropbox's and Google Drive's folders (but the drive-root "My Drive")."""
    no_env: Mapping[str, str] = {}
    env = _probe("environment", system.environ, no_env)
    roots = [("OneDrive", PureWindowsPath(env[name])) for name in ONEDRIVE_VARS if env.get(name)]
    for name in ("APPDATA", "LOCALAPPDATA"):
        if env.get(name):
            info = ntpath.join(env[name], "Dropbox", "info.json")
            roots += [("Dropbox", PureWindowsPath(f)) for f in _dropbox_folders(info, system)]
    home = _probe("home folder", system.home, "")
    if home:
        for name in (GOOGLE_DRIVE_LABEL, *MY_DRIVE_NAMES):
            roots.append(("Google Drive", PureWindowsPath(home) / name))
    return roots


def _my_drive_at_root(path: PureWindowsPath) -> list[tuple[str, PureWindowsPath]]:
    """DriveFS's "My Drive" at its drive's root: found even when the label was not read."""
    if not path.drive:
        return []
    return [("Google Drive", PureWindowsPath(path.drive + "\\", n)) for n in MY_DRIVE_NAMES]


# --- Linux and macOS ---------------------------------------------------------------------------


def _posix_reason(text: str, system: System) -> str | None:
    real = _probe("realpath", lambda: system.realpath(text), posixpath.abspath(text))
    mount = _probe("/proc/mounts", lambda: network_mount(system.mounts(), real), None)
    if mount:
        source, fstype = mount
        return f"is on a network share ({source}, {fstype}). {NETWORK_WHY}"
    home = _probe("home folder", system.home, "")
    if home:
        info = posixpath.join(home, ".dropbox", "info.json")
        for folder in _dropbox_folders(info, system):
            root = PurePosixPath(folder)
            if any(_inside(PurePosixPath(p), root, ignore_case=False) for p in (text, real)):
                return f"is inside a folder synced by Dropbox ({root}). {CLOUD_WHY}"
    return None


def network_mount(mounts: str, path: str) -> tuple[str, str] | None:
    """(source, type) of the mount holding the absolute `path` when it is a network file
    system; `mounts` is the text of /proc/mounts (the last of equal mount points wins)."""
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = (_unescape(f) for f in fields[:3])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), source, fstype)
    if best is None or best[2] not in NETWORK_FSTYPES:
        return None
    return best[1], best[2]


def _unescape(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


# --- shared ------------------------------------------------------------------------------------


def _dropbox_folders(info_json: str, system: System) -> list[str]:
    """The folder paths in a Dropbox info.json ({"personal": {"path": ...}, "business": ...})."""

    def read() -> list[str]:
        data = json.loads(system.read_text(info_json))
        accounts = data.values() if isinstance(data, dict) else []
        return [
            a["path"] for a in accounts if isinstance(a, dict) and isinstance(a.get("path"), str)
        ]

    return _probe(info_json, read, [])


def _inside(
    path: PureWindowsPath | PurePosixPath,
    root: PureWindowsPath | PurePosixPath,
    *,
    ignore_case: bool,
) -> bool:
    """`path` is in `root` or below it (C:\\a\\OneDriveX is not in C:\\a\\OneDrive)."""
    parts, top = path.parts, root.parts
    if not top or len(parts) <= len(top):
        return False
    if ignore_case:
        return [p.casefold() for p in parts[: len(top)]] == [t.casefold() for t in top]
    return parts[: len(top)] == top
