"""A record merged into another stays in the bin: restoring it by hand would give an empty
twin of the survivor (its inquiries, history and consents moved there). core.contacts and
core.organisations refuse it here; undoing the merge (core.privacy.merging_undo) is the way
to have both records again.

    refuse_restore(session, "person", 57)   # UserError "... merged into #12 ..."
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import errors
from msek_desktop.core.models import Merge

# a merge's kind -> the code of the refusal (core.errors.MESSAGES)
CODES = {"person": "restore_merged_person", "organisation": "restore_merged_organisation"}


def survivor_of(session: Session, kind: str, record_id: int) -> int | None:
    """The record `record_id` (kind "person" or "organisation") was merged into by the latest
    merge not undone; None when it was not merged away."""
    stmt = (
        select(Merge.survivor_id)
        .where(Merge.kind == kind, Merge.merged_id == record_id, Merge.undone_at.is_(None))
        .order_by(Merge.id.desc())
        .limit(1)
    )
    found = session.scalar(stmt)
    return None if found is None else int(found)


def refuse_restore(session: Session, kind: str, record_id: int) -> None:
    """Raise a UserError (coded, naming both records' numbers) when `record_id` was merged
    into another record: it must not come back from the bin but by undoing the merge."""
    survivor = survivor_of(session, kind, record_id)
    if survivor is not None:
        raise errors.UserError(errors.Message(CODES[kind], merged=record_id, survivor=survivor))
