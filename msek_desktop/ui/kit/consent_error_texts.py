"""core.privacy.consent's coded refusals in the window's language: a consent's dates, and a
person who asked not to be contacted a way. TEXTS joins ui/kit/error_texts.TEXTS."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from msek_desktop.ui.i18n import tr

Params = Mapping[str, Any]


def _named(text: str, p: Params) -> str:
    return text.replace("%1", str(p.get("name") or ""))


TEXTS: dict[str, Callable[[Params], str]] = {
    "before_given": lambda p: tr("Consent", "Cannot be before the consent was given."),
    "already_withdrawn": lambda p: tr("Consent", "This consent is already withdrawn."),
    "no_letters": lambda p: _named(tr("Consent", "%1 asked not to receive letters."), p),
    "no_email": lambda p: _named(tr("Consent", "%1 asked not to receive emails."), p),
    "no_phone": lambda p: _named(tr("Consent", "%1 asked not to be called."), p),
    "letters_all_refused": lambda p: tr(
        "Consent", "Every person chosen asked not to receive letters: nothing was made."
    ),
}
