"""What an activity report is made of, read from the database in one go: the year's figures
beside the year before's (core.figures, the dashboard's own numbers), the exchanges of the
year, the highlights staff wrote in the report's language, the letterhead.

The exchanges listed are those the figures count: not cancelled, not in the bin, starting
in the year (to `until` for a year not over yet); each one's participants are its actual
numbers, else its planned ones, as the figures take them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from msek_desktop.core import fields, highlights, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges import ExchangeRow, list_exchanges
from msek_desktop.core.figures import YearFigures, year_figures
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import ExchangeStatus, Language, Side
from msek_desktop.letters.letter import office_lines
from msek_desktop.letters.wording import CITIES, WORDING


@dataclass(frozen=True)
class ReportHead:
    """The letterhead as the letters print it (letters.pdf.page.letterhead)."""

    office_name: str
    office_lines: tuple[str, ...]
    logo: str
    cities: str = CITIES


@dataclass(frozen=True)
class ListedExchange:
    """One exchange of the year as the report lists it."""

    title: str
    kind: str
    status: str
    starts_on: date | None
    ends_on: date | None
    saint_etienne: tuple[str, ...]  # its organisations of each side, by name
    katowice: tuple[str, ...]
    elsewhere: tuple[str, ...]
    participants_saint_etienne: int | None  # actual, else planned; None: not known
    participants_katowice: int | None


@dataclass(frozen=True)
class ReportContent:
    year: int
    language: str
    made_on: date
    figures: YearFigures
    exchanges: tuple[ListedExchange, ...]
    highlights: str  # empty: none written
    field_names: dict[str, str]  # field code -> its name in the report's language
    head: ReportHead

    @property
    def partial(self) -> bool:
        """Whether the year was not over when the report was made."""
        return self.figures.period.end < date(self.year, 12, 31)

    @property
    def empty(self) -> bool:
        """Nothing happened in the year: no inquiry received, no exchange starting."""
        f = self.figures
        return f.new_inquiries.now == 0 and not any(b.now for b in f.exchanges_by_status)


def check_request(year: int, language: str, today: date) -> tuple[int, str]:
    """The year (from highlights.FIRST_YEAR to this one) and language asked for; a
    ValidationError (fields "year", "language") naming what is wrong."""
    check = Checker()
    checked = check.integer("year", year, required=True, minimum=highlights.FIRST_YEAR,
                            maximum=today.year)  # fmt: skip
    code = check.choice("language", language, Language)
    check.raise_if_any()
    assert checked is not None and code is not None
    return checked, code


def _listed(row: ExchangeRow) -> ListedExchange:
    def names(side: str) -> tuple[str, ...]:
        return tuple(o.name for o in row.organisations if o.side == side)

    others = tuple(o.name for o in row.organisations if o.side not in (Side.SAINT_ETIENNE,
                                                                       Side.KATOWICE))  # fmt: skip
    return ListedExchange(
        title=row.title,
        kind=row.kind,
        status=row.status,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        saint_etienne=names(Side.SAINT_ETIENNE.value),
        katowice=names(Side.KATOWICE.value),
        elsewhere=others,
        participants_saint_etienne=_first(row.actual_saint_etienne, row.planned_saint_etienne),
        participants_katowice=_first(row.actual_katowice, row.planned_katowice),
    )


def _first(actual: int | None, planned: int | None) -> int | None:
    return actual if actual is not None else planned


def exchanges_of(db: Database, figures: YearFigures) -> tuple[ListedExchange, ...]:
    """The exchanges the figures count (see the module's docstring), by start."""
    start, end = figures.period.start, figures.period.end
    rows = [
        row
        for row in list_exchanges(db, year=figures.year)
        if row.status != ExchangeStatus.CANCELLED.value
        and row.starts_on is not None
        and start <= row.starts_on <= end
    ]
    rows.sort(key=lambda r: (r.starts_on, r.ends_on or r.starts_on, r.title.casefold(), r.id))
    return tuple(_listed(row) for row in rows)


def gather(db: Database, year: int, language: str, *, today: date | None = None) -> ReportContent:
    """Everything the report of `year` in `language` prints, made on `today`: the year to
    `today` if it is not over yet. ValidationError for a year to come or a language the
    report is not written in."""
    today = today or date.today()
    year, language = check_request(year, language, today)
    figures = year_figures(db, year, until=today if year == today.year else None)
    head = proposals.letterhead(db)
    names = {f.code: str(getattr(f, f"name_{language}") or f.name_en or f.code)
             for f in fields.list_fields(db)}  # fmt: skip
    return ReportContent(
        year=year,
        language=language,
        made_on=today,
        figures=figures,
        exchanges=exchanges_of(db, figures),
        highlights=highlights.get_highlights(db, year, language).text,
        field_names=names,
        head=ReportHead(head.name, office_lines(head, WORDING[language].phone_abbr), head.logo),
    )
