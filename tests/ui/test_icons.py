"""The bundled Tabler icons: loaded from resources/ as the frozen program finds them, drawn in
the palette's text colour, their licence beside them, none missing from what the window uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from msek_desktop import paths
from msek_desktop.ui.kit import icons
from msek_desktop.ui.kit.icons import IconMissingError, icon
from msek_desktop.ui.window.main_window import SCREEN_ICONS

ROOT = Path(__file__).resolve().parents[2]
TABLER = ROOT / "resources" / "icons" / "tabler"


def drawn(image: QImage) -> list[QColor]:
    """The colours of the pixels the icon covers."""
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    ]


def test_an_icon_loads_at_24_px_in_the_text_colour(qapp: QApplication) -> None:
    search = icon("search")
    assert not search.isNull()
    image = search.pixmap(QSize(24, 24)).toImage()
    assert image.size() == QSize(24, 24)
    covered = drawn(image)
    assert len(covered) > 40  # a magnifier, not an empty square
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    solid = [c for c in covered if c.alpha() == 255]
    assert solid and all(c.rgb() == text.rgb() for c in solid)


def test_a_disabled_icon_is_drawn_in_the_disabled_text_colour(qapp: QApplication) -> None:
    palette = QGuiApplication.palette()
    greyed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    image = icon("search").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    solid = [c for c in drawn(image) if c.alpha() == 255]
    assert solid and all(c.rgb() == greyed.rgb() for c in solid)


def test_icons_follow_the_palette(qapp: QApplication) -> None:
    before = QGuiApplication.palette()
    red = QPalette(before)
    red.setColor(QPalette.ColorRole.WindowText, QColor("#c00000"))
    QGuiApplication.setPalette(red)
    try:
        image = icon("search").pixmap(QSize(24, 24)).toImage()
    finally:
        QGuiApplication.setPalette(before)
    solid = [c for c in drawn(image) if c.alpha() == 255]
    assert solid and all(c.name() == "#c00000" for c in solid)


def test_an_unknown_name_is_refused_by_name(qapp: QApplication) -> None:
    with pytest.raises(IconMissingError, match="'no-such-icon'"):
        icon("no-such-icon")


def test_icons_are_found_in_a_frozen_bundle(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller puts resources/ under sys._MEIPASS: icons are read from there."""
    bundled = tmp_path / "resources" / "icons" / "tabler"
    bundled.mkdir(parents=True)
    svg = (TABLER / "search.svg").read_text("utf-8").replace('d="M21 21l-6 -6"', 'd="M3 3h1"')
    (bundled / "search.svg").write_text(svg, "utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("icons", "tabler", "search.svg") == bundled / "search.svg"
    assert icons.svg_text("search") == svg


def test_the_set_ships_with_its_licence_and_only_what_the_window_uses() -> None:
    licence = (TABLER / "LICENSE").read_text("utf-8")
    assert "MIT License" in licence and "Paweł Kuna" in licence
    shipped = {p.stem for p in TABLER.glob("*.svg")}
    used = set(SCREEN_ICONS.values())
    for source in (ROOT / "msek_desktop").rglob("*.py"):
        text = source.read_text("utf-8")
        used |= set(re.findall(r'\bicon\("([a-z0-9-]+)"\)', text))
        used |= set(re.findall(r'\bact_\w+, "([a-z0-9-]+)"\)', text))  # (action, icon name)
    used.discard("no-such-icon")
    assert used <= shipped, f"icons used but not bundled: {sorted(used - shipped)}"
    assert shipped <= used, f"icons bundled but unused: {sorted(shipped - used)}"
    for name in shipped:
        assert 'stroke="currentColor"' in (TABLER / f"{name}.svg").read_text("utf-8"), name


def test_the_bundle_takes_resources_and_the_svg_plugins() -> None:
    """installer.spec: every file of resources/ (the icons with it) and Qt's SVG plugins."""
    spec = (ROOT / "installer.spec").read_text("utf-8")
    assert 'data_files("resources"' in spec
    assert '"qsvg"' in spec and '"iconengines": None' in spec
    assert not re.search(r"\bSvg\b", spec.split("UNUSED_QT")[1].split(")")[0])


def _holding_all(name: str) -> QIcon:
    """The icon as made before its modes were drawn when first asked: every pixmap added."""
    palette = QGuiApplication.palette()
    made = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):  # fmt: skip
        colour = palette.color(group, QPalette.ColorRole.WindowText).name()
        source = icons.svg_text(name).replace("currentColor", colour).encode()
        renderer = icons.QSvgRenderer(icons.QByteArray(source))
        for side in icons.SIZES:
            made.addPixmap(icons._draw(renderer, side), mode)
    return made


MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)
STATES = (QIcon.State.Off, QIcon.State.On)


def painted(made: QIcon, side: int, ratio: float, mode: QIcon.Mode, state: QIcon.State) -> QImage:
    """`made` painted as an item view paints it: into a rectangle, on a device of `ratio`."""
    image = QImage(round(70 * ratio), round(50 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    made.paint(painter, QRect(3, 2, side, side - 1), Qt.AlignmentFlag.AlignCenter, mode, state)
    painter.end()
    return image


@pytest.mark.parametrize("name", ["search", "calendar-time"])
def test_an_icon_shows_what_an_icon_holding_every_pixmap_shows(
    qapp: QApplication, name: str
) -> None:
    mine, every = icon(name), _holding_all(name)
    for mode in MODES:
        for state in STATES:
            for side in (12, 16, 18, 20, 22, 24, 36, 48, 80):
                for scale in (1.0, 1.25, 1.5, 2.0):
                    got = mine.pixmap(QSize(side, side), scale, mode, state)
                    want = every.pixmap(QSize(side, side), scale, mode, state)
                    assert got.devicePixelRatio() == want.devicePixelRatio()
                    assert got.toImage() == want.toImage(), (mode, state, side, scale)
            for side in (14, 20, 26, 40):
                for ratio in (1.0, 2.0):
                    got_image = painted(mine, side, ratio, mode, state)
                    want_image = painted(every, side, ratio, mode, state)
                    assert got_image == want_image, (mode, state, side, ratio)
            assert mine.availableSizes(mode, state) == every.availableSizes(mode, state)
            for size in (QSize(30, 30), QSize(12, 20), QSize(90, 90)):
                assert mine.actualSize(size, mode, state) == every.actualSize(size, mode, state)


def test_only_the_pixmap_shown_is_drawn(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[int] = []
    real = icons._draw
    monkeypatch.setattr(
        icons, "_draw", lambda renderer, side: drawn.append(side) or real(renderer, side)
    )
    made = icons._icon("archive", "#101010", "#a0a0a0")
    assert drawn == []  # nothing drawn until shown
    made.pixmap(QSize(20, 20))
    assert drawn == [20]
    made.pixmap(QSize(20, 20), QIcon.Mode.Active)  # the normal one
    painted(made, 20, 1.0, QIcon.Mode.Normal, QIcon.State.Off)
    assert drawn == [20]
    made.pixmap(QSize(20, 20), 2.0)  # a high-density screen
    made.pixmap(QSize(20, 20), QIcon.Mode.Disabled)
    assert drawn == [20, 40, 20]
