"""core.exchanges' coded refusals in the window's language. texts() joins
ui/kit/error_texts.TEXTS; an item's or a funding line's problem is said by `inner` (error_text)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale

from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.labels import SIDES, label

Params = Mapping[str, Any]


def _filled(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _part(code: str) -> str:
    """The name of a part of a programme item or of a funding line."""
    names = {
        "day": tr("Exchanges", "day"),
        "place": tr("Exchanges", "place"),
        "what": tr("Exchanges", "what happens"),
        "source": tr("Exchanges", "source"),
        "amount": tr("Exchanges", "amount"),
        "currency": tr("Exchanges", "currency"),
        "note": tr("Exchanges", "note"),
    }
    return names.get(code, code)


def _day(value: object) -> str:
    """A day core gives as ISO text (2027-03-06) in the window's short form (6.03.2027)."""
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def texts(inner: Callable[[str], str]) -> dict[str, Callable[[Params], str]]:
    return {
        "ends_before_starts": lambda p: _filled(
            tr("Exchanges", "Cannot be before the first day (%1)."), _day(p["starts_on"])
        ),
        "item_outside": lambda p: _filled(
            tr("Exchanges", "Item %1: its day %2 is not between %3 and %4."),
            p["number"],
            _day(p["day"]),
            _day(p["starts_on"]),
            _day(p["ends_on"]),
        ),
        "item_problem": lambda p: _filled(
            tr("Exchanges", "Item %1, %2: %3"),
            p["number"],
            _part(str(p["part"])),
            inner(p["problem"]),
        ),
        "funding_problem": lambda p: _filled(
            tr("Exchanges", "Funding line %1, %2: %3"),
            p["number"],
            _part(str(p["part"])),
            inner(p["problem"]),
        ),
        "amount_format": lambda p: tr(
            "Exchanges", "Not an amount; write it as 1200, 1200.50 or 1 200,50."
        ),
        "amount_decimals": lambda p: tr("Exchanges", "At most 2 decimals."),
        # an import of exchanges: what a row names, looked up
        "import_no_organisation": lambda p: _filled(
            tr("Exchanges", "No organisation named “%1” is recorded; import or create it first."),
            p["name"],
        ),
        "import_several_organisations": lambda p: _filled(
            tr("Exchanges", "Several organisations are named “%1”."), p["name"]
        ),
        "import_other_side": lambda p: _filled(
            tr("Exchanges", "“%1” is recorded on another side: %2."),
            p["name"],
            label(SIDES, str(p["side"])),
        ),
        "import_no_inquiry": lambda p: _filled(
            tr("Exchanges", "No inquiry %1 is recorded (or it is deleted)."), p["ref"]
        ),
        "exchange_recorded": lambda p: tr("Exchanges", "This exchange is already recorded."),
        "exchange_in_file": lambda p: _filled(
            tr("Exchanges", "This exchange is already in the file, on line %1."), p["line"]
        ),
    }
