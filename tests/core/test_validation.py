from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msek_desktop.core.db import Database
from msek_desktop.core.errors import MESSAGES, FieldError, ValidationError, code_of
from msek_desktop.core.validation import Checker, parse_date
from msek_desktop.core.vocab import BUILTIN_FIELDS, Priority, Side

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def only_error(checker: Checker, field: str) -> str:
    """The single message recorded, checking it is for `field` and reads as plain words."""
    assert len(checker.errors) == 1, checker.errors
    error = checker.errors[0]
    assert error.field == field
    assert "Error" not in error.message
    assert "Exception" not in error.message
    assert "Traceback" not in error.message
    return error.message


# --- parse_date ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-05",
        "05.03.2026",
        "05/03/2026",
        "5.3.2026",
        "5/3/2026",
        "2026-3-5",
        "  05.03.2026  ",
        "\t2026-03-05\n",
    ],
)
def test_parse_date_accepts_the_three_formats(text: str) -> None:
    assert parse_date(text) == date(2026, 3, 5)


def test_parse_date_is_day_first_not_month_first() -> None:
    assert parse_date("01.12.2026") == date(2026, 12, 1)
    assert parse_date("01/12/2026") == date(2026, 12, 1)


def test_parse_date_passes_dates_through_and_drops_the_time_of_datetimes() -> None:
    assert parse_date(date(2026, 1, 2)) == date(2026, 1, 2)
    result = parse_date(datetime(2026, 1, 2, 15, 30))
    assert result == date(2026, 1, 2)
    assert type(result) is date


def test_parse_date_knows_leap_years() -> None:
    assert parse_date("29.02.2028") == date(2028, 2, 29)
    with pytest.raises(ValueError, match="only 28 days"):
        parse_date("29.02.2026")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31.02.2026", "only 28 days"),
        ("31/04/2026", "only 30 days"),
        ("2026-13-01", "month must be between 1 and 12"),
        ("00.01.2026", "only 31 days"),
        ("0000-01-01", "year must be between 1 and 9999"),
        ("yesterday", "write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY"),
        ("", "write it as"),
        ("2026/03/05", "write it as"),  # year first only with hyphens
        ("05-03-2026", "write it as"),
        ("05.03/2026", "write it as"),  # mixed separators
        ("05.03.26", "write it as"),  # two-digit year is ambiguous
        ("2026-03-05T10:00", "write it as"),
        ("٠٥.٠٣.٢٠٢٦", "write it as"),  # Arabic-Indic digits are not accepted
    ],
)
def test_parse_date_refuses_with_a_plain_message(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason) as caught:
        parse_date(text)
    message = str(caught.value)
    assert message.startswith(f'"{text.strip()}" is not')
    assert "out of range" not in message  # date()'s own wording is replaced


def four_digit(year: int) -> str:
    # strftime("%Y") does not pad years below 1000 on every platform; the formats need 4 digits.
    return f"{year:04d}"


@given(st.dates())
def test_parse_date_round_trips_through_iso(day: date) -> None:
    assert parse_date(f"{four_digit(day.year)}-{day.month:02d}-{day.day:02d}") == day


@given(st.dates(), st.booleans())
def test_parse_date_round_trips_through_dots(day: date, padded: bool) -> None:
    text = (
        f"{day.day:02d}.{day.month:02d}.{four_digit(day.year)}"
        if padded
        else f"{day.day}.{day.month}.{four_digit(day.year)}"
    )
    assert parse_date(text) == day


@given(st.dates(), st.booleans())
def test_parse_date_round_trips_through_slashes(day: date, padded: bool) -> None:
    text = (
        f"{day.day:02d}/{day.month:02d}/{four_digit(day.year)}"
        if padded
        else f"{day.day}/{day.month}/{four_digit(day.year)}"
    )
    assert parse_date(f" {text} ") == day


@given(st.text())
def test_parse_date_raises_only_value_error(text: str) -> None:
    try:
        result = parse_date(text)
    except ValueError as problem:
        assert str(problem).startswith('"')
    else:
        assert isinstance(result, date)


