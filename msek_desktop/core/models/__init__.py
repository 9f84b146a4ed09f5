"""The office's data as SQLAlchemy 2 typed mappings.

Codes (stage, side, kind ...) are stored as short strings from core.vocab; the services check
them. Editable tables carry created/updated timestamps, a version counter that SQLAlchemy uses
to refuse stale updates, and a deleted_at mark for soft delete.

base: the declarative base and shared columns; records: staff, organisations, people,
inquiries and what hangs on them; exchanges: the exchanges and the yearly highlights;
privacy: the audit list, erasures and merges. Importing this package maps them all, so
Base.metadata holds every table (migrations, copies).
"""

from msek_desktop.core.models.base import (
    NAMING,
    Base,
    SoftDeleted,
    Timestamped,
    Versioned,
    utcnow,
)
from msek_desktop.core.models.exchanges import (
    Exchange,
    ExchangeFunding,
    ExchangeItem,
    YearHighlights,
    exchange_fields,
    exchange_organisations,
)
from msek_desktop.core.models.privacy import AuditEntry, Erasure, Merge
from msek_desktop.core.models.records import (
    ConsentRecord,
    Contact,
    Document,
    Field,
    FollowUp,
    Inquiry,
    LetterTemplate,
    Organisation,
    PartnerProposal,
    Proposal,
    RefCounter,
    Setting,
    StaffMember,
    TimelineEntry,
    inquiry_fields,
    organisation_fields,
    proposal_partners,
)

__all__ = [
    "NAMING", "AuditEntry", "Base", "ConsentRecord", "Contact", "Document", "Erasure",
    "Exchange", "ExchangeFunding", "ExchangeItem", "Field", "FollowUp", "Inquiry",
    "LetterTemplate", "Merge", "Organisation", "PartnerProposal", "Proposal", "RefCounter",
    "Setting", "SoftDeleted", "StaffMember", "TimelineEntry", "Timestamped", "Versioned",
    "YearHighlights", "exchange_fields", "exchange_organisations", "inquiry_fields",
    "organisation_fields", "proposal_partners", "utcnow",
]  # fmt: skip
