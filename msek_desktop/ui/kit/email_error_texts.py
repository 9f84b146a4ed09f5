"""core.email_drafts' coded refusals in the window's language. TEXTS joins
ui/kit/error_texts.TEXTS."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from msek_desktop.ui.i18n import tr

Params = Mapping[str, Any]


def _named(text: str, p: Params) -> str:
    return text.replace("%1", str(p.get("name") or ""))


TEXTS: dict[str, Callable[[Params], str]] = {
    "no_inquiry": lambda p: tr("Errors", "This record no longer exists."),
    "email_no_address": lambda p: _named(
        tr("Emails", "%1 has no email address: add it to their record first."), p
    ),
    "email_no_inquiry": lambda p: _named(
        tr("Emails", "%1 has no inquiry: an email is written about one."), p
    ),
    "email_introduction": lambda p: tr(
        "Emails", "An introduction is written to a proposed partner of an inquiry."
    ),
    "email_no_partner": lambda p: tr(
        "Emails",
        "No partner is proposed for this inquiry yet: propose one first, or choose another email.",
    ),
}
