"""A person's consents and contact preferences (GDPR art. 6 and 7).

A consent is given to one purpose (vocab.ConsentPurpose) on a day and in a way (vocab.ConsentHow:
form, email, letter, phone), with a free note of where it came from; it may expire, and it may
be withdrawn later (a day and a way too). Each is written on the person's timeline (kind
"consent": field the purpose, new value "given" or "withdrawn", the note "how YYYY-MM-DD").

The contact rule is one table (CHANNELS): a person who refused letters, emails or calls (the
Contact columns no_letters, no_email, no_phone) is not written to, emailed or called that way.
may_contact says why not as a code; the letters, emails and batches refuse or skip them with
a Refused error whose message is coded, naming the person ("Ewa Nowak asked not to receive
letters"), which the window says in its own language.

    consent.add_consent(db, 7, {"purpose": "newsletter", "given_on": "2026-03-01",
                                "given_how": "form"}, actor="anna")
    consent.may_contact(person, "letter")   # None, or "no_letters"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import ConsentRecord, Contact, StaffMember
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import ConsentHow, ConsentPurpose, TimelineKind

__all__ = [
    "CHANNELS", "ConsentRow", "Given", "Refused", "add_consent", "add_given_in",
    "current_consents", "list_consents", "may_contact", "record_in", "refusal", "refuse",
    "withdraw_consent",
]  # fmt: skip

LABEL = "Consent"
SOURCE_MAX = 200
GIVEN, WITHDRAWN = "given", "withdrawn"  # a consent's timeline entry's new value

# channel: (the preference column saying the person refused it, the refusal's code; its
# English is core.errors.MESSAGES[code], naming the person)
CHANNELS: dict[str, tuple[str, str]] = {
    "letter": ("no_letters", "no_letters"),
    "email": ("no_email", "no_email"),
    "phone": ("no_phone", "no_phone"),
}


class Preferences(Protocol):
    """What may_contact reads of a person: a models.Contact, a rows.ContactRow."""

    @property
    def no_letters(self) -> bool: ...

    @property
    def no_email(self) -> bool: ...

    @property
    def no_phone(self) -> bool: ...


def may_contact(person: Preferences, channel: str) -> str | None:
    """None when `person` may be contacted by `channel` ("letter", "email", "phone"); else
    the code of why not ("no_letters", "no_email", "no_phone")."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; one of {sorted(CHANNELS)}")
    column, code = CHANNELS[channel]
    return code if getattr(person, column) else None


class Refused(errors.UserError):
    """A person asked not to be contacted this way: nothing was made for them. The message
    is coded (its code the refusal's, its parameter the person's `name`)."""

    def __init__(self, message: errors.Message) -> None:
        super().__init__(message)
        self.code = message.code
        self.name = str(message.params["name"])


def _full_name(person: Any) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def refusal(person: Any, channel: str) -> errors.Message | None:
    """may_contact's refusal as a message naming `person` (a Contact or a ContactRow)."""
    code = may_contact(person, channel)
    return None if code is None else errors.Message(code, name=_full_name(person))


def refuse(person: Any | None, channel: str) -> None:
    """Raise Refused when `person` (None: nobody in particular) refused `channel`."""
    if person is not None and (message := refusal(person, channel)) is not None:
        raise Refused(message)


# -- consent records ------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentRow:
    id: int
    contact_id: int
    purpose: str
    given_on: date
    given_how: str
    source: str
    expires_on: date | None
    withdrawn_on: date | None
    withdrawn_how: str
    staff: str | None  # the login of who recorded it
    created_at: datetime

    def current_on(self, day: date) -> bool:
        """Given by `day`, and neither withdrawn nor expired on it."""
        if self.given_on > day:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return False
        return self.expires_on is None or self.expires_on >= day


def _to_row(record: ConsentRecord, login: str | None) -> ConsentRow:
    return ConsentRow(
        record.id, record.contact_id, record.purpose, record.given_on, record.given_how,
        record.source, record.expires_on, record.withdrawn_on, record.withdrawn_how, login,
        record.created_at,
    )  # fmt: skip


def _login(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(StaffMember.login).where(StaffMember.id == staff_id))


def _day(check: Checker, field: str, value: Any, today: date, *, required: bool) -> date | None:
    """A day that has come (not after `today`)."""
    day = check.date(field, value, required=required)
    if day is not None and day > today:
        check.fail(field, "in_future")
    return day


def _note(how: str, day: date) -> str:
    return f"{how} {day.isoformat()}"


def add_consent(
    db: Database,
    contact_id: int,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    today: date | None = None,
) -> ConsentRow:
    """Record the consent `values` say (purpose, given_on, given_how; source, expires_on)
    of a person. Raises ValidationError naming every refused field, NotFoundError for a
    person who does not exist or is deleted."""
    today = today or date.today()
    check = Checker()
    purpose = check.choice("purpose", values.get("purpose"), ConsentPurpose)
    given_on = _day(check, "given_on", values.get("given_on"), today, required=True)
    given_how = check.choice("given_how", values.get("given_how"), ConsentHow)
    source = check.text("source", values.get("source"), max_len=SOURCE_MAX)
    expires_on = check.date("expires_on", values.get("expires_on"))
    if expires_on is not None and given_on is not None and expires_on < given_on:
        check.fail("expires_on", "before_given", given_on=given_on.isoformat())
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        changes.get_live(session, Contact, contact_id, "Contact")
        check.raise_if_any()
        assert purpose is not None and given_on is not None and given_how is not None
        record = record_in(
            session, contact_id, purpose, given_on, given_how, staff_id=staff_id, source=source,
            expires_on=expires_on,
        )  # fmt: skip
        session.flush()
        return _to_row(record, _login(session, staff_id))


