"""Suggested partners for an inquiry, and the inquiries an organisation could answer.

The candidates are read in a few set-based queries (the organisations' columns, their
fields, the proposals' history aggregated by organisation) and scored in Python
(core.partners.scoring). The words of the inquiry are the costly comparison: they add at
most Weights.words, so the organisations are scored without them first and compared word
by word, best first, only while they could still reach the list; the list is the same as if
every organisation had been compared.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session, selectinload

from msek_desktop.core import changes, organisations, sides
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.listing import row_of
from msek_desktop.core.inquiries.rules import LABEL as INQUIRY
from msek_desktop.core.models import Field, Inquiry, Organisation, organisation_fields
from msek_desktop.core.models import inquiry_fields as inquiry_fields_table
from msek_desktop.core.partners.history import (
    NO_HISTORY,
    History,
    histories,
    states_of_inquiry,
    states_of_organisation,
)
from msek_desktop.core.partners.scoring import (
    Ask,
    Candidate,
    Quick,
    Reason,
    scaled,
    score,
    word_pattern,
    word_points,
)
from msek_desktop.core.partners.weights import WEIGHTS
from msek_desktop.core.partners.words import fold_fast, text_wants
from msek_desktop.core.rows import InquiryRow, OrganisationRow
from msek_desktop.core.vocab import Side, Stage

# The inquiries still looking for a partner: those an organisation's panel offers it.
LOOKING = (Stage.NEW, Stage.QUALIFYING, Stage.MATCHING, Stage.PROPOSAL_SENT)
POOL = 3000  # inquiries looked at for one organisation: the most recent still looking


@dataclass(frozen=True)
class Suggestion:
    organisation: OrganisationRow
    score: float  # 0-100
    reasons: tuple[Reason, ...]  # most telling first
    state: str | None  # this inquiry's proposal state for it, if proposed


@dataclass(frozen=True)
class InquiryFit:
    inquiry: InquiryRow
    score: float
    reasons: tuple[Reason, ...]


def _field_codes(session: Session, link: Any, key: Any, ids: Any) -> dict[int, frozenset[str]]:
    stmt = select(key, Field.code).join(Field, Field.id == link.c.field_id).where(key.in_(ids))
    found: dict[int, set[str]] = {}
    for record, code in session.execute(stmt):
        found.setdefault(int(record), set()).add(str(code))
    return {k: frozenset(v) for k, v in found.items()}


def _ask(session: Session, inq: Inquiry, fields: tuple[str, ...]) -> Ask:
    org = inq.organisation if inq.organisation and inq.organisation.deleted_at is None else None
    contact = inq.contact
    of_org = not fields and org is not None
    if of_org and org is not None:
        fields = tuple(f.code for f in sorted(org.fields, key=lambda f: f.id))
    languages = [inq.letter_language] + ([contact.language] if contact else [])
    text = text_wants((inq.subject, inq.desired_counterpart), inq.message)
    return Ask(
        inquiry_id=inq.id,
        requester=inq.organisation_id,
        fields=fields,
        fields_of_org=of_org,
        kind=org.kind if org else None,
        audiences_of_org=frozenset((org.audiences if org else "").split()),
        languages=tuple(dict.fromkeys(lang for lang in languages if lang)),
        languages_of_org=frozenset((org.languages if org else "").split()),
        text=text,
        pattern=word_pattern(text),
    )


_O = Organisation
_OF = organisation_fields
# An organisation as the quick pass reads it (Profile): what `Quick.points` takes.
_PROFILE = (_O.id, _O.name, _O.kind, _O.side, _O.audiences, _O.languages, _O.capacity,
            _O.active)  # fmt: skip
TEXT_BATCH = 100  # organisations whose texts are read at once, best first
Profile = tuple[int, str, str, str, frozenset[str], str, str, "int | None", bool]


def _live_ids(ask: Ask, side: str) -> Any:
    wanted = [s.value for s in sides.partner_sides(side)]
    ids = select(_O.id).where(_O.deleted_at.is_(None), _O.side.in_(wanted))
    if ask.requester is not None:
        ids = ids.where(_O.id != ask.requester)
    return ids


def _profiles(session: Session, ids: Any) -> list[Profile]:
    """The organisations `ids` selects: (id, name, kind, side, fields, audiences, languages,
    capacity, active), one row each (their fields' ids gathered as text by the database)."""
    conn = session.connection()
    codes = {str(i): str(c) for i, c in conn.execute(select(Field.id, Field.code)).all()}
    owned = (
        select(func.aggregate_strings(cast(_OF.c.field_id, String), ","))
        .where(_OF.c.organisation_id == _O.id)
        .correlate(_O)
        .scalar_subquery()
    )
    sets: dict[str | None, frozenset[str]] = {None: frozenset()}  # by the ids' text
    out: list[Profile] = []
    for id_, name, kind, side, audiences, languages, capacity, active, linked in conn.execute(
        select(*_PROFILE, owned).where(_O.id.in_(ids))
    ).all():
        fields = sets.get(linked)
        if fields is None:
            fields = sets[linked] = frozenset(codes[i] for i in linked.split(","))
        out.append((id_, name, kind, side, fields, audiences or "", languages or "", capacity,
                    bool(active)))  # fmt: skip
    return out


def _texts(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Organisation id -> (what it offers and its tags, its descriptions)."""
    stmt = select(_O.id, _O.offers, _O.tags, _O.description_fr, _O.description_pl,
                  _O.description_en).where(_O.id.in_(ids))  # fmt: skip
    return {
        r[0]: (f"{r[1]} {r[2]}", f"{r[3]} {r[4]} {r[5]}")
        for r in session.connection().execute(stmt).all()
    }


def _candidate(p: Profile, texts: tuple[str, str]) -> Candidate:
    id_, name, kind, side, fields, audiences, languages, capacity, active = p
    return Candidate(id_, name, kind, side, fields, audiences, languages, capacity, active,
                     *texts)  # fmt: skip


INACTIVE_LAST = 10_000.0  # taken from an inactive one's score for the order only


def _order(raw: float, active: bool) -> float:
    """What the list is ordered by: the score, every inactive organisation after the rest."""
    return raw if active else raw - INACTIVE_LAST


def _first(scored: list[tuple[float, Profile]], limit: int) -> list[tuple[float, Profile]]:
    """The `limit` first of `scored` by order, then name (folded), then id."""
    scored.sort(key=lambda sp: -sp[0])
    if len(scored) > limit:
        cut = scored[limit - 1][0] if limit > 0 else float("inf")
        scored = [sp for sp in scored if sp[0] >= cut]
    scored.sort(key=lambda sp: (-sp[0], fold_fast(sp[1][1]), sp[1][0]))
    return scored[:limit]


def _best(
    session: Session,
    ask: Ask,
    profiles: list[Profile],
    history: dict[int, History],
    states: dict[int, str],
    today: date,
    limit: int,
) -> list[tuple[Profile, Candidate]]:
    """The `limit` best organisations, best first, as Candidates (with their texts)."""
    quick = Quick(ask, today)
    base = [
        (_order(quick.points(p[2], p[3], p[4], p[5], p[6], p[7], p[8], history.get(p[0]),
                             states.get(p[0])), p[8]), p)
        for p in profiles
    ]  # fmt: skip
    texts: dict[int, tuple[str, str]] = {}
    if ask.pattern is None:
        best = _first(base, limit)
    else:
        read = partial(_texts, session)
        best = _first(_with_words(read, ask, base, texts, limit), limit)
    missing = [p[0] for _, p in best if p[0] not in texts]
    texts.update(_texts(session, missing) if missing else {})
    return [(p, _candidate(p, texts[p[0]])) for _, p in best]


def _with_words(
    read: Callable[[list[int]], dict[int, tuple[str, str]]],
    ask: Ask,
    base: list[tuple[float, Profile]],
    texts: dict[int, tuple[str, str]],
    limit: int,
) -> list[tuple[float, Profile]]:
    """The words compared, best first, only while they could bring one into the list (they
    add at most Weights.words); their texts, read by `read`, are kept in `texts`."""
    base.sort(key=lambda sp: -sp[0])
    full: list[tuple[float, Profile]] = []
    kept: list[float] = []  # a heap of the `limit` best scores with words
    for start in range(0, len(base), TEXT_BATCH):
        batch = base[start : start + TEXT_BATCH]
        if len(kept) >= limit and batch[0][0] + WEIGHTS.words < kept[0]:
            break
        texts.update(read([p[0] for _, p in batch]))
        for points, p in batch:
            if len(kept) >= limit and points + WEIGHTS.words < kept[0]:
                return full  # no one further down can reach the list
            total = points + word_points(ask, _candidate(p, texts[p[0]]))
            full.append((total, p))
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
        ask = _ask(session, inq, _inquiry_fields(session, [inq.id]).get(inq.id, ()))
        ids = _live_ids(ask, inq.side)
        profiles = _profiles(session, ids)
        history = histories(session, today, besides=inq.id, organisations=ids)
        states = states_of_inquiry(session, inq.id)
        best = _best(session, ask, profiles, history, states, today, limit)
        rows = _rows(session, [p[0] for p, _ in best])
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


def _asking_sides(side: str) -> list[str]:
    """The sides whose inquiries look for partners on `side`."""
    return [s.value for s in Side if side in sides.partner_sides(s.value)]


def inquiries_for_organisation(
    db: Database, organisation_id: int, *, limit: int = 10, today: date | None = None
) -> list[InquiryFit]:
    """The inquiries of the other side still looking for a partner (LOOKING; the POOL most
    recent) that this organisation fits, best first, scored as suggest_partners scores it
    for each of them."""
    today = today or date.today()
    with db.read() as session:
        org = changes.get_live(session, Organisation, organisation_id, organisations.LABEL)
        stmt = (
            select(Inquiry)
            .where(
                Inquiry.deleted_at.is_(None),
                Inquiry.stage.in_([s.value for s in LOOKING]),
                Inquiry.side.in_(_asking_sides(org.side)),
                (Inquiry.organisation_id != org.id) | Inquiry.organisation_id.is_(None),
            )
            .order_by(Inquiry.received_on.desc(), Inquiry.id.desc())
            .limit(POOL)
            .options(selectinload(Inquiry.organisation).selectinload(Organisation.fields))
            .options(selectinload(Inquiry.contact))
        )
        pool = list(session.scalars(stmt))
        fields = _inquiry_fields(session, [i.id for i in pool])
        c = _organisation(org)
        states = states_of_organisation(session, org.id)
        whole = histories(session, today, organisations=[org.id]).get(org.id, NO_HISTORY)
        scored = []
        for inq in pool:
            ask = _ask(session, inq, fields.get(inq.id, ()))
            h = whole
            if inq.id in states:  # its history without this inquiry's own proposal
                found = histories(session, today, besides=inq.id, organisations=[org.id])
                h = found.get(org.id, NO_HISTORY)
            raw, reasons = score(ask, c, h, states.get(inq.id), today, explain=True)
            scored.append((_order(raw, c.active), raw, inq.received_on, inq.id, reasons))
        scored.sort(key=lambda s: (-s[0], -s[2].toordinal(), -s[3]))
        return [
            InquiryFit(row_of(session, inquiry_id), scaled(raw), reasons)
            for _order_by, raw, _day, inquiry_id, reasons in scored[:limit]
        ]


def _inquiry_fields(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    link = inquiry_fields_table
    stmt = (
        select(link.c.inquiry_id, Field.code)
        .join(Field, Field.id == link.c.field_id)
        .where(link.c.inquiry_id.in_(ids))
        .order_by(link.c.inquiry_id, Field.id)
    )
    out: dict[int, list[str]] = {}
    for inquiry_id, code in session.execute(stmt):
        out.setdefault(int(inquiry_id), []).append(str(code))
    return {k: tuple(v) for k, v in out.items()}


def _organisation(o: Organisation) -> Candidate:
    return Candidate(
        o.id, o.name, o.kind, o.side, frozenset(f.code for f in o.fields), o.audiences or "",
        o.languages or "", o.capacity, bool(o.active), f"{o.offers} {o.tags}",
        f"{o.description_fr} {o.description_pl} {o.description_en}",
    )  # fmt: skip
