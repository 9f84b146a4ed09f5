"""One inquiry's wish against one organisation: its score and the reasons for it.

`score` is the only place the rules of weights.Weights are applied; it says why only when
asked (`explain`), so that thousands of organisations are scored with arithmetic alone and
only those shown get their reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from msek_desktop.core.partners.history import (
    NO_HISTORY,
    History,
    months_before,
    months_between,
)
from msek_desktop.core.partners.weights import (
    FIELD_BREADTH,
    KIND_FIELDS,
    WEIGHTS,
    Weights,
    kind_fit,
)
from msek_desktop.core.partners.words import (
    Finder,
    TextWants,
    begins,
    fold_fast,
    sorted_words,
)
from msek_desktop.core.sides import default_language
from msek_desktop.core.vocab import Audience, ProposalState


@dataclass(frozen=True)
class Reason:
    """Why an organisation is (or is less) suggested: a code and its parameters, in favour
    (`good`) or against. Codes: fields, kinds, audiences, language, words, exchanges,
    not_asked, never_asked, declined, unanswered, inactive, capacity, proposed."""

    code: str
    params: Mapping[str, Any]
    good: bool = True


@dataclass(frozen=True)
class Ask:
    """What an inquiry wants of a partner."""

    inquiry_id: int
    requester: int | None  # the inquiry's own organisation
    fields: tuple[str, ...]  # the inquiry's, else its organisation's (fields_of_org)
    fields_of_org: bool
    kind: str | None  # the requester organisation's kind
    audiences_of_org: frozenset[str]
    languages: tuple[str, ...]  # the letters' language, then the person's own
    languages_of_org: frozenset[str]
    text: TextWants


def profile_set(codes: str) -> frozenset[str]:
    """Audiences as stored ("children teenagers") as a set."""
    return frozenset(codes.split())


def profile_languages(codes: str, side: str) -> tuple[str, ...]:
    """The languages an organisation works in: those listed, else its side's."""
    return tuple(codes.split()) or (default_language(side).value,)


class Candidate:
    """An organisation as the ranking reads it: its profile, what it offers and its tags
    (`main`), its descriptions."""

    __slots__ = ("_words", "active", "audiences", "capacity", "description", "fields", "id",
                 "kind", "languages", "main", "name", "side")  # fmt: skip

    def __init__(
        self, id: int, name: str, kind: str, side: str, fields: frozenset[str],
        audiences: str, languages: str, capacity: int | None, active: bool,
        main: str, description: str,
    ) -> None:  # fmt: skip
        self.id, self.name, self.kind, self.side = id, name, kind, side
        self.fields = fields
        self.audiences = profile_set(audiences)
        self.languages = profile_languages(languages, side)
        self.capacity, self.active = capacity, active
        self.main, self.description = main, description
        self._words: tuple[list[str], list[str]] | None = None  # folded, when first compared

    def found(self, starts: list[str]) -> tuple[set[int], set[int]]:
        """The numbers of the word beginnings `starts` found in what it offers and its tags,
        and only in its descriptions (its words folded once, for the many inquiries it is
        compared with: fitting)."""
        if self._words is None:
            self._words = (sorted_words(fold_fast(self.main)),
                           sorted_words(fold_fast(self.description)))  # fmt: skip
        main_words, described_words = self._words
        main = {n for n, start in enumerate(starts) if begins(main_words, start)}
        described = {
            n for n, start in enumerate(starts) if n not in main and begins(described_words, start)
        }
        return main, described


def found(finder: Finder, main: str, description: str) -> tuple[set[int], set[int]]:
    """The numbers of the word beginnings `finder` looks for found in what an organisation
    offers and its tags (`main`), and only in its descriptions."""
    in_main = finder(fold_fast(main))
    return in_main, finder(fold_fast(description)) - in_main


_AUDIENCE_ORDER = {a.value: n for n, a in enumerate(Audience)}


class _Tally:
    """The points of one scoring, and the reasons when they are asked for."""

    __slots__ = ("points", "reasons")

    def __init__(self, explain: bool) -> None:
        self.points = 0.0
        self.reasons: list[tuple[float, Reason]] | None = [] if explain else None

    def add(self, points: float, code: str, params: dict[str, Any], good: bool = True) -> None:
        self.points += points
        if self.reasons is not None:
            self.reasons.append((points, Reason(code, params, good)))


def score(
    ask: Ask,
    c: Candidate,
    history: History,
    state: str | None,
    today: date,
    *,
    words: bool = True,
    explain: bool = False,
    w: Weights = WEIGHTS,
) -> tuple[float, tuple[Reason, ...]]:
    """The raw score (weights summed; 100 = everything earned) and, with `explain`, the
    reasons, those counting most first. Without `words` the words are not compared (they
    add at most w.words)."""
    t = _Tally(explain)
    _fields(t, ask, c.fields, w)
    _kinds(t, ask, c.kind, c.fields, w)
    _audiences(t, ask, c.audiences, w)
    _language(t, ask, c.languages, w)
    _capacity(t, ask, c.capacity, w)
    if words and ask.text.words:
        _words(t, ask, c.found([start for start, _ in ask.text.words]), w)
    _history(t, history, today, w)
    _state(t, state, c.active, w)
    if t.reasons is None:
        return t.points, ()
    ordered = sorted(t.reasons, key=lambda pr: -abs(pr[0]))
    return t.points, tuple(r for _, r in ordered)


