"""Telling Windows-1250 from Windows-1252 by the kinds of a file's bytes gives the encoding
and text that scoring every character of both decodings gave (the way it was done before),
and damaged UTF-8 is refused as before (its bad bytes counted without a pattern search)."""

from __future__ import annotations

import random

import pytest

from msek_desktop.core import errors
from msek_desktop.core.reading import detect_encoding
from msek_desktop.core.reading.text import (
    _ESCAPED,
    _NEUTRAL,
    _PLAUSIBLE,
    _UTF8_LIKELY,
    _UTF8_OTHER,
    _bad_utf8,
)

# bytes where the two code pages differ, letters, symbols, spaces, undefined ones (0x81, 0x90)
BYTES = (
    b" Aa1;\n\xa0\xa3\xa5\xab\xb2\xb3\xb9\xbb\xbc\xbf\xc0\xd3\xe8\xe9\xf8"
    b"\x80\x81\x8a\x90\x96\x9c\x9f"
)


def _character_score(text: str) -> int:
    score = 0
    previous = " "
    for ch in text:
        if ch >= "\x80":
            if ch in _PLAUSIBLE:
                score += 1
            elif ch.isalpha() or (ch not in _NEUTRAL and previous.isalpha()):
                score -= 1
        previous = ch
    return score


def _as_before(data: bytes) -> tuple[str, str]:
    """detect_encoding's choice between the code pages, as it was made before."""
    candidates = []
    for preference, name in enumerate(("cp1252", "cp1250")):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_character_score(text), -preference, name, text))
    if not candidates:
        return "latin-1", data.decode("latin-1")
    _, _, name, text = max(candidates)
    return name, text


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return not data.startswith(b"\xef\xbb\xbf")
    return False


@pytest.mark.parametrize("seed", range(4))
def test_random_files_get_the_encoding_and_text_they_got_before(seed: int) -> None:
    rng = random.Random(seed)
    compared = 0
    for _ in range(3000):
        data = b"\xe9" + bytes(rng.choice(BYTES) for _ in range(rng.randrange(0, 14)))
        if not _not_utf8(data):
            continue
        try:
            expected = _as_before(data)
        except UnicodeDecodeError:
            continue
        try:
            got = detect_encoding(data)
        except Exception:  # damaged UTF-8 is refused before the code pages are compared
            continue
        assert got == expected, data
        compared += 1
    assert compared > 2000


def test_every_pair_of_bytes_scores_as_before() -> None:
    for first in range(256):
        for second in range(0x80, 0x100):
            data = b"\xe9\xe9" + bytes([first, second])  # not UTF-8 whatever follows
            assert detect_encoding(data) == _as_before(data), data


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Józef Głąb;Gdańsk;Wymiana źdźbeł\r\n" * 50, "cp1250"),
        ("Noël à Besançon;crème brûlée « oui »\r\n" * 50, "cp1252"),
        ("Łódź;Saint-Étienne;żółć;œuvre\r\n" * 50, "cp1250"),
    ],
)
def test_office_files_are_read_as_before(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    assert detect_encoding(data) == _as_before(data)
    assert detect_encoding(data)[0] == encoding


def _refused_as_before(data: bytes) -> str | None:
    """The message of detect_encoding's refusal of damaged UTF-8 as it was made before, or
    None when it went on to the code pages."""
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    evidence = len(_UTF8_LIKELY.findall(escaped)) + len(_UTF8_OTHER.findall(escaped)) / 4
    if data.startswith(b"\xef\xbb\xbf") or (evidence and evidence >= bad):
        return _bad_utf8(data, escaped, bad).message
    return None


@pytest.mark.parametrize("seed", range(3))
def test_damaged_utf8_is_refused_as_before(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["a", ";", "\n", "ł", "é", "€", "Ж", "😀", "\u00a0"]
    refused = 0
    for _ in range(2000):
        data = b"".join(
            rng.choice([p.encode() for p in pieces] + [b"\xff", b"\xe9", b"\xc5", b"\x80"])
            for _ in range(rng.randrange(1, 12))
        )
        if rng.random() < 0.1:
            data = b"\xef\xbb\xbf" + data
        try:
            data.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        expected = _refused_as_before(data)
        try:
            got = detect_encoding(data)
        except errors.UserError as refusal:
            assert refusal.message == expected, data
            refused += 1
            continue
        assert expected is None, data
        assert got[0] in ("cp1250", "cp1252", "latin-1")
    assert refused > 200
