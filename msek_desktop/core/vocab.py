"""The office's fixed vocabularies, as stored codes.

Labels in French, Polish and English belong to the front ends (Qt translations, letters);
here only the codes and the rules between them live.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    NEW = "new"
    QUALIFYING = "qualifying"
    MATCHING = "matching"
    PROPOSAL_SENT = "proposal_sent"
    IN_DISCUSSION = "in_discussion"
    AGREED = "agreed"
    RUNNING = "running"
    COMPLETED = "completed"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STAGES


CLOSED_STAGES = frozenset({Stage.COMPLETED, Stage.LOST})
PIPELINE = (
    Stage.NEW,
    Stage.QUALIFYING,
    Stage.MATCHING,
    Stage.PROPOSAL_SENT,
    Stage.IN_DISCUSSION,
    Stage.AGREED,
    Stage.RUNNING,
    Stage.COMPLETED,
)


class LostReason(StrEnum):
    NO_ANSWER = "no_answer"
    NO_COUNTERPART = "no_counterpart"
    WITHDRAWN = "withdrawn"
    OUT_OF_SCOPE = "out_of_scope"
    OTHER = "other"


class Side(StrEnum):
    SAINT_ETIENNE = "saint_etienne"
    KATOWICE = "katowice"
    OTHER = "other"

    @property
    def phone_region(self) -> str:
        """Default region for phone numbers written without a country code."""
        return "FR" if self is Side.SAINT_ETIENNE else "PL"


class InquiryKind(StrEnum):
    INFORMATION = "information"
    ACCOMPANIMENT = "accompaniment"
    PROJECT = "project"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    VISIT = "visit"
    LETTER = "letter"
    EVENT = "event"
    WEBSITE = "website"
    REFERRAL = "referral"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class OrganisationKind(StrEnum):
    SCHOOL = "school"
    MUSIC_SCHOOL = "music_school"
    UNIVERSITY = "university"
    CULTURAL = "cultural"
    COMPANY = "company"
    ASSOCIATION = "association"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class Audience(StrEnum):
    """Whom an organisation works with (its profile; the partner ranking compares them)."""

    CHILDREN = "children"
    TEENAGERS = "teenagers"
    STUDENTS = "students"
    ADULTS = "adults"
    PROFESSIONALS = "professionals"


class ProposalState(StrEnum):
    """How far a proposed partner of an inquiry went."""

    PROPOSED = "proposed"
    CONTACTED = "contacted"
    INTERESTED = "interested"
    ACCEPTED = "accepted"
    DECLINED = "declined"


# the states still waiting for the partner's answer
AWAITING_ANSWER = frozenset({ProposalState.PROPOSED, ProposalState.CONTACTED})


class DeclineReason(StrEnum):
    NO_CAPACITY = "no_capacity"  # no room or time this year
    NOT_RELEVANT = "not_relevant"  # not what they do
    TIMING = "timing"  # not now; maybe later
    NO_FUNDING = "no_funding"
    OTHER = "other"


class Language(StrEnum):
    FR = "fr"
    PL = "pl"
    EN = "en"


class Honorific(StrEnum):
    MS = "ms"
    MR = "mr"
    NONE = "none"


class FollowUpAction(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    LETTER = "letter"
    OTHER = "other"


class When(StrEnum):
    """The lists of My day: late, due today, later."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


