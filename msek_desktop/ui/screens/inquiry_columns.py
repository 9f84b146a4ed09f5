"""The Inquiries list's columns, shared with My day's list of my open inquiries (which is
built at the window's start: this module imports no core module that reads)."""

from __future__ import annotations

from typing import Any

from msek_desktop.core.rows import InquiryRow
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import Column

__all__ = ["inquiry_columns", "planned", "unplanned"]


def planned(row: InquiryRow) -> Any:
    """The next follow-up's date; an open inquiry with none says so (NoteDelegate marks it)."""
    if row.next_followup is not None or not unplanned(row):
        return row.next_followup
    return tr("Inquiries", "none planned")


def unplanned(row: InquiryRow) -> bool:
    """An open inquiry nobody plans to follow up: flagged in the list."""
    return row.is_open and row.next_followup is None and row.deleted_at is None


def inquiry_columns(field_names: dict[str, str]) -> list[Column]:
    """The list's columns, what the inquiry is about first; `field_names` maps field codes
    to names in the current language."""
    return [
        Column("ref", lambda: tr("Inquiries", "Ref"), lambda r: r.ref, "ref"),
        Column(
            "received", lambda: tr("Inquiries", "Received"), lambda r: r.received_on, "received_on"
        ),
        Column("subject", lambda: tr("Inquiries", "Subject"), lambda r: r.subject, "subject"),
        Column(
            "contact",
            lambda: tr("Inquiries", "Contact"),
            lambda r: r.contact.full_name if r.contact else "",
            "contact",
        ),
        Column(
            "organisation",
            lambda: tr("Inquiries", "Organisation"),
            lambda r: r.organisation.name if r.organisation else "",
            "organisation",
        ),
        Column(
            "stage",
            lambda: tr("Inquiries", "Stage"),
            lambda r: labels.label(labels.STAGES, r.stage),
            "stage",
        ),
        Column(
            "assignee",
            lambda: tr("Inquiries", "Assignee"),
            lambda r: r.assignee_name or "",
            "assignee",
        ),
        Column(
            "next_followup",
            lambda: tr("Inquiries", "Next follow-up"),
            planned,
            "next_followup",
            marked=True,
        ),
        Column(
            "side",
            lambda: tr("Inquiries", "Side"),
            lambda r: labels.label(labels.SIDES, r.side),
            "side",
        ),
        Column(
            "field",
            lambda: tr("Inquiries", "Field"),
            lambda r: ", ".join(field_names.get(code, code) for code in r.fields),
            "field",
        ),
    ]
