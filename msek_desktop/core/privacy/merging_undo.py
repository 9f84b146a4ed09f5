"""Undoing a merge (core.privacy.merging), the list of merges, and what an erasure asks of them.

A merge can be undone for as many days as daily backups are kept (the setting
"backups.keep_daily", 7 by default; at least one day): while a daily backup from before the
merge is still kept. After that, or once the survivor was erased, put in the bin or merged
again, or the merged record merged again, undo is refused with the reason.

Undo moves back every row the merge moved (those still on the survivor; rows added to the
survivor since stay), puts back the rows the merge dropped as doubles, takes off the fields
of exchange it added, and sets both records' columns back as they were before the merge
(their version counters aside, which move on); a column changed since the merge keeps its
new value, and the result names it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from msek_desktop.core import audit, changes, errors, settings
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    ConsentRecord,
    Contact,
    Document,
    Exchange,
    Inquiry,
    Merge,
    PartnerProposal,
    Proposal,
    StaffMember,
    TimelineEntry,
    exchange_organisations,
    organisation_fields,
    proposal_partners,
    utcnow,
)
from msek_desktop.core.privacy import merging_fields as mf
from msek_desktop.core.vocab import AuditAction, TimelineKind

CHUNK = 500
KEEP_SETTING = "backups.keep_daily"
UNDONE_NOTE = "undone"
# why a merge can no longer be undone: already undone, its record emptied by an erasure, past
# the days backups are kept, a record erased, merged again, or the survivor in the bin
REFUSALS = ("undone", "forgotten", "expired", "erased", "merged_again", "in_bin")
LABELS = {"person": "Person", "organisation": "Organisation"}
COLUMN = {"person": "contact_id", "organisation": "organisation_id"}
# the moved rows named by one column, by name in the Merge's JSON
ROWS: dict[str, tuple[Any, str]] = {
    "inquiries": (Inquiry, ""),
    "consent_records": (ConsentRecord, "contact_id"),
    "contacts": (Contact, "organisation_id"),
    "documents": (Document, "organisation_id"),
    "partner_proposals": (PartnerProposal, "organisation_id"),
}
# an organisation's links to letters and exchanges: (table, key column, the keyed model)
LINKS: dict[str, tuple[Table, str, Any]] = {
    "proposal_partners": (proposal_partners, "proposal_id", Proposal),
    "exchange_organisations": (exchange_organisations, "exchange_id", Exchange),
}


@dataclass(frozen=True)
class MergeRow:
    """One merge as the window lists it; names are the records' names now ("#id" when
    erased). `refusal` says why it can no longer be undone (None: it can)."""

    id: int
    at: datetime
    kind: str
    survivor_id: int
    merged_id: int
    survivor_name: str
    merged_name: str
    login: str
    undone_at: datetime | None
    undo_until: datetime
    refusal: str | None
    refusal_code: str | None = None  # REFUSALS

    @property
    def undoable(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class UndoResult:
    merge_id: int
    kind: str
    survivor_id: int
    merged_id: int
    moved_back: dict[str, int]
    restored: dict[str, int]  # rows dropped as doubles, put back
    kept: tuple[str, ...]  # columns changed since the merge, left as they are now


def display_name(obj: Any) -> str:
    if isinstance(obj, Contact):
        return f"{obj.first_name} {obj.last_name}".strip()
    return str(obj.name)


def keep_days(db: Database) -> int:
    return max(1, int(settings.load(db)[KEEP_SETTING]))


def _later_merge(session: Session, merge: Merge, record_id: int) -> Merge | None:
    """A merge since `merge`, not undone, that folded record `record_id` into another."""
    stmt = select(Merge).where(
        Merge.kind == merge.kind, Merge.merged_id == record_id, Merge.id > merge.id,
        Merge.undone_at.is_(None),
    ).order_by(Merge.id)  # fmt: skip
    return session.scalars(stmt).first()


def _refusal(session: Session, merge: Merge, now: datetime, days: int) -> tuple[str, str] | None:
    """Why `merge` cannot be undone now: a code (REFUSALS) and its words; None when it can."""
    label = LABELS.get(merge.kind, merge.kind)
    if merge.undone_at is not None:
        return (
            "undone",
            f"Merge #{merge.id} was already undone on {merge.undone_at:%Y-%m-%d %H:%M}.",
        )
    if not merge.before:
        return (
            "forgotten",
            f"Merge #{merge.id} can no longer be undone: a person it named was erased.",
        )
    until = merge.at + timedelta(days=days)
    if now > until:
        return "expired", (
            f"Merge #{merge.id} was made on {merge.at:%Y-%m-%d}: a merge can be undone for "
            f"{days} days, as long as daily backups are kept (setting {KEEP_SETTING}), so "
            f"until {until:%Y-%m-%d %H:%M}."
        )
    model = mf.MODELS[merge.kind]
    for role, record_id in (("kept", merge.survivor_id), ("merged", merge.merged_id)):
        obj = session.get(model, record_id)
        if obj is None:
            return (
                "erased",
                f"{label} #{record_id} ({role} by merge #{merge.id}) has since been erased.",
            )
        later = _later_merge(session, merge, record_id)
        if later is not None:
            return "merged_again", (
                f"{label} #{record_id} was merged into #{later.survivor_id} since (merge "
                f"#{later.id}): undo that merge first."
            )
        if role == "kept" and obj.deleted_at is not None:
            return "in_bin", (
                f"{label} #{record_id} is in the bin: restore it before undoing merge #{merge.id}."
            )
    return None


def list_merges(db: Database, *, kind: str | None = None, limit: int = 200) -> list[MergeRow]:
    """The merges (of `kind`: person, organisation; None: both), newest first, with whether
    each can still be undone."""
    days, now = keep_days(db), utcnow()
    with db.read() as session:
        query = (
            select(Merge, StaffMember.login)
            .outerjoin(StaffMember, Merge.staff_id == StaffMember.id)
            .order_by(Merge.at.desc(), Merge.id.desc())
            .limit(limit)
        )
        if kind is not None:
            query = query.where(Merge.kind == mf.kind_of(kind))
        out = []
        for merge, login in session.execute(query):
            model = mf.MODELS[merge.kind]
            kept, merged = (session.get(model, i) for i in (merge.survivor_id, merge.merged_id))
            refused = _refusal(session, merge, now, days)
            out.append(MergeRow(
                merge.id, merge.at, merge.kind, merge.survivor_id, merge.merged_id,
                display_name(kept) if kept is not None else f"#{merge.survivor_id}",
                display_name(merged) if merged is not None else f"#{merge.merged_id}",
                login or "", merge.undone_at, merge.at + timedelta(days=days),
                refused[1] if refused else None, refused[0] if refused else None,
            ))  # fmt: skip
        return out


def _back(session: Session, model: Any, column: str, ids: Sequence[int], keep: int, to: int) -> int:
    """Rows `ids` still on the survivor `keep` pointed back at `to`; how many."""
    moved = 0
    target = getattr(model, column)
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        if model is TimelineEntry:
            stmt = update(model).where(model.id.in_(chunk), target == keep).values({target: to})
            result = session.execute(stmt, execution_options={"synchronize_session": False})
            moved += int(getattr(result, "rowcount", 0) or 0)
            continue
        for obj in session.scalars(select(model).where(model.id.in_(chunk), target == keep)):
            setattr(obj, column, to)
            moved += 1
    session.flush()
    return moved


def _links_back(session: Session, data: dict[str, Any], keep: int, other: int) -> dict[str, int]:
    out = {}
    for name, (table, key, parent) in LINKS.items():
        org, column = table.c.organisation_id, table.c[key]
        moved = data["moved"].get(name, [])
        for start in range(0, len(moved), CHUNK):
            chunk = moved[start : start + CHUNK]
            session.execute(update(table).where(and_(org == keep, column.in_(chunk))).values(
                organisation_id=other))  # fmt: skip
        out[name] = len(moved)
        dropped = data["dropped"].get(name, [])
        alive = {int(p) for p in session.scalars(select(parent.id).where(parent.id.in_(dropped)))}
        have = {int(k) for k in session.scalars(select(column).where(org == other))}
        wanted = [k for k in dropped if k in alive and k not in have]
        if wanted:
            session.execute(insert(table), [{key: k, "organisation_id": other} for k in wanted])
    fields = data["moved"].get("organisation_fields", [])
    if fields:
        session.execute(delete(organisation_fields).where(
            organisation_fields.c.organisation_id == keep,
            organisation_fields.c.field_id.in_(fields)))  # fmt: skip
    return out


def _proposals_back(session: Session, rows: list[dict[str, Any]]) -> int:
    """Put back the partner proposals dropped as doubles (under their own id when free)."""
    put = 0
    for data in rows:
        values = mf.values_of(PartnerProposal, data)
        taken = session.get(PartnerProposal, values["id"]) is not None
        double = session.scalars(select(PartnerProposal.id).where(
            PartnerProposal.inquiry_id == values["inquiry_id"],
            PartnerProposal.organisation_id == values["organisation_id"])).first()  # fmt: skip
        if double is not None or session.get(Inquiry, values["inquiry_id"]) is None:
            continue
        if taken:
            del values["id"]
        session.add(PartnerProposal(**values))
        put += 1
    session.flush()
    return put


def _restore(obj: Any, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Set `obj`'s columns back to `before` where they still hold `after`; the columns
    changed since, kept."""
    model = type(obj)
    old, merged = mf.values_of(model, before), mf.values_of(model, after)
    kept = []
    for column, value in old.items():
        if column in ("id", "version", "updated_at"):
            continue
        if getattr(obj, column) == merged[column]:
            setattr(obj, column, value)
        else:
            kept.append(column)
    if not kept:
        obj.updated_at = old["updated_at"]
    return kept


