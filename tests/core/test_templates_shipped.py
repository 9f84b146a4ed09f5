"""The shipped letters: the proposal template stored in the database follows a new shipped
text while staff never changed it; acknowledgements and introductions in shipped wording.

tests/core/shipped_2026_11/ holds the files the first release shipped (before the letters of
three kinds), as databases made by it store them."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from sqlalchemy import update

from msek_desktop.core import templates
from msek_desktop.core.db import Database
from msek_desktop.core.models import LetterTemplate

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

FORMER = Path(__file__).with_name("shipped_2026_11")
LANGUAGES = ("fr", "pl", "en")


def former(language: str) -> tuple[str, str]:
    with (FORMER / f"{language}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return data["subject"].strip(), data["body"].strip()


def store(db: Database, language: str, subject: str, body: str) -> int:
    """The stored default given this text, as an earlier release (or staff) left it."""
    (row,) = templates.list_templates(db, language)
    with db.write() as session:
        session.execute(
            update(LetterTemplate)
            .where(LetterTemplate.id == row.id)
            .values(subject=subject, body=body, version=LetterTemplate.version + 1)
        )
    return row.id


def test_each_earlier_shipped_text_is_listed_as_former() -> None:
    for language in LANGUAGES:
        subject, body = former(language)
        assert templates.text_digest(subject, body) in templates.former_digests(language)
        shipped = templates.default_template(language)
        assert templates.text_digest(shipped.subject, shipped.body) not in (
            templates.former_digests(language)
        )


def test_a_stored_default_never_edited_takes_the_new_shipped_text(db: Database) -> None:
    for language in LANGUAGES:
        template_id = store(db, language, *former(language))
        (row,) = templates.list_templates(db, language)
        shipped = templates.default_template(language)
        assert (row.id, row.subject, row.body) == (template_id, shipped.subject, shipped.body)
    polish = templates.template_for(db, "pl")
    assert polish.body.startswith("Dziękujemy za {address_gen} zapytanie z dnia")
    assert "{contact_sentence}" in polish.body


def test_a_template_staff_changed_is_kept_as_they_wrote_it(db: Database) -> None:
    subject, body = former("pl")
    edited = body.replace("serdecznie dziękujemy", "bardzo dziękujemy")
    assert edited != body
    store(db, "pl", subject, edited)
    store(db, "fr", "Mon objet {inquiry_subject}", former("fr")[1])  # the subject changed
    assert templates.template_for(db, "pl").body == edited
    assert templates.template_for(db, "fr").subject == "Mon objet {inquiry_subject}"


@pytest.mark.parametrize("kind", templates.SHIPPED_KINDS)
def test_acknowledgement_and_introduction_ship_in_every_language(kind: str) -> None:
    for language in LANGUAGES:
        shipped = templates.shipped_template(language, kind)
        assert shipped.name and "{inquiry_subject}" in shipped.subject
        assert templates.problems(shipped.subject) == [] and templates.problems(shipped.body) == []
        assert "{partners}" not in shipped.body  # they propose nobody
        assert "{contact_sentence}" in shipped.body
    with pytest.raises(ValueError, match="proposal"):
        templates.shipped_template("fr", "proposal")


def test_no_partnership_proposal_words_in_an_acknowledgement() -> None:
    words = {"fr": "proposition", "pl": "propozycj", "en": "proposal"}
    for language, word in words.items():
        shipped = templates.shipped_template(language, "acknowledgement")
        assert word not in (shipped.subject + shipped.body).lower()
