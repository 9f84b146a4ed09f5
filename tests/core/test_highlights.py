"""The year's highlights (core.highlights): one text per year and language, saved on the version
read, a stale save refused."""

from __future__ import annotations

from datetime import date

import pytest

from msek_desktop.core import errors, highlights
from msek_desktop.core.db import Database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 12, 5)


def save(db: Database, year: int, language: str, text: str, version: int):
    return highlights.save_highlights(
        db, year, language, text, expected_version=version, today=TODAY
    )


def test_a_year_nobody_wrote_about_is_empty_at_version_0(db: Database) -> None:
    row = highlights.get_highlights(db, 2026, "pl")
    assert (row.year, row.language, row.text, row.version, row.written) == (
        2026, "pl", "", 0, False,
    )  # fmt: skip


def test_a_text_is_kept_per_year_and_language_with_its_letters(db: Database) -> None:
    saved = save(db, 2026, "pl", "  Chór z Katowic zaśpiewał w Saint-Étienne.  \r\n\r\n", 0)
    assert (saved.text, saved.version, saved.written) == (
        "Chór z Katowic zaśpiewał w Saint-Étienne.", 1, True,
    )  # fmt: skip
    save(db, 2026, "fr", "Une chorale de Katowice a chanté à Saint-Étienne.", 0)
    save(db, 2025, "pl", "Rok 2025", 0)
    assert highlights.get_highlights(db, 2026, "pl").text == saved.text
    assert highlights.get_highlights(db, 2026, "fr").text.startswith("Une chorale")
    assert highlights.get_highlights(db, 2025, "pl").text == "Rok 2025"
    assert highlights.get_highlights(db, 2026, "en").version == 0


def test_saving_on_the_version_read_updates_it(db: Database) -> None:
    first = save(db, 2026, "en", "Two choirs", 0)
    second = save(db, 2026, "en", "Two choirs and a workshop", first.version)
    assert second.version == first.version + 1
    assert highlights.get_highlights(db, 2026, "en") == second


def test_a_stale_save_is_refused_and_the_other_text_kept(db: Database) -> None:
    first = save(db, 2026, "fr", "Texte de Anna", 0)
    save(db, 2026, "fr", "Texte de Marc", first.version)
    with pytest.raises(errors.ConflictError, match="changed by someone else"):
        save(db, 2026, "fr", "Texte de Anna, revu", first.version)
    assert highlights.get_highlights(db, 2026, "fr").text == "Texte de Marc"


def test_two_desks_writing_a_first_text_the_second_is_refused(db: Database) -> None:
    save(db, 2026, "pl", "Pierwsze biurko", 0)
    with pytest.raises(errors.ConflictError):
        save(db, 2026, "pl", "Drugie biurko", 0)  # it read "none yet" too
    assert highlights.get_highlights(db, 2026, "pl").text == "Pierwsze biurko"


def test_bad_year_language_and_length_are_named_and_nothing_written(db: Database) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        save(db, 1789, "de", "x" * (highlights.TEXT_MAX + 1), 0)
    found = refused.value.by_field()
    assert sorted(found) == ["language", "text", "year"]
    assert "between 1990 and 2027" in found["year"]
    assert "fr, pl, en" in found["language"]
    assert f"at most {highlights.TEXT_MAX}" in found["text"]
    with pytest.raises(errors.ValidationError, match="year"):
        save(db, 2028, "fr", "Next year but one", 0)
    with pytest.raises(errors.ValidationError, match="language"):
        highlights.get_highlights(db, 2026, "xx")
    assert highlights.get_highlights(db, 2026, "fr").version == 0
