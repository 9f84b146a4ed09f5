"""The letterhead logo is checked before it is kept: a regular PNG or JPEG file, at most
5 MB and 20 megapixels, that decodes completely; a FIFO or a device is never opened."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from msek_desktop.core import errors, settings
from msek_desktop.core.logo import MAX_BYTES, LogoProblem, problem, read_logo
from msek_desktop.core.store import open_database


def chunk(kind: bytes, data: bytes, crc: int | None = None) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", crc or zlib.crc32(body))


def png_header(width: int, height: int, idat: bytes) -> bytes:
    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def image_bytes(kind: str, size: tuple[int, int] = (120, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (31, 59, 90)).save(out, kind)
    return out.getvalue()


def which(path: Path | str) -> LogoProblem | None:
    found = problem(str(path))
    return found.problem if found else None


def test_a_png_and_a_jpeg_are_accepted(tmp_path: Path) -> None:
    for name, kind in (("logo.png", "PNG"), ("logo.jpg", "JPEG")):
        (tmp_path / name).write_bytes(image_bytes(kind))
        checked = read_logo(str(tmp_path / name))
        assert (checked.format, checked.width, checked.height) == (kind, 120, 60)
    assert problem("") is None  # no logo at all is fine


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"hello, not an image", LogoProblem.NOT_AN_IMAGE),
        (image_bytes("GIF"), LogoProblem.NOT_AN_IMAGE),
        (image_bytes("BMP"), LogoProblem.NOT_AN_IMAGE),
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, LogoProblem.DAMAGED),
        (image_bytes("PNG")[:-40], LogoProblem.DAMAGED),  # cut short
        (image_bytes("JPEG", (400, 300))[:600], LogoProblem.DAMAGED),  # cut short
        (b"\xff\xd8\xff" + os.urandom(3000), LogoProblem.DAMAGED),
        (png_header(40, 20, zlib.compress(b"\x00" * 100), ), LogoProblem.DAMAGED),  # too few rows
        (png_header(5000, 5000, b"x"), LogoProblem.TOO_MANY_PIXELS),  # refused before decoding
        (b"\x89PNG\r\n\x1a\n" + bytes(MAX_BYTES), LogoProblem.TOO_LARGE),
    ],
    ids=["text", "gif", "bmp", "png-garbage", "png-cut", "jpeg-cut", "jpeg-garbage",
         "png-short-data", "25-megapixels", "over-5-MB"],
)  # fmt: skip
def test_a_file_that_is_not_a_complete_png_or_jpeg_is_refused(
    tmp_path: Path, content: bytes, expected: LogoProblem
) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    assert which(path) == expected


def test_a_png_with_a_wrong_checksum_is_damaged(tmp_path: Path) -> None:
    idat = zlib.compress(b"\x00" + b"\x10" * 12 + b"\x00" + b"\x10" * 12)
    good = png_header(4, 2, idat)
    assert which(_write(tmp_path / "good.png", good)) is None
    bad = good.replace(chunk(b"IDAT", idat), chunk(b"IDAT", idat, crc=12345))
    assert which(_write(tmp_path / "bad.png", bad)) == LogoProblem.DAMAGED


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_too_many_pixels_says_the_size(tmp_path: Path) -> None:
    for width, height in ((5000, 4001), (10_000, 10_000), (30_000, 30_000)):
        path = _write(tmp_path / "big.png", png_header(width, height, b"x"))
        found = problem(str(path))
        assert found is not None and found.problem == LogoProblem.TOO_MANY_PIXELS
        assert found.message.startswith("the image is larger than 20 megapixels")
    at_limit = _write(tmp_path / "limit.png", png_header(5000, 4000, b"x"))
    assert which(at_limit) == LogoProblem.DAMAGED  # 20 megapixels exactly: allowed, decoded


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    with huge.open("wb") as out:  # sparse: 64 GB announced, nothing on the disk
        out.write(b"\x89PNG\r\n\x1a\n")
        out.truncate(64 * 1024**3)
    assert which(huge) == LogoProblem.TOO_LARGE


def test_missing_file_folder_and_device(tmp_path: Path) -> None:
    assert which(tmp_path / "gone.png") == LogoProblem.MISSING
    assert which(tmp_path / "not-a-folder.png" / "logo.png") == LogoProblem.MISSING
    assert which(tmp_path) == LogoProblem.NOT_A_FILE
    if os.path.exists("/dev/zero"):
        assert which("/dev/zero") == LogoProblem.NOT_A_FILE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    # In a second process: opening a FIFO for reading would wait forever for a writer.
    code = (
        "from msek_desktop.core.logo import problem; import sys; "
        "found = problem(sys.argv[1]); print(found.problem if found else 'accepted')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(fifo)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "not_a_file", done.stderr


def test_settings_refuse_an_invalid_logo_and_keep_a_valid_one(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.db", create=True)
    try:
        garbage = _write(tmp_path / "logo.png", b"\x89PNG\r\n\x1a\n" + b"garbage")
        with pytest.raises(errors.ValidationError) as caught:
            settings.save(db, {"office.name": "MSEK", "office.logo": str(garbage)})
        assert caught.value.by_field() == {
            "office.logo": "cannot be used: the image is damaged or incomplete"
        }
        assert settings.load(db)["office.name"] != "MSEK"  # nothing written
        with pytest.raises(errors.ValidationError, match="not found"):
            settings.save(db, {"office.logo": str(tmp_path / "gone.png")})
        good = _write(tmp_path / "good.jpg", image_bytes("JPEG"))
        assert settings.save(db, {"office.logo": str(good)})["office.logo"] == str(good)
        assert settings.save(db, {"office.logo": ""})["office.logo"] == ""
    finally:
        db.dispose()