# --- Checker.text -------------------------------------------------------------------------


def test_text_strips_and_keeps_polish_and_french_letters() -> None:
    checker = Checker()
    assert checker.text("name", "  Zażółć gęślą jaźń, élève  ") == "Zażółć gęślą jaźń, élève"
    assert checker.errors == []


def test_text_none_and_blank_are_empty_when_optional() -> None:
    checker = Checker()
    assert checker.text("notes", None) == ""
    assert checker.text("notes", " \t\n ") == ""
    assert checker.errors == []


def test_text_required() -> None:
    checker = Checker()
    assert checker.text("subject", "   ", required=True) == ""
    assert only_error(checker, "subject") == "is required"


def test_text_required_none() -> None:
    checker = Checker()
    checker.text("subject", None, required=True)
    assert only_error(checker, "subject") == "is required"


def test_text_max_len_is_inclusive() -> None:
    checker = Checker()
    assert checker.text("city", "a" * 200) == "a" * 200
    assert checker.text("city", "  " + "b" * 10 + "  ", max_len=10) == "b" * 10
    assert checker.errors == []


def test_text_too_long_names_the_limit() -> None:
    checker = Checker()
    checker.text("city", "a" * 201)
    message = only_error(checker, "city")
    assert "too long" in message
    assert "200" in message
    assert "201" in message


@given(st.one_of(st.none(), st.text()), st.booleans(), st.integers(min_value=0, max_value=50))
def test_text_never_raises_and_returns_stripped_or_records(
    value: str | None, required: bool, max_len: int
) -> None:
    checker = Checker()
    result = checker.text("field", value, required=required, max_len=max_len)
    stripped = (value or "").strip()
    assert result == stripped
    should_fail = (required and not stripped) or len(stripped) > max_len
    assert bool(checker.errors) == should_fail
    assert all(error.field == "field" for error in checker.errors)
    assert len(checker.errors) <= 1


# --- Checker.email ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("jan.kowalski@example.pl", "jan.kowalski@example.pl"),
        ("  marie.dupont@saint-etienne.fr ", "marie.dupont@saint-etienne.fr"),
        ("Jan@EXAMPLE.PL", "Jan@example.pl"),  # the domain is lowercased, the mailbox kept
        ("józef@przykład.pl", "józef@przykład.pl"),
        ("zażółć@gęślą.pl", "zażółć@gęślą.pl"),
        ("Łukasz@ŁÓDŹ.pl", "Łukasz@łódź.pl"),
        ("jo\u0301zef@przykład.pl", "józef@przykład.pl"),  # decomposed ó becomes one letter
    ],
)
def test_email_valid_and_normalized(value: str, expected: str) -> None:
    checker = Checker()
    assert checker.email("email", value) == expected
    assert checker.errors == []


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("jan@", "something after the @-sign"),
        ("a b@c.pl", "invalid characters"),
        ("jan.kowalski", "must have an @-sign"),
        ("jan@localhost", "should have a period"),
        ("jan@@example.pl", "invalid characters"),
    ],
)
def test_email_invalid_keeps_the_reason(value: str, reason: str) -> None:
    checker = Checker()
    checker.email("email", value)
    message = only_error(checker, "email")
    assert message.startswith("is not a valid email address: ")
    assert reason in message


def test_email_empty() -> None:
    checker = Checker()
    assert checker.email("email", None) == ""
    assert checker.email("email", "  ") == ""
    assert checker.errors == []
    checker.email("email", "", required=True)
    assert only_error(checker, "email") == "is required"


@given(st.text(max_size=80))
def test_email_never_raises(value: str) -> None:
    checker = Checker()
    checker.email("email", value)
    assert all(error.field == "email" for error in checker.errors)


