"""`msek proposal REF` on a database file, with plain sqlite3: no SQLAlchemy, no ORM.

The command is short; importing SQLAlchemy, the ORM and the models took twice what the rest of
it does (issue 18). On a file that is sound and current, its acknowledgement (a letter to the
person who asked, no partner) is read and kept here with plain SQL, on a connection of
core.plain_file. Everything else takes the general path (store.open_database, gathering,
keeping), which decides as before:

- core.plain_file.open_file gives no connection (here `open_file`), and the command opens the
  file the general way: the file is not sound and current (see that module);
- the letters that name partners (a proposal, an introduction) take the general path, and
  so does the office server (PostgreSQL).

The facts are shaped by core.proposals.shaping, as gathering shapes them; the rows written are
those keeping writes (tests/core/test_proposals_plain.py compares every column of both, on
copies of one database, and the letters' text). A writer begins IMMEDIATE and tries again when
the file is busy, as core.db does, and an error of the file is said in one line as core.db
says it (`used`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from msek_desktop.core import errors, file_checks, plain_file
from msek_desktop.core.plain_file import open_file
from msek_desktop.core.proposals import shaping
from msek_desktop.core.proposals.facts import ACKNOWLEDGEMENT, LetterFacts, RenderedLetter
from msek_desktop.core.vocab import Language

# the settings of a letterhead and their defaults when not stored (core.settings declares
# them; a test checks these are its defaults)
LETTERHEAD_DEFAULTS: dict[str, Any] = {
    "office.name": "Maison de Saint-Étienne à Katowice",
    "office.address": "ul. Mariacka 1\n40-014 Katowice\nPolska",
    "office.phone": "",
    "office.email": "",
    "office.website": "",
    "office.logo": "",
    "office.city": "Katowice",
}
INQUIRY = "Inquiry"  # core.inquiries.LABEL

__all__ = [
    "INQUIRY",
    "LETTERHEAD_DEFAULTS",
    "acknowledgement",
    "inquiry_id",
    "keep",
    "open_file",
    "used",
]


@contextmanager
def used(path: Path, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """The command's use of the file: closed at the end; the file's stamp noted as checked
    after (it was sound at the start), or forgotten when the command met an error of the
    database, which is said in one line (core.db.translate_error)."""
    met_damage = False
    try:
        yield conn
    except sqlite3.Error as exc:
        met_damage = True
        from msek_desktop.core import db  # only to say the error: SQLAlchemy then

        user = db.translate_error(exc, path)
        if user is None:
            raise
        raise user from exc
    except errors.DatabaseError:
        met_damage = True
        raise
    finally:
        conn.close()
        if met_damage:
            file_checks.forget(path)
        else:
            file_checks.remember(path)


def _one(conn: sqlite3.Connection, sql: str, *params: Any) -> SimpleNamespace | None:
    cur = conn.execute(sql, params)
    row = cur.fetchone()
    if row is None:
        return None
    return SimpleNamespace(**{d[0]: v for d, v in zip(cur.description, row, strict=True)})


def inquiry_id(conn: sqlite3.Connection, ref: str) -> int:
    """The inquiry `ref` names (deleted or not), as core.inquiries.get_by_ref finds it."""
    found = conn.execute("SELECT id FROM inquiries WHERE ref = ?", (ref.strip(),)).fetchone()
    if found is None:
        raise errors.NotFoundError(f"There is no inquiry {ref.strip()!r}.")
    return int(found[0])


def _live_inquiry(conn: sqlite3.Connection, inquiry: int) -> SimpleNamespace:
    inq = _one(
        conn,
        "SELECT id, ref, received_on, subject, side, desired_counterpart, letter_language, "
        "contact_id, organisation_id, assignee_id, deleted_at FROM inquiries WHERE id = ?",
        inquiry,
    )
    if inq is None or inq.deleted_at is not None:
        raise errors.NotFoundError(f"{INQUIRY} {inquiry} does not exist or was deleted.")
    return inq


def _organisation(conn: sqlite3.Connection, org_id: int | None) -> SimpleNamespace | None:
    if org_id is None:
        return None
    return _one(
        conn,
        "SELECT id, name, address, postal_code, city, country, description_fr, "
        "description_pl, description_en FROM organisations WHERE id = ?",
        org_id,
    )


def _person(conn: sqlite3.Connection, contact_id: int | None) -> SimpleNamespace | None:
    if contact_id is None:
        return None
    person = _one(
        conn,
        "SELECT id, honorific, first_name, last_name, position, city, email, phone, "
        "organisation_id, no_letters FROM contacts WHERE id = ?",
        contact_id,
    )
    if person is not None:
        person.organisation = _organisation(conn, person.organisation_id)
    return person


def _letterhead_values(conn: sqlite3.Connection) -> dict[str, Any]:
    values = dict(LETTERHEAD_DEFAULTS)
    for key, value in conn.execute("SELECT key, value FROM settings"):
        if key in values:
            values[key] = json.loads(value)
    return values


def acknowledgement(
    conn: sqlite3.Connection, inquiry: int, *, language: str | None, today: date
) -> LetterFacts | None:
    """The facts of the acknowledgement of `inquiry` (by no one in particular: the assignee
    signs), as gathering.letter_facts reads them; None when the general path must decide
    (a language that is not one of the letters': it says so)."""
    conn.execute("BEGIN")
    try:
        head = shaping.letterhead(_letterhead_values(conn))
        inq = _live_inquiry(conn, inquiry)
        inq.contact = _person(conn, inq.contact_id)
        inq.organisation = _organisation(conn, inq.organisation_id)
        code = language or inq.letter_language or "en"
        if code not in {x.value for x in Language}:
            return None
        if inq.contact is not None and inq.contact.no_letters:
            name = f"{inq.contact.first_name} {inq.contact.last_name}".strip()
            raise errors.UserError(errors.Message("no_letters", name=name))
        inq.received_on = date.fromisoformat(inq.received_on)
        fields = conn.execute(  # the query the ORM's relationship makes (the same order)
            f"SELECT fields.name_{code} FROM fields, inquiry_fields "
            "WHERE ? = inquiry_fields.inquiry_id AND fields.id = inquiry_fields.field_id",
            (inquiry,),
        )
        names = tuple(str(name) for (name,) in fields)
        assignee = _one(
            conn,
            "SELECT full_name, title_fr, title_pl, title_en, email, phone "
            "FROM staff_members WHERE id = ?",
            inq.assignee_id,
        )
    finally:
        conn.execute("COMMIT")
    return LetterFacts(
        language=code,
        date=today,
        letterhead=head,
        recipient=shaping.recipient(inq),
        inquiry=shaping.inquiry_facts(inq, names),
        template=shaping.shipped(code, ACKNOWLEDGEMENT),
        signer=shaping.signer(assignee, code),
        kind=ACKNOWLEDGEMENT,
        requester=shaping.requester(inq, code),
    )


def _begin_writing(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE; a file busy past the busy timeout is tried again (core.db.retry_busy)."""
    for attempt in range(1, plain_file.BUSY_ATTEMPTS + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc).lower() or "busy" in str(exc).lower()
            if not busy or attempt == plain_file.BUSY_ATTEMPTS:
                raise


def keep(conn: sqlite3.Connection, facts: LetterFacts, rendered: RenderedLetter) -> bytes:
    """Keep the letter as its inquiry's next one, with its timeline entry (no one in
    particular made it: as keeping.record_proposals with no actor on a file), in one
    transaction; the PDF as kept, read back and checked as keeping.get_pdf does."""
    inquiry = facts.inquiry.id
    _begin_writing(conn)
    try:
        _live_inquiry(conn, inquiry)  # still there?
        (last,) = conn.execute(
            "SELECT max(number) FROM proposals WHERE inquiry_id = ?", (inquiry,)
        ).fetchone()
        number = (last or 0) + 1
        now = datetime.now(UTC).replace(tzinfo=None).strftime(plain_file.TIME_FORMAT)
        cur = conn.execute(
            "INSERT INTO proposals (inquiry_id, number, kind, language, template_id, "
            "rendered_text, pdf, sha256, author_id, sent_at, erased_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?)",
            (
                inquiry, number, facts.kind, facts.language, facts.template.id, rendered.text,
                rendered.pdf, hashlib.sha256(rendered.pdf).hexdigest(), now, now,
            ),
        )  # fmt: skip
        proposal = cur.lastrowid
        conn.execute(
            "INSERT INTO timeline_entries (at, staff_id, inquiry_id, contact_id, "
            "organisation_id, kind, field, old_value, new_value, note) "
            "VALUES (?, NULL, ?, NULL, NULL, 'letter', '', '', ?, '')",
            (now, inquiry, shaping.letter_entry(number, facts.language)),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    pdf, sha = conn.execute(
        "SELECT pdf, sha256 FROM proposals WHERE id = ?", (proposal,)
    ).fetchone()
    if hashlib.sha256(pdf).hexdigest() != sha:
        raise shaping.damaged(number, inquiry)
    return bytes(pdf)