def word_points(ask: Ask, main: str, description: str, w: Weights = WEIGHTS) -> float:
    """What the words add to `score` for an organisation of these texts (Candidate's main
    and description; 0 when the inquiry has no words)."""
    t = _Tally(False)
    if ask.text.words:
        _words(t, ask, found(ask.text.finder, main, description), w)
    return t.points


K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A value -> what `work` makes of it, worked out when first met (a dict: reading one
    already met is a plain lookup)."""

    __slots__ = ("work",)

    def __init__(self, work: Callable[[K], V]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, key: K) -> V:
        value = self[key] = self.work(key)
        return value


class Quick:
    """`score` without the words for many organisations and one inquiry: each part of a
    profile is worked out once per value met (kinds, sets of fields, audiences, languages,
    days of the history repeat across thousands of organisations), by the same rules as
    `score`, and summed in the same order (the same float to the last bit). Each table
    (Memo) gives a part's points by its value as stored."""

    def __init__(self, ask: Ask, today: date, w: Weights = WEIGHTS) -> None:
        self.ask, self.today, self.w = ask, today, w
        self.telling = KIND_FIELDS | frozenset(ask.fields)  # all a kind's fit reads of fields
        self.fields: Memo[frozenset[str], float] = Memo(lambda f: self._part(_fields, f))
        # (kind, the partner's fields in self.telling)
        self.kinds: Memo[tuple[str, frozenset[str]], float] = Memo(
            lambda kf: self._part(_kinds, *kf)
        )
        self.audiences: Memo[str, float] = Memo(
            lambda a: self._part(_audiences, profile_set(a or ""))
        )
        self.languages: Memo[tuple[str, str], float] = Memo(  # (languages, side)
            lambda ls: self._part(_language, profile_languages(ls[0] or "", ls[1]))
        )
        self.capacity: Memo[int | None, float] = Memo(lambda c: self._part(_capacity, c))
        # the history's parts: the exchanges' value (0: none), the days last asked and
        # declined ("2026-05-01"; None: never), the proposals unanswered
        self.exchanged: Memo[Any, float] = Memo(self._exchanged)
        by_months: Memo[int | None, float] = Memo(lambda m: self._past(_asked, m))
        self.asked: Memo[str | None, float] = Memo(lambda day: by_months[_months(day, today)])
        declined: Memo[int | None, float] = Memo(lambda m: self._past(_declined, m))
        self.declined: Memo[str | None, float] = Memo(
            lambda day: declined[_declined_months(_date(day), today, w)]
        )
        self.unanswered: Memo[Any, float] = Memo(lambda n: self._past(_unanswered, int(n or 0)))
        self.none = self.past(NO_HISTORY)

    def _part(self, rule: Any, *values: Any) -> float:
        t = _Tally(False)
        rule(t, self.ask, *values, self.w)
        return t.points

    def _past(self, rule: Any, *values: Any) -> float:
        t = _Tally(False)
        rule(t, *values, self.w)
        return t.points

    def _exchanged(self, value: Any) -> float:
        return self._past(_exchanges, 1, float(value), None, None) if value else 0.0

    def past(self, h: History) -> float:
        """What a History adds (as `score`'s history rule)."""
        return (
            self.exchanged[h.exchange_value if h.exchanges else 0.0]
            + self.asked[h.last_asked.isoformat() if h.last_asked else None]
            + self.declined[h.last_declined.isoformat() if h.last_declined else None]
            + self.unanswered[h.unanswered]
        )

    def state(self, state: str | None, active: bool) -> float:
        """What this inquiry's proposal state and being inactive add."""
        t = _Tally(False)
        _state(t, state, active, self.w)
        return t.points

    def points(
        self, kind: str, side: str, fields: frozenset[str], audiences: str, languages: str,
        capacity: int | None, active: bool, history: History | None, state: str | None,
    ) -> float:  # fmt: skip
        total = (
            self.fields[fields]
            + self.kinds[kind, fields & self.telling]
            + self.audiences[audiences]
            + self.languages[languages, side]
            + self.capacity[capacity]
            + (self.none if history is None else self.past(history))
        )
        if state is not None or not active:
            total += self.state(state, active)
        return total


def _months(day: str | None, today: date) -> int | None:
    """months_between a day as text ("2026-05-01") and today; None for None."""
    return None if day is None else months_between(date.fromisoformat(day[:10]), today)


def _date(day: str | None) -> date | None:
    return date(int(day[:4]), int(day[5:7]), int(day[8:10])) if day else None


def scaled(raw: float, w: Weights = WEIGHTS) -> float:
    """The raw score as shown: 0 to 100."""
    return round(max(0.0, min(100.0, 100.0 * raw / w.earned)), 1)


