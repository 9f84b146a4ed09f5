"""Merging duplicates: two people (or two organisations) found to be the same become one.

    merging.find_duplicates(db)                          # probable pairs, the surest first
    merging.merge_people(db, 12, 57, {"email": "other"}, actor="anna")
    merging.undo_merge(db, merge_id, actor="anna")

A merge keeps the first record (the survivor), gives it the values chosen field by field
(core.privacy.merging_fields), and moves to it everything that named the other:
- a person's inquiries (their follow-ups, letters, partner proposals and exchanges hang on
  them and come along), the entries of their history, and their consents;
- an organisation's people, inquiries, partner proposals (when both were proposed for one
  inquiry, the proposal whose state changed last is kept), the letters and exchanges naming
  it, its documents, its history, and its fields of exchange (joined).
The other record goes to the bin (soft-deleted, so its id is never given to anyone else),
with a "merged" entry in both histories. A Merge row keeps both records as they were, the
survivor as the merge left it, and the id of every row moved or dropped: undo_merge
(core.privacy.merging_undo) puts everything back. Each merge and undo writes an audit entry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from msek_desktop.core import audit, changes, errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    ConsentRecord,
    Contact,
    Document,
    Inquiry,
    Merge,
    Organisation,
    PartnerProposal,
    TimelineEntry,
    exchange_organisations,
    organisation_fields,
    proposal_partners,
    utcnow,
)
from msek_desktop.core.privacy import merging_fields as mf
from msek_desktop.core.privacy.merging_duplicates import Duplicate, find_duplicates
from msek_desktop.core.privacy.merging_undo import (
    MergeRow,
    UndoResult,
    display_name,
    list_merges,
    merged_into,
    undo_merge,
)
from msek_desktop.core.vocab import AuditAction, TimelineKind

__all__ = [
    "Comparison",
    "Duplicate",
    "MergeResult",
    "MergeRow",
    "UndoResult",
    "compare",
    "find_duplicates",
    "list_merges",
    "merge_organisations",
    "merge_people",
    "merged_into",
    "undo_merge",
]

CHUNK = 500
LABELS = {"person": "Person", "organisation": "Organisation"}
# rows that name a record by one column, moved as they are: (model, column, name)
PERSON_ROWS: tuple[tuple[Any, str, str], ...] = (
    (Inquiry, "contact_id", "inquiries"),
    (ConsentRecord, "contact_id", "consent_records"),
)
ORGANISATION_ROWS: tuple[tuple[Any, str, str], ...] = (
    (Contact, "organisation_id", "contacts"),
    (Inquiry, "organisation_id", "inquiries"),
    (Document, "organisation_id", "documents"),
)
# links of an organisation to a letter or an exchange: (table, the other key's column)
LINKS: dict[str, tuple[Table, str]] = {
    "proposal_partners": (proposal_partners, "proposal_id"),
    "exchange_organisations": (exchange_organisations, "exchange_id"),
}


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: its Merge row's id, how many rows of each table moved to the
    survivor, how many were dropped as doubles (a partner proposed twice for one inquiry),
    and the survivor's fields that changed."""

    merge_id: int
    kind: str
    survivor_id: int
    merged_id: int
    moved: dict[str, int]
    dropped: dict[str, int] = field(default_factory=dict)
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """Two records side by side, for a window or the command line to choose from."""

    kind: str
    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    keep_version: int
    other_version: int
    fields: tuple[mf.FieldChoice, ...]


def _pair(session: Session, kind: str, keep_id: int, other_id: int) -> tuple[Any, Any]:
    """Both live records, or a UserError saying why they cannot be merged."""
    model, label = mf.MODELS[kind], LABELS[kind]
    if keep_id == other_id:
        raise errors.UserError(f"{label} #{keep_id} cannot be merged with itself.")
    records = []
    for record_id in (keep_id, other_id):
        obj = session.get(model, record_id)
        if obj is None:
            raise errors.NotFoundError(f"{label} #{record_id} does not exist.")
        if obj.deleted_at is not None:
            raise errors.UserError(
                f"{label} #{record_id} is in the bin: restore it before merging it."
            )
        records.append(obj)
    keep, other = records
    if kind == "organisation" and keep.side != other.side:
        raise errors.UserError(
            f"Organisation #{keep_id} and organisation #{other_id} are on different sides "
            f"({keep.side}, {other.side}): correct the side of one of them first."
        )
    return keep, other