class TimelineKind(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    STAGE = "stage"
    ASSIGNED = "assigned"
    NOTE = "note"
    FOLLOWUP_ADDED = "followup_added"
    FOLLOWUP_DONE = "followup_done"
    FOLLOWUP_RESCHEDULED = "followup_rescheduled"
    LETTER = "letter"
    IMPORT = "import"
    DELETED = "deleted"
    RESTORED = "restored"
    PARTNER = "partner"  # a partner proposed, or its proposal's state changed
    # activities staff log by hand (core.activities): the text in new_value, its first line
    # the summary shown in the history, the rest the details
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    # a document attached (new_value: its name) or moved to the bin (old_value: its name)
    DOCUMENT = "document"
    # an exchange made from the inquiry, or its status changed (old/new: statuses)
    EXCHANGE = "exchange"
    # people's data (core.privacy): a consent given or withdrawn, a preference changed; two
    # records merged (or the merge undone); an inquiry anonymised (erasure or retention)
    CONSENT = "consent"
    MERGED = "merged"
    ANONYMISED = "anonymised"


class ExchangeKind(StrEnum):
    VISIT = "visit"
    HOSTING = "hosting"
    INTERNSHIP = "internship"
    RESIDENCY = "residency"
    CONCERT = "concert"
    EXHIBITION = "exhibition"
    WORKSHOP = "workshop"
    JOINT_PROJECT = "joint_project"
    OTHER = "other"


class ExchangeStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class CancelReason(StrEnum):
    FUNDING = "funding"  # the money did not come
    SCHEDULE = "schedule"  # no dates that suit both
    PARTNER_WITHDREW = "partner_withdrew"
    HEALTH_SAFETY = "health_safety"
    OTHER = "other"


class FundingSource(StrEnum):
    ERASMUS_PLUS = "erasmus_plus"
    CREATIVE_EUROPE = "creative_europe"
    SAINT_ETIENNE_CITY = "saint_etienne_city"
    KATOWICE_CITY = "katowice_city"
    OWN_FUNDS = "own_funds"
    OTHER = "other"


class Currency(StrEnum):
    EUR = "EUR"
    PLN = "PLN"


class LegalBasis(StrEnum):
    """Why the office may keep a person's data (GDPR art. 6)."""

    OWN_REQUEST = "own_request"  # they wrote to the office and asked for something
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONTRACT = "contract"


class ConsentPurpose(StrEnum):
    """What a person agreed to (a consent record each)."""

    CONTACT_EXCHANGES = "contact_exchanges"  # being contacted about exchanges
    NEWSLETTER = "newsletter"
    PHOTOS = "photos"


class ConsentHow(StrEnum):
    """How a consent was given or withdrawn."""

    FORM = "form"
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"


# A person's contact preferences: Contact columns, each true when they refused that way.
CONTACT_PREFERENCES = ("no_letters", "no_email", "no_phone")


class AuditAction(StrEnum):
    """What the audit list (core.audit) records: who did it, when, about whom."""

    EXPORT_PERSON = "export_person"  # everything we hold about a person, as files
    PRINT_PERSON = "print_person"  # the same, printed
    ERASE_PERSON = "erase_person"
    MERGE_PEOPLE = "merge_people"
    MERGE_ORGANISATIONS = "merge_organisations"
    UNDO_MERGE = "undo_merge"
    RETENTION = "retention"  # inquiries past the retention period anonymised


# What staff log by hand on a record's history, in the order the buttons show them.
ACTIVITY_KINDS = (TimelineKind.CALL, TimelineKind.NOTE, TimelineKind.EMAIL, TimelineKind.MEETING)


# The built-in fields of exchange: the 7 UNESCO creative fields, then the office's own.
# (code, French, Polish, English)
BUILTIN_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("crafts", "Artisanat et arts populaires", "Rzemiosło i sztuka ludowa", "Crafts and folk art"),
    ("design", "Design", "Design", "Design"),
    ("film", "Cinéma", "Film", "Film"),
    ("gastronomy", "Gastronomie", "Gastronomia", "Gastronomy"),
    ("literature", "Littérature", "Literatura", "Literature"),
    ("music", "Musique", "Muzyka", "Music"),
    ("media_arts", "Arts numériques", "Sztuka mediów", "Media arts"),
    ("education", "Éducation (écoles)", "Edukacja (szkoły)", "Education (schools)"),
    (
        "higher_education",
        "Enseignement supérieur et recherche",
        "Szkolnictwo wyższe i nauka",
        "Higher education and research",
    ),
    ("economy", "Économie et entreprises", "Gospodarka i biznes", "Economy and business"),
    (
        "institutions",
        "Institutions et coopération municipale",
        "Instytucje i współpraca samorządowa",
        "Institutions and municipal cooperation",
    ),
    ("youth", "Jeunesse", "Młodzież", "Youth"),
    ("sport", "Sport", "Sport", "Sport"),
    ("tourism", "Tourisme", "Turystyka", "Tourism"),
    ("social_health", "Social et santé", "Sprawy społeczne i zdrowie", "Social and health"),
)