def undo_merge(db: Database, merge_id: int, *, actor: str | None) -> UndoResult:
    """Undo merge `merge_id` (see the module); a UserError saying why when it cannot be."""
    days = keep_days(db)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        merge = session.get(Merge, merge_id)
        if merge is None:
            raise errors.NotFoundError(f"Merge #{merge_id} does not exist.")
        refusal = _refusal(session, merge, utcnow(), days)
        if refusal is not None:
            raise errors.UserError(refusal[1])
        data = json.loads(merge.before)
        kind, column = merge.kind, COLUMN[merge.kind]
        model = mf.MODELS[kind]
        keep: Any = session.get(model, merge.survivor_id)
        other: Any = session.get(model, merge.merged_id)
        back: dict[str, int] = {}
        restored: dict[str, int] = {}
        for name, ids in data["moved"].items():
            if name in LINKS or name == "organisation_fields":
                continue
            row_model, link = (TimelineEntry, column) if name == "timeline_entries" else ROWS[name]
            back[name] = _back(session, row_model, link or column, ids, keep.id, other.id)
        if kind == "organisation":  # the doubles put back once the moved rows are back
            restored["partner_proposals"] = _proposals_back(
                session, data["dropped"].get("partner_proposals", [])
            )
            back.update(_links_back(session, data, keep.id, other.id))
            session.expire(keep, ["fields"])
        kept = _restore(keep, data["survivor"], data["survivor_after"])
        kept += [f"merged {c}" for c in _restore(other, data["merged"], data["merged_after"])]
        said = f"#{other.id} → #{keep.id}"
        for target in (keep.id, other.id):
            changes.record(session, staff_id, TimelineKind.MERGED, new=said, note=UNDONE_NOTE,
                           **{column: target})  # fmt: skip
        merge.undone_at, merge.undone_by_id = utcnow(), staff_id
        session.flush()
        audit.record_in(
            session, AuditAction.UNDO_MERGE, actor=actor,
            subject=f"{kind} #{other.id} out of {kind} #{keep.id}",
            detail=json.dumps({"merge": merge.id, "moved_back": back, "restored": restored}),
            **{column: keep.id},
        )  # fmt: skip
        return UndoResult(merge.id, kind, keep.id, other.id, back, restored, tuple(kept))


# -- what an erasure asks of the merges ---------------------------------------------------


def merged_into(session: Session, contact_id: int) -> list[int]:
    """The people merged into person `contact_id` whose records wait in the bin (merges not
    undone): an erasure of the person erases them too."""
    stmt = select(Merge.merged_id).where(
        Merge.kind == "person", Merge.survivor_id == contact_id, Merge.undone_at.is_(None)
    )
    return sorted({int(i) for i in session.scalars(stmt)})


def forget_person(session: Session, contact_id: int) -> int:
    """Empty the records kept by the merges naming person `contact_id` (an erasure: they
    hold the person's name); those merges can no longer be undone. How many."""
    stmt = select(Merge).where(
        Merge.kind == "person",
        (Merge.survivor_id == contact_id) | (Merge.merged_id == contact_id),
    )
    merges = list(session.scalars(stmt))
    for merge in merges:
        merge.before = ""
    session.flush()
    return len(merges)


__all__ = [
    "MergeRow",
    "UndoResult",
    "display_name",
    "forget_person",
    "keep_days",
    "list_merges",
    "merged_into",
    "undo_merge",
]
