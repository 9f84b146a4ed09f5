"""The demo's exchanges: what happened after its inquiries were agreed.

Drawn from their own random.Random (made from the seed), after every inquiry is written and
read back from the database, so adding them leaves every other demo row as it was. Each
agreed, running or completed inquiry of an organisation of Saint-Étienne or Katowice has its
exchanges (a few agreed ones none yet), between that organisation and one of the other side
(the partner who accepted, where the proposals made one; otherwise one of the other side
sharing a field). They agree with the inquiry's stage and core.exchanges' rules on `today`,
so catch_up changes nothing:

- completed inquiry: a completed exchange from the day the inquiry went to "running" to
  before it was completed (and sometimes an earlier attempt, cancelled);
- running inquiry: a running exchange from the day it went to "running" until after today
  (a long programme when that day is long past);
- agreed inquiry: a planned exchange to come; now and then one cancelled before it, or only
  a cancelled one.

Kinds fit the fields (a concert for music, an exhibition for design...); participants by
side, planned and (once done) actual; funding from the vocabulary's sources, amounts in EUR or
PLN (some not known yet); programme items for some short exchanges; titles, items, outcomes
and notes in French or Polish, as the staff member of the inquiry's language writes them.
Each has its timeline entries on the inquiry (kind "exchange": made, then each status), never
after `today`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Executable, select

import msek_desktop.core.demo.exchange_texts as words
from msek_desktop.core.demo.common import DAYS, MINUTES, Reached, _at, _pick, _ri, _Weighted
from msek_desktop.core.models import (
    ExchangeFunding,
    ExchangeItem,
    Field,
    Inquiry,
    Organisation,
    PartnerProposal,
    TimelineEntry,
    inquiry_fields,
    organisation_fields,
)
from msek_desktop.core.vocab import (
    CancelReason,
    ExchangeKind,
    ExchangeStatus,
    FundingSource,
    Language,
    ProposalState,
    Side,
    Stage,
    TimelineKind,
)
from msek_desktop.core.writer import Writer

_S = ExchangeStatus
_SIDES = (Side.SAINT_ETIENNE.value, Side.KATOWICE.value)
_STAGES = (Stage.AGREED.value, Stage.RUNNING.value, Stage.COMPLETED.value)
_EXCHANGE = TimelineKind.EXCHANGE.value
# funding, schedule, partner withdrew, health and safety, other
_REASON = _Weighted(tuple(CancelReason), (35, 30, 15, 10, 10))
_SCHOOLS = ("education", "higher_education", "youth")
_ENTRY = ("kind", "staff_id", "at", "inquiry_id", "field", "old_value", "new_value", "note")


@dataclass
class _Inquiry:
    id: int
    stage: str
    org_id: int
    side: str
    lang: Language
    received: date
    staff_id: int | None
    codes: list[str] = field(default_factory=list)
    steps: dict[str, datetime] = field(default_factory=dict)  # stage -> when reached
    partner_id: int | None = None  # the partner who accepted


@dataclass(frozen=True)
class _Org:
    id: int
    name: str
    side: str
    codes: tuple[str, ...]


class _Exchanges:
    """Reads the demo's agreed, running and completed inquiries and writes their exchanges."""

    def __init__(self, out: Writer, conn: Connection, seed: object, today: date) -> None:
        self.out, self.conn, self.today = out, conn, today
        self.rng = random.Random(f"exchanges {seed}")
        self.fields = {code: fid for fid, code in conn.execute(select(Field.id, Field.code))}
        self.orgs: dict[int, _Org] = {}
        self.by_side_field: dict[tuple[str, str], list[_Org]] = {}
        self.inactive: dict[int, str] = {}  # the names of inactive organisations read
        self.count = 0
        # the exchanges' timeline entries, items and funding, in order (Writer.many at the end)
        self.timeline: list[tuple[Any, ...]] = []
        self.items: list[tuple[int, date, str, str]] = []
        self.funding: list[tuple[int, str, Decimal | None, str, str]] = []

    # -- reading ------------------------------------------------------------------------

    def _read_orgs(self) -> None:
        codes: dict[int, list[str]] = {}
        of = organisation_fields
        stmt = (
            select(of.c.organisation_id, Field.code)
            .join(Field, Field.id == of.c.field_id)
            .order_by(of.c.organisation_id, Field.id)
        )
        for org_id, code in self.conn.execute(stmt):
            codes.setdefault(org_id, []).append(code)
        o = Organisation
        stmt2 = (
            select(o.id, o.name, o.side)
            .where(o.deleted_at.is_(None), o.active.is_(True), o.side.in_(_SIDES))
            .order_by(o.id)
        )
        for org_id, name, side in self.conn.execute(stmt2):
            org = _Org(org_id, name, side, tuple(codes.get(org_id, ())))
            self.orgs[org_id] = org
            for code in org.codes:
                self.by_side_field.setdefault((side, code), []).append(org)

    def _all(self, stmt: Executable) -> Iterator[Any]:
        """The rows of `stmt` in order, fetched a few thousand at a time (not one by one)."""
        for part in self.conn.execute(stmt).partitions(5000):
            yield from part

    def _read_inquiries(self, reached: Reached) -> list[_Inquiry]:
        i, o = Inquiry, Organisation
        stmt = (
            select(i.id, i.stage, o.id, o.side, i.letter_language, i.received_on, i.assignee_id)
            .join(o, o.id == i.organisation_id)
            .where(i.stage.in_(_STAGES), i.deleted_at.is_(None), o.side.in_(_SIDES))
            .order_by(i.id)
        )
        found = {
            r[0]: _Inquiry(r[0], r[1], r[2], r[3], words.language(r[4], r[3]), r[5], r[6])
            for r in self._all(stmt)
        }
        ifs = inquiry_fields
        stmt_codes = (
            select(ifs.c.inquiry_id, Field.code)
            .join(Field, Field.id == ifs.c.field_id)
            .order_by(ifs.c.inquiry_id, Field.id)
        )
        pp = PartnerProposal
        stmt_partners = (
            select(pp.inquiry_id, pp.organisation_id)
            .where(pp.state == ProposalState.ACCEPTED.value)
            .order_by(pp.id)
        )
        for inquiry_id, code in self._all(stmt_codes):
            if inquiry_id in found:
                found[inquiry_id].codes.append(code)
        for inquiry_id, one in found.items():  # its "stage" entries, as the writer made them
            one.steps, actor = reached.get(inquiry_id, ({}, None))
            one.staff_id = one.staff_id or (actor if one.steps else None)
        for inquiry_id, org_id in self._all(stmt_partners):
            inq = found.get(inquiry_id)
            if inq is not None and inq.partner_id is None:
                inq.partner_id = org_id
        return list(found.values())

    # -- writing ------------------------------------------------------------------------

    def write(self, reached: Reached) -> int:
        """Write the exchanges (rows pending in the Writer); how many."""
        self._read_orgs()
        for inq in self._read_inquiries(reached):
            partner = self._partner(inq)
            if partner is not None and Stage.AGREED.value in inq.steps:
                self._inquiry(inq, partner)
        self.out.many(TimelineEntry, _ENTRY, self.timeline)
        self.out.many(ExchangeItem, ("exchange_id", "day", "place", "what"), self.items)
        names = ("exchange_id", "source", "amount", "currency", "note")
        self.out.many(ExchangeFunding, names, self.funding)
        return self.count

    def _partner(self, inq: _Inquiry) -> _Org | None:
        """The partner who accepted, else one of the other side sharing a field."""
        known = self.orgs.get(inq.partner_id) if inq.partner_id is not None else None
        if known is not None and known.side != inq.side:
            return known
        other = _SIDES[1] if inq.side == _SIDES[0] else _SIDES[0]
        pool = sorted(
            {o.id: o for c in inq.codes for o in self.by_side_field.get((other, c), ())}.values(),
            key=lambda o: o.id,
        )
        if not pool:
            pool = sorted((o for o in self.orgs.values() if o.side == other), key=lambda o: o.id)
        return _pick(self.rng, pool) if pool else None

    def _inquiry(self, inq: _Inquiry, partner: _Org) -> None:
        rng, today = self.rng, self.today
        agreed = inq.steps[Stage.AGREED.value].date()
        if inq.stage == Stage.COMPLETED.value:
            began = inq.steps.get(Stage.RUNNING.value)
            done = inq.steps.get(Stage.COMPLETED.value)
            start = began.date() if began else agreed
            last = (done.date() if done else today) - DAYS[1]
            if rng.random() < 0.08:  # a first attempt, called off
                self._cancelled(inq, partner, agreed, start - DAYS[1])
            self._one(inq, partner, _S.COMPLETED, start, min(last, today - DAYS[1]))
        elif inq.stage == Stage.RUNNING.value:
            began = inq.steps.get(Stage.RUNNING.value)
            self._one(inq, partner, _S.RUNNING, began.date() if began else today, None)
        else:
            roll = rng.random()
            if roll < 0.2:
                return  # agreed, the exchange not recorded yet
            if roll < 0.3:
                self._cancelled(inq, partner, agreed, today + DAYS[120])
            if roll >= 0.25:
                start = today + DAYS[_ri(rng, 10, 270)]
                self._one(inq, partner, _S.PLANNED, start, None)

    def _cancelled(self, inq: _Inquiry, partner: _Org, low: date, high: date) -> None:
        """An exchange called off: meant to start between low and high (at least a week
        after it was agreed), cancelled before it started."""
        low = low + DAYS[7]
        start = low + DAYS[_ri(self.rng, 0, max(0, (high - low).days))]
        self._one(inq, partner, _S.CANCELLED, start, None)

    def _one(
        self, inq: _Inquiry, partner: _Org, status: ExchangeStatus, start: date, last: date | None
    ) -> None:
        """One exchange starting on `start`; `last`: the latest its last day may be."""
        rng, today, lang = self.rng, self.today, inq.lang
        kind, days = self._kind(inq, partner, status, start)
        end = start + DAYS[days - 1]
        if last is not None:  # within `last`, moved earlier if need be
            end = min(end, last)
            start = min(start, end)
        if status is _S.RUNNING:
            end = max(end, today + DAYS[_ri(rng, 1, 30)])
        at_home = rng.random() < 0.5  # the inquiry's organisation receives the partner
        host, guest = (inq.org_id, partner.id) if at_home else (partner.id, inq.org_id)
        host_side = inq.side if at_home else partner.side
        host_name, guest_name = self.orgs_name(host), self.orgs_name(guest)
        title = _pick(rng, words.TITLES[lang][kind]).format(
            guest=guest_name, host=host_name, at=words.AT[host_side][lang]
        )
        (g_low, g_high), (h_low, h_high) = words.PEOPLE[kind]
        guests, hosts = _ri(rng, g_low, g_high), _ri(rng, h_low, h_high)
        planned = {host_side: hosts, _other(host_side): guests}
        actual: dict[str, int | None] = dict.fromkeys(_SIDES)
        if status is _S.COMPLETED and rng.random() < 0.9:
            actual = {s: max(0, n + _ri(rng, -2, 1)) for s, n in planned.items()}
        elif status is _S.RUNNING and rng.random() < 0.6:
            actual = dict(planned)
        reason = _REASON(rng) if status is _S.CANCELLED else None
        codes = [c for c in inq.codes if c in self.fields] or list(partner.codes[:1])
        exchange_id = self.out.exchange(
            [inq.org_id, partner.id], [self.fields[c] for c in codes if c in self.fields],
            inquiry_id=inq.id, title=title[:300], kind=kind.value, status=status.value,
            cancel_reason=reason.value if reason else None,
            cancel_note=words.CANCEL_NOTES[lang][reason] if reason else "",
            starts_on=start, ends_on=end,
            planned_saint_etienne=planned[_SIDES[0]], planned_katowice=planned[_SIDES[1]],
            actual_saint_etienne=actual[_SIDES[0]], actual_katowice=actual[_SIDES[1]],
            outcome=_pick(rng, words.OUTCOMES[lang]) if status is _S.COMPLETED else "",
            **self._history(inq, status, title, start, end),
        )  # fmt: skip
        if (end - start).days <= 10 and status is not _S.CANCELLED and rng.random() < 0.5:
            self._items(exchange_id, kind, lang, host_side, start, end)
        self._funding(exchange_id, inq, kind, codes)
        self.count += 1

    def orgs_name(self, org_id: int) -> str:
        org = self.orgs.get(org_id)
        if org is None:  # the inquiry's own organisation, no longer active: read once
            name = self.inactive.get(org_id)
            if name is None:
                found = self.conn.scalar(select(Organisation.name).where(Organisation.id == org_id))
                name = self.inactive[org_id] = str(found)
            return name
        return org.name

    def _kind(
        self, inq: _Inquiry, partner: _Org, status: ExchangeStatus, start: date
    ) -> tuple[ExchangeKind, int]:
        """A kind fitting the inquiry's fields, and how many days it lasts; a running one
        long enough to reach past today."""
        rng = self.rng
        choices = [k for c in inq.codes for k in words.KINDS.get(c, ())] or list(words.OTHER_KINDS)
        draw = _Weighted(choices, [w for *_, w in choices])
        kind, low, high, _w = draw(rng)
        days = _ri(rng, low, high)
        if status is _S.RUNNING:
            needed = (self.today - start).days + 1
            if days <= needed:
                fitting = [c for c in choices if c[2] > needed]
                if fitting:
                    kind, _low, high, _w = _pick(rng, fitting)
                    days = _ri(rng, needed + 1, high)
                else:
                    kind, days = words.LONG[0], needed + _ri(rng, 10, 120)
        return kind, days

    def _history(
        self, inq: _Inquiry, status: ExchangeStatus, title: str, start: date, end: date
    ) -> dict[str, object]:
        """The exchange's timeline entries on its inquiry (made, each status it went
        through), never after today; its created_at, updated_at and version."""
        rng, today = self.rng, self.today
        agreed = inq.steps[Stage.AGREED.value]
        made = max(agreed + timedelta(hours=1), _at(min(today, start), 0) - DAYS[30])
        made = min(made, _at(today, 0))
        steps = [(made, "", _S.PLANNED.value)]
        if status is _S.CANCELLED:
            called_off = _at(min(today, max(made.date(), start - DAYS[_ri(rng, 3, 40)])),
                             _ri(rng, 60, 540))  # fmt: skip
            steps.append((max(called_off, made + MINUTES[5]), "planned", status.value))
        if status in (_S.RUNNING, _S.COMPLETED):
            steps.append((max(_at(start, 0), made + MINUTES[5]), "planned", "running"))
        if status is _S.COMPLETED:
            after = min(today, end + DAYS[1])
            steps.append((max(_at(after, 1), steps[-1][0] + MINUTES[5]), "running",
                           status.value))  # fmt: skip
        for at, old, new in steps:
            self.timeline.append((_EXCHANGE, inq.staff_id, at, inq.id, "status", old, new, title))
        return {"created_at": steps[0][0], "updated_at": steps[-1][0], "version": len(steps)}

    def _items(
        self, exchange_id: int, kind: ExchangeKind, lang: Language, side: str, start: date,
        end: date,
    ) -> None:  # fmt: skip
        rng = self.rng
        places = words.PLACES[side]
        highlight = words.HIGHLIGHT[lang].get(kind, words.HIGHLIGHT[lang][ExchangeKind.OTHER])
        days = [(start, words.ARRIVAL[lang])]
        if (end - start).days >= 2:
            middle = start + DAYS[_ri(rng, 1, (end - start).days - 1)]
            days.append((middle, highlight))
        if end > start:
            days.append((end, words.DEPARTURE[lang]))
        for day, what in days:
            self.items.append((exchange_id, day, _pick(rng, places), what))

    def _funding(
        self, exchange_id: int, inq: _Inquiry, kind: ExchangeKind, codes: list[str]
    ) -> None:
        """One to three sources: Erasmus+ for schools and universities, Creative Europe for
        long cultural projects, the cities, own funds; a few amounts not known yet."""
        rng, lang = self.rng, inq.lang
        schools = any(c in _SCHOOLS for c in codes)
        sources = [FundingSource.ERASMUS_PLUS if schools and rng.random() < 0.7 else None]
        if kind is ExchangeKind.JOINT_PROJECT and not schools and rng.random() < 0.5:
            sources.append(FundingSource.CREATIVE_EUROPE)
        city = {_SIDES[0]: FundingSource.SAINT_ETIENNE_CITY, _SIDES[1]: FundingSource.KATOWICE_CITY}
        if rng.random() < 0.55:
            sources.append(city[inq.side])
        if rng.random() < 0.25:
            sources.append(city[_other(inq.side)])
        if rng.random() < 0.5 or not any(sources):
            sources.append(FundingSource.OWN_FUNDS)
        if rng.random() < 0.08:
            sources.append(FundingSource.OTHER)
        for source in dict.fromkeys(s for s in sources if s is not None):
            low, high, step = words.AMOUNTS[source]
            polish = source is FundingSource.KATOWICE_CITY or (
                source in (FundingSource.OWN_FUNDS, FundingSource.OTHER) and inq.side == _SIDES[1]
            )
            amount: Decimal | None = Decimal(_ri(rng, low // step, high // step) * step)
            note = _pick(rng, words.OTHER_FUNDERS[lang]) if source is FundingSource.OTHER else ""
            if rng.random() < 0.12:
                amount = None
                note = ", ".join(x for x in (note, words.AMOUNT_PENDING[lang]) if x)
            currency = "PLN" if polish else "EUR"
            self.funding.append((exchange_id, source.value, amount, currency, note))


def _other(side: str) -> str:
    return _SIDES[1] if side == _SIDES[0] else _SIDES[0]


def write_exchanges(
    out: Writer, conn: Connection, seed: object, today: date, reached: Reached
) -> int:
    """The demo's exchanges for the inquiries already written (see the module), `reached`
    when each reached its stages, and by whom (_InquiryWriter.reached); how many."""
    return _Exchanges(out, conn, seed, today).write(reached)
