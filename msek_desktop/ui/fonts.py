"""The bundled DejaVu Sans, registered with Qt and made the application font.

A Windows desktop or a bare CI container may have no font with the Polish letters (or no
font at all, where Qt draws every glyph as a box); shipping the TTFs makes the window look
the same everywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from msek_desktop.paths import resource_path

log = logging.getLogger(__name__)

FAMILY = "DejaVu Sans"
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Register the bundled TTFs; the families Qt found in them."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def install_application_font(app: QGuiApplication) -> bool:
    """Register the fonts and make DejaVu Sans the default; False if it could not load."""
    if FAMILY not in register_fonts():
        return False
    app.setFont(QFont(FAMILY, POINT_SIZE))
    return True
