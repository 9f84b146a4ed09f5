"""Activities staff log by hand on a record's history: a call, a note, an email sent, a
meeting (vocab.ACTIVITY_KINDS), on an inquiry, a person or an organisation.

An activity is a timeline entry (no table of its own): its kind is the activity's, its text in
new_value, who logged it and when. The text's first line is its summary (at most 200
characters), what follows the details (at most 5,000 characters in all). Logging works on a
closed inquiry too (a late answer is realistic), not on a record in the bin.
"""

from __future__ import annotations

from msek_desktop.core import changes
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation, StaffMember, TimelineEntry
from msek_desktop.core.rows import TimelineRow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import ACTIVITY_KINDS

SUMMARY_MAX = 200
TEXT_MAX = 5000
# the record an activity is logged on: its link column, model and label
TARGETS = {
    "inquiry_id": (Inquiry, "Inquiry"),
    "contact_id": (Contact, "Contact"),
    "organisation_id": (Organisation, "Organisation"),
}


def clean_text(text: str | None) -> str:
    """The text as stored: each line's trailing spaces and the blank lines around it gone;
    Windows line ends as \\n. Raises ValidationError (field "text") when its summary line is
    empty or too long, or the whole too long."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    check = Checker()
    summary = cleaned.partition("\n")[0].strip()
    if not summary:
        check.fail("text", "required")
    elif len(summary) > SUMMARY_MAX:
        check.fail("text", "too_long", max_len=SUMMARY_MAX, length=len(summary))
    elif len(cleaned) > TEXT_MAX:
        check.fail("text", "too_long", max_len=TEXT_MAX, length=len(cleaned))
    check.raise_if_any()
    return cleaned


def summary_of(text: str) -> str:
    """An activity's summary: the first line of its text."""
    return text.partition("\n")[0]


def log_activity(
    db: Database,
    kind: str,
    text: str,
    *,
    actor: str | None = None,
    inquiry_id: int | None = None,
    contact_id: int | None = None,
    organisation_id: int | None = None,
) -> TimelineRow:
    """Log a call, note, email sent or meeting on exactly one record; the entry as written.
    Raises ValidationError (fields "kind", "text"), NotFoundError for a missing or binned
    record."""
    given = {
        "inquiry_id": inquiry_id,
        "contact_id": contact_id,
        "organisation_id": organisation_id,
    }
    links = {name: value for name, value in given.items() if value is not None}
    if len(links) != 1:
        raise ValueError("an activity is logged on exactly one record")
    check = Checker()
    code = check.choice("kind", kind, [str(k) for k in ACTIVITY_KINDS])
    with check.collecting():
        cleaned = clean_text(text)
    check.raise_if_any()
    ((link, record_id),) = links.items()
    model, label = TARGETS[link]
    with db.write() as session:
        changes.get_live(session, model, record_id, label)
        staff_id = changes.actor_id(session, actor)
        entry = TimelineEntry(staff_id=staff_id, kind=code, new_value=cleaned, **links)
        session.add(entry)
        session.flush()
        staff = session.get(StaffMember, staff_id) if staff_id is not None else None
        who = staff.login if staff is not None else None
        return TimelineRow(entry.id, entry.at, who, entry.kind, "", "", cleaned, "")
