"""Translated labels for the codes of core.vocab (stages, sides, kinds ...).

Each string is written out as tr("Labels", "...") so packaging/translations.py finds it.
"""

from __future__ import annotations

from collections.abc import Callable

from msek_desktop.ui.i18n import tr

Text = Callable[[], str]  # a text said in the window's language when called

STAGES: dict[str, Text] = {
    "new": lambda: tr("Labels", "New"),
    "qualifying": lambda: tr("Labels", "Qualifying"),
    "matching": lambda: tr("Labels", "Finding a counterpart"),
    "proposal_sent": lambda: tr("Labels", "Proposal sent"),
    "in_discussion": lambda: tr("Labels", "In discussion"),
    "agreed": lambda: tr("Labels", "Agreed"),
    "running": lambda: tr("Labels", "Running"),
    "completed": lambda: tr("Labels", "Completed"),
    "lost": lambda: tr("Labels", "Lost"),
}
SIDES: dict[str, Text] = {
    "saint_etienne": lambda: tr("Labels", "Saint-Étienne"),
    "katowice": lambda: tr("Labels", "Katowice"),
    "other": lambda: tr("Labels", "Elsewhere"),
}
LOST_REASONS: dict[str, Text] = {
    "no_answer": lambda: tr("Labels", "No answer"),
    "no_counterpart": lambda: tr("Labels", "No counterpart found"),
    "withdrawn": lambda: tr("Labels", "Withdrawn"),
    "out_of_scope": lambda: tr("Labels", "Out of scope"),
    "other": lambda: tr("Labels", "Other reason"),
}
KINDS: dict[str, Text] = {
    "information": lambda: tr("Labels", "Information request"),
    "accompaniment": lambda: tr("Labels", "Accompaniment"),
    "project": lambda: tr("Labels", "Project proposal"),
}
CHANNELS: dict[str, Text] = {
    "email": lambda: tr("Labels", "Email"),
    "phone": lambda: tr("Labels", "Phone"),
    "visit": lambda: tr("Labels", "Visit"),
    "letter": lambda: tr("Labels", "Letter"),
    "event": lambda: tr("Labels", "Event"),
    "website": lambda: tr("Labels", "Website form"),
    "referral": lambda: tr("Labels", "Referral"),
}
PRIORITIES: dict[str, Text] = {
    "low": lambda: tr("Labels", "Low"),
    "normal": lambda: tr("Labels", "Normal"),
    "high": lambda: tr("Labels", "High"),
}
ORGANISATION_KINDS: dict[str, Text] = {
    "school": lambda: tr("Labels", "School"),
    "music_school": lambda: tr("Labels", "Music school / conservatory"),
    "university": lambda: tr("Labels", "University"),
    "cultural": lambda: tr("Labels", "Cultural institution"),
    "company": lambda: tr("Labels", "Company"),
    "association": lambda: tr("Labels", "Association"),
    "municipality": lambda: tr("Labels", "Municipality / public body"),
    "other": lambda: tr("Labels", "Other"),
}
LANGUAGES: dict[str, Text] = {
    "fr": lambda: tr("Labels", "French"),
    "pl": lambda: tr("Labels", "Polish"),
    "en": lambda: tr("Labels", "English"),
}
HONORIFICS: dict[str, Text] = {
    "ms": lambda: tr("Labels", "Ms"),
    "mr": lambda: tr("Labels", "Mr"),
    "none": lambda: tr("Labels", "(none)"),
}
ACTIONS: dict[str, Text] = {
    "call": lambda: tr("Labels", "Call"),
    "email": lambda: tr("Labels", "Email"),
    "meeting": lambda: tr("Labels", "Meeting"),
    "letter": lambda: tr("Labels", "Letter"),
    "other": lambda: tr("Labels", "Other"),
}
AUDIENCES: dict[str, Text] = {
    "children": lambda: tr("Labels", "Children"),
    "teenagers": lambda: tr("Labels", "Teenagers"),
    "students": lambda: tr("Labels", "Students"),
    "adults": lambda: tr("Labels", "Adults"),
    "professionals": lambda: tr("Labels", "Professionals"),
}
PROPOSAL_STATES: dict[str, Text] = {
    "proposed": lambda: tr("Labels", "Proposed"),
    "contacted": lambda: tr("Labels", "Contacted"),
    "interested": lambda: tr("Labels", "Interested"),
    "accepted": lambda: tr("Labels", "Accepted"),
    "declined": lambda: tr("Labels", "Declined"),
}
DECLINE_REASONS: dict[str, Text] = {
    "no_capacity": lambda: tr("Labels", "No room or time"),
    "not_relevant": lambda: tr("Labels", "Not what they do"),
    "timing": lambda: tr("Labels", "Not now, maybe later"),
    "no_funding": lambda: tr("Labels", "No funding"),
    "other": lambda: tr("Labels", "Other reason"),
}


# Exchanges (vocab.ExchangeKind, ExchangeStatus, CancelReason, FundingSource): a context of
# their own, an exchange's words agreeing with "échange", "wymiana" (a stage's with "demande")
EXCHANGE_KINDS: dict[str, Text] = {
    "visit": lambda: tr("ExchangeLabels", "Visit"),
    "hosting": lambda: tr("ExchangeLabels", "Hosting"),
    "internship": lambda: tr("ExchangeLabels", "Internship"),
    "residency": lambda: tr("ExchangeLabels", "Residency"),
    "concert": lambda: tr("ExchangeLabels", "Concert"),
    "exhibition": lambda: tr("ExchangeLabels", "Exhibition"),
    "workshop": lambda: tr("ExchangeLabels", "Workshop"),
    "joint_project": lambda: tr("ExchangeLabels", "Joint project"),
    "other": lambda: tr("ExchangeLabels", "Other"),
}
EXCHANGE_STATUSES: dict[str, Text] = {
    "planned": lambda: tr("ExchangeLabels", "Planned"),
    "running": lambda: tr("ExchangeLabels", "Running"),
    "completed": lambda: tr("ExchangeLabels", "Completed"),
    "cancelled": lambda: tr("ExchangeLabels", "Cancelled"),
}
CANCEL_REASONS: dict[str, Text] = {
    "funding": lambda: tr("ExchangeLabels", "The funding did not come"),
    "schedule": lambda: tr("ExchangeLabels", "No dates suit both sides"),
    "partner_withdrew": lambda: tr("ExchangeLabels", "A partner withdrew"),
    "health_safety": lambda: tr("ExchangeLabels", "Health or safety"),
    "other": lambda: tr("ExchangeLabels", "Other reason"),
}
FUNDING_SOURCES: dict[str, Text] = {
    "erasmus_plus": lambda: tr("ExchangeLabels", "Erasmus+"),
    "creative_europe": lambda: tr("ExchangeLabels", "Creative Europe"),
    "saint_etienne_city": lambda: tr("ExchangeLabels", "City of Saint-Étienne"),
    "katowice_city": lambda: tr("ExchangeLabels", "City of Katowice"),
    "own_funds": lambda: tr("ExchangeLabels", "Own funds"),
    "other": lambda: tr("ExchangeLabels", "Other"),
}
CURRENCIES: dict[str, Text] = {"EUR": lambda: "EUR", "PLN": lambda: "PLN"}  # said as written


def label(table: dict[str, Text], code: str | None) -> str:
    """The translated label of `code`, or the code itself if unknown (a staff addition)."""
    if not code:
        return ""
    make = table.get(code)
    return make() if make else code
