"""Core's coded messages in the window's language, one text per code.

Core says what is wrong with a field, an import row or a file as a core.errors.Message: English
for the command line, with a code and its parameters. Here each code of core.errors.MESSAGES
has its translated text (tests/ui/test_error_texts.py fails when one is missing). Plain texts,
from rules not yet coded, are shown as core wrote them, never hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from msek_desktop.core.errors import MESSAGES, Message
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.consent_error_texts import TEXTS as CONSENT_TEXTS
from msek_desktop.ui.kit.document_texts import TEXTS as DOCUMENT_TEXTS
from msek_desktop.ui.kit.email_error_texts import TEXTS as EMAIL_TEXTS
from msek_desktop.ui.kit.exchange_error_texts import texts as exchange_texts
from msek_desktop.ui.kit.logo_texts import logo_reason

__all__ = ["TEXTS", "error_text", "field_message", "quoted"]

Params = Mapping[str, Any]


def _filled(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def quoted(text: object) -> str:
    return tr("Import", "“%1”").replace("%1", str(text))


def _phone(p: Params) -> str:
    return tr("Errors", "This is not a valid phone number (write the country code for abroad).")


def _not_date(p: Params) -> str:
    return tr("Import", "Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.")


def _login_taken(p: Params) -> str:
    return _filled(tr("Errors", "The login %1 is already taken."), p["login"])


def _gone(p: Params) -> str:
    return tr("Errors", "This record no longer exists.")


def _same_side(p: Params) -> str:
    wanted = tuple(p.get("wanted_sides") or ())
    if len(wanted) != 1:
        text = tr("Errors", "%1 is neither in Saint-Étienne nor in Katowice: a partner is "
                  "sought in one of the two cities.")  # fmt: skip
        return _filled(text, p["name"])
    text = tr("Errors", "%1 is not on the inquiry's other side: a partner is sought in %2.")
    return _filled(text, p["name"], labels.label(labels.SIDES, wanted[0]))


def bad_bytes(places: Sequence[tuple[int, int]], more: int) -> str:
    """core.reading's first bad bytes (line, byte offset) and how many more, translated."""
    shown = [_filled(tr("Import", "line %1, byte %2"), line, offset) for line, offset in places]
    if more:
        shown.append(_filled(tr("Import", "and %1 more"), more))
    return "; ".join(shown)


def _bad_utf8(p: Params) -> str:
    text = tr(
        "Import",
        "The file is UTF-8 text, but some bytes in it are not UTF-8 (%1). Correct the "
        "text there and save the file as UTF-8.",
    )
    return _filled(text, bad_bytes(p["places"], p["more"]))


def _special_file(p: Params) -> str:
    text = tr(
        "Import",
        "%1 is not a file but a pipe, a device or another special file; choose a CSV "
        "file or an Excel workbook.",
    )
    return _filled(text, p["path"])


def _not_workbook(p: Params) -> str:
    return _filled(tr("Import", "%1 is not an Excel workbook that can be read."), p["name"])


def _long_cell_line(p: Params) -> str:
    text = tr("Import", "The file cannot be read at line %1: a cell holds more than %2 characters.")
    return _filled(text, p["number"], f"{p['limit']:,}")


def _long_cell_row(p: Params) -> str:
    text = tr("Import", "The file cannot be read at row %1: a cell holds more than %2 characters.")
    return _filled(text, p["number"], f"{p['limit']:,}")


