"""What the demo generator's parts share: drawing numbers, weights, moments of the day.

The demo draws millions of numbers; these helpers give exactly the draws of random.Random's
own methods (the same data for a seed) with less work around them: `_pick` is rng.choice,
`_Weighted` rng.choices with cumulative weights computed once, and DAYS / MINUTES hold each
timedelta once made (building one from keywords costs more than the date arithmetic).
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from msek_desktop.core.vocab import (
    Language,
    OrganisationKind,
    Side,
)

Row = dict[str, Any]
# a timeline entry, as the demo hands them to the writer (Writer.many) in a chunk's one list
TIMELINE = ("kind", "staff_id", "at", "inquiry_id", "organisation_id", "field", "old_value",
            "new_value", "note")  # fmt: skip
Entry = tuple[str, int | None, datetime, int, int | None, str, str, str, str]
# inquiry id -> (stage -> when its "stage" timeline entry says it was reached, their staff id)
Reached = dict[int, tuple[dict[str, datetime], int | None]]


T = TypeVar("T")
SPAN_DAYS = 730  # inquiries are received over the two years before `today`

_FR, _PL, _EN = Language.FR, Language.PL, Language.EN


_SE, _KAT, _OTHER = Side.SAINT_ETIENNE, Side.KATOWICE, Side.OTHER


K = OrganisationKind


def _ri(rng: random.Random, low: int, high: int) -> int:
    """A whole number from low to high inclusive (random.randint is several times slower)."""
    return low + int(rng.random() * (high - low + 1))


def _pick(rng: random.Random, seq: Sequence[T]) -> T:
    """rng.choice(seq), drawn the same way (random.Random's: getrandbits of len(seq)'s bit
    length until the number is below len(seq), tests/core/test_demo_drawing.py) without its
    two calls in Python."""
    n = len(seq)
    if not n:
        raise IndexError("Cannot choose from an empty sequence")
    k = n.bit_length()
    getrandbits = rng.getrandbits
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return seq[r]


class _Spans(dict[int, timedelta]):
    """timedelta(**{unit: n}) for each n asked for, each made once."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def __missing__(self, n: int) -> timedelta:
        span = self[n] = timedelta(**{self.unit: n})
        return span


DAYS = _Spans("days")  # DAYS[n] == timedelta(days=n)
MINUTES = _Spans("minutes")  # MINUTES[n] == timedelta(minutes=n)


class _Weighted(Generic[T]):
    """Draws from a population by weight, the cumulative weights computed once."""

    def __init__(self, population: Sequence[T], weights: Sequence[float]) -> None:
        self.population = population
        self.cum = list(itertools.accumulate(weights))

    def __call__(self, rng: random.Random) -> T:
        return self.population[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


@dataclass
class _Ids:
    staff: list[int]
    staff_login: dict[int, str]
    fields: dict[str, int]


_MORNINGS: dict[date, datetime] = {}  # each day at 7:00, made once
_SEVEN = time(7)


def _at(day: date, minutes: int) -> datetime:
    """A moment of the office day: `minutes` after 7:00 (UTC, so 8:00 or 9:00 in Katowice)."""
    morning = _MORNINGS.get(day)
    if morning is None:
        morning = _MORNINGS[day] = datetime.combine(day, _SEVEN)
    return morning + MINUTES[minutes]
