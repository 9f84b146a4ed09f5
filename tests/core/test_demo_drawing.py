"""The demo's drawing helpers give exactly what random.Random and datetime's own ways give,
so the demo's data for a seed stays the same (tests/core/test_demo_same_data.py)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest

from msek_desktop.core.demo.common import DAYS, MINUTES, _at, _pick, _ri, _Weighted


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100, 1000])
def test_pick_draws_what_choice_draws_and_leaves_the_same_state(size: int) -> None:
    seq = [f"item {n}" for n in range(size)]
    ours, theirs = random.Random(f"pick {size}"), random.Random(f"pick {size}")
    assert [_pick(ours, seq) for _ in range(2000)] == [theirs.choice(seq) for _ in range(2000)]
    assert ours.random() == theirs.random()


def test_pick_refuses_an_empty_sequence_as_choice_does() -> None:
    with pytest.raises(IndexError):
        _pick(random.Random(1), [])


def test_whole_numbers_are_those_of_the_formula_inlined_in_the_demo() -> None:
    ours, theirs = random.Random(5), random.Random(5)
    for low, high in ((0, 540), (1, 40), (90, 300), (0, 0), (5, 150)):
        for _ in range(300):
            assert _ri(ours, low, high) == low + int(theirs.random() * (high - low + 1))


def test_weighted_draws_what_choices_draws() -> None:
    population, weights = list("abcdefg"), [45, 15, 8, 4, 10, 12, 6]
    draw = _Weighted(population, weights)
    ours, theirs = random.Random(3), random.Random(3)
    assert [draw(ours) for _ in range(3000)] == theirs.choices(population, weights, k=3000)


def test_moments_and_spans_are_datetime_s_own() -> None:
    days = [date(2024, 2, 28) + timedelta(days=n) for n in range(0, 800, 7)]
    for day in days:
        for minutes in (0, 1, 5, 59, 60, 333, 540, 600, 1439, 2000):
            expected = datetime.combine(day, time(7)) + timedelta(minutes=minutes)
            assert _at(day, minutes) == expected
            assert type(_at(day, minutes)) is datetime
    for n in (-3, -1, 0, 1, 30, 365, 1460, 5000):
        assert DAYS[n] == timedelta(days=n)
        assert MINUTES[n] == timedelta(minutes=n)
