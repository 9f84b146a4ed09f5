"""Core's coded messages in the window: every code has a text, translated in each language,
chosen by code from core's real output, never by parsing its English."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import contacts, errors, inquiries, templates
from msek_desktop.core.db import Database
from msek_desktop.core.errors import MESSAGES, Message, ValidationError
from msek_desktop.core.validation import Checker
from msek_desktop.ui.i18n import Languages, tr
from msek_desktop.ui.kit import (
    consent_error_texts,
    document_texts,
    email_error_texts,
    error_texts,
    exchange_error_texts,
    logo_texts,
)
from msek_desktop.ui.kit.error_texts import TEXTS, error_text
from msek_desktop.ui.kit.messages import user_message

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def sample(code: str) -> Message:
    """A message of `code` with every parameter of its English filled in."""
    names = {name for _, name, _, _ in string.Formatter().parse(MESSAGES[code]) if name}
    return Message(code, **dict.fromkeys(names, 1), **BEYOND_ENGLISH.get(code, {}))


# parameters a window text uses that the English leaves out
BEYOND_ENGLISH: dict[str, dict[str, Any]] = {
    "choice": {"value": "Lyon"},
    "bad_utf8": {"places": [(2, 7), (3, 9)], "more": 1},
    "bad_utf8_one": {"places": [(2, 7)], "more": 0},
    "logo_unusable": {"problem": "missing", "detail": ""},
}


def translated(lang: str) -> set[tuple[str, str]]:
    """(context, source) of the finished translations of one .ts file."""
    done = set()
    for context in ET.parse(I18N / f"msek_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                done.add((context.findtext("name", ""), message.findtext("source", "")))
    return done


def test_every_code_core_can_give_has_a_window_text() -> None:
    assert error_texts.missing_codes() == []
    assert set(TEXTS) == set(MESSAGES)  # no text left for a code core no longer gives


def test_every_window_text_is_translated_in_french_polish_and_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: dict[str, set[tuple[str, str]]] = {}

    def recording_tr(context: str, text: str, *_: Any) -> str:
        asked.setdefault(code, set()).add((context, text))
        return text

    # error_texts and the modules whose texts it gathers (documents, emails, exchanges, logo)
    for module in (error_texts, document_texts, email_error_texts, exchange_error_texts,
                   logo_texts, consent_error_texts):  # fmt: skip
        monkeypatch.setattr(module, "tr", recording_tr)
    for code in MESSAGES:
        error_text(sample(code))
    assert set(asked) == set(MESSAGES)
    for lang in ("fr", "pl", "en"):
        done = translated(lang)
        missing = {code: sorted(texts - done) for code, texts in asked.items() if texts - done}
        assert missing == {}, lang


def test_the_english_text_is_derived_from_the_code() -> None:
    message = Message("too_long", max_len=5, length=7)
    assert message == "is too long: at most 5 characters are allowed, not 7"
    assert (message.code, dict(message.params)) == ("too_long", {"max_len": 5, "length": 7})
    problem = ValidationError.coded("login", "no_staff", login="zz")
    assert str(problem) == "login: there is no staff member 'zz'"
    assert problem.errors[0].message.code == "no_staff"  # type: ignore[attr-defined]


def test_core_output_is_shown_in_the_window_language(qapp: object, languages: Languages) -> None:
    check = Checker()
    check.text("subject", "", required=True)
    check.text("city", "x" * 12, max_len=10)
    check.email("email", "nobody@")
    check.phone("phone", "12")
    check.date("received_on", "31.02.2026")
    check.integer("kept", "500", minimum=1, maximum=90)
    check.choice("side", "Lyon", ["katowice", "saint_etienne"])
    with pytest.raises(ValidationError) as caught:
        check.raise_if_any()
    shown = {e.field: error_text(e.message) for e in caught.value.errors}
    assert shown["subject"] == "Required."
    assert shown["city"] == "Too long: at most 10 characters."
    assert shown["email"] == "This is not a valid email address."
    assert shown["received_on"] == "Not a valid date: that month has only 28 days."
    assert shown["side"] == "“Lyon” is not known here; write one of: katowice, saint_etienne."
    languages.switch("fr")
    shown = {e.field: error_text(e.message) for e in caught.value.errors}
    assert shown["subject"] == "Obligatoire."
    assert shown["received_on"] == "Date impossible\u00a0: ce mois n’a que 28 jours."
    assert all(shown[f] != str(e.message) for f, e in zip(shown, caught.value.errors, strict=True))
    languages.switch("pl")
    assert user_message(caught.value).startswith("subject: Pole wymagane.")


def test_plain_texts_are_shown_as_core_wrote_them() -> None:
    # a rule not yet coded: its words are shown, not guessed at from their wording
    assert error_text("is required") == "is required"
    assert error_text("organisation 7 does not exist") == "organisation 7 does not exist"
    assert error_text(Message("in_future")) == "Cannot be in the future."
    assert isinstance(errors.FieldError.coded("x", "required").message, Message)


def test_record_errors_from_a_real_database_are_said_by_code(
    tmp_path: Path, new_database: Callable[[Path], Database], qapp: object, languages: Languages
) -> None:
    db = new_database(tmp_path / "t.db")
    text = {"language": "pl", "name": "Krótka", "subject": "Temat", "body": "Treść"}
    templates.save_template(db, text)
    with pytest.raises(ValidationError) as duplicate:
        templates.save_template(db, dict(text))
    with pytest.raises(ValidationError) as no_partner:
        contacts.create_contact(
            db, {"last_name": "Nowak", "side": "katowice", "organisation_id": 999}
        )
    with pytest.raises(ValidationError) as no_link:
        inquiries.create_inquiry(db, {"subject": "Wymiana", "side": "katowice"})
    assert str(duplicate.value) == "name: a pl template named 'Krótka' already exists"
    languages.switch("pl")
    shown = [user_message(e.value) for e in (duplicate, no_partner, no_link)]
    assert shown[0] == "name: " + tr(
        "Templates", "A template with this name already exists in this language."
    )
    assert shown[1] == "organisation_id: " + tr("Errors", "This record no longer exists.")
    assert shown[2] == "contact_id: " + tr("Errors", "Choose a contact or an organisation.")
    assert tr("Errors", "Required.") == "Pole wymagane."  # the window speaks Polish


def test_an_exchange_refusal_says_its_days_as_the_window_writes_dates(
    qapp: object, languages: Languages
) -> None:
    before = Message("ends_before_starts", starts_on="2027-03-06")
    outside = Message(
        "item_outside", number=2, day="2027-03-09", starts_on="2027-03-06", ends_on="2027-03-08"
    )
    languages.switch("pl")
    assert error_text(before) == "Nie może być wcześniej niż pierwszy dzień (6.03.2027)."
    assert "9.03.2027" in error_text(outside) and "2027-03" not in error_text(outside)
    languages.switch("fr")
    assert "06/03/2027" in error_text(before)