def _fields(t: _Tally, ask: Ask, fields: frozenset[str], w: Weights) -> None:
    shared = [f for f in ask.fields if f in fields]
    if shared:
        fit = sum(FIELD_BREADTH.get(f, 1.0) for f in shared) / sum(
            FIELD_BREADTH.get(f, 1.0) for f in ask.fields
        )
        fit *= w.fields_of_org if ask.fields_of_org else 1.0
        t.add(w.fields * fit, "fields", {"fields": tuple(shared)})


def _audiences(t: _Tally, ask: Ask, audiences: frozenset[str], w: Weights) -> None:
    said = ask.text.audiences & audiences
    both = said or (ask.audiences_of_org & audiences)
    if both:
        fit = 1.0 if said else w.audiences_of_org
        shown = tuple(sorted(both, key=lambda a: _AUDIENCE_ORDER.get(a, 99)))
        t.add(w.audiences * fit, "audiences", {"audiences": shown})


def _capacity(t: _Tally, ask: Ask, capacity: int | None, w: Weights) -> None:
    group = ask.text.group
    if group is not None and capacity is not None:
        enough = capacity >= group
        t.add(w.capacity * (1 if enough else -1), "capacity", {"visitors": capacity}, enough)


def _state(t: _Tally, state: str | None, active: bool, w: Weights) -> None:
    if state is not None:
        declined = state == ProposalState.DECLINED
        t.add(w.declined_here if declined else 0.0, "proposed", {"state": state}, not declined)
    if not active:
        t.add(w.inactive, "inactive", {}, False)


def _kinds(t: _Tally, ask: Ask, partner: str, fields: frozenset[str], w: Weights) -> None:
    """`fields`: the partner's fields that KIND_FIELDS or the inquiry's fields hold (all a
    kind's fit reads of them)."""
    best, asked = 0.0, ask.kind
    for kind in ask.text.kinds:
        fit = kind_fit(kind, partner, fields)
        if fit > best:
            best, asked = fit, kind
    if ask.kind is not None:
        own = kind_fit(ask.kind, partner, fields) * (w.kind_not_asked if ask.text.kinds else 1)
        if own > best:
            best, asked = own, ask.kind
    if ask.fields and fields.isdisjoint(ask.fields):
        best *= w.kind_in_other_field
    if best > 0 and asked is not None:
        t.add(w.kinds * best, "kinds", {"asked": asked, "partner": partner})


def _language(t: _Tally, ask: Ask, languages: tuple[str, ...], w: Weights) -> None:
    for language in ask.languages:
        if language in languages:
            t.add(w.language, "language", {"language": language})
            return
    for language in languages:
        if language in ask.languages_of_org:
            t.add(w.language * w.language_of_org, "language", {"language": language})
            return


def _words(t: _Tally, ask: Ask, found: tuple[set[int], set[int]], w: Weights) -> None:
    """`found`: the numbers of the inquiry's words found in the main texts, and only in the
    descriptions."""
    main, described = found
    hits = len(main) + w.in_description * len(described)
    if hits:
        shown = [ask.text.words[n][1] for n in (*sorted(main), *sorted(described))]
        t.add(w.words * min(1.0, hits / w.words_full), "words", {"words": tuple(shown[:5])})


def _history(t: _Tally, h: History, today: date, w: Weights) -> None:
    if h.exchanges:
        _exchanges(t, h.exchanges, h.exchange_value, h.since, h.last, w)
    _asked(t, None if h.last_asked is None else months_between(h.last_asked, today), w)
    _declined(t, _declined_months(h.last_declined, today, w), w)
    _unanswered(t, h.unanswered, w)


def _exchanges(
    t: _Tally, count: int, value: float, since: int | None, last: str | None, w: Weights
) -> None:
    params = {"count": count, "since": since, "last": last}
    t.add(w.exchanges * min(1.0, value / w.exchanges_full), "exchanges", params)


def _asked(t: _Tally, months: int | None, w: Weights) -> None:
    """`months`: since it was last asked (None: never)."""
    if months is None:
        t.add(w.spreading, "never_asked", {})
    elif months >= w.not_asked_shown:
        fit = min(1.0, months / w.spreading_months)
        t.add(w.spreading * fit, "not_asked", {"months": months})


def _declined_months(last_declined: date | None, today: date, w: Weights) -> int | None:
    """The months since it last declined, if within w.declined_months (else None)."""
    if last_declined is not None and last_declined >= months_before(today, w.declined_months):
        return months_between(last_declined, today)
    return None


def _declined(t: _Tally, months: int | None, w: Weights) -> None:
    """`months`: since it last declined, if lately (_declined_months)."""
    if months is not None:
        fading = 1.0 - 0.5 * min(1.0, months / w.declined_months)
        t.add(w.declined * fading, "declined", {"months": months}, False)


def _unanswered(t: _Tally, count: int, w: Weights) -> None:
    if count >= w.unanswered_at_least:
        t.add(w.unanswered, "unanswered", {"count": count}, False)
