"""The year's highlights: what staff write about a year for its activity report, one text per
year and language (fr, pl, en).

A year nobody wrote about reads as an empty text at version 0; saving it then creates it.
Each save names the version it was made on (expected_version, 0 for "none yet"): a text
another desk saved meanwhile is never overwritten (ConflictError). Saving an empty text keeps
an empty one (the report then says none were written).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes
from msek_desktop.core.db import Database
from msek_desktop.core.models import YearHighlights
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language

FIRST_YEAR = 1990  # before the office (the cities are partners since 1994): surely a typo
TEXT_MAX = 20_000
LABEL = "The highlights of {year} ({language})"


@dataclass(frozen=True)
class HighlightsRow:
    year: int
    language: str
    text: str
    version: int  # 0: nothing written yet

    @property
    def written(self) -> bool:
        """Whether there is something to print."""
        return bool(self.text.strip())


def last_year(today: date | None = None) -> int:
    """The latest year a text may be written for: next year (to prepare it) at most."""
    return (today or date.today()).year + 1


def _checked(
    year: int, language: str, text: str | None = None, *, today: date | None = None
) -> tuple[int, str, str]:
    """The year, language and text as kept; ValidationError (fields "year", "language",
    "text") naming each one wrong."""
    check = Checker()
    checked_year = check.integer("year", year, required=True, minimum=FIRST_YEAR,
                                 maximum=last_year(today))  # fmt: skip
    code = check.choice("language", language, Language)
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    if len(cleaned) > TEXT_MAX:
        check.fail("text", "too_long", max_len=TEXT_MAX, length=len(cleaned))
    check.raise_if_any()
    assert checked_year is not None and code is not None
    return checked_year, code, cleaned


def get_highlights(db: Database, year: int, language: str) -> HighlightsRow:
    """The text written for `year` in `language`; an empty one at version 0 if none is."""
    year, language, _ = _checked(year, language)
    with db.read() as session:
        found = session.get(YearHighlights, (year, language))
        if found is None:
            return HighlightsRow(year, language, "", 0)
        return HighlightsRow(year, language, found.text, found.version)


def save_highlights(
    db: Database,
    year: int,
    language: str,
    text: str,
    *,
    expected_version: int,
    today: date | None = None,
) -> HighlightsRow:
    """Keep `text` as the highlights of `year` in `language`, written on the copy read at
    `expected_version` (0: there was none). Lines lose their trailing spaces, the text its
    blank lines around. Raises ValidationError, or ConflictError when another desk saved a
    text for the same year and language since it was read."""
    year, language, cleaned = _checked(year, language, text, today=today)
    label = LABEL.format(year=year, language=language)
    try:
        with db.write() as session:
            found = session.get(YearHighlights, (year, language))
            if found is None:
                if expected_version != 0:
                    raise changes.conflict(label)  # it was removed meanwhile
                found = YearHighlights(year=year, language=language, text=cleaned)
                session.add(found)
            else:
                changes.check_version(found, expected_version, label)
                found.text = cleaned
            session.flush()
            return HighlightsRow(year, language, found.text, found.version)
    except (StaleDataError, sa_exc.IntegrityError) as exc:  # another desk saved it first
        raise changes.conflict(label) from exc
