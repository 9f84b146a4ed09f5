"""Demo inquiries' plan: when each comes, from whom, and how far it got, all decided before
any row is made (core.demo.inquiries writes them)."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from msek_desktop.core.demo.common import _FR, _PL, SPAN_DAYS
from msek_desktop.core.demo.people import _Person
from msek_desktop.core.vocab import PIPELINE, Language, Stage


@dataclass
class _Plan:
    """What is decided for all inquiries before any row is made."""

    received: list[date] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    askers: list[int] = field(default_factory=list)


def _plan(rng: random.Random, people: Sequence[_Person], count: int, today: date) -> _Plan:
    plan = _Plan()
    start = today - timedelta(days=SPAN_DAYS)
    days = [start + timedelta(days=d) for d in range(SPAN_DAYS + 1)]
    # Fewer inquiries at weekends and in August, a little more in the autumn.
    weights = [
        (0.2 if d.weekday() >= 5 else 1.0) * (0.5 if d.month == 8 else 1.2 if d.month in (9, 10)
                                              else 1.0)
        for d in days
    ]  # fmt: skip
    plan.received = sorted(
        rng.choices(days, cum_weights=list(itertools.accumulate(weights)), k=count)
    )
    # Some people write often, some once, some never (partners found for others).
    asker_weights = [rng.random() ** 3 * 6 + (0.0 if rng.random() < 0.15 else 0.3)
                     for _ in people]  # fmt: skip
    plan.askers = rng.choices(
        range(len(people)), cum_weights=list(itertools.accumulate(asker_weights)), k=count
    )
    for day in plan.received:
        plan.stages.append(_stage_for_age((today - day).days, rng))
    if count >= len(Stage):
        _every_stage(rng, plan)
        _both_languages_early(rng, plan, people)
    for day, asker in zip(plan.received, plan.askers, strict=True):
        person = people[asker]
        if person.first_seen is None or day < person.first_seen:
            person.first_seen = day
    return plan


def _stage_for_age(days_ago: int, rng: random.Random) -> Stage:
    """Older inquiries are more often closed, recent ones more often at the start."""
    age = days_ago / SPAN_DAYS
    if rng.random() < 0.06 + 0.8 * age**0.8:
        if days_ago > 120 and rng.random() < 0.58:
            return Stage.COMPLETED
        return Stage.LOST
    mean = 0.4 + 5.5 * age**0.5
    index = round(rng.gauss(mean, 1.3))
    return PIPELINE[max(0, min(6, index))]


def _both_languages_early(rng: random.Random, plan: _Plan, people: Sequence[_Person]) -> None:
    """Make sure an organisation writes in French and one in Polish among the inquiries at
    their start (new, qualifying, matching), however small the demo: whoever tries it sees
    both sides' work to do."""
    early = [i for i, stage in enumerate(plan.stages) if stage in PIPELINE[:3]]

    def lang_of(i: int) -> Language | None:
        person = people[plan.askers[i]]
        return person.lang if person.org is not None else None

    for lang in (_FR, _PL):
        if any(lang_of(i) is lang for i in early):
            continue
        counts = Counter(lang_of(i) for i in early)
        spare = [i for i in early if counts[lang_of(i)] > 1 or lang_of(i) not in (_FR, _PL)]
        writers = [k for k, p in enumerate(people) if p.lang is lang and p.org is not None]
        if spare and writers:
            plan.askers[rng.choice(spare)] = rng.choice(writers)


def _every_stage(rng: random.Random, plan: _Plan) -> None:
    """Make sure each stage occurs at least once (small demos could miss one)."""
    counts = dict.fromkeys(Stage, 0)
    for s in plan.stages:
        counts[s] += 1
    for stage in Stage:
        if counts[stage]:
            continue
        while True:
            i = rng.randrange(len(plan.stages))
            if counts[plan.stages[i]] > 1:
                counts[plan.stages[i]] -= 1
                plan.stages[i] = stage
                counts[stage] += 1
                break
