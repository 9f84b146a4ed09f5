"""Files letters are written to: names valid on Windows, written all or nothing."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from msek_desktop.core import errors

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{n}" for n in "123456789¹²³"), *(f"LPT{n}" for n in "123456789¹²³"),
}  # fmt: skip
MAX_STEM = 120


def safe_filename(stem: str, extension: str = ".pdf") -> str:
    """A file name Windows accepts: no <>:"/\\|?*, no trailing dot or space, no CON."""
    stem = unicodedata.normalize("NFC", stem)
    stem = " ".join(_FORBIDDEN.sub("_", stem).split())[:MAX_STEM].rstrip(" .")
    stem = stem or "letter"
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    return stem + extension


def _cannot(path: Path, exc: OSError | ValueError) -> errors.UserError:
    if isinstance(exc, ValueError):  # a NUL character in the name
        return errors.UserError(f"Cannot write {path!r}: the name is not a valid file name.")
    return errors.UserError(f"Cannot write {path}: {exc.strerror or exc}.")


class OutputFile:
    """A file written all or nothing: a temporary file beside it, renamed over it at the end.

    The temporary file is made on entering, so an unwritable place is refused before any
    work is done; leaving without write() removes it.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._temp: Path | None = None

    def __enter__(self) -> OutputFile:
        try:  # a name too long for the file system fails here, before any work is done
            os.stat(self.path)
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            raise _cannot(self.path, exc) from exc
        if self.path.is_dir():
            raise errors.UserError(f"Cannot write {self.path}: it is a folder.")
        try:
            fd, temp = tempfile.mkstemp(prefix=".msek-", suffix=".tmp", dir=self.path.parent)
        except (OSError, ValueError) as exc:
            raise _cannot(self.path, exc) from exc
        os.close(fd)
        self._temp = Path(temp)
        return self

    def write(self, data: bytes) -> None:
        assert self._temp is not None, "use OutputFile in a with statement"
        try:
            self._temp.write_bytes(data)
            os.replace(self._temp, self.path)
        except (OSError, ValueError) as exc:
            raise _cannot(self.path, exc) from exc
        self._temp = None

    def write_pieces(self, pieces: Iterable[bytes]) -> None:
        """write() of the pieces joined, each written as it comes (never all held)."""
        assert self._temp is not None, "use OutputFile in a with statement"
        try:
            with self._temp.open("wb") as fh:
                for piece in pieces:
                    fh.write(piece)
            os.replace(self._temp, self.path)
        except (OSError, ValueError) as exc:
            raise _cannot(self.path, exc) from exc
        self._temp = None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None


def write_file(path: Path, data: bytes) -> None:
    with OutputFile(path) as out:
        out.write(data)
