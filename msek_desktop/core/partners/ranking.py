"""Suggested partners for an inquiry (the other direction: core.partners.fitting).

The candidates are read in a few set-based queries (the organisations' columns, the few
fields the score reads, the proposals' history in brief: history.briefs) and scored in
Python from the rows as read, each part of a profile looked up by its value (scoring.Quick);
only those listed become OrganisationRows with their whole history and reasons. The words of
the inquiry are the costly comparison: they add at most Weights.words, so the organisations
are scored without them first and compared word by word, best first, only while they could
still reach the list; the list is the same as if every organisation had been compared.
Nothing is kept between calls (another desk may have changed the data).
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from operator import itemgetter
from typing import Any

from sqlalchemy import Integer, String, bindparam, cast, func, select
from sqlalchemy.orm import Session, selectinload

from msek_desktop.core import changes, organisations, sides
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.rules import LABEL as INQUIRY
from msek_desktop.core.models import Field, Inquiry, Organisation, organisation_fields
from msek_desktop.core.models import inquiry_fields as inquiry_fields_table
from msek_desktop.core.partners.history import (
    NO_HISTORY,
    Briefs,
    briefs,
    exchanges_value,
    histories,
    states_of_inquiry,
)
from msek_desktop.core.partners.scoring import (
    Ask,
    Candidate,
    Memo,
    Quick,
    Reason,
    scaled,
    score,
    word_points,
)
from msek_desktop.core.partners.weights import WEIGHTS
from msek_desktop.core.partners.words import fold_fast, text_wants
from msek_desktop.core.rows import OrganisationRow

MESSAGE_READ = 3000  # characters of a message its words are read from


# An organisation as the quick pass reads it: (id, name, kind, side, fields, audiences,
# languages, capacity, active).
Profile = tuple[int, str, str, str, frozenset[str], str, str, "int | None", bool]


@dataclass(frozen=True)
class Suggestion:
    organisation: OrganisationRow
    score: float  # 0-100
    reasons: tuple[Reason, ...]  # most telling first
    state: str | None  # this inquiry's proposal state for it, if proposed


def inquiry_field_codes(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Inquiry id -> its fields' codes (in the order of the fields' ids)."""
    link = inquiry_fields_table
    stmt = (
        select(link.c.inquiry_id, Field.code)
        .join(Field, Field.id == link.c.field_id)
        .where(link.c.inquiry_id.in_(ids))
        .order_by(link.c.inquiry_id, Field.id)
    )
    out: dict[int, list[str]] = {}
    for inquiry_id, code in session.connection().execute(stmt).all():
        out.setdefault(int(inquiry_id), []).append(str(code))
    return {k: tuple(v) for k, v in out.items()}


def make_ask(
    inquiry_id: int,
    requester: Profile | None,
    fields: tuple[str, ...],
    languages: tuple[str | None, ...],
    subject: str,
    desired: str,
    message: str,
) -> Ask:
    """What an inquiry asks of a partner: its fields (else its requester organisation's),
    that organisation's kind, audiences and languages, the person's languages (the letters',
    then their own) and what its words ask for."""
    of_org = not fields and requester is not None and bool(requester[4])
    if of_org and requester is not None:
        fields = tuple(sorted(requester[4]))
    text = text_wants((subject, desired), message[:MESSAGE_READ])
    return Ask(
        inquiry_id=inquiry_id,
        requester=requester[0] if requester else None,
        fields=fields,
        fields_of_org=of_org,
        kind=requester[2] if requester else None,
        audiences_of_org=frozenset(requester[5].split()) if requester else frozenset(),
        languages=tuple(dict.fromkeys(lang for lang in languages if lang)),
        languages_of_org=frozenset(requester[6].split()) if requester else frozenset(),
        text=text,
    )


def _ask(session: Session, inq: Inquiry) -> Ask:
    live = select(_O.id).where(_O.id == inq.organisation_id, _O.deleted_at.is_(None))
    found = profiles(session, live) if inq.organisation_id is not None else []
    return make_ask(
        inq.id, found[0] if found else None, inquiry_field_codes(session, [inq.id]).get(inq.id, ()),
        (inq.letter_language, inq.contact.language if inq.contact else None), inq.subject,
        inq.desired_counterpart, inq.message,
    )  # fmt: skip


_O = Organisation
_OF = organisation_fields
_PROFILE = (_O.id, _O.name, _O.kind, _O.side, _O.audiences, _O.languages, _O.capacity,
            _O.active)  # fmt: skip
TEXT_BATCH = 100  # organisations whose texts are read at once, best first


def _candidates(session: Session, ask: Ask, side: str) -> list[Any]:
    """The organisations a partner can be among, as `_read` without fields gives them."""
    wanted = [s.value for s in sides.partner_sides(side)]
    values = {"sides": wanted, "requester": ask.requester or 0}  # ids begin at 1
    return list(session.connection().execute(_candidates_statement(), values).all())


