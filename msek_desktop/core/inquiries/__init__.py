"""Inquiries: what someone asked the office, and where it stands in the pipeline.

rules: defaults and checks; listing: reading rows and one inquiry; editing: changes.
"""

from msek_desktop.core.inquiries.editing import (
    add_note,
    assign,
    create_inquiry,
    move_stage,
    set_deleted,
    update_inquiry,
)
from msek_desktop.core.inquiries.listing import (
    RANK_LIMIT,
    SORT_KEYS,
    UNASSIGNED,
    InquiryFilter,
    StateCounts,
    count_by_state,
    count_inquiries,
    get_by_ref,
    get_inquiry,
    inquiry_ids,
    list_inquiries,
    year_range,
    years_received,
)
from msek_desktop.core.inquiries.rules import DEFAULTS, LABEL, field_errors, new_inquiry_defaults

__all__ = [
    "DEFAULTS",
    "LABEL",
    "RANK_LIMIT",
    "SORT_KEYS",
    "UNASSIGNED",
    "InquiryFilter",
    "StateCounts",
    "add_note",
    "assign",
    "count_by_state",
    "count_inquiries",
    "create_inquiry",
    "field_errors",
    "get_by_ref",
    "get_inquiry",
    "inquiry_ids",
    "list_inquiries",
    "move_stage",
    "new_inquiry_defaults",
    "set_deleted",
    "update_inquiry",
    "year_range",
    "years_received",
]