# --- Checker.phone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "region", "expected"),
    [
        ("32 123 45 67", "PL", "+48 32 123 45 67"),
        ("321234567", "PL", "+48 32 123 45 67"),
        ("600 123 456", "PL", "+48 600 123 456"),
        ("+48 32 123 45 67", "PL", "+48 32 123 45 67"),
        ("+48 32 123 45 67", "FR", "+48 32 123 45 67"),
        ("0048 32 123 45 67", "FR", "+48 32 123 45 67"),
        ("04 77 12 34 56", "FR", "+33 4 77 12 34 56"),
        ("04.77.12.34.56", "FR", "+33 4 77 12 34 56"),
        ("06 12 34 56 78", "FR", "+33 6 12 34 56 78"),
        ("+33 4 77 12 34 56", "FR", "+33 4 77 12 34 56"),
        ("+33 4 77 12 34 56", "PL", "+33 4 77 12 34 56"),
        ("+33 (0)4 77 12 34 56", "PL", "+33 4 77 12 34 56"),
        ("04 77 12 34 56", "fr", "+33 4 77 12 34 56"),  # region case does not matter
    ],
)
def test_phone_valid(value: str, region: str, expected: str) -> None:
    checker = Checker()
    assert checker.phone("phone", value, region=region) == expected
    assert checker.errors == []


def test_phone_region_comes_from_the_side() -> None:
    checker = Checker()
    french = checker.phone("phone", "04 77 12 34 56", region=Side.SAINT_ETIENNE.phone_region)
    polish = checker.phone("phone", "32 123 45 67", region=Side.KATOWICE.phone_region)
    assert (french, polish) == ("+33 4 77 12 34 56", "+48 32 123 45 67")
    assert checker.errors == []


def test_phone_default_region_is_poland() -> None:
    checker = Checker()
    assert checker.phone("phone", "32 123 45 67") == "+48 32 123 45 67"


def test_phone_french_number_without_country_code_read_as_polish() -> None:
    checker = Checker()
    checker.phone("phone", "04 77 12 34 56", region="PL")
    message = only_error(checker, "phone")
    assert "Poland (+48)" in message
    assert "country code" in message


@pytest.mark.parametrize(
    ("value", "region", "wording"),
    [
        ("123", "PL", "too short to be a phone number for Poland (+48)"),
        ("12", "FR", "France (+33)"),
        ("abc", "PL", "is not a phone number"),
        ("+48 32 123 45 67 89", "PL", "too long"),
        ("+48 02 123 45 67", "PL", "is not a valid phone number"),
        ("+999 123 456 789", "PL", "country code that does not exist"),
        ("+", "PL", "is not a phone number"),
        ("9" * 300, "PL", "too long"),
    ],
)
def test_phone_invalid(value: str, region: str, wording: str) -> None:
    checker = Checker()
    assert checker.phone("phone", value, region=region) == value.strip()
    assert wording in only_error(checker, "phone")


def test_phone_with_country_code_gets_no_region_hint() -> None:
    checker = Checker()
    checker.phone("phone", "+48 02 123 45 67", region="FR")
    message = only_error(checker, "phone")
    assert message == "is not a valid phone number"


def test_phone_empty() -> None:
    checker = Checker()
    assert checker.phone("phone", None) == ""
    assert checker.phone("phone", "   ", region="FR") == ""
    assert checker.errors == []
    checker.phone("phone", "", required=True)
    assert only_error(checker, "phone") == "is required"


def test_phone_unknown_region_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown phone region"):
        Checker().phone("phone", "32 123 45 67", region="XX")


@given(st.text(max_size=40), st.sampled_from(["PL", "FR"]))
def test_phone_never_raises(value: str, region: str) -> None:
    checker = Checker()
    result = checker.phone("phone", value, region=region)
    if not checker.errors and result:
        assert result.startswith("+")


# --- Checker.date -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2026-03-05", "05.03.2026", "5/3/2026", date(2026, 3, 5)])
def test_date_valid(value: str | date) -> None:
    checker = Checker()
    assert checker.date("received_on", value) == date(2026, 3, 5)
    assert checker.errors == []


