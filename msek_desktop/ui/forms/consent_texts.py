"""A person's legal basis, consents and contact preferences in the window's language: the
codes of core.vocab (LegalBasis, ConsentPurpose, ConsentHow), and how a consent's timeline
entry reads in the history ("consent given: Newsletters (form, 01/03/2026)", "consent
withdrawn: …").
"""

from __future__ import annotations

from datetime import date

from msek_desktop.core.rows import TimelineRow
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.labels import Text, label
from msek_desktop.ui.kit.table import display

LEGAL_BASES: dict[str, Text] = {
    "own_request": lambda: tr("Consent", "Their own request"),
    "consent": lambda: tr("Consent", "Consent"),
    "legitimate_interest": lambda: tr("Consent", "Legitimate interest"),
    "contract": lambda: tr("Consent", "Contract"),
}
PURPOSES: dict[str, Text] = {
    "contact_exchanges": lambda: tr("Consent", "Being contacted about exchanges"),
    "newsletter": lambda: tr("Consent", "Newsletters"),
    "photos": lambda: tr("Consent", "Photos"),
}
HOWS: dict[str, Text] = {
    "form": lambda: tr("Consent", "Form"),
    "email": lambda: tr("Consent", "Email"),
    "letter": lambda: tr("Consent", "Letter"),
    "phone": lambda: tr("Consent", "Phone"),
}
PREFERENCES: dict[str, Text] = {  # a person's refusals, as the form's check boxes say them
    "no_letters": lambda: tr("Consent", "No letters"),
    "no_email": lambda: tr("Consent", "No email"),
    "no_phone": lambda: tr("Consent", "No phone"),
}
YES_NO: dict[str, Text] = {  # a refusal's value in the history of edits
    "yes": lambda: tr("Consent", "yes"),
    "no": lambda: tr("Consent", "no"),
}
# the codes of a person's privacy fields named in their history (history_stream)
VALUES: dict[str, dict[str, Text]] = {
    "legal_basis": LEGAL_BASES,
    **dict.fromkeys(PREFERENCES, YES_NO),
}
ENTRY: dict[str, Text] = {  # a consent's timeline entry (core.privacy.consent)
    "given": lambda: tr("Consent", "consent given"),
    "withdrawn": lambda: tr("Consent", "consent withdrawn"),
}


def consent_entry(entry: TimelineRow) -> str:
    """ "consent given: Newsletters (form, 01/03/2026)": what, to what, how and when."""
    what = label(ENTRY, entry.new_value)
    said = (
        tr("InquiryForm", "%1: %2").replace("%1", what).replace("%2", label(PURPOSES, entry.field))
    )
    how, _, day = entry.note.partition(" ")
    try:
        when = display(date.fromisoformat(day))
    except ValueError:
        when = day
    details = ", ".join(part for part in (label(HOWS, how), when) if part)
    return f"{said} ({details})" if details else said