# core.reading's refusals of a file
_FILE_TEXTS: dict[str, Callable[[Params], str]] = {
    "file_missing": lambda p: _filled(tr("Import", "The file %1 does not exist."), p["path"]),
    "file_folder": lambda p: _filled(tr("Import", "%1 is a folder, not a file."), p["path"]),
    "file_special": _special_file,
    "file_replaced": _special_file,
    "file_too_large": lambda p: _filled(
        tr("Import", "%1 is too large to import (%2 MB; at most %3 MB)."),
        p["name"],
        f"{p['size']:,}",
        p["limit"],
    ),
    "file_name_too_long": lambda p: _filled(
        tr("Import", "The file name %1 is too long (%2 characters)."), p["path"], p["length"]
    ),
    "file_unreadable": lambda p: _filled(
        tr("Import", "The file %1 cannot be read: %2."), p["path"], p["reason"]
    ),
    "file_no_memory": lambda p: _filled(
        tr("Import", "%1 is too large to read in the memory this computer has left."), p["name"]
    ),
    "file_password": lambda p: _filled(
        tr(
            "Import",
            "%1 is protected with a password. Open it in Excel, save it without a password, "
            "and import that.",
        ),
        p["name"],
    ),
    "file_xls": lambda p: _filled(
        tr(
            "Import",
            "%1 is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook "
            "(.xlsx) or as CSV, and import that.",
        ),
        p["name"],
    ),
    "xlsx_not_zip": _not_workbook,
    "xlsx_unreadable": _not_workbook,
    "xlsx_damaged": lambda p: _filled(tr("Import", "%1 is a damaged Excel workbook."), p["name"]),
    "xlsx_unsafe": lambda p: _filled(
        tr(
            "Import",
            "%1 cannot be read safely: unpacked, it would be far larger than a workbook "
            "should be, or it is built to look smaller than it is. Save the sheet to import "
            "as CSV and import that.",
        ),
        p["name"],
    ),
    "long_cell_line": _long_cell_line,
    "long_cell_row": _long_cell_row,
    "csv_line": lambda p: _filled(
        tr("Import", "The file cannot be read at line %1: %2."), p["number"], p["reason"]
    ),
    "bad_utf8_one": _bad_utf8,
    "bad_utf8": _bad_utf8,
}

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
    "language_code": lambda p: _filled(
        tr("Errors", "“%1” is not a two-letter language code such as fr, pl or en."), p["value"]
    ),
    "contact_or_organisation": lambda p: tr("Errors", "Choose a contact or an organisation."),
    "lost_reason": lambda p: tr("InquiryForm", "Choose why the inquiry was lost."),
    "lost_note": lambda p: tr("Errors", "Say why the inquiry was lost."),
    "no_contact": _gone,
    "no_organisation": _gone,
    "login_characters": lambda p: tr(
        "Errors", "Only lower-case letters, digits, dots, underscores and hyphens."
    ),
    "login_taken": _login_taken,
    "login_in_use": _login_taken,
    "own_organisation": lambda p: _filled(
        tr("Errors", "%1 is the inquiry's own organisation."), p["name"]
    ),
    "same_side": _same_side,
    "inquiry_closed": lambda p: _filled(
        tr("Errors", "The inquiry %1 is closed (%2): reopen it before changing it."),
        p["ref"],
        labels.label(labels.STAGES, p["stage"]),
    ),
    "decline_reason": lambda p: tr("Errors", "Choose why the organisation declined."),
    "profile_without_organisation": lambda p: tr(
        "Import", "This is about the row's organisation, and the row names none."
    ),
    "template_exists": lambda p: tr(
        "Templates", "A template with this name already exists in this language."
    ),
    "template_language": lambda p: _filled(
        tr("Templates", "The template %1 is for another language: %2 (the letter: %3)."),
        quoted(p["name"]),
        labels.label(labels.LANGUAGES, p["template_language"]),
        labels.label(labels.LANGUAGES, p["language"]),
    ),
    "logo_unusable": lambda p: _filled(
        tr("LetterWarnings", "This file cannot be used as the logo: %1."),
        logo_reason(p["problem"], p["detail"]),
    ),
    "no_staff": lambda p: _filled(tr("Errors", "There is no staff member %1."), p["login"]),
    # core.roles: logins on the office server
    "login_reserved": lambda p: tr(
        "Errors", "The database server keeps this name for itself; choose another."
    ),
    "login_on_server": lambda p: _filled(
        tr("Errors", "%1 is already a login on this database server; choose another."),
        p["login"],
    ),
    "login_fixed": lambda p: tr(
        "Errors", "The login cannot be changed on the office server: it is how they log in."
    ),
    "password_short": lambda p: _filled(
        tr("Errors", "Too short: at least %1 characters."), p["minimum"]
    ),
    "own_login": lambda p: tr(
        "Errors", "You cannot change this for your own login; ask another admin."
    ),
    "admin_only": lambda p: _filled(
        tr("Errors", "Only an admin of the office database may do this (%1 is a staff login)."),
        p["login"],
    ),
    "not_staff": lambda p: _filled(
        tr(
            "Errors",
            "The login %1 is not a staff member of this office database; ask an admin to add you.",
        ),
        p["login"],
    ),
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
    **_FILE_TEXTS,
    **DOCUMENT_TEXTS,  # core.documents
    **EMAIL_TEXTS,  # core.email_drafts
    **CONSENT_TEXTS,  # core.privacy.consent
    **exchange_texts(lambda message: error_text(message)),  # noqa: PLW0108 (defined below)
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
