"""This computer's choices (its language, who sits at it, snoozed reminders, the screen the
window opens on ...), not the office's: the program's QSettings.

ui.screens.settings.preferences says the same, with the Settings screen around it; this
module reads them without loading that screen (the window's start needs them before its
first rows, and the Settings screen only when shown). Once that module is loaded, its
preferences() answers here too: one place to replace them (the tests do).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings

from msek_desktop.paths import APP_AUTHOR, APP_NAME

SETTINGS_SCREEN = "msek_desktop.ui.screens.settings"


def preferences() -> QSettings:
    """This desk's choices (see the module)."""
    screen = sys.modules.get(SETTINGS_SCREEN)
    if screen is not None and hasattr(screen, "preferences"):
        found: QSettings = screen.preferences()
        return found
    return QSettings(APP_AUTHOR, APP_NAME)