def _check_organisation(session: Session, organisation_id: int | None) -> None:
    """The organisation a person takes from the other record is live."""
    if organisation_id is None:
        return
    org = session.get(Organisation, organisation_id)
    if org is None or org.deleted_at is not None:
        raise errors.UserError(
            f"Organisation #{organisation_id} is in the bin: keep the organisation of the "
            "person kept, or restore it first."
        )


def compare(db: Database, kind: str, keep_id: int, other_id: int) -> Comparison:
    """Two records, field by field, with what a merge would take by default."""
    kind = mf.kind_of(kind)
    with db.read() as session:
        keep, other = _pair(session, kind, keep_id, other_id)
        return Comparison(
            kind, keep.id, other.id, display_name(keep), display_name(other), keep.version,
            other.version, tuple(mf.field_choices(kind, keep, other)),
        )  # fmt: skip


def _ids(session: Session, stmt: Any) -> list[int]:
    return sorted(int(i) for i in session.scalars(stmt))


def _move(session: Session, model: Any, column: str, ids: Sequence[int], to: int) -> None:
    """Point these rows at record `to`, through the ORM (version counters and the search
    index follow)."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for obj in session.scalars(select(model).where(model.id.in_(chunk))):
            setattr(obj, column, to)
    session.flush()


def _move_timeline(session: Session, column: str, ids: Sequence[int], to: int) -> None:
    target = getattr(TimelineEntry, column)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        stmt = update(TimelineEntry).where(TimelineEntry.id.in_(chunk)).values({target: to})
        session.execute(stmt, execution_options={"synchronize_session": False})


def _move_rows(
    session: Session, rows: Sequence[tuple[Any, str, str]], column: str, keep: int, other: int
) -> dict[str, list[int]]:
    moved: dict[str, list[int]] = {}
    for model, link, name in rows:
        moved[name] = _ids(session, select(model.id).where(getattr(model, link) == other))
        _move(session, model, link, moved[name], keep)
    entries = _ids(session, select(TimelineEntry.id).where(getattr(TimelineEntry, column) == other))
    _move_timeline(session, column, entries, keep)
    moved["timeline_entries"] = entries
    return moved


def _move_partner_proposals(
    session: Session, keep: int, other: int
) -> tuple[list[int], list[dict[str, Any]]]:
    """The other's partner proposals moved; where both were proposed for one inquiry, the
    one whose state changed last stays (moved if it is the other's), the other dropped."""
    theirs = list(session.scalars(select(PartnerProposal).where(
        PartnerProposal.organisation_id == other)))  # fmt: skip
    inquiries = [p.inquiry_id for p in theirs]
    ours = {
        p.inquiry_id: p
        for p in session.scalars(select(PartnerProposal).where(
            PartnerProposal.organisation_id == keep, PartnerProposal.inquiry_id.in_(inquiries)))
    }  # fmt: skip
    moving, dropped = [], []
    for p in theirs:
        double = ours.get(p.inquiry_id)
        if double is not None and double.state_at >= p.state_at:
            dropped.append(mf.snapshot(p))
            session.delete(p)
            continue
        if double is not None:
            dropped.append(mf.snapshot(double))
            session.delete(double)
        moving.append(p.id)
    session.flush()
    _move(session, PartnerProposal, "organisation_id", moving, keep)
    return sorted(moving), dropped


def _move_links(
    session: Session, table: Table, key: str, keep: int, other: int
) -> tuple[list[int], list[int]]:
    """The other's links (a letter's partners, an exchange's organisations) given to the
    survivor; a link the survivor already has is dropped. (moved, dropped) keys."""
    org, column = table.c.organisation_id, table.c[key]
    theirs = [int(k) for k in session.scalars(select(column).where(org == other))]
    ours = {int(k) for k in session.scalars(select(column).where(org == keep))}
    dropped = sorted(k for k in theirs if k in ours)
    moving = sorted(k for k in theirs if k not in ours)
    for start in range(0, len(theirs), CHUNK):
        chunk = dropped[start : start + CHUNK]
        session.execute(delete(table).where(and_(org == other, column.in_(chunk))))
        chunk = moving[start : start + CHUNK]
        session.execute(update(table).where(and_(org == other, column.in_(chunk))).values(
            organisation_id=keep))  # fmt: skip
    return moving, dropped


def _join_fields(session: Session, keep: int, other: int) -> list[int]:
    """The other's fields of exchange the survivor lacked, added to it."""
    column, org = organisation_fields.c.field_id, organisation_fields.c.organisation_id
    ours = set(session.scalars(select(column).where(org == keep)))
    added = sorted(
        int(f) for f in session.scalars(select(column).where(org == other)) if f not in ours
    )
    if added:
        session.execute(
            insert(organisation_fields), [{"organisation_id": keep, "field_id": f} for f in added]
        )
    return added


def _merge(
    db: Database,
    kind: str,
    keep_id: int,
    other_id: int,
    choices: Mapping[str, str] | None,
    *,
    actor: str | None,
    versions: tuple[int | None, int | None],
) -> MergeResult:
    chosen = mf.checked_choices(kind, choices)
    label, column = LABELS[kind], "contact_id" if kind == "person" else "organisation_id"
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        keep, other = _pair(session, kind, keep_id, other_id)
        for obj, expected in zip((keep, other), versions, strict=True):
            changes.check_version(obj, expected, f"{label} #{obj.id}")
        before = {"survivor": mf.snapshot(keep), "merged": mf.snapshot(other)}
        values = mf.merged_values(kind, keep, other, chosen)
        _check_organisation(session, values.get("organisation_id"))
        dropped: dict[str, Any] = {}
        if kind == "person":
            moved = _move_rows(session, PERSON_ROWS, column, keep.id, other.id)
        else:
            moved = _move_rows(session, ORGANISATION_ROWS, column, keep.id, other.id)
            moved["partner_proposals"], dropped["partner_proposals"] = _move_partner_proposals(
                session, keep.id, other.id
            )
            for name, (table, key) in LINKS.items():
                moved[name], dropped[name] = _move_links(session, table, key, keep.id, other.id)
            moved["organisation_fields"] = _join_fields(session, keep.id, other.id)
        if kind == "organisation" and "organisation_fields" in moved:
            session.expire(keep, ["fields"])
        diff = changes.apply(keep, values)
        changes.record_changes(session, staff_id, diff, **{column: keep.id})
        other.deleted_at = utcnow()
        said = f"#{other.id} → #{keep.id}"
        for target in (keep.id, other.id):
            changes.record(session, staff_id, TimelineKind.MERGED, new=said, **{column: target})
        session.flush()
        record = {
            **before, "kind": kind, "moved": moved, "dropped": dropped,
            "survivor_after": mf.snapshot(keep), "merged_after": mf.snapshot(other),
        }  # fmt: skip
        merge = Merge(staff_id=staff_id, kind=kind, survivor_id=keep.id, merged_id=other.id,
                      before=json.dumps(record, ensure_ascii=False))  # fmt: skip
        session.add(merge)
        session.flush()
        counts = {name: len(ids) for name, ids in moved.items()}
        lost = {name: len(rows) for name, rows in dropped.items() if rows}
        action = AuditAction.MERGE_PEOPLE if kind == "person" else AuditAction.MERGE_ORGANISATIONS
        audit.record_in(
            session, action, actor=actor, subject=f"{kind} #{other.id} into {kind} #{keep.id}",
            detail=json.dumps({"merge": merge.id, "moved": counts, "dropped": lost}),
            **{"contact_id" if kind == "person" else "organisation_id": keep.id},
        )  # fmt: skip
        return MergeResult(merge.id, kind, keep.id, other.id, counts, lost,
                           tuple(name for name, _old, _new in diff))  # fmt: skip


def merge_people(
    db: Database,
    keep_id: int,
    other_id: int,
    choices: Mapping[str, str] | None = None,
    *,
    actor: str | None,
    keep_version: int | None = None,
    other_version: int | None = None,
) -> MergeResult:
    """Merge person `other_id` into person `keep_id` (see the module). `choices`: field ->
    "keep" | "other" ("both" for notes); the versions, when given, those the user saw (a
    record changed since is refused, ConflictError)."""
    return _merge(db, "person", keep_id, other_id, choices, actor=actor,
                  versions=(keep_version, other_version))  # fmt: skip


def merge_organisations(
    db: Database,
    keep_id: int,
    other_id: int,
    choices: Mapping[str, str] | None = None,
    *,
    actor: str | None,
    keep_version: int | None = None,
    other_version: int | None = None,
) -> MergeResult:
    """Merge organisation `other_id` into `keep_id`, as merge_people does people; both must
    be on the same side."""
    return _merge(db, "organisation", keep_id, other_id, choices, actor=actor,
                  versions=(keep_version, other_version))  # fmt: skip
