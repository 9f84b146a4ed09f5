"""The quick fold (core.folding) gives what removing the combining marks one by one gave."""

from __future__ import annotations

import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from msek_desktop.core import demo, folding, search
from msek_desktop.core.store import open_database

_EXTRA = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae", "þ": "th"}
)


def reference(value: str) -> str:
    """The fold as it was: every character looked at, one by one."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold().translate(_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_the_combining_table_is_this_unicode_s() -> None:
    codes = [c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    listed = [c for a, b in folding.combining_ranges() for c in range(a, b + 1)]
    assert listed == codes
    assert folding.EXTRA_FOLDS == _EXTRA
    assert search.fold is folding.fold


def test_every_code_point_folds_as_before() -> None:
    """Every code point, in runs of 64 after an accented letter (so none is taken for plain
    ASCII), and alone after a letter it could combine with."""
    points = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(points), 64):
        text = "é" + "".join(points[start : start + 64])
        assert folding.fold(text) == reference(text), hex(ord(points[start]))
    for ch in points[:0x3000]:
        for text in (ch, "a" + ch, "ł" + ch + "x"):
            assert folding.fold(text) == reference(text), hex(ord(ch))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("ŁUCJA Wiśniewska", "lucja wisniewska"),
        ("Straße", "strasse"),
        ("STRASSE ẞ", "strasse ss"),
        ("ﬁlharmonia ﬂ ﬀ", "filharmonia fl ff"),
        ("Œuvre Æsop Ærø Þór đak ħ ı", "oeuvre aesop aero thor dak h i"),
        ("e\u0301cole a\u0328 z\u0307", "ecole a z"),  # combining marks as typed
        ("\u034f", "\u034f"),  # the grapheme joiner is not a mark of a combining class
        ("Ꙭ ٱلْعَرَبِيَّة", "ꙭ ٱلعربية"),  # other scripts: their marks go too
        ("« l’école » – 5 €", "« l’ecole » – 5 €"),
        ("№ ½ ²", "No 1⁄2 2"),  # NFKD after casefold: as it always did
        ("", ""),
    ],
)
def test_edge_cases(text: str, folded: str) -> None:
    assert folding.fold(text) == folded == reference(text)


def test_every_text_of_a_demo_folds_as_before(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.db", create=True)
    try:
        demo.generate(db, inquiries=400, seed=4, today=date(2026, 3, 2))
        texts: list[str] = []
        with db.engine.connect() as conn:
            for table in ("inquiries", "contacts", "organisations", "timeline_entries",
                          "follow_ups", "exchanges"):  # fmt: skip
                columns = [
                    r[1]
                    for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")
                    if r[2].upper().startswith(("VARCHAR", "TEXT"))
                ]
                for row in conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table}"):
                    values = [str(v) for v in row if v]
                    texts.extend(values)
                    texts.append(" ".join(values))
    finally:
        db.dispose()
    assert sum(not t.isascii() for t in texts) > 1000
    assert [folding.fold(t) for t in texts] == [reference(t) for t in texts]
