"""core.privacy's coded refusals in the window's language: a consent's dates, a person who
asked not to be contacted a way, a merged record restored by hand.
TEXTS joins ui/kit/error_texts.TEXTS."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from msek_desktop.ui.i18n import tr

Params = Mapping[str, Any]


def _named(text: str, p: Params) -> str:
    return text.replace("%1", str(p.get("name") or ""))


def _merged(text: str, p: Params) -> str:
    return text.replace("%1", str(p.get("merged"))).replace("%2", str(p.get("survivor")))


TEXTS: dict[str, Callable[[Params], str]] = {
    "before_given": lambda p: tr("Consent", "Cannot be before the consent was given."),
    "already_withdrawn": lambda p: tr("Consent", "This consent is already withdrawn."),
    "no_letters": lambda p: _named(tr("Consent", "%1 asked not to receive letters."), p),
    "no_email": lambda p: _named(tr("Consent", "%1 asked not to receive emails."), p),
    "no_phone": lambda p: _named(tr("Consent", "%1 asked not to be called."), p),
    "letters_all_refused": lambda p: tr(
        "Consent", "Every person chosen asked not to receive letters: nothing was made."
    ),
    # core.importing: a row's consents
    "consent_without_person": lambda p: tr(
        "Import", "Consents are a person's, and this row names no person."
    ),
    "consent_without_purpose": lambda p: tr(
        "Import", "Says when or how consents were given, but names no consent."
    ),
    "consent_how_required": lambda p: tr(
        "Import", "Required with consents: write form, email, letter or phone."
    ),
    "consent_count": lambda p: (
        tr("Import", "Gives %1 values for %2 consents: give one, or one per consent.")
        .replace("%1", str(p.get("count")))
        .replace("%2", str(p.get("purposes")))
    ),
    # core.privacy.merged_away: a merged record restored from the bin by hand
    "restore_merged_person": lambda p: _merged(
        tr(
            "Duplicates",
            "Person #%1 was merged into #%2 and cannot be restored on its own: "
            "undo the merge instead (Duplicates… on the People list, its Merges tab).",
        ),
        p,
    ),
    "restore_merged_organisation": lambda p: _merged(
        tr(
            "Duplicates",
            "Organisation #%1 was merged into #%2 and cannot be restored on its own: "
            "undo the merge instead (Duplicates… on the Organisations list, its Merges tab).",
        ),
        p,
    ),
}
