"""The demo's partner proposals: who was proposed for each inquiry, and how far it went.

An inquiry that reached "matching" may have partners proposed; from "proposal_sent" on they
were contacted; "in_discussion" has one interested; "agreed", "running" and "completed" have
one accepted, the others declined (with a reason) or never answering; a lost inquiry's
proposals tell its reason (no answer: contacted and silent; no counterpart: all declined).
Partners are organisations of the other side sharing a field with the inquiry, the same kind
as the requester's more often, known organisations more often than generated ones. Each
proposal has its timeline entries (kind "partner", field "state", old → new, the decline
reason as note) in the inquiry's and the organisation's timelines (both ids set), at dates
between the inquiry's steps, never after `today`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from msek_desktop.core.demo.common import (
    _FR,
    _KAT,
    _SE,
    DAYS,
    MINUTES,
    Entry,
    _at,
    _pick,
    _Weighted,
)
from msek_desktop.core.demo.data import _Topic
from msek_desktop.core.demo.people import _Org, _Person
from msek_desktop.core.models import PartnerProposal
from msek_desktop.core.vocab import (
    PIPELINE,
    DeclineReason,
    LostReason,
    ProposalState,
    Side,
    Stage,
    TimelineKind,
)
from msek_desktop.core.writer import Writer

_P = ProposalState
# no capacity, not relevant, timing, no funding, other
_REASON = _Weighted(tuple(DeclineReason), (30, 20, 25, 15, 10))
_OTHER_NOTES = {
    _SE: ("Changement de direction, projet reporté.", "Déjà engagés avec un autre partenaire."),
    _KAT: ("Zmiana dyrekcji, projekt odłożony.", "Współpracują już z innym partnerem."),
}
_PARTNER = str(TimelineKind.PARTNER)
_WAYPOINTS = PIPELINE[3:6]  # proposal_sent, discussion, agreed
_HOUR, _FIVE_MINUTES = timedelta(hours=1), MINUTES[5]
_PROPOSAL = ("inquiry_id", "organisation_id", "state", "decline_reason", "note", "state_at",
             "proposed_by_id", "created_at", "updated_at", "version")  # fmt: skip


class _Proposer:
    """Draws and writes the partner proposals of the demo's inquiries (from its own rng)."""

    def __init__(self, out: Writer, rng: random.Random, orgs: Sequence[_Org], today: date) -> None:
        self.out, self.rng, self.today = out, rng, today
        self.proposals = 0
        self.rows: list[tuple[object, ...]] = []  # the proposals not yet handed to the writer
        # (side, field) -> the live organisations there, and their weights
        self.pool: dict[tuple[Side, str], list[_Org]] = {}
        # (side, topic fields, topic kinds, requester kind) -> candidates and a draw among them
        self.drawn: dict[tuple[Any, ...], tuple[list[_Org], _Weighted[_Org]]] = {}
        for org in orgs:
            if org.profile.active and org.city.side in (_SE, _KAT):
                for code in org.fields:
                    self.pool.setdefault((org.city.side, code), []).append(org)

    def inquiry(
        self,
        inquiry_id: int,
        person: _Person,
        org: _Org | None,
        topic: _Topic,
        path: Sequence[Stage],
        moments: Sequence[datetime],
        lost: LostReason | None,
        actor: int | None,
        timeline: list[Entry],
    ) -> None:
        """The proposals of one inquiry gone through `path` (moments: when each step after
        the first was reached); their timeline entries added to `timeline`."""
        if not topic.counterpart[0] or Stage.MATCHING not in path[1:]:
            return  # nobody to find (a question answered), or not looked for yet
        rng = self.rng
        reached = dict(zip(path[1:], moments, strict=True))
        if lost is LostReason.OUT_OF_SCOPE:
            return  # turned down by the office
        waiting = Stage.PROPOSAL_SENT not in reached and lost is not LostReason.NO_COUNTERPART
        if waiting and rng.random() < 0.5:
            return  # still looking, nobody proposed yet
        partners = self._partners(person, org, topic)
        if not partners:
            return
        start = reached[Stage.MATCHING]
        end = reached.get(Stage.LOST) or _at(self.today, 540)
        steps = [reached.get(s) for s in _WAYPOINTS]  # proposal_sent, discussion, agreed
        chosen = 0 if steps[1] is not None else -1  # the one who said yes
        for i, partner in enumerate(partners):
            history = self._history(i == chosen, steps, start, end, lost)
            self._write(inquiry_id, partner, history, actor, timeline)

    def flush(self) -> None:
        """Hand the proposals drawn so far to the writer (in one Writer.many)."""
        self.out.many(PartnerProposal, _PROPOSAL, self.rows)
        self.rows = []

    def _partners(self, person: _Person, org: _Org | None, topic: _Topic) -> list[_Org]:
        """1 to 3 organisations of the other side sharing a field with the topic: those
        sharing more of its fields, of a kind it is about or the requester's, known ones,
        more often."""
        side = person.side
        if side not in (_SE, _KAT):
            side = _SE if person.city.lang is _FR else _KAT
        other = _KAT if side is _SE else _SE
        key = (other, topic.fields, topic.kinds, org.kind if org else None)
        if key not in self.drawn:
            self.drawn[key] = self._candidates(*key)
        candidates, draw = self.drawn[key]
        if not candidates:
            return []
        random = self.rng.random
        count = min(len(candidates), 1 + (random() < 0.55) + (random() < 0.25))
        chosen: list[_Org] = []
        while len(chosen) < count:
            pick = draw(self.rng)
            if pick not in chosen:
                chosen.append(pick)
        return chosen

    def _candidates(
        self, other: Side, fields: tuple[str, ...], kinds: tuple[str, ...], kind: str | None
    ) -> tuple[list[_Org], _Weighted[_Org]]:
        """The organisations that may be proposed for a topic asked by a `kind`, and a draw
        among them by weight (computed once per topic, side and kind)."""
        found = {id(o): o for code in fields for o in self.pool.get((other, code), ())}
        candidates = [o for o in found.values() if o.kind in kinds] or list(found.values())
        weights = [
            o.weight * 4.0 ** len(set(o.fields) & set(fields))
            * (3.0 if o.kind in kinds else 1.0) * (2.0 if o.kind == kind else 1.0)
            for o in candidates
        ]  # fmt: skip
        return candidates, _Weighted(candidates, weights or [1.0])

    def _history(
        self,
        yes: bool,
        steps: list[datetime | None],
        start: datetime,
        end: datetime,
        lost: LostReason | None,
    ) -> list[tuple[datetime, ProposalState, DeclineReason | None]]:
        """(moment, state, reason) of each state one proposal went through, in order."""
        rng = self.rng
        sent, discussion, agreed = steps
        proposed = _between(rng, start, sent or end, 0.3)
        out: list[tuple[datetime, ProposalState, DeclineReason | None]] = [
            (proposed, _P.PROPOSED, None)
        ]
        if sent is None:
            if lost is LostReason.NO_COUNTERPART:  # proposed, and they said no
                out.append((_between(rng, proposed, end, 0.8), _P.DECLINED, _REASON(rng)))
            return out
        contacted = max(sent, proposed + _HOUR)
        out.append((contacted, _P.CONTACTED, None))
        if yes and discussion is not None:
            out.append((max(discussion, contacted + _HOUR), _P.INTERESTED, None))
            if agreed is not None:
                out.append((max(agreed, out[-1][0] + _HOUR), _P.ACCEPTED, None))
            return out
        if lost is LostReason.NO_ANSWER:
            return out  # asked, never answered
        roll = rng.random()
        if lost is LostReason.NO_COUNTERPART or discussion is not None or roll < 0.35:
            reason = _REASON(rng)
            if lost is LostReason.NO_COUNTERPART and reason is DeclineReason.OTHER:
                reason = DeclineReason.NOT_RELEVANT
            later = _between(rng, contacted, discussion or end, 0.8)
            out.append((later, _P.DECLINED, reason))
        elif roll < 0.5 and lost is LostReason.WITHDRAWN:
            out.append((_between(rng, contacted, end, 0.5), _P.INTERESTED, None))
        return out

    def _write(
        self,
        inquiry_id: int,
        org: _Org,
        history: list[tuple[datetime, ProposalState, DeclineReason | None]],
        actor: int | None,
        timeline: list[Entry],
    ) -> None:
        at, state, reason = history[-1]
        note = ""
        if reason is DeclineReason.OTHER:
            note = _pick(self.rng, _OTHER_NOTES[org.city.side])
        self.rows.append(
            (inquiry_id, org.id, str(state), str(reason) if reason else None, note, at, actor,
             history[0][0], at, len(history))
        )  # fmt: skip
        old = ""
        for moment, new, why in history:
            why_text = (f"{why} — {note}" if note else str(why)) if why else ""
            timeline.append(
                (_PARTNER, actor, moment, inquiry_id, org.id, "state", old, str(new), why_text)
            )
            old = str(new)
        self.proposals += 1


def _between(rng: random.Random, low: datetime, high: datetime, share: float) -> datetime:
    """A moment after `low`, within the first `share` of the way to `high` (never before
    low, at office hours)."""
    start = low.date()
    days = max(0, (high.date() - start).days)
    random = rng.random
    # _ri(rng, 0, int(days * share)), then _ri(rng, 0, 540)
    day = start + DAYS[int(random() * (int(days * share) + 1))]
    return max(low + _FIVE_MINUTES, _at(day, int(random() * 541)))