@functools.cache
def _candidates_statement() -> Any:
    """_candidates' statement, made once (its values bound when run)."""
    return select(*_PROFILE).where(
        _O.deleted_at.is_(None),
        _O.side.in_(bindparam("sides", expanding=True)),
        _O.id != bindparam("requester", type_=Integer),
    )


def field_sets(session: Session) -> Memo[str | None, frozenset[str]]:
    """The fields' ids as the database gathers them ("3,7") -> their codes."""
    codes = {str(i): str(c) for i, c in session.connection().execute(select(Field.id, Field.code))}
    return Memo(lambda linked: frozenset(codes[i] for i in linked.split(",")) if linked else _NONE)


_NONE: frozenset[str] = frozenset()


def _read(session: Session, *where: Any) -> list[Any]:
    """Rows of (id, name, kind, side, audiences, languages, capacity, active, the fields' ids
    as text "3,7" or None) of the organisations `where` selects."""
    owned = (
        select(func.aggregate_strings(cast(_OF.c.field_id, String), ","))
        .where(_OF.c.organisation_id == _O.id)
        .correlate(_O)
        .scalar_subquery()
    )
    return list(session.connection().execute(select(*_PROFILE, owned).where(*where)).all())


def _holding(session: Session, codes: frozenset[str]) -> dict[int, frozenset[str]]:
    """Organisation id -> which of these fields it works in (those in none: not listed)."""
    ids = {int(i): str(c) for i, c in session.connection().execute(
        select(Field.id, Field.code).where(Field.code.in_(codes)))}  # fmt: skip
    held: dict[int, set[str]] = {}
    stmt = select(_OF.c.organisation_id, _OF.c.field_id).where(_OF.c.field_id.in_(ids))
    for organisation_id, field_id in session.connection().execute(stmt).all():
        held.setdefault(organisation_id, set()).add(ids[field_id])
    return {o: frozenset(f) for o, f in held.items()}


def to_profile(sets: Memo[str | None, frozenset[str]], row: Any) -> Profile:
    """A row of `_read` as a Profile."""
    id_, name, kind, side, audiences, languages, capacity, active, linked = row
    return (id_, name, kind, side, sets[linked], audiences or "", languages or "", capacity,
            bool(active))  # fmt: skip


def profiles(session: Session, ids: Any) -> list[Profile]:
    """The organisations `ids` selects: (id, name, kind, side, fields, audiences, languages,
    capacity, active), one row each (their fields' ids gathered as text by the database)."""
    sets = field_sets(session)
    return [to_profile(sets, row) for row in _read(session, _O.id.in_(ids))]


