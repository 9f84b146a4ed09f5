"""Core's coded messages in the window's language, one text per code.

Core says what is wrong with a field, an import row or a file as a core.errors.Message: English
for the command line, with a code and its parameters. Here each code of core.errors.MESSAGES
has its translated text (tests/ui/test_error_texts.py fails when one is missing). Plain texts,
from rules not yet coded, are shown as core wrote them, never hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from msek_desktop.core.errors import MESSAGES, Message
from msek_desktop.ui.i18n import tr

__all__ = ["TEXTS", "error_text", "field_message", "quoted"]

Params = Mapping[str, Any]


def _filled(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def quoted(text: str) -> str:
    return tr("Import", "“%1”").replace("%1", text)


def _phone(p: Params) -> str:
    return tr("Errors", "This is not a valid phone number (write the country code for abroad).")


def _not_date(p: Params) -> str:
    return tr("Import", "Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.")


def _gone(p: Params) -> str:
    return tr("Errors", "This record no longer exists.")


TEXTS: dict[str, Callable[[Params], str]] = {
    "required": lambda p: tr("Errors", "Required."),
    "too_long": lambda p: _filled(tr("Errors", "Too long: at most %1 characters."), p["max_len"]),
    "email": lambda p: tr("Errors", "This is not a valid email address."),
    "phone_country_code": _phone,
    "phone_not_number": _phone,
    "phone_too_short": _phone,
    "phone_too_long": _phone,
    "phone_digits": _phone,
    "phone_invalid": _phone,
    "phone_too_short_in": _phone,
    "phone_too_long_in": _phone,
    "phone_digits_in": _phone,
    "phone_invalid_in": _phone,
    "date_format": _not_date,
    "date_year": _not_date,
    "date_month": _not_date,
    "date_day": lambda p: _filled(
        tr("Import", "Not a valid date: that month has only %1 days."), p["days"]
    ),
    "choice": lambda p: _filled(
        tr("Import", "%1 is not known here; write one of: %2."), quoted(p["value"]), p["allowed"]
    ),
    "not_integer": lambda p: tr("Errors", "Not a whole number."),
    "huge_integer": lambda p: tr("Errors", "Not a whole number."),
    "between": lambda p: _filled(
        tr("Errors", "Must be between %1 and %2."), p["minimum"], p["maximum"]
    ),
    "at_least": lambda p: _filled(tr("Errors", "Must be at least %1."), p["minimum"]),
    "at_most": lambda p: _filled(tr("Errors", "Must be at most %1."), p["maximum"]),
    "in_future": lambda p: tr("Errors", "Cannot be in the future."),
    "country_code": lambda p: tr("Errors", "Write a two-letter country code such as FR or PL."),
    "contact_or_organisation": lambda p: tr("Errors", "Choose a contact or an organisation."),
    "lost_reason": lambda p: tr("InquiryForm", "Choose why the inquiry was lost."),
    "lost_note": lambda p: tr("Errors", "Say why the inquiry was lost."),
    "no_contact": _gone,
    "no_organisation": _gone,
    "no_staff": lambda p: _filled(tr("Errors", "There is no staff member %1."), p["login"]),
    "required_without_organisation": lambda p: tr(
        "Import", "Required when there is no organisation."
    ),
    "unknown_code": lambda p: _filled(
        tr("Import", "%1 is not known here; write one of: %2."), quoted(p["value"]), p["allowed"]
    ),
    "unknown_country": lambda p: _filled(
        tr("Import", "%1 is not a country; write its two-letter code (FR, PL…)."),
        quoted(p["value"]),
    ),
    "unknown_fields": lambda p: _filled(tr("Import", "Unknown field of exchange: %1."), p["names"]),
    "no_header": lambda p: tr("Import", "The file has no header line."),
    "no_column": lambda p: tr("Import", "No column is imported as this."),
    "no_name_column": lambda p: tr("Import", "No column is imported as last name or organisation."),
}


def error_text(message: str) -> str:
    """A core message in the window's language: by its code, or as it is when not coded."""
    if isinstance(message, Message) and message.code in TEXTS:
        return TEXTS[message.code](message.params)
    return str(message)


def field_message(message: str) -> str:
    """A core validation message in the window's language (plain ones as they are)."""
    return error_text(message)


def missing_codes() -> list[str]:
    """The codes core can give that have no text here (none, when all is well)."""
    return sorted(set(MESSAGES) - set(TEXTS))
