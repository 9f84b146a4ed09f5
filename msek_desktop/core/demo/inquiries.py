"""Demo inquiries: when they come, how far they got, their texts, follow-ups and timeline."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from msek_desktop.core.demo.activities import _Activities
from msek_desktop.core.demo.common import (
    DAYS,
    MINUTES,
    TIMELINE,
    Entry,
    Reached,
    _at,
    _Ids,
    _pick,
    _ri,
    _Weighted,
)
from msek_desktop.core.demo.data import (
    _FOLLOW_UP_TEXT,
    _LOST_NOTES,
    _OUTCOMES,
)
from msek_desktop.core.demo.messages import Composer, sender, target
from msek_desktop.core.demo.people import _Org, _Person
from msek_desktop.core.demo.plan import _Plan
from msek_desktop.core.demo.proposals import _Proposer
from msek_desktop.core.models import FollowUp, Inquiry, TimelineEntry, inquiry_fields
from msek_desktop.core.vocab import (
    PIPELINE,
    Channel,
    FollowUpAction,
    InquiryKind,
    Language,
    LostReason,
    Priority,
    Stage,
    TimelineKind,
)
from msek_desktop.core.writer import Writer

# email phone visit letter event website referral
_CHANNEL = _Weighted(tuple(Channel), (45, 15, 8, 4, 10, 12, 6))


_PRIORITY = _Weighted((Priority.LOW, Priority.NORMAL, Priority.HIGH), (20, 65, 15))


# no answer, no counterpart, withdrawn, out of scope, other
_LOST_REASON = _Weighted(tuple(LostReason), (30, 22, 20, 16, 12))


_ACTION = _Weighted(tuple(FollowUpAction), (35, 40, 12, 8, 5))

_KINDS = tuple(InquiryKind)
# a follow-up as drawn, its inquiry's id put first once known
_FollowUp = tuple[int | None, date, str, str, datetime | None, str, datetime, datetime]
_FOLLOW_UP = ("inquiry_id", "assignee_id", "due_on", "action", "description", "done_at",
              "outcome", "created_at", "updated_at")  # fmt: skip
_INQUIRY = ("received_on", "channel", "kind", "contact_id", "organisation_id", "side",
            "subject", "message", "desired_counterpart", "letter_language", "stage",
            "lost_reason", "lost_note", "priority", "assignee_id", "closed_on", "created_at",
            "updated_at", "ref")  # fmt: skip
_STEPS = {stage: n for n, stage in enumerate(PIPELINE)}  # PIPELINE.index
_CREATED, _STAGE = str(TimelineKind.CREATED), str(TimelineKind.STAGE)
_CLOSED = (Stage.COMPLETED, Stage.LOST)
_AGREED_ON = (Stage.AGREED, Stage.RUNNING, Stage.COMPLETED)  # the stages exchanges follow


class _InquiryWriter:
    """Makes and writes inquiries chunk by chunk, with their fields, follow-ups, timeline."""

    def __init__(
        self,
        out: Writer,
        rng: random.Random,
        ids: _Ids,
        people: Sequence[_Person],
        today: date,
        proposer: _Proposer | None = None,
        activities: _Activities | None = None,
    ) -> None:
        self.out, self.proposer, self.rng, self.ids = out, proposer, rng, ids
        self.activities = activities
        self.people, self.today = people, today
        self.composer = Composer(rng)
        self.follow_ups = 0
        # (inquiry id, received on, language) of open inquiries, for the per-staff top-up
        self.open: list[tuple[int, date, Language]] = []
        # which of overdue / today / upcoming each staff member has pending
        self.pending: dict[int, set[str]] = {s: set() for s in ids.staff}
        # agreed, running and completed inquiries: when each of those stages was reached, by
        # whom (their "stage" timeline entries, as the exchanges would read them back)
        self.reached: Reached = {}
        # the chunk's timeline entries and follow-ups, in order (Writer.many)
        self.timeline: list[Entry] = []
        self.follow: list[tuple[object, ...]] = []
        self.inquiries: list[tuple[object, ...]] = []  # the chunk's, as _INQUIRY's values
        self.next_id = 0  # the id of the next inquiry made

    # -- one inquiry ------------------------------------------------------------------

    def write(self, plan: _Plan, start: int, stop: int) -> None:
        self.next_id = self.out.next_id(Inquiry)
        for i in range(start, stop):
            self._one(plan.received[i], plan.stages[i], self.people[plan.askers[i]])
        self.out.many(Inquiry, _INQUIRY, self.inquiries)
        self.out.many(FollowUp, _FOLLOW_UP, self.follow)
        if self.proposer is not None:
            self.proposer.flush()
        self.out.many(TimelineEntry, TIMELINE, self.timeline)
        self.timeline, self.follow, self.inquiries = [], [], []
        self.out.flush()

    def _one(self, received: date, stage: Stage, person: _Person) -> None:
        """One inquiry; when its steps were reached and its follow-ups are drawn first (they
        decide when it was last changed and closed), its timeline made once it has its id."""
        rng, ids = self.rng, self.ids
        random = rng.random
        follow_rows: list[_FollowUp] = []
        lang = person.lang
        org = person.org
        if org is not None and random() < 0.03:
            # Writing for a neighbouring body (a teacher for the town's music association).
            nearby = [p.org for p in rng.sample(self.people, 5) if p.org and p.city is org.city]
            org = _pick(rng, nearby or [org])
        city = target(person, rng)
        topic = self.composer.topic(sender(org), city)
        subject, message, counterpart = self.composer.texts(
            topic, person, org, city, received, lang
        )

        staff = ids.staff
        assignee: int | None = _pick(rng, staff) if staff else None
        if (stage is Stage.NEW and random() < 0.3) or random() < 0.01:
            assignee = None
        actor = assignee if assignee is not None else (_pick(rng, staff) if staff else None)

        reason, path, end = self._path(received, stage)
        created_at = _at(received, int(random() * 541))  # _ri(rng, 0, 540)
        moments = self._moments(created_at, end, len(path) - 1)
        closed_on = moments[-1].date() if stage in _CLOSED else None
        updated_at = moments[-1] if moments else created_at
        last_done = self._follow_ups(actor, received, closed_on or end, stage, lang, follow_rows)
        if last_done is not None and last_done > updated_at:
            updated_at = last_done

        row = (received, str(_CHANNEL(rng)),
               str(topic.kind if random() < 0.7 else _pick(rng, _KINDS)),
               person.id, org.id if org else None, str(person.side), subject, message,
               counterpart, str(lang), str(stage), str(reason) if reason else None,
               _pick(rng, _LOST_NOTES[lang]) if reason is LostReason.OTHER else "",
               str(_PRIORITY(rng)), assignee, closed_on, created_at, updated_at,
               self.out.next_ref(received.year))  # fmt: skip
        self.inquiries.append(row)
        inquiry_id = self.next_id
        self.next_id += 1
        self._fields(inquiry_id, topic.fields, org)
        timeline = self.timeline
        timeline.append((_CREATED, actor, created_at, inquiry_id, None, "", "", "", ""))
        lost = str(reason) if reason else ""
        for old, new, moment in zip(path[:-1], path[1:], moments, strict=True):
            note = lost if new is Stage.LOST else ""
            timeline.append(
                (_STAGE, actor, moment, inquiry_id, None, "stage", str(old), str(new), note)
            )
        if self.activities is not None:
            self.activities.add(inquiry_id, actor, created_at, moments, lang, timeline)
        self.follow.extend([(inquiry_id, *values) for values in follow_rows])
        if self.proposer is not None:
            self.proposer.inquiry(
                inquiry_id, person, org, topic, path, moments, reason, actor, timeline
            )
        if stage in _AGREED_ON:
            steps = {
                str(new): at for new, at in zip(path[1:], moments, strict=True) if new in _AGREED_ON
            }
            self.reached[inquiry_id] = (steps, actor)
        self.follow_ups += len(follow_rows)
        if stage.is_open:
            self.open.append((inquiry_id, received, lang))

    def _fields(self, inquiry_id: int, codes: Sequence[str], org: _Org | None) -> None:
        """The inquiry's fields: its topic's, and its organisation's one time in four."""
        if org is not None and self.rng.random() < 0.25:
            codes = [*codes, _pick(self.rng, org.fields)]
        known = self.ids.fields
        links = [(inquiry_id, known[code]) for code in dict.fromkeys(codes) if code in known]
        self.out.links(inquiry_fields, links)

    def _path(self, received: date, stage: Stage) -> tuple[LostReason | None, list[Stage], date]:
        """(lost reason, the stages gone through, when the last step happened at the latest)."""
        rng, today = self.rng, self.today
        if stage is Stage.LOST:
            reason = _LOST_REASON(rng)
            reached = {
                LostReason.OUT_OF_SCOPE: _ri(rng, 0, 1),
                LostReason.NO_ANSWER: _ri(rng, 1, 4),
                LostReason.NO_COUNTERPART: 2,
            }.get(reason, _ri(rng, 0, 5))
            path = [*PIPELINE[: reached + 1], Stage.LOST]
            return reason, path, min(today, received + DAYS[_ri(rng, 5, 150)])
        if stage is Stage.COMPLETED:
            return None, list(PIPELINE), min(today, received + DAYS[_ri(rng, 90, 500)])
        return None, list(PIPELINE[: PIPELINE.index(stage) + 1]), today

    def _moments(self, created_at: datetime, end: date, steps: int) -> list[datetime]:
        """When each of `steps` steps was reached, in order, from the inquiry's recording
        (at `created_at`) to `end`: each step's day and minute drawn, then sorted."""
        random = self.rng.random
        received = created_at.date()
        days = (end - received).days + 1
        # each step's day and minute: _ri(rng, 0, span), then _ri(rng, 0, 540)
        moments = [_at(received + DAYS[int(random() * days)], int(random() * 541))
                   for _ in range(steps)]  # fmt: skip
        moments.sort()
        # Never before the inquiry was recorded, and in order.
        return [
            m if m >= (least := created_at + MINUTES[5 * (k + 1)]) else least
            for k, m in enumerate(moments)
        ]

    def _follow_ups(
        self,
        actor: int | None,
        received: date,
        end: date,
        stage: Stage,
        lang: Language,
        rows: list[_FollowUp],
    ) -> datetime | None:
        """A few done along the way, one pending for most open inquiries; last done_at."""
        rng, today = self.rng, self.today
        random = rng.random
        span = (end - received).days
        last_done: datetime | None = None
        steps = _STEPS.get(stage, 3)
        for _ in range(int(random() * (min(3, steps) + 1))):  # _ri(rng, 0, min(3, steps))
            due = received + DAYS[_ri(rng, 1, max(1, span))]
            if due > today:
                continue
            done_at = _at(due, int(random() * 541))  # _ri(rng, 0, 540)
            self._follow_up(actor, received, due, done_at, lang, rows)
            if last_done is None or done_at > last_done:
                last_done = done_at
        if stage.is_open and random() < 0.85:
            roll = random()
            if roll < 0.22:
                due = today - DAYS[_ri(rng, 1, 40)]
            elif roll < 0.3:
                due = today
            else:
                due = today + DAYS[_ri(rng, 1, 45)]
            due = max(due, received)
            self._follow_up(actor, received, due, None, lang, rows)
        return last_done

    def _follow_up(
        self,
        assignee: int | None,
        received: date,
        due: date,
        done_at: datetime | None,
        lang: Language,
        rows: list[_FollowUp],
    ) -> None:
        rng = self.rng
        action = _ACTION(rng)
        planned = max(received, min(self.today, due - DAYS[_ri(rng, 1, 20)]))
        created = _at(planned, _ri(rng, 540, 600))
        rows.append(
            (assignee, due, str(action), _pick(rng, _FOLLOW_UP_TEXT[action][lang]), done_at,
             _pick(rng, _OUTCOMES[lang]) if done_at else "", created, done_at or created)
        )  # fmt: skip
        if done_at is None and assignee is not None:
            self.pending[assignee].add(self._when(due))

    def _when(self, due: date) -> str:
        if due < self.today:
            return "overdue"
        return "today" if due == self.today else "upcoming"

    # -- after the last chunk -----------------------------------------------------------

    def finish(self) -> None:
        """Give every staff member something overdue, due today and to come; set counters."""
        rows: list[_FollowUp] = []
        rng, today = self.rng, self.today
        older = [o for o in self.open if o[1] < today]  # can have a follow-up already overdue
        for staff_id in self.ids.staff:
            for when in ("overdue", "today", "upcoming"):
                if when in self.pending[staff_id] or not self.open:
                    continue
                if when == "overdue":
                    if not older:
                        continue
                    inquiry_id, received, lang = rng.choice(older)
                    due = max(received, today - timedelta(days=_ri(rng, 1, 20)))
                else:
                    inquiry_id, received, lang = rng.choice(self.open)
                    due = today if when == "today" else today + timedelta(_ri(rng, 1, 30))
                self._follow_up(staff_id, received, due, None, lang, rows)
                self.out.many(FollowUp, _FOLLOW_UP, [(inquiry_id, *rows[-1])])
        self.follow_ups += len(rows)
        self.out.finish(reindex=False)  # the caller rebuilds the whole index
