"""People's data under the GDPR (core.privacy): the audit list, the erasures made (so a
restored backup replays them) and the merges of duplicates (so a merge can be undone).

These rows name a person by id only, never by name: an erased person leaves no name here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from msek_desktop.core.models.base import Base, utcnow


class AuditEntry(Base):
    """Who exported, printed or erased a person's data, merged records or anonymised
    inquiries past retention, and when (vocab.AuditAction). `login` is the staff login (on
    the office server, the logged-in one); `subject` says what in words without a person's
    name (e.g. "person #12"); `detail` holds counts or file names."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    login: Mapped[str] = mapped_column(String(63), default="")
    action: Mapped[str] = mapped_column(String(30))
    # no foreign keys: the person or organisation may be erased or merged away since
    contact_id: Mapped[int | None] = mapped_column(default=None, index=True)
    organisation_id: Mapped[int | None] = mapped_column(default=None)
    subject: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Erasure(Base):
    """A person erased: their id (no name) and when. A backup taken before `at` still holds
    them; restoring it replays every erasure made after the backup (core.privacy)."""

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    contact_id: Mapped[int] = mapped_column()
    # what was removed, as JSON counts ({"inquiries": 2, "letters": 1, ...}): no personal data
    summary: Mapped[str] = mapped_column(Text, default="")


class Merge(Base):
    """Two records found to be the same (kind "person" or "organisation"): `merged_id` was
    folded into `survivor_id`. `before` is JSON holding both records as they were and the ids
    of every row moved, so the merge can be undone (undone_at) until the next backup
    rotation."""

    __tablename__ = "merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    kind: Mapped[str] = mapped_column(String(20))
    survivor_id: Mapped[int] = mapped_column()
    merged_id: Mapped[int] = mapped_column()
    before: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
