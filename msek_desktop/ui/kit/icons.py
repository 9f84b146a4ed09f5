"""The window's icons: Tabler Icons (MIT, resources/icons/tabler/LICENSE), outline SVGs drawn
in the palette's text colour.

    icon("search")      # resources/icons/tabler/search.svg as a QIcon

The SVGs draw with stroke="currentColor"; each is rendered by QtSvg in the palette's text
colour (and its disabled text colour for a disabled action) at the usual sizes, so the icons
look like the text beside them and need no image plugin. Made once per name and colour; each
pixmap is drawn when first shown (_Drawings).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
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
    drawings = _Drawings(
        name, svg_text(name), {QIcon.Mode.Normal: normal, QIcon.Mode.Disabled: disabled}
    )
    drawings.renderer(QIcon.Mode.Normal)  # a file that is no SVG: said now
    return QIcon(_Drawn(drawings))


class _Drawings:
    """An icon's pixmaps, each drawn when first needed: the window's start paints 17 icons
    at 20 px in the normal mode, one pixmap each rather than the 14 of every size and mode.

    QIcon chooses which of an icon's pixmaps to show (the size, the scale) and how to scale
    it; to choose as it would among all of them, it is asked about _sample() (a plain pixmap
    of each size in both modes, each size its own shade) and the pixmap it took is read off
    the shade (asked in the mode whose pixmaps it shows: it may tint the selected ones). That
    one is drawn, and QIcon shows it from an icon holding it alone: the same pixmap, scaled
    and tinted the same way, as from an icon holding them all."""

    def __init__(self, name: str, source: str, colours: dict[QIcon.Mode, str]) -> None:
        self.name, self.source, self.colours = name, source, colours
        self.renderers: dict[QIcon.Mode, QSvgRenderer] = {}
        self.icons: dict[tuple[QIcon.Mode, int], QIcon] = {}

    def renderer(self, drawn: QIcon.Mode) -> QSvgRenderer:
        """The SVG in `drawn`'s colour (the normal or the disabled text colour)."""
        made = self.renderers.get(drawn)
        if made is None:
            coloured = self.source.replace("currentColor", self.colours[drawn])
            made = QSvgRenderer(QByteArray(coloured.encode()))
            if not made.isValid():
                raise IconMissingError(f"the icon {self.name!r} is not a readable SVG")
            self.renderers[drawn] = made
        return made

    def one(self, mode: QIcon.Mode, side: int) -> QIcon:
        """The icon holding the pixmap of `side` for `mode` alone (Active and Selected take
        the normal ones, as QIcon takes them when it has none of their own)."""
        drawn = _drawn(mode)
        made = self.icons.get((drawn, side))
        if made is None:
            made = self.icons[drawn, side] = QIcon()
            made.addPixmap(_draw(self.renderer(drawn), side), drawn)
        return made


SHADE_STEP = 30  # _sample's red, per place in SIZES


def _drawn(mode: QIcon.Mode) -> QIcon.Mode:
    """The mode whose pixmaps QIcon shows for `mode` (Active and Selected: the normal ones,
    which it may tint); the size it takes is theirs."""
    return QIcon.Mode.Disabled if mode == QIcon.Mode.Disabled else QIcon.Mode.Normal


@cache
def _sample() -> QIcon:
    made = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
        for place, side in enumerate(SIZES, start=1):
            pixmap = QPixmap(side, side)
            pixmap.fill(QColor(place * SHADE_STEP, 0, 0))
            made.addPixmap(pixmap, mode)
    return made


def _side_of(shown: QImage) -> int | None:
    """The side of the SIZES pixmap _sample's `shown` (or a paint of it) came from."""
    if shown.isNull() or shown.width() == 0 or shown.height() == 0:
        return None
    colour = shown.pixelColor(shown.width() // 2, shown.height() // 2)
    if colour.alpha() == 0:
        return None
    return SIZES[round(colour.red() / SHADE_STEP) - 1]


class _Drawn(QIconEngine):
    """The icon engine of _Drawings (see there)."""

    def __init__(self, drawings: _Drawings) -> None:
        super().__init__()
        self.drawings = drawings

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = _side_of(_sample().pixmap(size, scale, _drawn(mode), state).toImage())
        if side is None:
            return _sample().pixmap(size, scale, mode, state)  # nothing to show: as empty
        return self.drawings.one(mode, side).pixmap(size, scale, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if rect.isEmpty():
            return
        device = painter.device()
        ratio = device.devicePixelRatio() if device is not None else 1.0
        trial = QImage(
            max(1, round(rect.width() * ratio)),
            max(1, round(rect.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        trial.setDevicePixelRatio(ratio)
        trial.fill(Qt.GlobalColor.transparent)
        trial_painter = QPainter(trial)
        place = QRect(QPoint(0, 0), rect.size())
        _sample().paint(trial_painter, place, _CENTRE, _drawn(mode), state)
        trial_painter.end()
        side = _side_of(trial)
        if side is not None:
            self.drawings.one(mode, side).paint(painter, rect, _CENTRE, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return _sample().actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return _sample().availableSizes(mode, state)

    def clone(self) -> QIconEngine:
        return _Drawn(self.drawings)


_CENTRE = Qt.AlignmentFlag.AlignCenter


def _draw(renderer: QSvgRenderer, side: int) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return pixmap
