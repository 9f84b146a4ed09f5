"""How one timeline entry reads, in the window's language (a record's history: history_stream).

Each entry reads "when — who — what: field old → new (note)"; codes (stages, channels, lost
reasons, actions) are named in the current language, staff by their full name, dates in the
window's locale, UTC times in the user's time zone. A partner proposal's entry (kind
"partner", written by core.partner_proposals: old "" when made, new "" when withdrawn, the
decline reason's code heading its note) names its organisation: "Proposed partner Cité du
design", "Partner Cité du design: Proposed → Declined (No room or time — in 2027)". A letter's
entry names its number and language in words: "letter generated: no. 1 (Polish)" ("courrier
généré : n° 1 (polonais)"), the language named in the window's language (Babel's names).
An activity logged by hand (a call, a note, an email sent, a meeting: core.activities) reads
as its kind and its summary line, "call: Called Ewa, she comes in May", its details apart
(TimelineText.details). A document reads "document attached: programme.pdf", "document
removed: …" (moved to the bin), "document restored: …". An exchange made from the inquiry
reads with its title: "exchange recorded: “Concert” (Planned)", "exchange “Concert”: Planned →
Running", "exchange “Concert” moved to the bin", "… restored from the bin".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from msek_desktop.core.activities import summary_of
from msek_desktop.core.rows import TimelineRow
from msek_desktop.core.vocab import ACTIVITY_KINDS
from msek_desktop.ui.dialogs.merging.texts import merged_entry
from msek_desktop.ui.forms.consent_texts import consent_entry
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import display as show_value

Text = Callable[[], str]

KINDS: dict[str, Text] = {
    "created": lambda: tr("InquiryForm", "created"),
    "changed": lambda: tr("InquiryForm", "changed"),
    "stage": lambda: tr("InquiryForm", "stage changed"),
    "assigned": lambda: tr("InquiryForm", "assigned"),
    "note": lambda: tr("InquiryForm", "note"),
    "followup_added": lambda: tr("InquiryForm", "follow-up planned"),
    "followup_done": lambda: tr("InquiryForm", "follow-up done"),
    "followup_rescheduled": lambda: tr("InquiryForm", "follow-up rescheduled"),
    "letter": lambda: tr("InquiryForm", "letter generated"),
    "letter_sent": lambda: tr("InquiryForm", "letter sent"),
    "import": lambda: tr("InquiryForm", "imported"),
    "call": lambda: tr("InquiryForm", "call"),
    "email": lambda: tr("InquiryForm", "email sent"),
    "meeting": lambda: tr("InquiryForm", "meeting"),
    "deleted": lambda: tr("InquiryForm", "deleted"),
    "restored": lambda: tr("InquiryForm", "restored"),
    "anonymised": lambda: tr("InquiryForm", "anonymised: the person's data taken out"),
}
FIELDS: dict[str, Text] = {
    "received_on": lambda: tr("InquiryForm", "Received"),
    "channel": lambda: tr("InquiryForm", "Channel"),
    "kind": lambda: tr("InquiryForm", "Kind"),
    "priority": lambda: tr("InquiryForm", "Priority"),
    "side": lambda: tr("InquiryForm", "Side"),
    "letter_language": lambda: tr("InquiryForm", "Letter language"),
    "subject": lambda: tr("InquiryForm", "Subject"),
    "message": lambda: tr("InquiryForm", "Message"),
    "desired_counterpart": lambda: tr("InquiryForm", "Desired counterpart"),
    "contact": lambda: tr("InquiryForm", "Contact"),
    "organisation": lambda: tr("InquiryForm", "Organisation"),
    "fields": lambda: tr("InquiryForm", "Fields of exchange"),
    "assignee": lambda: tr("InquiryForm", "Assignee"),
    "stage": lambda: tr("InquiryForm", "Stage"),
    "due_on": lambda: tr("InquiryForm", "Due"),
}
KINDS_NAMING_FIELD = ("stage", "assigned", "followup_rescheduled")
ACTIVITIES = tuple(str(k) for k in ACTIVITY_KINDS)
EXCHANGE: tuple[Text, Text] = (  # an exchange made from the inquiry, its status moved
    lambda: tr("InquiryForm", "exchange recorded: “%1” (%2)"),
    lambda: tr("InquiryForm", "exchange “%1”: %2 → %3"),
)
EXCHANGE_BIN: dict[str, Text] = {  # the inquiry's exchange moved to the bin, or restored
    "deleted": lambda: tr("InquiryForm", "exchange “%1” moved to the bin"),
    "restored": lambda: tr("InquiryForm", "exchange “%1” restored from the bin"),
}
DOCUMENT: dict[str, Text] = {  # a document's entry: attached, removed (to the bin), restored
    "attached": lambda: tr("InquiryForm", "document attached"),
    "removed": lambda: tr("InquiryForm", "document removed"),
    "restored": lambda: tr("InquiryForm", "document restored"),
}
VALUES = {
    "stage": labels.STAGES,
    "channel": labels.CHANNELS,
    "kind": labels.KINDS,
    "priority": labels.PRIORITIES,
    "side": labels.SIDES,
    "letter_language": labels.LANGUAGES,
}
# A partner proposal made, made in a state, moved: said in an inquiry's history (%1 the
# organisation), and in the organisation's (%1 the inquiry's ref)
PROPOSED: tuple[Text, Text, Text] = (
    lambda: tr("InquiryForm", "Proposed partner %1"),
    lambda: tr("InquiryForm", "Proposed partner %1: %2"),
    lambda: tr("InquiryForm", "Partner %1: %2 → %3"),
)
PROPOSED_FOR: tuple[Text, Text, Text] = (
    lambda: tr("InquiryForm", "Proposed as a partner for inquiry %1"),
    lambda: tr("InquiryForm", "Proposed as a partner for inquiry %1: %2"),
    lambda: tr("InquiryForm", "Partner for inquiry %1: %2 → %3"),
)
# How core.proposals records a letter: "#3 (pl)" when made, "#3" when marked sent.
LETTER = re.compile(r"#(\d+)(?: \(([a-z]{2})\))?")


def language_name(code: str) -> str:
    """A language's name in the window's language, as written mid-sentence ("polonais")."""
    try:
        return str(Locale.parse(QLocale().name()).languages.get(code, code))
    except (ValueError, UnknownLocaleError):
        return code


def letter_number(value: str) -> str:
    """A letter's "#3 (pl)" as "no. 3 (Polish)"; any other value as it is."""
    found = LETTER.fullmatch(value)
    if found is None:
        return value
    text = tr("InquiryForm", "no. %1").replace("%1", found.group(1))
    return f"{text} ({language_name(found.group(2))})" if found.group(2) else text


