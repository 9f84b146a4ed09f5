"""The reasons of a suggested partner (core.partners.Reason: a code and its parameters) in
plain words of the window's language:

    Music · music school ↔ music school · works in French · 2 exchanges since 2024, last
    completed · not asked for 8 months

Counts are plurals (tr with n), so French and Polish say them right; a code this module does
not know is shown as the code itself, never hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.error_texts import quoted

Params = Mapping[str, Any]
SEPARATOR = " · "


class ReasonLike(Protocol):
    """core.partners.Reason as read here."""

    @property
    def code(self) -> str: ...

    @property
    def params(self) -> Mapping[str, Any]: ...

    @property
    def good(self) -> bool: ...


def _filled(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _lower_first(text: str) -> str:
    """A label inside a phrase ("Music school" -> "music school")."""
    return text[:1].lower() + text[1:]


def kind_name(code: str) -> str:
    return _lower_first(labels.label(labels.ORGANISATION_KINDS, code))


def works_in(code: str) -> str:
    """ "works in French": a phrase per language, the way each language says it."""
    phrases: dict[str, Callable[[], str]] = {
        "fr": lambda: tr("PartnerTexts", "works in French"),
        "pl": lambda: tr("PartnerTexts", "works in Polish"),
        "en": lambda: tr("PartnerTexts", "works in English"),
    }
    make = phrases.get(code)
    return make() if make else _filled(tr("PartnerTexts", "language: %1"), code.upper())


LAST: dict[str, Callable[[], str]] = {
    "completed": lambda: tr("PartnerTexts", "last completed"),
    "running": lambda: tr("PartnerTexts", "one running now"),
    "agreed": lambda: tr("PartnerTexts", "last agreed"),
    "lost": lambda: tr("PartnerTexts", "last came to nothing"),
}


def _fields(p: Params, names: Mapping[str, str]) -> str:
    return ", ".join(names.get(code, code) for code in p.get("fields", ()))


def _kinds(p: Params, _names: Mapping[str, str]) -> str:
    asked, partner = str(p.get("asked", "")), str(p.get("partner", ""))
    if asked == partner:
        return _filled(tr("PartnerTexts", "same kind: %1"), kind_name(partner))
    return f"{kind_name(asked)} ↔ {kind_name(partner)}"


def _audiences(p: Params, _names: Mapping[str, str]) -> str:
    shown = ", ".join(_lower_first(labels.label(labels.AUDIENCES, a)) for a in p["audiences"])
    return _filled(tr("PartnerTexts", "audience: %1"), shown)


def _language(p: Params, _names: Mapping[str, str]) -> str:
    return works_in(str(p["language"]))


def _words(p: Params, _names: Mapping[str, str]) -> str:
    shown = ", ".join(quoted(word) for word in p["words"])
    return _filled(tr("PartnerTexts", "mentions %1"), shown)


def _exchanges(p: Params, _names: Mapping[str, str]) -> str:
    count, since, last = int(p["count"]), p.get("since"), p.get("last")
    if since:
        text = _filled(tr("PartnerTexts", "%n exchanges since %1", None, count), since)
    else:
        text = tr("PartnerTexts", "%n exchanges", None, count)
    if last in LAST:
        text += ", " + LAST[last]()
    elif last:
        label = _lower_first(labels.label(labels.STAGES, str(last)))
        text += ", " + _filled(tr("PartnerTexts", "last: %1"), label)
    return text


def _not_asked(p: Params, _names: Mapping[str, str]) -> str:
    return tr("PartnerTexts", "not asked for %n months", None, int(p["months"]))


def _never_asked(_p: Params, _names: Mapping[str, str]) -> str:
    return tr("PartnerTexts", "never asked before")


def _declined(p: Params, _names: Mapping[str, str]) -> str:
    months = int(p["months"])
    if months < 1:
        return tr("PartnerTexts", "declined this month")
    return tr("PartnerTexts", "declined %n months ago", None, months)


def _unanswered(p: Params, _names: Mapping[str, str]) -> str:
    return tr("PartnerTexts", "%n proposals unanswered", None, int(p["count"]))


def _inactive(_p: Params, _names: Mapping[str, str]) -> str:
    return tr("PartnerTexts", "marked inactive")


def _capacity(p: Params, _names: Mapping[str, str]) -> str:
    return tr("PartnerTexts", "hosts up to %n visitors", None, int(p["visitors"]))


def _proposed(p: Params, _names: Mapping[str, str]) -> str:
    state = _lower_first(labels.label(labels.PROPOSAL_STATES, str(p.get("state", ""))))
    return _filled(tr("PartnerTexts", "already in this inquiry: %1"), state)


Say = Callable[[Params, Mapping[str, str]], str]
TEXTS: dict[str, Say] = {
    "fields": _fields,
    "kinds": _kinds,
    "audiences": _audiences,
    "language": _language,
    "words": _words,
    "exchanges": _exchanges,
    "not_asked": _not_asked,
    "never_asked": _never_asked,
    "declined": _declined,
    "unanswered": _unanswered,
    "inactive": _inactive,
    "capacity": _capacity,
    "proposed": _proposed,
}


def reason_text(reason: ReasonLike, field_names: Mapping[str, str] | None = None) -> str:
    """One reason in words; `field_names`: field codes -> names in the window's language."""
    say = TEXTS.get(reason.code)
    if say is None:
        return reason.code
    try:
        return say(reason.params, field_names or {})
    except (KeyError, TypeError, ValueError):  # parameters this version does not know
        return reason.code


def reasons_text(
    reasons: Iterable[ReasonLike], field_names: Mapping[str, str] | None = None
) -> str:
    """The reasons in one line, most telling first (the core's order)."""
    return SEPARATOR.join(t for t in (reason_text(r, field_names) for r in reasons) if t)


def reasons_tooltip(
    reasons: Iterable[ReasonLike], field_names: Mapping[str, str] | None = None
) -> str:
    """One reason a line, "+" for those in the partner's favour, "−" for those against."""
    return "\n".join(f"{'+' if r.good else '−'} {reason_text(r, field_names)}" for r in reasons)


def field_names(rows: Iterable[Any], language: str) -> dict[str, str]:
    """core.fields rows -> {code: name in `language`} (English where it has none)."""
    return {r.code: getattr(r, f"name_{language}", "") or r.name_en for r in rows}
