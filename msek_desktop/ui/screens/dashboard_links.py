"""Where the dashboard's clicks lead: the Inquiries list filtered as the bar counts (a stage;
or this year's side, field, kind or lost reason), the Follow-ups list on one person's overdue
ones (or nobody's), an exchange's form; and this desk's choice of the screen the window opens
on (My day or the Dashboard)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from msek_desktop.core.vocab import When
from msek_desktop.ui.i18n import tr

START_SCREEN = "window/startScreen"  # this desk's choice (QSettings), like the language
START_CHOICES = ("my_day", "dashboard")


def _preferences() -> Any:
    from msek_desktop.ui import preferences  # the Settings screen's (tests replace them)

    return preferences.preferences()


def first_screen() -> str:
    """The screen the window opens on: "my_day" (the default) or "dashboard"."""
    value = str(_preferences().value(START_SCREEN, "my_day") or "my_day")
    return value if value in START_CHOICES else "my_day"


def _screen(window: Any, key: str) -> Any:
    """The main window's screen `key`, shown (None: a window without it)."""
    show = getattr(window, "show_screen", None)
    return None if show is None or key not in getattr(window, "screens", {}) else show(key)


def open_inquiries(
    window: Any,
    *,
    stage: str | None = None,
    side: str | None = None,
    field: str | None = None,
    kind: str | None = None,
    lost_reason: str | None = None,
    year: int | None = None,
) -> Any:
    """The Inquiries list with only these filters (open and closed ones, received in `year`
    if given, nobody's search): the list whose count a bar of the dashboard shows."""
    screen = _screen(window, "inquiries")
    if screen is None:
        return None
    f = screen.filters
    wanted = {f.stage: stage, f.side: side, f.field: field, f.kind: kind, f.reason: lost_reason}
    wanted[f.year] = None if year is None else str(year)
    screen.search.blockSignals(True)
    screen.search.clear()
    screen.search.blockSignals(False)
    f.set_all(wanted)
    screen.refresh()
    return screen


def open_followups(window: Any, login: str | None) -> Any:
    """The Follow-ups list: the overdue ones of `login` (None: everyone's)."""
    screen = _screen(window, "followups")
    if screen is None:
        return None
    for combo, code in ((screen.when, When.OVERDUE.value), (screen.assignee, login)):
        combo.blockSignals(True)
        combo.set_code(code)
        combo.blockSignals(False)
    screen.refresh()
    return screen


def open_exchange(window: Any, exchange_id: int | None) -> Any:
    """The Exchanges screen, and the exchange's form when one is named."""
    screen = _screen(window, "exchanges")
    if screen is not None and exchange_id is not None and hasattr(screen, "open_form"):
        screen.open_form(exchange_id)
    return screen


class StartScreenSetting(QWidget):
    """The Settings row "Open on: My day / Dashboard"; `label` is the row's label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.choice = QComboBox()
        self.choice.setObjectName("startScreen")
        self.label.setBuddy(self.choice)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.hint)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(tr("MyDay", "My day"), "my_day")
        self.choice.addItem(tr("Dashboard", "Dashboard"), "dashboard")
        self.choice.blockSignals(False)
        self.refresh()
        self.label.setText(tr("Dashboard", "Open on:"))
        self.choice.setAccessibleName(tr("Dashboard", "Screen shown at start"))
        self.hint.setText(
            tr("Dashboard", "The screen this computer shows when the program starts.")
        )

    def refresh(self) -> None:
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(first_screen())))
        self.choice.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self) -> None:
        _preferences().setValue(START_SCREEN, str(self.choice.currentData()))
