"""The report's fixed texts in French, Polish and English (resources/reports/<language>.toml,
as the letters keep theirs in resources/letters), and its numbers and dates written the way
the language writes them (Babel: "1 234", "12,5 %", "1er mai 2026", "12–18 maja 2026")."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from babel.dates import format_interval
from babel.numbers import format_decimal, format_percent

from msek_desktop.core.vocab import Language
from msek_desktop.letters.wording import long_date
from msek_desktop.paths import resource_path

LANGUAGES = tuple(lang.value for lang in Language)


@cache
def _shipped(language: str) -> dict[str, Any]:
    with resource_path("reports", f"{Language(language).value}.toml").open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Texts:
    """The report's words in one language; `locale` is Babel's (fr_FR, pl_PL, en_GB)."""

    language: str

    @property
    def locale(self) -> str:
        return str(_shipped(self.language)["locale"])

    def __call__(self, key: str, **values: Any) -> str:
        """A text by its key ("title", or "sections.highlights"), its {names} filled."""
        found: Any = _shipped(self.language)
        for part in key.split("."):
            found = found[part]
        return str(found).format(**values) if values else str(found)

    def name(self, group: str, code: str) -> str:
        """What a code of core.vocab (a stage, side, kind...) is called; the code itself
        for one the report does not know (a kind added later)."""
        return str(_shipped(self.language).get(group, {}).get(code, code))

    # -- numbers and dates --------------------------------------------------------------

    def number(self, value: float | None, digits: int = 0) -> str:
        if value is None:
            return self("no_change")
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def change(self, now: float | None, before: float | None) -> str:
        """The change from `before` to `now` in per cent ("+25 %"); a dash when there is no
        base to compare with."""
        if now is None or before is None or before == 0:
            return self("no_change")
        ratio = (now - before) / before
        text = str(format_percent(ratio, locale=self.locale))
        return ("+" + text) if ratio > 0 else text.replace("-", "−")

    def day(self, value: date) -> str:
        """A day as the letters write it ("1er mai 2026", "1 maja 2026", "1 May 2026")."""
        return long_date(self.language, value)

    def dates(self, start: date | None, end: date | None) -> str:
        """An exchange's dates: "12–18 mai 2026", one day, or that they are to be set."""
        if start is None and end is None:
            return self("list.dates_unknown")
        if start is None or end is None or start == end:
            return self.day(start or end)  # type: ignore[arg-type]
        return str(format_interval(start, end, "yMMMMd", locale=self.locale))


@cache
def texts(language: str) -> Texts:
    """The texts of `language` (fr, pl or en); ValueError for another."""
    if language not in LANGUAGES:
        raise ValueError(f"no report texts in {language!r}")
    return Texts(language)
