"""What a letter will not print as asked, in the window's language.

The letters (msek_desktop.letters.checks) report warnings as data: characters outside the
letter font and the field they are in, or a letterhead logo that cannot be used and why
(core.logo, worded in ui/kit/logo_texts.py). This module words them for the window; the
command line uses their English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.logo_texts import logo_reason

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning

WARNING_STYLE = (
    "QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060;"
    " border-radius: 3px; padding: 6px; }"
)

FIELDS: dict[str, Callable[[], str]] = {
    "recipient.first_name": lambda: tr("LetterWarnings", "The first name"),
    "recipient.last_name": lambda: tr("LetterWarnings", "The last name"),
    "recipient.position": lambda: tr("LetterWarnings", "The position"),
    "recipient.organisation": lambda: tr("LetterWarnings", "The organisation name"),
    "recipient.address": lambda: tr("LetterWarnings", "The address"),
    "recipient.postal_code": lambda: tr("LetterWarnings", "The postal code"),
    "recipient.city": lambda: tr("LetterWarnings", "The city"),
    "office.name": lambda: tr("LetterWarnings", "The office name"),
    "office.address": lambda: tr("LetterWarnings", "The office address"),
    "office.phone": lambda: tr("LetterWarnings", "The office phone"),
    "office.email": lambda: tr("LetterWarnings", "The office email"),
    "office.website": lambda: tr("LetterWarnings", "The office website"),
    "office.city": lambda: tr("LetterWarnings", "The city printed before the date"),
    "signer.name": lambda: tr("LetterWarnings", "The signer's name"),
    "signer.title": lambda: tr("LetterWarnings", "The signer's title"),
    "signer.email": lambda: tr("LetterWarnings", "The signer's email"),
    "signer.phone": lambda: tr("LetterWarnings", "The signer's phone"),
    "inquiry.subject": lambda: tr("LetterWarnings", "The inquiry's subject"),
    "inquiry.desired_counterpart": lambda: tr("LetterWarnings", "The desired counterpart"),
    "inquiry.fields": lambda: tr("LetterWarnings", "The inquiry's fields"),
    "partner.name": lambda: tr("LetterWarnings", "The name of a partner organisation"),
    "partner.city": lambda: tr("LetterWarnings", "The city of the partner %1"),
    "partner.website": lambda: tr("LetterWarnings", "The website of the partner %1"),
    "partner.description": lambda: tr("LetterWarnings", "The description of the partner %1"),
    "partner.fields": lambda: tr("LetterWarnings", "The fields of the partner %1"),
    "subject": lambda: tr("LetterWarnings", "The subject"),
    "body": lambda: tr("LetterWarnings", "The text of the letter"),
    "letter": lambda: tr("LetterWarnings", "The letter"),
}


def warning_text(warning: LetterWarning) -> str:
    """One warning as a sentence in the window's language."""
    if warning.kind == "logo":
        text = tr(
            "LetterWarnings",
            "The letterhead logo %1 cannot be used: %2. The letter is made without it.",
        )
        return text.replace("%2", logo_reason(warning.problem, warning.detail)).replace(
            "%1", warning.path
        )
    make = FIELDS.get(warning.field)
    what = make().replace("%1", warning.owner) if make else warning.field
    if warning.more:
        text = tr(
            "LetterWarnings",
            "%1 contains characters the letter font cannot print: %2 (%3) and %4 more; "
            "they will show as boxes.",
        ).replace("%4", str(warning.more))
    else:
        text = tr(
            "LetterWarnings",
            "%1 contains characters the letter font cannot print: %2 (%3); "
            "they will show as boxes.",
        )
    # %1 last: a field name or a partner's name may itself contain "%2"
    text = text.replace("%2", warning.shown).replace("%3", warning.codes)
    return text.replace("%1", what)


def warnings_text(warnings: Sequence[LetterWarning]) -> str:
    return "\n".join(warning_text(w) for w in warnings)


def warning_label(parent: QWidget | None = None) -> QLabel:
    """A yellow notice above a letter: word-wrapped, selectable, hidden while empty."""
    label = QLabel(parent)
    label.setObjectName("letterWarnings")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


# -- a partner without a description in the letter's language ---------------------------------

NO_DESCRIPTION: dict[str, Callable[[], str]] = {
    "fr": lambda: tr("LetterWarnings", "%1 has no description in French"),
    "pl": lambda: tr("LetterWarnings", "%1 has no description in Polish"),
    "en": lambda: tr("LetterWarnings", "%1 has no description in English"),
}
IN_LANGUAGE: dict[str, Callable[[], str]] = {
    "fr": lambda: tr("LetterWarnings", "Description in French"),
    "pl": lambda: tr("LetterWarnings", "Description in Polish"),
    "en": lambda: tr("LetterWarnings", "Description in English"),
}


def missing_description_text(name: str, language: str) -> str:
    """ "Cité du design has no description in Polish", in the window's language."""
    make = NO_DESCRIPTION.get(language, NO_DESCRIPTION["en"])
    return make().replace("%1", name)


def missing_descriptions_notice(names: Sequence[str], language: str) -> str:
    """The dialog's notice: which partners the letter would name without a description."""
    lines = [missing_description_text(name, language) + "." for name in names]
    lines.append(
        tr(
            "LetterWarnings",
            "Write it now, or the letter goes without it: a description in another language "
            "is never printed.",
        )
    )
    return "\n".join(lines)