def said(head: str, rest: str) -> str:
    """ "head: rest", with the window's language's space before the colon."""
    parts = {"%1": head, "%2": rest}
    return re.sub("%[12]", lambda m: parts[m.group(0)], tr("InquiryForm", "%1: %2"))


def local_time(at: datetime) -> str:
    """A stored UTC time in the user's time zone and locale."""
    utc = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


class TimelineText:
    """How one timeline entry reads: "when — who — what: field old → new". `staff_names`:
    login → full name; `field_names`: a field of exchange's code → its name; `field_labels`:
    a record's field → its label, for a person's or an organisation's edits (an inquiry's
    fields are named by FIELDS); `values`: their codes' names, by field, over VALUES."""

    def __init__(
        self,
        staff_names: dict[str, str],
        field_names: dict[str, str],
        field_labels: dict[str, str] | None = None,
        values: Mapping[str, dict[str, Text]] | None = None,
    ) -> None:
        self.staff_names, self.field_names = staff_names, field_names
        self.field_labels = field_labels
        self.values = {**VALUES, **(values or {})}  # a field's codes named, by field

    def value(self, field: str, value: str) -> str:
        if not value:
            return tr("InquiryForm", "(empty)")
        if field in self.values:
            return labels.label(self.values[field], value)
        if field in ("received_on", "due_on"):
            return show_value(date.fromisoformat(value))
        if field == "assignee":
            return self.staff_names.get(value, value)
        if field == "fields":
            return ", ".join(self.field_names.get(c.strip(), c) for c in value.split(","))
        return value if len(value) <= 80 else value[:79] + "…"

    def note(self, entry: TimelineRow) -> str:
        head, sep, rest = entry.note.partition(" — " if entry.kind == "stage" else ": ")
        table = labels.LOST_REASONS if entry.kind == "stage" else labels.ACTIONS
        if entry.kind in ("stage", "followup_added") and head in table:
            return labels.label(table, head) + sep + rest
        return entry.note

    def partner(self, entry: TimelineRow) -> str:
        """A partner proposal made, moved or withdrawn, in words, with its organisation; in
        the organisation's own history, with the inquiry it was proposed for."""
        name = entry.inquiry_ref or entry.organisation_name or "?"
        old = labels.label(labels.PROPOSAL_STATES, entry.old_value)
        new = labels.label(labels.PROPOSAL_STATES, entry.new_value)
        note = entry.note
        texts = PROPOSED_FOR if entry.inquiry_ref else PROPOSED
        if not entry.old_value and entry.new_value == "proposed":
            text = texts[0]()
        elif not entry.old_value:  # proposed straight in another state
            text = texts[1]().replace("%2", new)
        else:
            if not entry.new_value:  # withdrawn: a proposal made by mistake
                new = tr("InquiryForm", "Withdrawn")
                note = "" if note == "withdrawn" else note
            text = texts[2]().replace("%2", old).replace("%3", new)
        head, sep, rest = note.partition(" — ")
        if entry.new_value == "declined" and head in labels.DECLINE_REASONS:
            note = labels.label(labels.DECLINE_REASONS, head) + sep + rest
        elif note == "letter":  # moved by a letter naming the partner
            note = tr("InquiryForm", "letter generated")
        text = text.replace("%1", name)
        return f"{text} ({note})" if note else text

    def document(self, entry: TimelineRow) -> str:
        """A document attached, moved to the bin or restored, by its file name."""
        if entry.old_value and not entry.new_value:
            return said(DOCUMENT["removed"](), entry.old_value)
        done = "restored" if entry.note == "restored" else "attached"
        return said(DOCUMENT[done](), entry.new_value)

    @staticmethod
    def exchange(entry: TimelineRow) -> str:
        """An exchange recorded, its status moved, moved to the bin or restored, named by its
        title (the entry's note)."""
        title = entry.note or "?"
        if entry.field in EXCHANGE_BIN:
            return EXCHANGE_BIN[entry.field]().replace("%1", title)
        new = labels.label(labels.EXCHANGE_STATUSES, entry.new_value)
        if not entry.old_value:
            return EXCHANGE[0]().replace("%1", title).replace("%2", new)
        old = labels.label(labels.EXCHANGE_STATUSES, entry.old_value)
        return EXCHANGE[1]().replace("%1", title).replace("%2", old).replace("%3", new)

    @staticmethod
    def details(entry: TimelineRow) -> str:
        """An activity's text after its summary line ("" for any other entry)."""
        if entry.kind not in ACTIVITIES:
            return ""
        return entry.new_value.partition("\n")[2].strip()

    def field_label(self, field: str) -> str:
        if self.field_labels is not None and field in self.field_labels:
            return self.field_labels[field]
        return labels.label(FIELDS, field)

    def who(self, entry: TimelineRow) -> str:
        return self.staff_names.get(entry.who or "", entry.who) or tr("InquiryForm", "system")

    def __call__(self, entry: TimelineRow) -> str:
        return f"{local_time(entry.at)} — {self.who(entry)} — {self.what(entry)}"

    def what(self, entry: TimelineRow) -> str:
        """What happened, without when and who."""
        if entry.kind == "partner":
            return self.partner(entry)
        if entry.kind == "document":
            return self.document(entry)
        if entry.kind == "exchange":
            return self.exchange(entry)
        if entry.kind == "consent":  # a person's consent given or withdrawn
            return consent_entry(entry)
        if entry.kind == "merged":  # two records merged (core.privacy.merging), or undone
            return merged_entry(entry.new_value, entry.note)
        what = labels.label(KINDS, entry.kind)
        if entry.kind in ACTIVITIES and not entry.field:
            return said(what, summary_of(entry.new_value))
        if entry.field:
            # "stage changed: New → Qualifying" needs no field name; "changed" does.
            name = "" if entry.kind in KINDS_NAMING_FIELD else self.field_label(entry.field)
            new = self.value(entry.field, entry.new_value)
            old = self.value(entry.field, entry.old_value) if entry.old_value else ""
            change = f"{old} → {new}" if old else new
            what = said(what, said(name, change) if name else change)
        elif entry.new_value:
            value = entry.new_value
            what = said(what, letter_number(value) if entry.kind.startswith("letter") else value)
        if entry.note:
            what += f" ({self.note(entry)})"
        return what
