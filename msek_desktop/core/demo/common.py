"""What the demo generator's parts share: drawing numbers, weights, moments of the day."""

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


T = TypeVar("T")
SPAN_DAYS = 730  # inquiries are received over the two years before `today`

_FR, _PL, _EN = Language.FR, Language.PL, Language.EN


_SE, _KAT, _OTHER = Side.SAINT_ETIENNE, Side.KATOWICE, Side.OTHER


K = OrganisationKind


def _ri(rng: random.Random, low: int, high: int) -> int:
    """A whole number from low to high inclusive (random.randint is several times slower)."""
    return low + int(rng.random() * (high - low + 1))


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


def _at(day: date, minutes: int) -> datetime:
    """A moment of the office day: `minutes` after 7:00 (UTC, so 8:00 or 9:00 in Katowice)."""
    return datetime.combine(day, time(7)) + timedelta(minutes=minutes)
