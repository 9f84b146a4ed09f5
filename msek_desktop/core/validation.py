"""Checking what the office staff type (or import) before anything is written.

A form wants every invalid field marked at once, not one message box per mistake, so the
Checker collects FieldErrors and raises a single ValidationError at the end: the checks that
need the database (a linked record that no longer exists, an unknown staff member) add to the
same Checker (`collecting`), so a record's every error comes in one go. Messages are meant to
follow the field name ("email: is not a valid email address: ..."), in plain words.

link_target says what a valid email, website or phone opens (mailto:, the browser, tel:).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from msek_desktop.core.errors import FieldError, Message, ValidationError
from msek_desktop.core.identity import clean_text

if TYPE_CHECKING:  # phonenumbers and email_validator load when a phone or an email is checked
    import phonenumbers

__all__ = ["Checker", "link_target", "parse_date"]


# [0-9] rather than \d: \d also matches Arabic-Indic and other digits, which int() would accept.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST_DATE = re.compile(r"([0-9]{1,2})([./])([0-9]{1,2})\2([0-9]{4})")
_INTEGER = re.compile(r"[+-]?[0-9]+")
# Thousands separators as typed in Poland and France (space, no-break space, narrow no-break).
_THOUSANDS_SEPARATORS = str.maketrans("", "", " \u00a0\u202f")

# Plain names for the two regions the office deals with; others fall back to the code.
_REGION_NAMES = {"PL": "Poland", "FR": "France"}


class _DateProblem(Exception):
    """Why a date string was refused; worded to follow "is not a (valid) date"."""

    def __init__(self, code: str, /, **params: int) -> None:
        self.message = Message(code, **params)
        super().__init__(self.message)


def _read_date(text: str) -> date:
    text = text.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST_DATE.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise _DateProblem("date_format")
    # Explain impossible dates ourselves: date() says "day is out of range for month".
    if not 1 <= year <= 9999:
        raise _DateProblem("date_year")
    if not 1 <= month <= 12:
        raise _DateProblem("date_month")
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise _DateProblem("date_day", days=days_in_month)
    return date(year, month, day)


def parse_date(value: str | date) -> date:
    """Read a date written as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.

    Raises ValueError with a plain message for anything else, including impossible dates.
    """
    if isinstance(value, datetime):
        # A datetime is a date too, but compares unequal to one: keep only the day.
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return _read_date(value)
    except _DateProblem as problem:
        raise ValueError(f'"{value.strip()}" {problem}') from None


class Checker:
    """Collects field errors so a form can mark every invalid field at once."""

    errors: list[FieldError]

    def __init__(self) -> None:
        self.errors = []

    def add(self, field: str, message: str) -> None:
        """Record an error: a Message, or a plain text for a rule not yet coded."""
        self.errors.append(FieldError(field, message))

    def fail(self, field: str, code: str, /, **params: Any) -> None:
        """Record a coded error (core.errors.MESSAGES), for rules that involve more than one
        field too."""
        self.add(field, Message(code, **params))

    def raise_if_any(self) -> None:
        if self.errors:
            # A copy, so later add() calls do not change an error already raised.
            raise ValidationError(list(self.errors))

    @contextmanager
    def collecting(self) -> Iterator[None]:
        """Run a check that raises ValidationError (a record looked up, a code resolved):
        its errors join this Checker's instead of stopping at the first."""
        try:
            yield
        except ValidationError as problem:
            self.errors.extend(problem.errors)

    def has(self, field: str) -> bool:
        """Whether `field` already has an error."""
        return any(e.field == field for e in self.errors)

    def _missing(self, field: str, required: bool) -> None:
        if required:
            self.fail(field, "required")

    def text(
        self, field: str, value: str | None, *, required: bool = False, max_len: int = 200
    ) -> str:
        text = (value or "").strip()
        if not text:
            self._missing(field, required)
        elif len(text) > max_len:
            self.fail(field, "too_long", max_len=max_len, length=len(text))
        return text

    def name(
        self, field: str, value: str | None, *, required: bool = False, max_len: int = 200
    ) -> str:
        """A person's or an organisation's name, without control or invisible characters
        (bidi controls, zero-width characters, BOM: see identity.clean_text)."""
        return self.text(field, clean_text(value), required=required, max_len=max_len)

    def email(self, field: str, value: str | None, *, required: bool = False) -> str:
        from email_validator import EmailNotValidError, validate_email

        text = (value or "").strip()
        if not text:
            self._missing(field, required)
            return ""
        try:
            # No deliverability check: it would need the network, and offices are offline too.
            checked = validate_email(text, check_deliverability=False)
        except EmailNotValidError as problem:
            self.fail(field, "email", reason=str(problem))
            return text
        return checked.normalized

    def phone(
        self, field: str, value: str | None, *, region: str = "PL", required: bool = False
    ) -> str:
        import phonenumbers

        _keep_phone_patterns(phonenumbers)
        text = (value or "").strip()
        if not text:
            self._missing(field, required)
            return ""
        region = region.upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"unknown phone region {region!r}")
        try:
            number = phonenumbers.parse(text, region, keep_raw_input=True)
        except phonenumbers.NumberParseException as problem:
            self.fail(field, _phone_parse_code(problem))
            return text
        if phonenumbers.is_valid_number(number):  # its length is among those allowed: possible
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        # Saying which country was assumed explains most refusals of numbers from abroad.
        where: dict[str, Any] = {}
        if number.country_code_source == phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY:
            where = {
                "region": _REGION_NAMES.get(region, region),
                "country_code": number.country_code,
            }
        if not phonenumbers.is_possible_number(number):
            reason = phonenumbers.is_possible_number_with_reason(number)
            if reason == phonenumbers.ValidationResult.TOO_SHORT:
                code = "phone_too_short"
            elif reason == phonenumbers.ValidationResult.TOO_LONG:
                code = "phone_too_long"
            else:
                code = "phone_digits"
        else:
            code = "phone_invalid"
        self.fail(field, f"{code}_in" if where else code, **where)
        return text

    def date(self, field: str, value: str | date | None, *, required: bool = False) -> date | None:
        if isinstance(value, date):
            return parse_date(value)
        text = (value or "").strip()
        if not text:
            self._missing(field, required)
            return None
        try:
            return _read_date(text)
        except _DateProblem as problem:
            self.add(field, problem.message)
            return None

    def choice(
        self,
        field: str,
        value: str | None,
        allowed: type[StrEnum] | Iterable[str],
        *,
        required: bool = True,
        default: str | None = None,
    ) -> str | None:
        if isinstance(allowed, str):
            # A lone string is an Iterable[str] of its letters: surely a mistake by the caller.
            raise TypeError("allowed must be a collection of codes, not one string")
        codes = [str(code) for code in allowed]
        if not codes:
            raise ValueError(f"no allowed codes given for {field!r}")
        text = (value or "").strip()
        if not text:
            if default is not None:
                found = _match_code(default, codes)
                if found is None:
                    raise ValueError(f"default {default!r} for {field!r} is not an allowed code")
                return found
            self._missing(field, required)
            return None
        found = _match_code(text, codes)
        if found is None:
            self.fail(field, "choice", value=text, allowed=", ".join(codes))
        return found

    def integer(
        self,
        field: str,
        value: str | int | None,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        if isinstance(value, bool):
            # bool is an int subclass; True arriving here is a wiring mistake, not a count.
            self.fail(field, "not_integer")
            return None
        if isinstance(value, int):
            number = value
        else:
            text = (value or "").strip()
            if not text:
                self._missing(field, required)
                return None
            digits = text.translate(_THOUSANDS_SEPARATORS)
            if not _INTEGER.fullmatch(digits):
                self.fail(field, "not_integer")
                return None
            try:
                number = int(digits)
            except ValueError:  # beyond Python's int-from-string digit limit
                self.fail(field, "huge_integer")
                return None
        if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
            if minimum is not None and maximum is not None:
                self.fail(field, "between", minimum=minimum, maximum=maximum)
            elif minimum is not None:
                self.fail(field, "at_least", minimum=minimum)
            else:
                self.fail(field, "at_most", maximum=maximum)
            return None
        return number


def _match_code(text: str, codes: list[str]) -> str | None:
    wanted = text.strip().casefold()
    for code in codes:
        if code.casefold() == wanted:
            return code
    # The command line spells codes with hyphens (saint-etienne) and people type spaces.
    loose = _loosen(wanted)
    matches = [code for code in codes if _loosen(code.casefold()) == loose]
    return matches[0] if len(matches) == 1 else None


def _loosen(code: str) -> str:
    return re.sub(r"[\s_-]+", "_", code)


def _keep_phone_patterns(phonenumbers: ModuleType) -> None:
    """Have phonenumbers keep every metadata pattern it compiles (phonenumbers 9.0.43 has
    enable_pattern_cache; re.compile's own cache lookup was a sixth of each check). Checks
    give the same verdicts and values either way."""
    enable = getattr(phonenumbers, "enable_pattern_cache", None)
    if enable is not None:
        enable()


def _phone_parse_code(problem: phonenumbers.NumberParseException) -> str:
    import phonenumbers

    kind = problem.error_type
    if kind == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        return "phone_country_code"
    if kind in (
        phonenumbers.NumberParseException.TOO_SHORT_NSN,
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD,
    ):
        return "phone_too_short"
    if kind == phonenumbers.NumberParseException.TOO_LONG:
        return "phone_too_long"
    return "phone_not_number"


# A website's host: labels of letters, digits and hyphens (any script), with a dot.
_HOST = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}\.?", re.UNICODE)


def link_target(kind: str, text: str, *, region: str = "PL") -> str | None:
    """What a field's value opens, or None when it is empty or not valid: an "email" as
    mailto:, a "website" as its http(s) address (https:// added when no scheme is written),
    a "phone" as tel: in international form (read in `region` when written without its
    country code)."""
    import phonenumbers
    from email_validator import EmailNotValidError, validate_email

    text = (text or "").strip()
    if not text:
        return None
    if kind == "email":
        try:
            return "mailto:" + validate_email(text, check_deliverability=False).normalized
        except EmailNotValidError:
            return None
    if kind == "phone":
        try:
            number = phonenumbers.parse(text, region.upper())
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind == "website":
        return _website(text)
    raise ValueError(f"unknown kind of link {kind!r}")


def _website(text: str) -> str | None:
    if any(c.isspace() for c in text):
        return None
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "https", text
    if scheme.lower() not in ("http", "https"):
        return None
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    name, _colon, port = host.partition(":")
    if not _HOST.fullmatch(name) or (port and not port.isdigit()):
        return None
    return f"{scheme.lower()}://{rest}"