def record_in(
    session: Session, contact_id: int, purpose: str, given_on: date, given_how: str, *,
    staff_id: int | None, source: str = "", expires_on: date | None = None,
) -> ConsentRecord:  # fmt: skip
    """A consent given, with its timeline entry, in the caller's write transaction (values
    already checked)."""
    record = ConsentRecord(
        contact_id=contact_id, purpose=purpose, given_on=given_on, given_how=given_how,
        source=source, expires_on=expires_on, staff_id=staff_id,
    )  # fmt: skip
    session.add(record)
    changes.record(
        session, staff_id, TimelineKind.CONSENT, contact_id=contact_id, field=purpose,
        new=GIVEN, note=_note(given_how, given_on),
    )  # fmt: skip
    return record


# person id -> purpose -> (given_on, given_how, source): consents a file says were given
Given = Mapping[int, Mapping[str, tuple[date, str, str]]]


def _kept(held: list[ConsentRecord], given_on: date, today: date) -> bool:
    """Whether a consent given on `given_on` is left out, the person's records of its
    purpose being `held`: one is in force today, or one was withdrawn on or after that day
    (the person said no since: an older yes does not undo it)."""
    for record in held:
        if _to_row(record, None).current_on(today):
            return True
        if record.withdrawn_on is not None and record.withdrawn_on >= given_on:
            return True
    return False


def add_given_in(session: Session, given: Given, *, staff_id: int | None, today: date) -> int:
    """Record the consents `given` (an import's), each with its timeline entry, in the
    caller's write transaction: only those the person has not in force, and never over a
    withdrawal made since the day given; nothing is withdrawn. How many were recorded."""
    ids, added = sorted(given), 0
    held: dict[tuple[int, str], list[ConsentRecord]] = {}
    for start in range(0, len(ids), 500):
        stmt = select(ConsentRecord).where(ConsentRecord.contact_id.in_(ids[start : start + 500]))
        for record in session.scalars(stmt):
            held.setdefault((record.contact_id, record.purpose), []).append(record)
    for contact_id in ids:
        for purpose, (given_on, how, source) in given[contact_id].items():
            if _kept(held.get((contact_id, purpose), []), given_on, today):
                continue
            record_in(session, contact_id, purpose, given_on, how, staff_id=staff_id,
                      source=source[:SOURCE_MAX])  # fmt: skip
            added += 1
    session.flush()
    return added


def withdraw_consent(
    db: Database,
    consent_id: int,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    today: date | None = None,
) -> ConsentRow:
    """Withdraw a consent (withdrawn_on, withdrawn_how): not before it was given, not in the
    future, not twice. Raises ValidationError by field, NotFoundError."""
    today = today or date.today()
    check = Checker()
    withdrawn_on = _day(check, "withdrawn_on", values.get("withdrawn_on"), today, required=True)
    withdrawn_how = check.choice("withdrawn_how", values.get("withdrawn_how"), ConsentHow)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        record = changes.get_one(session, ConsentRecord, consent_id, LABEL)
        changes.get_live(session, Contact, record.contact_id, "Contact")
        if record.withdrawn_on is not None:
            check.fail("withdrawn_on", "already_withdrawn", on=record.withdrawn_on.isoformat())
        elif withdrawn_on is not None and withdrawn_on < record.given_on:
            check.fail("withdrawn_on", "before_given", given_on=record.given_on.isoformat())
        check.raise_if_any()
        assert withdrawn_on is not None and withdrawn_how is not None
        record.withdrawn_on, record.withdrawn_how = withdrawn_on, withdrawn_how
        changes.record(
            session, staff_id, TimelineKind.CONSENT, contact_id=record.contact_id,
            field=record.purpose, old=GIVEN, new=WITHDRAWN, note=_note(withdrawn_how, withdrawn_on),
        )  # fmt: skip
        session.flush()
        return _to_row(record, _login(session, record.staff_id))


def list_consents(db: Database, contact_id: int) -> list[ConsentRow]:
    """A person's consents, the latest given first."""
    stmt = (
        select(ConsentRecord, StaffMember.login)
        .outerjoin(StaffMember, ConsentRecord.staff_id == StaffMember.id)
        .where(ConsentRecord.contact_id == contact_id)
        .order_by(ConsentRecord.given_on.desc(), ConsentRecord.id.desc())
    )
    with db.read() as session:
        return [_to_row(record, login) for record, login in session.execute(stmt)]


def current_consents(
    db: Database, contact_id: int, day: date | None = None
) -> dict[str, ConsentRow]:
    """The person's consents in force on `day` (today), by purpose: the latest given."""
    day = day or date.today()
    found: dict[str, ConsentRow] = {}
    for row in list_consents(db, contact_id):
        if row.current_on(day):
            found.setdefault(row.purpose, row)
    return found
