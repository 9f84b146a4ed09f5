"""What the Inquiries list says when it is empty: why, and what to do about it.

    "No open inquiry matches — 3 closed ones do."        [Show the closed ones]
    "No inquiry yet: create one or import a file."        [New inquiry (Ctrl+N)] [Import…]
    "Nothing matches “xyz”."                              [Clear the search]

The other state's matches come from core.inquiries.count_by_state (one query, only when the
list is empty).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from msek_desktop.core.inquiries import StateCounts
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.widgets import Choice

if TYPE_CHECKING:
    from msek_desktop.ui.screens.inquiries import InquiriesScreen


class EmptyInquiries:
    """Reads the screen's filters; its choices act on them (or ask for a new inquiry)."""

    def __init__(self, screen: InquiriesScreen) -> None:
        self.screen = screen

    def narrowing(self) -> list[object]:
        """The filters set besides the search and the Show filter."""
        return list(self.screen.filters.narrowing())

    def said(self, counts: StateCounts) -> tuple[str, list[Choice]]:
        which = self.screen.show_which.code() or "open"
        search = self.screen.search.text().strip()
        if which == "deleted":
            return self._deleted(search)
        if which == "open" and counts.closed:
            text = tr(
                "Inquiries", "No open inquiry matches — %n closed ones do.", None, counts.closed
            )
            return text, [(tr("Inquiries", "Show the closed ones"), lambda: self.show("closed"))]
        if which == "closed" and counts.open:
            text = tr(
                "Inquiries", "No closed inquiry matches — %n open ones do.", None, counts.open
            )
            return text, [(tr("Inquiries", "Show the open ones"), lambda: self.show("open"))]
        if not search and not self.narrowing():
            return self._nothing_yet()
        return self._no_match(search)

    def _deleted(self, search: str) -> tuple[str, list[Choice]]:
        if search:
            text = tr("Inquiries", "No deleted inquiry matches “%1”.").replace("%1", search)
            return text, [(tr("Inquiries", "Clear the search"), self.clear_search)]
        return tr("Inquiries", "No deleted inquiry: nothing to restore."), [
            (tr("Inquiries", "Show the open ones"), lambda: self.show("open"))
        ]

    def _nothing_yet(self) -> tuple[str, list[Choice]]:
        choices: list[Choice] = [
            (tr("Inquiries", "New inquiry (Ctrl+N)"), self.screen.ctx.events.new_inquiry.emit)
        ]
        # the window's File › Import… (ui.window.data_actions), when the screen is in one
        importing = self.screen.window().findChild(QAction, "actImport")
        if importing is None:
            return tr("Inquiries", "No inquiry yet: create one."), choices
        choices.append((tr("Inquiries", "Import a file… (Ctrl+I)"), importing.trigger))
        return tr("Inquiries", "No inquiry yet: create one or import a file."), choices

    def _no_match(self, search: str) -> tuple[str, list[Choice]]:
        choices: list[Choice] = []
        if search:
            text = tr("Inquiries", "Nothing matches “%1”.").replace("%1", search)
            choices.append((tr("Inquiries", "Clear the search"), self.clear_search))
        else:
            text = tr("Inquiries", "No inquiry matches these filters.")
        if self.narrowing():
            choices.append((tr("Inquiries", "Clear the filters"), self.clear_filters))
        return text, choices

    def show(self, which: str) -> None:
        self.screen.show_which.set_code(which)  # the list reloads

    def clear_search(self) -> None:
        self.screen.search.clear()
        self.screen.search.setFocus()

    def clear_filters(self) -> None:
        s = self.screen
        s.filters.set_all({s.show_which: s.show_which.code()})
        s.refresh()
