"""The window's icons: Tabler Icons (MIT, resources/icons/tabler/LICENSE), outline SVGs drawn
in the palette's text colour.

    icon("search")      # resources/icons/tabler/search.svg as a QIcon

The SVGs draw with stroke="currentColor"; each is rendered by QtSvg in the palette's text
colour (and its disabled text colour for a disabled action) at the usual sizes, so the icons
look like the text beside them and need no image plugin. Made once per name and colour; a
mode's pixmaps are drawn when it is first painted (the disabled ones seldom are).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
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
    renderers = {}
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode()))
        if not renderer.isValid():
            raise IconMissingError(f"the icon {name!r} is not a readable SVG")
        renderers[mode] = renderer
    return QIcon(_Drawn(_Drawings(renderers)))


class _Drawings:
    """An icon's pixmaps, drawn a mode at a time when first asked for: the window's start
    paints its navigation and toolbar in the normal mode only (7 pixmaps an icon, not 14)."""

    def __init__(self, renderers: dict[QIcon.Mode, QSvgRenderer]) -> None:
        self.renderers = renderers
        self.icons: dict[QIcon.Mode, QIcon] = {}

    def of(self, mode: QIcon.Mode) -> QIcon:
        """The icon holding `mode`'s pixmaps at SIZES (Active and Selected: the normal ones,
        as QIcon takes them when it has none of their own)."""
        drawn = QIcon.Mode.Disabled if mode == QIcon.Mode.Disabled else QIcon.Mode.Normal
        made = self.icons.get(drawn)
        if made is None:
            made = self.icons[drawn] = QIcon()
            for size in SIZES:
                made.addPixmap(_draw(self.renderers[drawn], size), drawn)
        return made


class _Drawn(QIconEngine):
    """The pixmaps of _Drawings, answered by QIcon's own engine over them: the same pixmaps
    and choices of size (and of scale, on a high-density screen) as an icon holding them all."""

    def __init__(self, drawings: _Drawings) -> None:
        super().__init__()
        self.drawings = drawings

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.drawings.of(mode).pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self.drawings.of(mode).pixmap(size, scale, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self.drawings.of(mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self.drawings.of(mode).actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        drawn = mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled) and state == QIcon.State.Off
        return [QSize(side, side) for side in SIZES] if drawn else []  # as QIcon's own

    def clone(self) -> QIconEngine:
        return _Drawn(self.drawings)


def _draw(renderer: QSvgRenderer, side: int) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return pixmap