def test_date_datetime_becomes_a_date() -> None:
    checker = Checker()
    result = checker.date("received_on", datetime(2026, 3, 5, 9, 0))
    assert result == date(2026, 3, 5)
    assert type(result) is date


@pytest.mark.parametrize(
    ("value", "wording"),
    [
        ("31.02.2026", "is not a valid date: that month has only 28 days"),
        ("2026-13-01", "is not a valid date: the month must be between 1 and 12"),
        ("yesterday", "is not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY"),
    ],
)
def test_date_invalid(value: str, wording: str) -> None:
    checker = Checker()
    assert checker.date("received_on", value) is None
    assert only_error(checker, "received_on") == wording


def test_date_empty() -> None:
    checker = Checker()
    assert checker.date("due_on", None) is None
    assert checker.date("due_on", "  ") is None
    assert checker.errors == []
    assert checker.date("due_on", "", required=True) is None
    assert only_error(checker, "due_on") == "is required"


# --- Checker.choice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("high", "high"),
        (" HIGH ", "high"),
        ("Normal", "normal"),
    ],
)
def test_choice_from_enum_is_case_insensitive(value: str, expected: str) -> None:
    checker = Checker()
    result = checker.choice("priority", value, Priority)
    assert result == expected
    assert type(result) is str
    assert checker.errors == []


def test_choice_accepts_hyphens_and_spaces_for_underscores() -> None:
    checker = Checker()
    assert checker.choice("side", "saint-etienne", Side) == "saint_etienne"
    assert checker.choice("side", "Saint Etienne", Side) == "saint_etienne"
    assert checker.errors == []


def test_choice_prefers_exact_code_and_refuses_ambiguous_loose_match() -> None:
    checker = Checker()
    assert checker.choice("code", "A-B", ["a_b", "a-b"]) == "a-b"
    assert checker.errors == []
    assert checker.choice("code", "a b", ["a_b", "a-b"]) is None
    assert only_error(checker, "code") == "must be one of: a_b, a-b"


def test_choice_exact_match_ignores_case_before_loosening() -> None:
    checker = Checker()
    # Loosened, "x-y" would match both codes; ignoring case alone it matches only "X-Y".
    assert checker.choice("code", "x-y", ["x_y", "X-Y"]) == "X-Y"
    assert checker.errors == []


def test_choice_invalid_lists_the_allowed_codes() -> None:
    checker = Checker()
    assert checker.choice("priority", "urgent", Priority) is None
    assert only_error(checker, "priority") == "must be one of: low, normal, high"


def test_choice_from_plain_codes_and_generators() -> None:
    checker = Checker()
    codes = (code for code, *_labels in BUILTIN_FIELDS)
    assert checker.choice("field", "Media_Arts", codes) == "media_arts"
    assert checker.choice("language", "PL", ["fr", "pl", "en"]) == "pl"
    assert checker.errors == []


def test_choice_empty() -> None:
    checker = Checker()
    assert checker.choice("priority", "", Priority, required=False) is None
    assert checker.choice("priority", None, Priority, default="normal") == "normal"
    assert checker.choice("priority", "  ", Priority, default="HIGH") == "high"
    assert checker.errors == []
    assert checker.choice("priority", None, Priority) is None  # required by default
    assert only_error(checker, "priority") == "is required"


def test_choice_given_value_wins_over_default() -> None:
    checker = Checker()
    assert checker.choice("priority", "low", Priority, default="normal") == "low"


def test_choice_programming_mistakes_raise() -> None:
    checker = Checker()
    with pytest.raises(ValueError, match="not an allowed code"):
        checker.choice("priority", None, Priority, default="urgent")
    with pytest.raises(TypeError):
        checker.choice("language", "f", "fr")
    with pytest.raises(ValueError, match="no allowed codes"):
        checker.choice("language", "fr", [])
    assert checker.errors == []


