"""What every service shares: who acts, stale-edit checks, applying changes, the timeline."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from msek_desktop.core import errors, roles
from msek_desktop.core.models import Base, Organisation, StaffMember, TimelineEntry, utcnow
from msek_desktop.core.rows import TimelineRow

T = TypeVar("T", bound=Base)


def actor_id(session: Session, login: str | None) -> int | None:
    """The staff member acting, by login; None for the system (demo, import scripts). On the
    office server, the one logged in (core.roles.author_id)."""
    if session.get_bind().dialect.name == "postgresql":
        return roles.author_id(session, login)
    if login is None:
        return None
    staff_id = session.scalar(select(StaffMember.id).where(StaffMember.login == login))
    if staff_id is None:
        raise errors.NotFoundError(f"There is no staff member with the login {login!r}.")
    return staff_id


def get_one(session: Session, model: type[T], record_id: int, label: str, **options: Any) -> T:
    """The record, deleted or not (`options` as Session.get takes them)."""
    obj = session.get(model, record_id, **options)
    if obj is None:
        raise errors.NotFoundError(f"{label} {record_id} does not exist.")
    return obj


def get_live(session: Session, model: type[T], record_id: int, label: str) -> T:
    """The record, unless it does not exist or was deleted."""
    obj = session.get(model, record_id)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise errors.NotFoundError(f"{label} {record_id} does not exist or was deleted.")
    return obj


def check_version(obj: Any, expected: int | None, label: str) -> None:
    """Refuse an edit made on a copy older than what is stored."""
    if expected is not None and obj.version != expected:
        raise conflict(label)


def conflict(label: str) -> errors.ConflictError:
    """The record was saved by someone else first: found by check_version, or by the save's
    UPDATE ... WHERE version = the version read matching no row (StaleDataError), which is
    the check another desk's save cannot slip past between the read and the write."""
    return errors.ConflictError(
        f"{label} was changed by someone else since you opened it. "
        "Reload it to see their changes, then make yours again."
    )


def display(value: Any) -> str:
    """How a value reads in the timeline."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def apply(obj: Any, values: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """Set the attributes that differ; return (field, old, new) for each change."""
    changed = []
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            setattr(obj, name, new)
            changed.append((name, display(old), display(new)))
    return changed


def record(
    session: Session,
    staff_id: int | None,
    kind: str,
    *,
    inquiry_id: int | None = None,
    contact_id: int | None = None,
    organisation_id: int | None = None,
    field: str = "",
    old: str = "",
    new: str = "",
    note: str = "",
) -> None:
    session.add(
        TimelineEntry(
            at=utcnow(),
            staff_id=staff_id,
            kind=kind,
            inquiry_id=inquiry_id,
            contact_id=contact_id,
            organisation_id=organisation_id,
            field=field,
            old_value=old,
            new_value=new,
            note=note,
        )
    )


def record_changes(
    session: Session,
    staff_id: int | None,
    diff: list[tuple[str, str, str]],
    **target: int | None,
) -> None:
    for name, old, new in diff:
        session.add(
            TimelineEntry(
                at=utcnow(),
                staff_id=staff_id,
                kind="changed",
                field=name,
                old_value=old,
                new_value=new,
                **target,
            )
        )


def timeline(session: Session, **target: int) -> tuple[TimelineRow, ...]:
    """The entries about one record, oldest first; an entry on an inquiry that also names an
    organisation (a partner proposal's) carries that organisation's name, read in the same
    query."""
    ((column, value),) = target.items()
    partner = and_(
        TimelineEntry.inquiry_id.is_not(None), TimelineEntry.organisation_id == Organisation.id
    )
    stmt = (
        select(TimelineEntry, StaffMember.login, Organisation.name)
        .outerjoin(StaffMember, TimelineEntry.staff_id == StaffMember.id)
        .outerjoin(Organisation, partner)
        .where(getattr(TimelineEntry, column) == value)
        .order_by(TimelineEntry.at, TimelineEntry.id)
    )
    return tuple(
        TimelineRow(
            e.id, e.at, login, e.kind, e.field, e.old_value, e.new_value, e.note, name or ""
        )
        for e, login, name in session.execute(stmt)
    )


def toggle_deleted(
    session: Session, obj: Any, deleted: bool, staff_id: int | None, **target: int
) -> None:
    """Soft delete or restore `obj`, with a timeline entry; no-op if already so."""
    if (obj.deleted_at is not None) == deleted:
        return
    obj.deleted_at = utcnow() if deleted else None
    kind = "deleted" if deleted else "restored"
    session.add(TimelineEntry(at=utcnow(), staff_id=staff_id, kind=kind, **target))
    session.flush()


def set_deleted(
    session: Session, model: type[T], record_id: int, deleted: bool, *, actor: str | None,
    label: str, link: str,
) -> T:  # fmt: skip
    """Soft delete (deleted=True) or restore a record by `actor`, its timeline entry linked by
    `link` (contact_id, organisation_id, inquiry_id)."""
    staff_id = actor_id(session, actor)
    obj = get_one(session, model, record_id, label)
    toggle_deleted(session, obj, deleted, staff_id, **{link: record_id})
    return obj
