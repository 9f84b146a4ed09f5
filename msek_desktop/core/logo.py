"""The letterhead logo: a PNG or JPEG file, checked before it is kept and before it is printed.

A logo is accepted when it is a regular file (never a folder, device or pipe: opening a FIFO
would wait forever, so the kind is checked with os.stat before anything is opened, and again
on the open file), at most MAX_BYTES long, begins with the PNG or JPEG signature, declares at
most MAX_PIXELS, and decodes completely with Pillow. The Settings screen checks the file when
it is chosen, settings.save refuses an invalid one, and the letters print without a logo (and
say why) when the file was later deleted, replaced or damaged.

Problems are data (LogoProblem) so the window can say them in its own language; the English
wording is for the command line and the log.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from msek_desktop.core.errors import Message, UserError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 20_000_000
SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


class LogoProblem(StrEnum):
    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_AN_IMAGE = "not_an_image"
    TOO_MANY_PIXELS = "too_many_pixels"
    DAMAGED = "damaged"


class LogoError(UserError):
    """Why a logo file cannot be used. `problem` says which; `detail` adds the system's
    reason (UNREADABLE) or the image's size in pixels (TOO_MANY_PIXELS)."""

    def __init__(self, problem: LogoProblem, path: str, detail: str = "") -> None:
        self.problem, self.path, self.detail = problem, path, detail
        super().__init__(reason(problem, detail))

    def coded(self) -> Message:
        """The refusal as a coded field message: "cannot be used: <reason>"."""
        return Message(
            "logo_unusable", reason=self.message, problem=self.problem.value, detail=self.detail
        )


def reason(problem: LogoProblem, detail: str = "") -> str:
    """The problem in English, worded to follow "the logo cannot be used: "."""
    mb, mpx = MAX_BYTES // (1024 * 1024), MAX_PIXELS // 1_000_000
    return {
        LogoProblem.MISSING: "the file was not found",
        LogoProblem.NOT_A_FILE: "it is not a regular file (a folder, device or pipe)",
        LogoProblem.UNREADABLE: "the file cannot be read" + (f" ({detail})" if detail else ""),
        LogoProblem.TOO_LARGE: f"the file is larger than {mb} MB",
        LogoProblem.NOT_AN_IMAGE: "the file is not a PNG or JPEG image",
        LogoProblem.TOO_MANY_PIXELS: f"the image is larger than {mpx} megapixels"
        + (f" ({detail})" if detail else ""),
        LogoProblem.DAMAGED: "the image is damaged or incomplete",
    }[problem]


@dataclass(frozen=True)
class Logo:
    """A checked logo: the file's bytes, its format and size in pixels."""

    data: bytes
    format: str  # PNG | JPEG
    width: int
    height: int


def file_key(path: str) -> tuple[str, int, int] | None:
    """What identifies the file's current content (path, mtime, size); None if it is gone."""
    try:
        found = os.stat(Path(path).expanduser())
    except (OSError, ValueError):
        return None
    return (path, found.st_mtime_ns, found.st_size)


def _read(path: str) -> bytes:
    file = Path(path).expanduser()
    try:
        found = os.stat(file)  # a FIFO is never opened: open() would wait for a writer
    except FileNotFoundError as exc:
        raise LogoError(LogoProblem.MISSING, path) from exc
    except NotADirectoryError as exc:
        raise LogoError(LogoProblem.MISSING, path) from exc
    except (OSError, ValueError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise LogoError(LogoProblem.UNREADABLE, path, detail) from exc
    if not stat.S_ISREG(found.st_mode):
        raise LogoError(LogoProblem.NOT_A_FILE, path)
    if found.st_size > MAX_BYTES:  # refused before a byte is read
        raise LogoError(LogoProblem.TOO_LARGE, path)
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO meanwhile, open() does not wait.
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise LogoError(LogoProblem.UNREADABLE, path, exc.strerror or str(exc)) from exc
    with os.fdopen(fd, "rb") as opened:
        if not stat.S_ISREG(os.fstat(opened.fileno()).st_mode):
            raise LogoError(LogoProblem.NOT_A_FILE, path)
        try:
            data = opened.read(MAX_BYTES + 1)
        except OSError as exc:
            raise LogoError(LogoProblem.UNREADABLE, path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_BYTES:
        raise LogoError(LogoProblem.TOO_LARGE, path)
    return data


def check_bytes(data: bytes, path: str = "") -> Logo:
    """`data` as a logo, decoded completely once; a LogoError says why it cannot be one."""
    kind = next((name for sig, name in SIGNATURES.items() if data.startswith(sig)), None)
    if kind is None:
        raise LogoError(LogoProblem.NOT_AN_IMAGE, path)
    if len(data) > MAX_BYTES:
        raise LogoError(LogoProblem.TOO_LARGE, path)
    from PIL import Image  # Pillow comes with ReportLab; only loaded when a logo is checked

    with warnings.catch_warnings():
        # Pillow warns above its own limit (89 megapixels) while opening; ours is lower and
        # is checked right after, from the header, before a pixel is decoded.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise LogoError(LogoProblem.TOO_MANY_PIXELS, path, f"{width} × {height}")
                if kind == "PNG":
                    image.verify()  # every chunk's checksum; the image must be opened again
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                image.load()  # decodes every pixel: a truncated or garbled file fails here
        except LogoError:
            raise
        except Image.DecompressionBombError as exc:  # above twice Pillow's limit
            raise LogoError(LogoProblem.TOO_MANY_PIXELS, path) from exc
        except MemoryError as exc:
            raise LogoError(LogoProblem.TOO_MANY_PIXELS, path) from exc
        except Exception as exc:  # Pillow raises many kinds on a damaged file
            raise LogoError(LogoProblem.DAMAGED, path) from exc
    return Logo(data, kind, width, height)


def read_logo(path: str) -> Logo:
    """The logo at `path`, checked; a LogoError says why it cannot be used."""
    return check_bytes(_read(path), path)


def problem(path: str) -> LogoError | None:
    """Why the logo at `path` cannot be used, or None when it can (or none is set)."""
    if not path.strip():
        return None
    try:
        read_logo(path)
    except LogoError as exc:
        return exc
    return None