@given(st.one_of(st.none(), st.text(max_size=30)))
def test_choice_never_raises_and_returns_only_allowed_codes(value: str | None) -> None:
    checker = Checker()
    result = checker.choice("side", value, Side, required=False)
    assert result is None or result in {"saint_etienne", "katowice", "other"}
    assert (result is None) == (bool(checker.errors) or not (value or "").strip())


# --- Checker.integer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("42", 42),
        ("  7 ", 7),
        ("-3", -3),
        ("+5", 5),
        ("0", 0),
        ("1 000", 1000),
        ("1\u00a0000", 1000),
        ("1\u202f000", 1000),
        (12, 12),
        (0, 0),
    ],
)
def test_integer_valid(value: str | int, expected: int) -> None:
    checker = Checker()
    assert checker.integer("count", value) == expected
    assert checker.errors == []


@pytest.mark.parametrize("value", ["3.5", "3,5", "abc", "12abc", "1_000", "٤٢", "-", "0x10"])
def test_integer_invalid(value: str) -> None:
    checker = Checker()
    assert checker.integer("count", value) is None
    assert only_error(checker, "count") == "is not a whole number"


def test_integer_refuses_booleans() -> None:
    checker = Checker()
    assert checker.integer("count", True) is None
    assert only_error(checker, "count") == "is not a whole number"


def test_integer_huge_string() -> None:
    checker = Checker()
    assert checker.integer("count", "9" * 5000) is None
    assert "too large" in only_error(checker, "count")


def test_integer_bounds() -> None:
    checker = Checker()
    assert checker.integer("n", "1", minimum=1, maximum=10) == 1
    assert checker.integer("n", 10, minimum=1, maximum=10) == 10
    assert checker.errors == []

    assert checker.integer("a", "0", minimum=1, maximum=10) is None
    assert checker.integer("b", 11, minimum=1, maximum=10) is None
    assert checker.integer("c", "-1", minimum=0) is None
    assert checker.integer("d", "101", maximum=100) is None
    assert ValidationError(checker.errors).by_field() == {
        "a": "must be between 1 and 10",
        "b": "must be between 1 and 10",
        "c": "must be at least 0",
        "d": "must be at most 100",
    }


def test_integer_empty() -> None:
    checker = Checker()
    assert checker.integer("count", None) is None
    assert checker.integer("count", " ") is None
    assert checker.errors == []
    assert checker.integer("count", "", required=True) is None
    assert only_error(checker, "count") == "is required"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integer_round_trips_through_text(number: int) -> None:
    checker = Checker()
    assert checker.integer("n", str(number)) == number
    assert checker.integer("n", f" {number:,} ".replace(",", " ")) == number
    assert checker.errors == []


# --- collecting errors --------------------------------------------------------------------


def test_several_errors_are_collected_and_raised_together() -> None:
    checker = Checker()
    checker.text("last_name", "", required=True)
    checker.email("email", "jan@")
    checker.phone("phone", "123", region="PL")
    checker.date("received_on", "31.02.2026")
    checker.choice("side", "warsaw", Side)
    checker.integer("participants", "many")
    checker.add("organisation", "either a last name or an organisation is needed")
    ok = checker.text("city", "Katowice")
    assert ok == "Katowice"

    with pytest.raises(ValidationError) as caught:
        checker.raise_if_any()
    by_field = caught.value.by_field()
    assert set(by_field) == {
        "last_name",
        "email",
        "phone",
        "received_on",
        "side",
        "participants",
        "organisation",
    }
    assert by_field["last_name"] == "is required"
    assert by_field["email"].startswith("is not a valid email address: ")
    assert "Poland" in by_field["phone"]
    assert "28 days" in by_field["received_on"]
    assert by_field["side"] == "must be one of: saint_etienne, katowice, other"
    assert by_field["participants"] == "is not a whole number"
    assert by_field["organisation"] == "either a last name or an organisation is needed"
    assert str(caught.value) == "last_name: is required (and 6 more)"