def texts_of(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Organisation id -> (what it offers and its tags, its descriptions)."""
    return {
        r[0]: (f"{r[1]} {r[2]}", f"{r[3]} {r[4]} {r[5]}")
        for r in session.connection().execute(_texts_statement(), {"ids": ids}).all()
    }


@functools.cache
def _texts_statement() -> Any:
    """texts_of's statement, made once (the ids bound when run)."""
    return select(_O.id, _O.offers, _O.tags, _O.description_fr, _O.description_pl,
                  _O.description_en).where(_O.id.in_(bindparam("ids", expanding=True)))  # fmt: skip


def candidate(p: Profile, texts: tuple[str, str]) -> Candidate:
    id_, name, kind, side, fields, audiences, languages, capacity, active = p
    return Candidate(id_, name, kind, side, fields, audiences, languages, capacity, active,
                     *texts)  # fmt: skip


_ORDER = itemgetter(0)
INACTIVE_LAST = 10_000.0  # taken from an inactive one's score for the order only


def order(raw: float, active: bool) -> float:
    """What the list is ordered by: the score, every inactive organisation after the rest."""
    return raw if active else raw - INACTIVE_LAST


def _first(scored: list[tuple[float, Any]], limit: int) -> list[tuple[float, Any]]:
    """The `limit` first of `scored` (order, a Profile or a row of `_read`) by order, then
    name (folded), then id."""
    scored.sort(key=_ORDER, reverse=True)
    if len(scored) > limit:
        cut = scored[limit - 1][0] if limit > 0 else float("inf")
        scored = [sp for sp in scored if sp[0] >= cut]
    scored.sort(key=lambda sp: (-sp[0], fold_fast(sp[1][1]), sp[1][0]))
    return scored[:limit]


def past_points(quick: Quick, past: Briefs) -> dict[int, float]:
    """Organisation id -> what its history adds (quick.past of its History), from briefs."""
    by_stage: Memo[tuple[int, ...] | None, float] = Memo(
        lambda n: quick.exchanged[exchanges_value(n)] if n else 0.0
    )
    exchanged = past.exchanges
    points = {
        b[0]: by_stage[exchanged.get(b[0])] + quick.asked[b[1]] + quick.declined[b[2]]
        + quick.unanswered[b[3]]
        for b in past.rows
    }  # fmt: skip
    for org_id, n in exchanged.items():  # exchanges with it, never proposed
        if org_id not in points:
            points[org_id] = (
                by_stage[n] + quick.asked[None] + quick.declined[None] + quick.unanswered[0]
            )
    return points


def _best(
    session: Session,
    ask: Ask,
    rows: list[Any],
    past: Briefs,
    states: dict[int, str],
    today: date,
    limit: int,
) -> list[tuple[Profile, Candidate]]:
    """The `limit` best organisations of `rows` (`_candidates`), best first, as
    Candidates (with their texts); `past`: their histories in brief (history.briefs). The
    score reads only the fields in quick.telling (the inquiry's and those a kind's fit
    needs): those are the fields of the Candidates."""
    if limit < 1:
        return []
    quick = Quick(ask, today)
    held = _holding(session, quick.telling)
    # each part by the values as read (Quick's own tables by the values they rule on):
    # the fields and the kind (by the kind, then the fields), the languages by the side
    fields_kind: Memo[str, Memo[frozenset[str], float]] = Memo(
        lambda kind: Memo(lambda f: quick.fields[f] + quick.kinds[kind, f])
    )
    spoken: Memo[str, Memo[str, float]] = Memo(
        lambda side: Memo(lambda languages: quick.languages[languages, side])
    )
    audiences, capacity, none = quick.audiences, quick.capacity, quick.none
    was = past_points(quick, past)
    base = [
        (fields_kind[r[2]][held.get(r[0], _NONE)] + audiences[r[4]] + spoken[r[3]][r[5]]
         + capacity[r[6]] + was.get(r[0], none), r)
        for r in rows
    ]  # fmt: skip
    for n in [n for n, r in enumerate(rows) if not r[7] or r[0] in states]:
        points, r = base[n]
        base[n] = (order(points + quick.state(states.get(r[0]), bool(r[7])), bool(r[7])), r)
    texts: dict[int, tuple[str, str]] = {}

    def profile(r: Any) -> Profile:
        id_, name, kind, side, audiences, languages, capacity, active = r
        return (id_, name, kind, side, held.get(id_, _NONE), audiences or "", languages or "",
                capacity, bool(active))  # fmt: skip

    if not ask.text.words:
        best = _first(base, limit)
    else:
        read = partial(texts_of, session)
        best = _first(_with_words(read, ask, base, texts, limit), limit)
    missing = [r[0] for _, r in best if r[0] not in texts]
    texts.update(texts_of(session, missing) if missing else {})
    return [(p, candidate(p, texts[p[0]])) for p in (profile(r) for _, r in best)]


def _with_words(
    read: Callable[[list[int]], dict[int, tuple[str, str]]],
    ask: Ask,
    base: list[tuple[float, Any]],
    texts: dict[int, tuple[str, str]],
    limit: int,
) -> list[tuple[float, Any]]:
    """The words compared, best first, only while they could bring one into the list (they
    add at most Weights.words); their texts, read by `read`, are kept in `texts`. `base`:
    (points without words, a Profile or a row of `_read`)."""
    base.sort(key=_ORDER, reverse=True)  # stable: as `-order` would
    full: list[tuple[float, Any]] = []
    kept: list[float] = []  # a heap of the `limit` best scores with words
    for start in range(0, len(base), TEXT_BATCH):
        batch = base[start : start + TEXT_BATCH]
        if len(kept) >= limit and batch[0][0] + WEIGHTS.words < kept[0]:
            break
        texts.update(read([r[0] for _, r in batch]))
        for points, r in batch:
            if len(kept) >= limit and points + WEIGHTS.words < kept[0]:
                return full  # no one further down can reach the list
            total = points + word_points(ask, *texts[r[0]])
            full.append((total, r))
            heapq.heappush(kept, total)
            if len(kept) > limit:
                heapq.heappop(kept)
    return full


def suggest_partners(
    db: Database, inquiry_id: int, *, limit: int = 10, today: date | None = None
) -> list[Suggestion]:
    """Organisations of the other side for this inquiry, best first, with their reasons
    (never the inquiry's own organisation; inactive ones at the bottom)."""
    today = today or date.today()
    with db.read() as session:
        inq = changes.get_one(session, Inquiry, inquiry_id, INQUIRY)
        ask = _ask(session, inq)
        found = _candidates(session, ask, inq.side)
        past = briefs(session, today, besides=inq.id)
        states = states_of_inquiry(session, inq.id)
        best = _best(session, ask, found, past, states, today, limit)
        listed = [p[0] for p, _ in best]
        history = histories(session, today, besides=inq.id, organisations=listed)
        rows = _rows(session, listed)
        out = []
        for p, c in best:
            raw, reasons = score(
                ask, c, history.get(p[0], NO_HISTORY), states.get(p[0]), today, explain=True
            )
            out.append(Suggestion(rows[p[0]], scaled(raw), reasons, states.get(p[0])))
        return out


def _rows(session: Session, ids: list[int]) -> dict[int, OrganisationRow]:
    stmt = select(_O).where(_O.id.in_(ids)).options(selectinload(_O.fields))
    return {o.id: organisations.to_row(o) for o in session.scalars(stmt)}
