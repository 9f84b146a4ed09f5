"""Documents attached to an inquiry, an organisation or an exchange: a signed agreement, a
programme.

A document's bytes are kept inside the database (models.Document), so every backup and every
desk copy of the office server holds them. Each is at most MAX_BYTES (25 MB); an empty file
is refused. Its name is the file's own (without its folder), its media type guessed from that
name, its SHA-256 recorded when attached and checked each time its bytes are read back: bytes
that no longer match are refused as damaged, never handed out.

Removing a document moves it to the bin (deleted_at, deleted_by); it can be restored from
there for BIN_DAYS (30) days, after which purge_bin deletes it for good (the window calls it
once the database is open and checked: app.check_later). A record in the bin (a deleted
inquiry or organisation) takes no new documents.

Each attachment, removal and restore writes a timeline entry of kind "document" on the
record: the file's name in new_value (attached, restored with the note "restored") or in
old_value (moved to the bin).

A closed (lost or completed) inquiry still takes documents: the signed agreement often comes
after the work is done, as a late call does (core.activities).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session, aliased

from msek_desktop.core import changes, document_records, errors
from msek_desktop.core.db import Database
from msek_desktop.core.errors import Message
from msek_desktop.core.models import Document, StaffMember, utcnow
from msek_desktop.core.vocab import TimelineKind

MAX_BYTES = 25 * 1024 * 1024  # 25 MB a file, as Windows counts megabytes
BIN_DAYS = 30
NAME_MAX = 255  # models.Document.name
MEDIA_TYPE_MAX = 100
FALLBACK_TYPE = "application/octet-stream"
RESTORED = "restored"  # the note of a restore's timeline entry
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Source = Path | str | bytes  # a file to read, or the bytes themselves (with a name)


class DocumentError(errors.UserError):
    """A document that cannot be attached or read; its message is coded (core.errors.MESSAGES),
    so the window says it in its own language."""


@dataclass(frozen=True)
class DocumentRow:
    """One document without its bytes: what the lists show."""

    id: int
    inquiry_id: int | None
    organisation_id: int | None
    name: str
    size: int
    media_type: str
    sha256: str
    added_at: datetime
    added_by: str | None  # the staff member's login
    added_by_name: str
    deleted_at: datetime | None
    deleted_by: str | None
    deleted_by_name: str = ""
    exchange_id: int | None = None

    @property
    def purge_after(self) -> datetime | None:
        """When a document in the bin is purged (None for one not in the bin)."""
        return None if self.deleted_at is None else self.deleted_at + timedelta(days=BIN_DAYS)


def megabytes(size: int) -> float:
    """`size` bytes in megabytes of 1024 × 1024 bytes, rounded to a tenth."""
    return round(size / (1024 * 1024), 1)


# -- the file ------------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """The name kept: its last part only (a Windows or a POSIX path), in NFC (a name from a
    Mac decomposes ł and é), without control characters or surrounding spaces, at most
    NAME_MAX characters (the extension kept). "" when nothing is left."""
    last = PureWindowsPath(PurePosixPath(name).name).name
    cleaned = _CONTROL.sub("", unicodedata.normalize("NFC", last)).strip()
    if len(cleaned) <= NAME_MAX:
        return cleaned
    stem, dot, extension = cleaned.rpartition(".")
    if not dot or not stem or len(extension) > 20:
        return cleaned[:NAME_MAX].rstrip()
    return stem[: NAME_MAX - len(extension) - 1].rstrip() + "." + extension


def media_type(name: str) -> str:
    """The media type the name's extension says (mimetypes), else application/octet-stream."""
    found, _encoding = mimetypes.guess_type(name, strict=False)
    return (found or FALLBACK_TYPE)[:MEDIA_TYPE_MAX]


def size_words(size: int) -> str:
    """A size in English words: "31.2 MB"; in bytes when a tenth of a megabyte would not
    tell it from the limit ("26,214,401 bytes")."""
    if megabytes(size) == megabytes(MAX_BYTES) or size < 1024 * 1024:
        return f"{size:,} bytes"
    return f"{megabytes(size)} MB"


def _too_large(name: str, size: int) -> DocumentError:
    limit_mb = MAX_BYTES // (1024 * 1024)
    message = Message(
        "document_too_large", name=name, size=size, shown=size_words(size), limit_mb=limit_mb
    )
    return DocumentError(message)


