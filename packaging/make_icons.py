"""Render resources/icons/msek.svg to the PNG and the multi-size .ico that are committed.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py` (needs Pillow, which
ReportLab already brings, and Qt's SVG module, which PySide6-Essentials has).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv)
    svg = ICONS / "msek.svg"
    big = render(svg, 256)
    big.save(ICONS / "msek.png", optimize=True)
    # Each size rendered from the vector, not shrunk from 256 px, so 16 px stays crisp.
    frames = [render(svg, s) for s in ICO_SIZES]
    frames[-1].save(
        ICONS / "msek.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=frames[:-1],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