def test_raise_if_any_does_nothing_when_all_is_well() -> None:
    checker = Checker()
    checker.text("subject", "Échange de chorales", required=True)
    checker.email("email", "chorale@example.fr", required=True)
    checker.raise_if_any()
    assert checker.errors == []


def test_add_records_a_custom_error() -> None:
    checker = Checker()
    checker.add("closed_on", "cannot be before the date of receipt")
    assert checker.errors == [FieldError("closed_on", "cannot be before the date of receipt")]
    with pytest.raises(ValidationError, match="closed_on: cannot be before"):
        checker.raise_if_any()


def test_raised_error_is_not_changed_by_later_additions() -> None:
    checker = Checker()
    checker.add("a", "is wrong")
    with pytest.raises(ValidationError) as caught:
        checker.raise_if_any()
    checker.add("b", "is wrong too")
    assert caught.value.by_field() == {"a": "is wrong"}


def test_each_checker_has_its_own_errors() -> None:
    first, second = Checker(), Checker()
    first.add("a", "is wrong")
    assert second.errors == []


# --- names: no control or invisible characters ---------------------------------------------


def test_name_drops_control_and_invisible_characters() -> None:
    checker = Checker()
    assert checker.name("last_name", "\ufeff\u200e\u202eNowak\u202c\u200b\x00\x1b") == "Nowak"
    assert checker.name("first_name", "Anna\tMaria\n") == "Anna Maria"
    assert checker.errors == []


def test_a_name_of_invisible_characters_only_is_missing() -> None:
    checker = Checker()
    assert checker.name("last_name", "\u200b\u202e\u2066 \x00", required=True) == ""
    assert only_error(checker, "last_name") == "is required"


def test_services_store_names_without_invisible_characters(db: Database) -> None:
    from msek_desktop.core import contacts, organisations

    org = organisations.create_organisation(
        db, {"name": "\u2067Filharmonia\x00 Śląska\u2069", "side": "katowice"}
    )
    assert org.name == "Filharmonia Śląska"
    person = contacts.create_contact(
        db, {"first_name": "\u200bEwa", "last_name": "\u202eNowak", "side": "katowice"}
    )
    assert (person.first_name, person.last_name) == ("Ewa", "Nowak")
    person = contacts.update_contact(db, person.id, {"last_name": "Nowak\u200f\r\n"})
    assert person.last_name == "Nowak"
    org = organisations.update_organisation(db, org.id, {"name": "\ufeffOpera"})
    assert org.name == "Opera"
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(db, {"last_name": "\u200b\u2060", "side": "katowice"})
    assert caught.value.by_field() == {"last_name": "is required"}


def test_every_error_of_the_checker_carries_its_code_and_english() -> None:
    check = Checker()
    check.text("subject", "", required=True)
    check.text("city", "abcdef", max_len=3)
    check.phone("phone", "12 34")
    check.phone("fax", "+33 12")
    check.date("received_on", "2026-13-01")
    check.choice("side", "Lyon", Side)
    check.integer("kept", "0", minimum=1, maximum=90)
    found = [(e.field, code_of(e.message), dict(e.message.params)) for e in check.errors]  # type: ignore[attr-defined]
    assert found == [
        ("subject", "required", {}),
        ("city", "too_long", {"max_len": 3, "length": 6}),
        ("phone", "phone_too_short_in", {"region": "Poland", "country_code": 48}),
        ("fax", "phone_too_short", {}),
        ("received_on", "date_month", {}),
        ("side", "choice", {"value": "Lyon", "allowed": ", ".join(Side)}),
        ("kept", "between", {"minimum": 1, "maximum": 90}),
    ]
    assert check.errors[1].message == "is too long: at most 3 characters are allowed, not 6"
    assert check.errors[2].message == (
        "is too short to be a phone number for Poland (+48); write the number with its country"
        " code if it is from abroad"
    )
    assert all(e.message == MESSAGES[code_of(e.message) or ""].format(**e.message.params)  # type: ignore[attr-defined]
               for e in check.errors)  # fmt: skip
