"""The window's icons: Tabler Icons (MIT, resources/icons/tabler/LICENSE), outline SVGs drawn
in the palette's text colour.

    icon("search")      # resources/icons/tabler/search.svg as a QIcon

The SVGs draw with stroke="currentColor"; each is rendered by QtSvg in the palette's text
colour (and its disabled text colour for a disabled action) at the usual sizes, so the icons
look like the text beside them and need no image plugin. Made once per name and colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from msek_desktop.paths import resource_path

SIZES = (16, 20, 24, 32, 40, 48, 64)  # a high-density screen takes the larger ones


class IconMissingError(LookupError):
    """A name with no SVG in resources/icons/tabler (a program error, not the user's)."""


def svg_text(name: str) -> str:
    """The SVG source of `name`."""
    path = resource_path("icons", "tabler", f"{name}.svg")
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise IconMissingError(f"no icon named {name!r} in {path.parent}") from None


def icon(name: str) -> QIcon:
    """The icon `name` in the current palette's text colours."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, normal.name(), disabled.name())


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    source = svg_text(name)
    made = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode()))
        if not renderer.isValid():
            raise IconMissingError(f"the icon {name!r} is not a readable SVG")
        for size in SIZES:
            made.addPixmap(_draw(renderer, size), mode)
    return made


def _draw(renderer: QSvgRenderer, side: int) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return pixmap
