"""The main window's screens, each built (and its module imported) the first time it is
looked up: opening the window builds only the screen it opens on.

Screens maps every screen's key to its Screen; looking one up builds it in its place in the
window's QStackedWidget (a bare placeholder until then). `key in screens` and iterating are
over every screen, built or not; built() gives only those already built, for whatever must
not build them (closing the window asks the built ones about their open forms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from PySide6.QtWidgets import QStackedWidget, QWidget

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.screens.screen import Screen

# (key, "module:class"), in the navigation's order; Ctrl+1 … go to them in this order.
SCREENS: tuple[tuple[str, str], ...] = (
    ("my_day", "msek_desktop.ui.screens.my_day:MyDayScreen"),
    ("inquiries", "msek_desktop.ui.screens.inquiries:InquiriesScreen"),
    ("people", "msek_desktop.ui.screens.people:PeopleScreen"),
    ("organisations", "msek_desktop.ui.screens.organisations:OrganisationsScreen"),
    ("followups", "msek_desktop.ui.screens.followups:FollowUpsScreen"),
    ("exchanges", "msek_desktop.ui.screens.exchanges:ExchangesScreen"),
    ("dashboard", "msek_desktop.ui.screens.dashboard:DashboardScreen"),
    ("settings", "msek_desktop.ui.screens.settings:SettingsScreen"),
)
KEYS = tuple(key for key, _where in SCREENS)
# The screens' titles (each screen's title() says the same), known before they are built.
SCREEN_TITLES: dict[str, Callable[[], str]] = {
    "my_day": lambda: tr("MyDay", "My day"),
    "inquiries": lambda: tr("Inquiries", "Inquiries"),
    "people": lambda: tr("People", "People"),
    "organisations": lambda: tr("Organisations", "Organisations"),
    "followups": lambda: tr("FollowUps", "Follow-ups"),
    "exchanges": lambda: tr("Exchanges", "Exchanges"),
    "dashboard": lambda: tr("Dashboard", "Dashboard"),
    "settings": lambda: tr("Settings", "Settings"),
}


def screen_class(key: str) -> type[Screen]:
    """The class of the screen `key`, its module imported now."""
    module, name = dict(SCREENS)[key].split(":")
    cls: type[Screen] = getattr(import_module(module), name)
    return cls


class Screens(Mapping[str, Screen]):
    """The window's screens by key, each built on its first lookup (see the module)."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        stack: QStackedWidget,
        on_built: Callable[[str, Screen], None],
    ) -> None:
        self._ctx, self._window, self._stack, self._on_built = ctx, window, stack, on_built
        self._built: dict[str, Screen] = {}
        for _key in KEYS:
            stack.addWidget(QWidget())  # in the screen's place until it is built

    def __getitem__(self, key: str) -> Screen:
        screen = self._built.get(key)
        if screen is not None:
            return screen
        if key not in KEYS:
            raise KeyError(key)
        screen = screen_class(key)(self._ctx, self._window)
        screen.setObjectName(f"screen_{key}")
        row = KEYS.index(key)
        current = self._stack.currentIndex()
        placeholder = self._stack.widget(row)
        self._stack.insertWidget(row, screen)
        if placeholder is not None:
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._stack.setCurrentIndex(current)
        self._built[key] = screen
        self._on_built(key, screen)
        return screen

    def __contains__(self, key: object) -> bool:
        return key in KEYS

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)

    def built(self) -> dict[str, Screen]:
        """The screens built so far (none is built by asking)."""
        return dict(self._built)
