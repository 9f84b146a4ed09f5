"""Marks beyond the first 65,536 code points are folded away wherever the text holds one,
and surrogates (lone, or a pair written as two code points) are never taken for one."""

from __future__ import annotations

import pytest

from msek_desktop.core import folding


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("éa\U0001d165b", "eab"),  # a musical combining mark, past 16 bits
        ("a\U0001d165", "a"),
        ("é\ud800x", "e\ud800x"),  # a lone surrogate stays
        ("é\ud835\udc00", "e\ud835\udc00"),  # two code points, not the letter they would pair
        ("é\ud800\U0001d165", "e\ud800"),
        ("ł\U0001d400", "lA"),  # a letter past 16 bits: NFKD's, after casefold, as always
    ],
)
def test_beyond_16_bits(text: str, folded: str) -> None:
    assert folding.fold(text) == folded
