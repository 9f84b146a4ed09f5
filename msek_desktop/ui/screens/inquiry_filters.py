"""The Inquiries screen's filter combos: open or closed, stage (and, for the lost ones, why),
assignee, side, field, kind and the year received; what they ask as core.InquiryFilter's
criteria, and setting them all at once (the dashboard's bars open the list so).

Room: the search and eight combos do not fit one row of a 1280-pixel window in French or
Polish (each combo needs its longest "any" entry whole). So two rows: first the search and
how far along (show, stage, the lost reason, assignee), then what the inquiries are about
(side, field, kind, year received), the rest of that row left empty. The lost reason only
means something for the lost inquiries: its combo shows only while the stage asked is
"lost". The year combo says "Received in 2026" (the years the data holds, today's first), so
a year alone is never a riddle. The current year reaches today only: nothing is received
after today (the rules refuse a date to come), so this hides nothing, but keeps the list
equal to the dashboard's "this year" to the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from msek_desktop.core import fields, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.widgets import CodeCombo

SHOW = {
    "open": lambda: tr("Inquiries", "Open"),
    "closed": lambda: tr("Inquiries", "Closed"),
    "all": lambda: tr("Inquiries", "Open and closed"),
    "deleted": lambda: tr("Inquiries", "Deleted"),
}


def _year_text(received: Callable[[], str], year: int) -> str:
    return received().replace("%1", str(year))


class InquiryFilters:
    """The combos (each a CodeCombo: code() None means any) in the bar's order."""

    def __init__(self) -> None:
        self.show_which = CodeCombo(SHOW)
        self.stage = CodeCombo(labels.STAGES, any_text=lambda: tr("Inquiries", "Any stage"))
        self.reason = CodeCombo(labels.LOST_REASONS, any_text=lambda: tr("Inquiries", "Any reason"))
        self.reason.setObjectName("lostReasonFilter")
        self.reason.setVisible(False)
        self.assignee = CodeCombo({}, any_text=lambda: tr("Inquiries", "Anyone"))
        self.assignee.setMinimumContentsLength(15)  # "Tous les responsables" shown whole
        self.side = CodeCombo(labels.SIDES, any_text=lambda: tr("Inquiries", "Both sides"))
        self.field = CodeCombo({}, any_text=lambda: tr("Inquiries", "Any field"))
        self.kind = CodeCombo(labels.KINDS, any_text=lambda: tr("Inquiries", "Any kind"))
        self.kind.setObjectName("kindFilter")
        self.year = CodeCombo({}, any_text=lambda: tr("Inquiries", "Any year"))
        self.year.setObjectName("yearFilter")
        self._years_from: tuple[Database, date] | None = None  # years still to read
        self.stage.currentIndexChanged.connect(self._reason_shown)

    def rows(self) -> tuple[tuple[CodeCombo, ...], tuple[CodeCombo, ...]]:
        """The combos of the first row (after the search), then of the second."""
        return (self.show_which, self.stage, self.reason, self.assignee), (
            self.side, self.field, self.kind, self.year,
        )  # fmt: skip

    def combos(self) -> tuple[CodeCombo, ...]:
        """Every combo, in the rows' (and the Tab key's) order."""
        first, second = self.rows()
        return (*first, *second)

    def narrowing(self) -> list[CodeCombo]:
        """The filters set besides the Show filter (the reason only with the lost stage)."""
        lost = self.stage.code() == "lost"
        set_ = [c for c in self.combos()[1:] if c.code() is not None]
        return [c for c in set_ if c is not self.reason or lost]

    def retranslate(self) -> None:
        for combo, name in (
            (self.stage, tr("Inquiries", "Stage filter")),
            (self.reason, tr("Inquiries", "Lost reason filter")),
            (self.side, tr("Inquiries", "Side filter")),
            (self.show_which, tr("Inquiries", "Open or closed")),
            (self.assignee, tr("Inquiries", "Assignee filter")),
            (self.field, tr("Inquiries", "Field filter")),
            (self.kind, tr("Inquiries", "Kind filter")),
            (self.year, tr("Inquiries", "Year received filter")),
        ):
            combo.retranslate()
            combo.setAccessibleName(name)

    def load_choices(
        self, db: Database, language: str, today: date, *, later: bool = False
    ) -> dict[str, str]:
        """Staff, fields and years from the database; the field names by code, returned.
        `later`: the years are left for read_years (the screen's first rows come first)."""
        people: dict[str, Callable[[], str]] = {
            s.login: partial(str, s.full_name) for s in staff.list_staff(db)
        }
        people[inquiries.UNASSIGNED] = lambda: tr("Inquiries", "Nobody")
        self.assignee.set_choices(people)
        names = {f.code: str(getattr(f, f"name_{language}")) for f in fields.list_fields(db)}
        self.field.set_choices({code: partial(str, name) for code, name in names.items()})
        self._years_from = (db, today)
        if not later:
            self.read_years()
        return names

    def read_years(self) -> None:
        """The year filter's choices: the years received (load_choices' database), if still
        to read; the year chosen is kept."""
        if self._years_from is None:
            return
        db, today = self._years_from
        years = sorted({today.year, *inquiries.years_received(db)}, reverse=True)
        self._years_from = None
        received = partial(tr, "Inquiries", "Received in %1")
        self.year.set_choices({str(y): partial(_year_text, received, y) for y in years})

    def criteria(self, today: date) -> dict[str, Any]:
        """What the combos ask, as InquiryFilter's keyword arguments (search and sort apart)."""
        which = self.show_which.code() or "open"
        stage = self.stage.code()
        received: tuple[date | None, date | None] = (None, None)
        year = self.year.code()
        if year is not None:
            first, last = inquiries.year_range(int(year))
            received = (first, min(last, today) if first <= today else last)
        return {
            "stages": (stage,) if stage else (),
            "lost_reason": self.reason.code() if stage == "lost" else None,
            "assignee": self.assignee.code(),
            "side": self.side.code(),
            "field": self.field.code(),
            "kind": self.kind.code(),
            "received_from": received[0],
            "received_to": received[1],
            "open": {"open": True, "closed": False}.get(which),
            "deleted": which == "deleted",
        }

    def set_all(self, codes: dict[CodeCombo, str | None]) -> None:
        """These combos set to these codes, every other one to any (Show: open and closed),
        without a signal: the caller refreshes the list once."""
        if codes.get(self.year) is not None:
            self.read_years()  # a year asked before the first rows were painted: its choice
        for combo in self.combos():
            combo.blockSignals(True)
            default = "all" if combo is self.show_which else None
            combo.set_code(codes.get(combo, default))
            combo.blockSignals(False)
        self._reason_shown()

    def _reason_shown(self) -> None:
        self.reason.setVisible(self.stage.code() == "lost")