def read_file(path: Path | str) -> tuple[str, bytes]:
    """The cleaned name and the bytes of the file at `path`; DocumentError when it is missing,
    a folder or another kind of file, unreadable, empty or larger than MAX_BYTES (never read
    whole when the file system already says it is too large)."""
    path = Path(path)
    name = clean_name(str(path))
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DocumentError(Message("file_missing", path=str(path))) from None
    except (OSError, ValueError) as exc:
        raise _unreadable(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(Message("file_folder", path=str(path)))
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(Message("document_not_file", path=str(path)))
    if info.st_size > MAX_BYTES:
        raise _too_large(name, info.st_size)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # one byte more tells a file grown meanwhile
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return name, data


def _unreadable(path: Path, exc: OSError | ValueError) -> DocumentError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DocumentError(Message("file_unreadable", path=str(path), reason=reason))


def _checked(name: str, data: bytes) -> None:
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    if not data:
        raise DocumentError(Message("document_empty", name=name))


# -- the record it is attached to ------------------------------------------------------------


_target = document_records.target


def _live_record(session: Session, link: str, record_id: int) -> None:
    """The record exists and is not in the bin (else a plain refusal)."""
    refused = document_records.in_bin(session, link, record_id)
    if refused is not None:
        raise DocumentError(Message("document_record_deleted", **refused))


# -- writing ---------------------------------------------------------------------------------


def attach(
    db: Database,
    source: Source,
    *,
    name: str | None = None,
    inquiry_id: int | None = None,
    organisation_id: int | None = None,
    exchange_id: int | None = None,
    actor: str | None = None,
) -> DocumentRow:
    """Attach a file (a path) or bytes (with their `name`) to one inquiry, organisation or
    exchange; the document as written. Refused with a DocumentError naming the file (missing,
    unreadable, empty, over MAX_BYTES, a record in the bin), NotFoundError for a record that
    does not exist; nothing is written then."""
    links = _target(inquiry_id, organisation_id, exchange_id)
    if isinstance(source, bytes):
        if name is None:
            raise ValueError("bytes are attached with their name")
        file_name, data = clean_name(name), source
    else:
        file_name, data = read_file(source)
        file_name = clean_name(name) if name is not None else file_name
    if not file_name:
        raise ValueError(f"no file name left in {name!r}")
    _checked(file_name, data)
    ((link, record_id),) = links.items()
    with db.write() as session:
        _live_record(session, link, record_id)
        staff_id = changes.actor_id(session, actor)
        document = Document(
            name=file_name,
            size=len(data),
            media_type=media_type(file_name),
            sha256=hashlib.sha256(data).hexdigest(),
            content=data,
            added_by_id=staff_id,
            added_at=utcnow(),
            **links,
        )
        session.add(document)
        _entry(session, staff_id, document, new=file_name)
        session.flush()
        document_id = document.id
    return get_document(db, document_id)


def _entry(
    session: Session, staff_id: int | None, document: Document, *, old: str = "",
    new: str = "", note: str = "",
) -> None:  # fmt: skip
    """The timeline entry of an attachment, a removal or a restore, on the document's record
    (an exchange's on its inquiry: none for one without)."""
    inquiry_id = document_records.entry_inquiry(session, document.inquiry_id, document.exchange_id)
    if inquiry_id is None and document.organisation_id is None:
        return  # an exchange without an inquiry: no timeline to tell
    changes.record(
        session, staff_id, TimelineKind.DOCUMENT, inquiry_id=inquiry_id,
        organisation_id=document.organisation_id, old=old, new=new, note=note,
    )  # fmt: skip


def remove(
    db: Database, document_id: int, *, actor: str | None = None, now: datetime | None = None
) -> DocumentRow:
    """Move a document to the bin (`now`: naive UTC, by default the present); one already
    there stays as it is."""
    with db.write() as session:
        document = changes.get_one(session, Document, document_id, "Document")
        if document.deleted_at is None:
            staff_id = changes.actor_id(session, actor)
            document.deleted_at = now or utcnow()
            document.deleted_by_id = staff_id
            _entry(session, staff_id, document, old=document.name)
    return get_document(db, document_id)


def restore(db: Database, document_id: int, *, actor: str | None = None) -> DocumentRow:
    """Take a document out of the bin (one not there stays as it is). Its record must not
    be in the bin itself; one purged is gone (NotFoundError)."""
    with db.write() as session:
        document = changes.get_one(session, Document, document_id, "Document")
        if document.deleted_at is not None:
            links = (document.inquiry_id, document.organisation_id, document.exchange_id)
            ((link, record_id),) = _target(*links).items()
            _live_record(session, link, record_id)
            staff_id = changes.actor_id(session, actor)
            document.deleted_at = None
            document.deleted_by_id = None
            _entry(session, staff_id, document, new=document.name, note=RESTORED)
    return get_document(db, document_id)


def purge_bin(db: Database, now: datetime | None = None) -> int:
    """Delete for good the documents in the bin for more than BIN_DAYS days before `now`
    (naive UTC); how many. Nothing to do on a read-only database."""
    if db.read_only:
        return 0
    before = (now or utcnow()) - timedelta(days=BIN_DAYS)
    with db.write() as session:
        result = session.execute(
            delete(Document).where(Document.deleted_at.is_not(None), Document.deleted_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)


# -- reading ---------------------------------------------------------------------------------


_OWN = ("id", "inquiry_id", "organisation_id", "name", "size", "media_type", "sha256",
        "added_at", "deleted_at", "exchange_id")  # fmt: skip


def _rows() -> Select[tuple[object, ...]]:
    """The documents' own columns (never their bytes), who added them, who removed them."""
    added, deleted = aliased(StaffMember), aliased(StaffMember)
    own = [getattr(Document, c) for c in _OWN]
    return (
        select(*own, added.login, added.full_name, deleted.login, deleted.full_name)
        .outerjoin(added, Document.added_by_id == added.id)
        .outerjoin(deleted, Document.deleted_by_id == deleted.id)
    )


def _row(values: tuple[object, ...]) -> DocumentRow:
    own = dict(zip(_OWN, values[: len(_OWN)], strict=True))
    login, full_name, deleted_by, deleted_name = values[len(_OWN) :]
    return DocumentRow(
        **own,  # type: ignore[arg-type]
        added_by=login,  # type: ignore[arg-type]
        added_by_name=str(full_name or login or ""),
        deleted_by=deleted_by,  # type: ignore[arg-type]
        deleted_by_name=str(deleted_name or deleted_by or ""),
    )


def get_document(db: Database, document_id: int) -> DocumentRow:
    """One document (in the bin or not), without its bytes."""
    with db.read() as session:
        found = session.execute(_rows().where(Document.id == document_id)).first()
    if found is None:
        raise errors.NotFoundError(f"Document {document_id} does not exist.")
    return _row(tuple(found))


def list_documents(
    db: Database, *, inquiry_id: int | None = None, organisation_id: int | None = None,
    exchange_id: int | None = None,
) -> list[DocumentRow]:  # fmt: skip
    """The documents of one record that are not in the bin, newest first; no bytes read."""
    ((link, record_id),) = _target(inquiry_id, organisation_id, exchange_id).items()
    stmt = _rows().where(getattr(Document, link) == record_id, Document.deleted_at.is_(None))
    with db.read() as session:
        found = session.execute(stmt.order_by(Document.added_at.desc(), Document.id.desc()))
        return [_row(tuple(r)) for r in found]


def list_bin(
    db: Database, *, inquiry_id: int | None = None, organisation_id: int | None = None,
    exchange_id: int | None = None,
) -> list[DocumentRow]:  # fmt: skip
    """The documents in the bin, of one record (or of all when none is named), the most
    recently removed first."""
    stmt = _rows().where(Document.deleted_at.is_not(None))
    if inquiry_id is not None or organisation_id is not None or exchange_id is not None:
        ((link, record_id),) = _target(inquiry_id, organisation_id, exchange_id).items()
        stmt = stmt.where(getattr(Document, link) == record_id)
    with db.read() as session:
        found = session.execute(stmt.order_by(Document.deleted_at.desc(), Document.id.desc()))
        return [_row(tuple(r)) for r in found]


def content(db: Database, document_id: int) -> bytes:
    """A document's bytes, checked against the SHA-256 recorded when it was attached;
    DocumentError ("document_damaged") when they differ."""
    with db.read() as session:
        found = session.execute(
            select(Document.name, Document.sha256, Document.content).where(
                Document.id == document_id
            )
        ).first()
    if found is None:
        raise errors.NotFoundError(f"Document {document_id} does not exist.")
    name, sha256, data = found
    data = bytes(data)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DocumentError(Message("document_damaged", name=name))
    return data


def save_copy(db: Database, document_id: int, path: Path | str) -> Path:
    """Write a document's checked bytes to `path` (made all at once: a temporary file beside
    it, then renamed); the path written."""
    data = content(db, document_id)
    path = Path(path)
    temp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".msek-", suffix=".partial", dir=path.parent)
        temp = Path(name)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise _unwritable(path, exc) from exc
    return path


def _unwritable(path: Path, exc: OSError) -> DocumentError:
    return DocumentError(
        Message("document_unwritable", path=str(path), reason=exc.strerror or str(exc))
    )
