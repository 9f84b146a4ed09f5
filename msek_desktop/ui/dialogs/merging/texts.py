"""The Duplicates dialog's words: the fields of a person and an organisation, their values
(codes named, yes/no, an organisation by name), why two records look alike (core.identity's
reason codes) and why a merge can no longer be undone (core.privacy.merging_undo.REFUSALS).
"""

from __future__ import annotations

from typing import Any

from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.labels import Text

FIELDS: dict[str, Text] = {
    "honorific": lambda: tr("Duplicates", "Form of address"),
    "first_name": lambda: tr("Duplicates", "First name"),
    "last_name": lambda: tr("Duplicates", "Last name"),
    "organisation_id": lambda: tr("Duplicates", "Organisation"),
    "position": lambda: tr("Duplicates", "Position"),
    "email": lambda: tr("Duplicates", "Email"),
    "phone": lambda: tr("Duplicates", "Phone"),
    "language": lambda: tr("Duplicates", "Language"),
    "side": lambda: tr("Duplicates", "Side"),
    "city": lambda: tr("Duplicates", "City"),
    "legal_basis": lambda: tr("Duplicates", "Legal basis"),
    "no_letters": lambda: tr("Duplicates", "No letters"),
    "no_email": lambda: tr("Duplicates", "No email"),
    "no_phone": lambda: tr("Duplicates", "No phone calls"),
    "notes": lambda: tr("Duplicates", "Notes"),
    "name": lambda: tr("Duplicates", "Name"),
    "kind": lambda: tr("Duplicates", "Kind"),
    "address": lambda: tr("Duplicates", "Address"),
    "postal_code": lambda: tr("Duplicates", "Postal code"),
    "country": lambda: tr("Duplicates", "Country"),
    "website": lambda: tr("Duplicates", "Website"),
    "offers": lambda: tr("Duplicates", "Offers"),
    "seeks": lambda: tr("Duplicates", "Seeks"),
    "tags": lambda: tr("Duplicates", "Tags"),
    "audiences": lambda: tr("Duplicates", "Audiences"),
    "languages": lambda: tr("Duplicates", "Languages"),
    "capacity": lambda: tr("Duplicates", "Capacity"),
    "active": lambda: tr("Duplicates", "Active"),
    "description_fr": lambda: tr("Duplicates", "Description (French)"),
    "description_pl": lambda: tr("Duplicates", "Description (Polish)"),
    "description_en": lambda: tr("Duplicates", "Description (English)"),
}
LEGAL_BASES: dict[str, Text] = {
    "own_request": lambda: tr("Duplicates", "Their own request"),
    "consent": lambda: tr("Duplicates", "Consent"),
    "legitimate_interest": lambda: tr("Duplicates", "Legitimate interest"),
    "contract": lambda: tr("Duplicates", "Contract"),
}
CODES: dict[str, dict[str, Text]] = {
    "honorific": labels.HONORIFICS,
    "language": labels.LANGUAGES,
    "side": labels.SIDES,
    "kind": labels.ORGANISATION_KINDS,
    "legal_basis": LEGAL_BASES,
}
REASONS: dict[str, Text] = {  # core.identity.REASONS, said in the window's language
    "email": lambda: tr("Duplicates", "same email"),
    "name": lambda: tr("Duplicates", "same name"),
    "name_ending": lambda: tr(
        "Duplicates", "same name, the last name in its feminine or masculine form"
    ),
    "organisation": lambda: tr("Duplicates", "same name, another organisation"),
    "first_name": lambda: tr("Duplicates", "same last name, a similar first name"),
    "no_first_name": lambda: tr("Duplicates", "same last name, one first name missing"),
    "last_name": lambda: tr("Duplicates", "same first name, a similar last name"),
    "ending_gender": lambda: tr(
        "Duplicates", "same first name, the last name in the form of the other gender"
    ),
    "close": lambda: tr("Duplicates", "a similar name"),
}
ORGANISATION_REASONS: dict[str, Text] = {  # an organisation's, where they differ
    "name": lambda: tr("Duplicates", "the same name, accents and capitals aside"),
    "email": lambda: tr("Duplicates", "the same email, a close name"),
    "close": lambda: tr("Duplicates", "a name a typo apart"),
}
REFUSALS: dict[str, Text] = {  # why a merge can no longer be undone
    "undone": lambda: tr("Duplicates", "Undone"),
    "forgotten": lambda: tr("Duplicates", "Final: a person it named was erased"),
    "expired": lambda: tr("Duplicates", "Final: older than the daily backups kept"),
    "erased": lambda: tr("Duplicates", "Final: one of the records was erased since"),
    "merged_again": lambda: tr("Duplicates", "Merged again since: undo that merge first"),
    "in_bin": lambda: tr("Duplicates", "The record kept is in the bin: restore it first"),
}


def field_label(field: str) -> str:
    return labels.label(FIELDS, field)


def value_text(field: str, value: Any, names: dict[int, str]) -> str:
    """A field's value as the dialog shows it; `names`: organisation id -> name."""
    if value is None or value == "":
        return tr("Duplicates", "(empty)")
    if isinstance(value, bool):
        return tr("Duplicates", "Yes") if value else tr("Duplicates", "No")
    if field == "organisation_id":
        return names.get(int(value), f"#{value}")
    if field in CODES:
        return labels.label(CODES[field], str(value))
    if field == "audiences":
        return ", ".join(labels.label(labels.AUDIENCES, a) for a in str(value).split())
    return " ".join(str(value).split())  # one line: a note's lines joined


def merged_entry(new_value: str, note: str) -> str:
    """A "merged" timeline entry in a record's history (core.privacy.merging writes "#57 →
    #12", noted "undone" when the merge was undone): "record #57 merged into #12"."""
    merged, _sep, kept = new_value.partition(" → ")
    if note == "undone":
        text = tr("Duplicates", "merge undone: record %1 apart from %2 again")
    else:
        text = tr("Duplicates", "record %1 merged into %2")
    return text.replace("%1", merged.strip()).replace("%2", kept.strip())


def reason_text(kind: str, reason: str) -> str:
    """Why two records of `kind` look alike, from core.identity's reason code."""
    if kind == "organisation" and reason in ORGANISATION_REASONS:
        return labels.label(ORGANISATION_REASONS, reason)
    return labels.label(REASONS, reason)
