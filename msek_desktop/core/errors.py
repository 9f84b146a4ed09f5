"""Errors the user can act on, kept apart from bugs.

Everything derived from UserError carries a plain message meant for the office staff and is
shown as such (one line on the command line, a message box in the window). Any other exception
is a bug: it reaches the crash dialog / traceback with full details.

What is wrong with a field, an import row or a file is a Message: its English, derived from a
code of MESSAGES and its parameters, is what the command line prints; the window says the code
in its own language (ui/kit/error_texts.py) and never reads the English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Every coded message, by code. Rewording one here never turns a translated window English.
MESSAGES: dict[str, str] = {
    # core.validation.Checker
    "required": "is required",
    "too_long": "is too long: at most {max_len} characters are allowed, not {length}",
    "email": "is not a valid email address: {reason}",
    "phone_country_code": "has a country code that does not exist",
    "phone_not_number": "is not a phone number",
    "phone_too_short": "is too short to be a phone number",
    "phone_too_long": "is too long to be a phone number",
    "phone_digits": "does not have the right number of digits",
    "phone_invalid": "is not a valid phone number",
    "phone_too_short_in": (
        "is too short to be a phone number for {region} (+{country_code}); write the number"
        " with its country code if it is from abroad"
    ),
    "phone_too_long_in": (
        "is too long to be a phone number for {region} (+{country_code}); write the number"
        " with its country code if it is from abroad"
    ),
    "phone_digits_in": (
        "does not have the right number of digits for {region} (+{country_code}); write the"
        " number with its country code if it is from abroad"
    ),
    "phone_invalid_in": (
        "is not a valid phone number for {region} (+{country_code}); write the number with"
        " its country code if it is from abroad"
    ),
    "date_format": "is not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY",
    "date_year": "is not a valid date: the year must be between 1 and 9999",
    "date_month": "is not a valid date: the month must be between 1 and 12",
    "date_day": "is not a valid date: that month has only {days} days",
    "choice": "must be one of: {allowed}",  # also given: the {value} refused
    "not_integer": "is not a whole number",
    "huge_integer": "is far too large a number",
    "between": "must be between {minimum} and {maximum}",
    "at_least": "must be at least {minimum}",
    "at_most": "must be at most {maximum}",
    # records and their links
    "in_future": "cannot be in the future",
    "country_code": "must be a two-letter country code such as FR or PL",
    "language_code": "{value!r} is not a two-letter language code such as fr, pl or en",
    "contact_or_organisation": "choose a contact or an organisation",
    "lost_reason": "choose why the inquiry was lost",
    "lost_note": "say why the inquiry was lost",
    "no_contact": "contact {id} does not exist",
    "no_organisation": "organisation {id} does not exist",
    "no_staff": "there is no staff member {login!r}",
    "login_characters": "may only hold lower-case letters, digits, '.', '_' and '-'",
    "login_taken": "{login!r} is already taken",
    "login_in_use": "{login!r} is taken",
    # core.roles: logins on the office server
    "login_reserved": "is a name the database server keeps for itself; choose another",
    "login_on_server": "{login!r} is already a login on this database server; choose another",
    "login_fixed": "cannot be changed on the office server: it is the staff member's login",
    "password_short": "is too short: at least {minimum} characters",
    "own_login": "cannot be changed for your own login; ask another admin",
    "admin_only": "{what} is for admins of the office database; {login!r} is a staff login.",
    "not_staff": (
        "The login {login!r} is not a staff member of this office database; an admin adds"
        " it with `msek staff add`."
    ),
    "own_organisation": "{name} is the inquiry's own organisation",
    # core.inquiries: a lost or completed inquiry is read-only until reopened
    "inquiry_closed": (
        "inquiry {ref} is closed ({stage}); reopen it (move it back to an open stage) before"
        " changing it"
    ),
    # core.partner_proposals; also given: the organisation's {side} and the {wanted_sides} codes
    "same_side": "{name} is not on the inquiry's other side: a partner is sought in {wanted}",
    "decline_reason": "say why the organisation declined: one of {allowed}",
    "template_exists": "a {language} template named {name!r} already exists",
    "template_language": "template {name!r} is for {template_language}, not {language}",
    # core.email_drafts
    "no_inquiry": "inquiry {id} does not exist",
    "email_no_address": "{name} has no email address: add it to their record first",
    "email_no_inquiry": "{name} has no inquiry: an email is written about one",
    "email_introduction": (
        "an introduction is written to a proposed partner: give the inquiry and the organisation"
    ),
    "email_no_partner": (
        "no partner is proposed for inquiry {ref} yet: propose one first, or choose another email"
    ),
    # core.exchanges; item_problem and funding_problem also give the {part}'s own Message
    "ends_before_starts": "cannot be before the first day ({starts_on})",
    "item_outside": "item {number}: its day {day} is not between {starts_on} and {ends_on}",
    "item_problem": "item {number}, {part}: {problem}",
    "funding_problem": "line {number}, {part}: {problem}",
    "amount_format": "is not an amount; write it as 1200, 1200.50 or 1 200,50",
    "amount_decimals": "has more than 2 decimals",
    # core.importing.exchanges: what a row names, looked up
    "import_no_organisation": (
        "no organisation named {name!r} is recorded; import or create it first"
    ),
    "import_several_organisations": "several organisations are named {name!r}",
    "import_other_side": "{name!r} is recorded on the {side} side",
    "import_no_inquiry": "no inquiry {ref} is recorded (or it is deleted)",
    "exchange_recorded": "this exchange is already recorded (exchange {id})",
    "exchange_in_file": "this exchange is already recorded (line {line} of this file)",
    # also given: the {problem} (a core.logo.LogoProblem) and its {detail}
    "logo_unusable": "cannot be used: {reason}",
    # core.importing: rows and the header line
    "required_without_organisation": "is required when there is no organisation",
    "unknown_code": '"{value}" is not known; write one of: {allowed}',
    "unknown_country": '"{value}" is not a country; write its two-letter code',
    "unknown_fields": "unknown field of exchange: {names}",
    "no_header": "the file has no header line",
    "no_column": "no column for it in the header line",
    "no_name_column": "no column for last_name or organisation in the header line",
    "profile_without_organisation": "is for the row's organisation, and this row names none",
    "consent_without_person": "is for the row's person, and this row names none",
    "consent_without_purpose": "says when or how a consent was given, but no consent is named",
    "consent_how_required": "is required with consents: write form, email, letter or phone",
    "consent_count": "gives {count} values for {purposes} consents: give one, or one per consent",
    # core.reading: files it refuses to read
    "file_missing": "The file {path} does not exist.",
    "file_folder": "{path} is a folder, not a file.",
    "file_special": "{path} is not a file but a {kind}; import a CSV file or an Excel workbook.",
    "file_replaced": "{path} is not a file; import a CSV file or a workbook.",
    "file_too_large": "{name} is too large to import ({size:,} MB; at most {limit} MB).",
    "file_name_too_long": "The file name {path} is too long ({length} characters).",
    "file_unreadable": "The file {path} cannot be read: {reason}.",
    "file_no_memory": "{name} is too large to read in the memory this computer has left.",
    "file_password": (
        "{name} is protected with a password; open it in Excel, save it without a password,"
        " and import that."
    ),
    "file_xls": "{name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.",
    "xlsx_not_zip": "{name} is not a readable XLSX workbook.",
    "xlsx_unreadable": "{name} is not a readable XLSX workbook ({reason}).",
    "xlsx_damaged": "{name} is a damaged XLSX workbook ({reason}).",
    "xlsx_unsafe": "{name} is too large to be read safely: {reason}.",
    "long_cell_line": (
        "The file cannot be read at line {number}: a cell holds more than {limit:,} characters."
    ),
    "long_cell_row": (
        "The file cannot be read at row {number}: a cell holds more than {limit:,} characters."
    ),
    "csv_line": "The file cannot be read at line {number}: {reason}.",
    # also given: places, the first (line, byte offset) pairs, and how many more
    "bad_utf8_one": (
        "The file is UTF-8 text but {count} byte is not UTF-8 ({where}); correct the text"
        " there and save the file as UTF-8."
    ),
    "bad_utf8": (
        "The file is UTF-8 text but {count} bytes are not UTF-8 ({where}); correct the text"
        " there and save the file as UTF-8."
    ),
    # core.documents: files attached to a record (also file_missing, file_folder, file_unreadable)
    "document_too_large": "{name} is {shown}; a document may be at most {limit_mb} MB.",
    "document_empty": "{name} is empty (0 bytes); there is nothing to attach.",
    "document_not_file": "{path} is not a file but a pipe, a device or another special file.",
    "document_record_deleted": "{what} is deleted: restore it before attaching documents.",
    "document_damaged": (
        "{name} is damaged in the database: its bytes no longer match the SHA-256 recorded when"
        " it was attached; restore a backup to get it back."
    ),
    "document_unwritable": "{path} cannot be written: {reason}.",
    # core.privacy.consent: consents, and a person's refusals (letters, emails, batches)
    "before_given": "cannot be before the consent was given ({given_on})",
    "already_withdrawn": "the consent was already withdrawn on {on}",
    "no_letters": "{name} asked not to receive letters",
    "no_email": "{name} asked not to receive emails",
    "no_phone": "{name} asked not to be called",
    "letters_all_refused": "every person chosen asked not to receive letters: nothing was made",
    # core.privacy.merged_away: a record merged into another, restored by hand
    "restore_merged_person": (
        "person #{merged} was merged into #{survivor} and cannot be restored by itself; undo"
        " the merge instead (Duplicates... on the People list, its Merges tab)"
    ),
    "restore_merged_organisation": (
        "organisation #{merged} was merged into #{survivor} and cannot be restored by itself;"
        " undo the merge instead (Duplicates... on the Organisations list, its Merges tab)"
    ),
}


class Message(str):
    """The English text of a coded message, which keeps its code and parameters.

    It is a str, so the command line, logs and tests read it as before; the window looks at
    `code` and `params` to say it in its own language.
    """

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Message:
        text = super().__new__(cls, MESSAGES[code].format(**params))
        text.code = code
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return _message, (self.code, dict(self.params))


def _message(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def code_of(text: str) -> str | None:
    """The code of a coded message; None for a plain text (not yet coded)."""
    return text.code if isinstance(text, Message) else None


class UserError(Exception):
    """A problem caused by input or by the environment, explained in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field: a Message (coded) or, for rules not yet coded, a text."""

    field: str
    message: str

    @classmethod
    def coded(cls, field: str, code: str, /, **params: Any) -> FieldError:
        return cls(field, Message(code, **params))


class ValidationError(UserError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("ValidationError needs at least one field error")
        self.errors = errors
        first = errors[0]
        text = f"{first.field}: {first.message}"
        if len(errors) > 1:
            text += f" (and {len(errors) - 1} more)"
        super().__init__(text)

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([FieldError(field, message)])

    @classmethod
    def coded(cls, field: str, code: str, /, **params: Any) -> ValidationError:
        return cls([FieldError.coded(field, code, **params)])

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class NotFoundError(UserError):
    """A record named by the user does not exist (or was deleted)."""


class ClosedError(UserError):
    """A change to a lost or completed inquiry, which is read-only until it is reopened; its
    message is coded (Message "inquiry_closed"), so the window says it in its own language."""

    def __init__(self, ref: str, stage: str) -> None:
        super().__init__(Message("inquiry_closed", ref=ref, stage=stage))


class ConflictError(UserError):
    """Someone else saved the same record since it was loaded."""


class DatabaseError(UserError):
    """The database file cannot be used: missing, damaged, locked, read-only, disk full."""


class DatabaseMissingError(DatabaseError):
    pass


class DatabaseDamagedError(DatabaseError):
    pass


class NotAnMsekDatabaseError(DatabaseError):
    pass


class DatabaseBusyError(DatabaseError):
    pass


class DatabaseReadOnlyError(DatabaseError):
    pass


class DiskFullError(DatabaseError):
    pass


class UnsafePlaceError(DatabaseError):
    """The database is on a network share or in a cloud-synced folder (OneDrive, Dropbox,
    Google Drive), where SQLite files get damaged; refused before anything is opened."""


class ServerUnreachableError(DatabaseError):
    """The office server (PostgreSQL) does not answer or refuses the login."""


class ServerLoginRefusedError(ServerUnreachableError):
    """The office server answers but refuses the login: a wrong or missing password, or a
    computer it does not let in. Offered what an unreachable server is offered (try again,
    the last copy, another address or login)."""


class ServerNotYetError(DatabaseError):
    """A service that works on the database file only, asked of an office server."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} is not available with an office server yet.")
