"""Whatever happens is one line: the log file, standard output that fails, and the OSErrors
that are the environment's doing (a name too long, no permission, a full or read-only disk)
rather than a bug."""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Any

from msek_desktop.cli.output import printable
from msek_desktop.paths import log_dir

LOG_NAME = "msek.log"
# OSErrors that are the environment's doing (the user's path, the disk), not a bug
_ENVIRONMENT_NAMES = (
    "ENAMETOOLONG", "EACCES", "EPERM", "ENOSPC", "EDQUOT", "EROFS", "ENOENT", "ENOTDIR",
    "EISDIR", "ELOOP", "EFBIG", "EIO", "ENXIO", "ETXTBSY", "EBUSY", "EEXIST",
)  # fmt: skip
_ENVIRONMENT_ERRNOS = frozenset(
    code for name in _ENVIRONMENT_NAMES if (code := getattr(errno, name, None)) is not None
)
_OUTPUT_ERRNOS = frozenset(
    code
    for name in ("EPIPE", "ENOSPC", "EDQUOT", "EFBIG", "EIO")
    if (code := getattr(errno, name, None)) is not None
)


class _LazyLog(logging.handlers.RotatingFileHandler):
    """The command line's log file, made (with its folder) only when something is logged.
    A log that cannot be written is skipped silently: stderr keeps its one line."""

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def log_to_file() -> None:
    """Warnings and the details of errors go to msek.log, never to stderr (a handler on the
    root logger also keeps logging's last-resort handler from printing there)."""
    root = logging.getLogger()
    path = log_dir() / LOG_NAME
    for old in [h for h in root.handlers if isinstance(h, _LazyLog)]:
        if old.baseFilename == os.path.abspath(path):
            return
        root.removeHandler(old)  # main() called again for another user folder (tests)
        old.close()
    handler = _LazyLog(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def fail(message: str) -> int:
    print(f"msek: {printable(message)}", file=sys.stderr)
    return 1


def output_failed(exc: OSError) -> bool:
    """Whether `exc` is standard output refusing what was printed (a full disk, a closed
    pipe): an OSError without a file name, as every file the commands write names its own.
    Standard output is then pointed at the null device, so nothing fails again at exit."""
    if exc.filename is not None or exc.errno not in _OUTPUT_ERRNOS:
        return False
    stdout = sys.stdout
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass  # no real file behind it (a test's capture): nothing to silence
    return True


def environment_error(exc: OSError) -> str | None:
    """The one line for an OSError of the environment about a path; None for a bug."""
    if exc.errno not in _ENVIRONMENT_ERRNOS:
        return None
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return f"{reason}."
    return f"Cannot use {os.fsdecode(exc.filename)}: {reason}."
