"""The bundled font is loaded and has every French and Polish letter."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from msek_desktop.paths import resource_path
from msek_desktop.ui.fonts import FAMILY, FONT_FILES, install_application_font, register_fonts

POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
FRENCH = "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»€"


def test_font_files_are_shipped() -> None:
    for name in (*FONT_FILES, "LICENSE-DejaVu.txt"):
        assert resource_path("fonts", name).stat().st_size > 0


def test_register_fonts_finds_the_family(qapp: QApplication) -> None:
    assert FAMILY in register_fonts()
    styles = QFontDatabase.styles(FAMILY)
    assert {"Book", "Bold", "Oblique", "Bold Oblique"} <= set(styles)


def test_application_font_has_polish_and_french_letters(qapp: QApplication) -> None:
    assert install_application_font(qapp)
    font = QApplication.font()
    assert QFont(font).family() == FAMILY
    metrics = QFontMetrics(font)
    # inFontUcs4: PySide6's inFont(str) mis-converts characters beyond Latin-1.
    missing = [ch for ch in POLISH + FRENCH if not metrics.inFontUcs4(ord(ch))]
    assert missing == []


def test_every_bundled_file_has_the_letters(qapp: QApplication) -> None:
    for name in FONT_FILES:
        raw = QRawFont(str(resource_path("fonts", name)), 12)
        assert raw.isValid(), name
        missing = [ch for ch in POLISH + FRENCH if not raw.supportsCharacter(ord(ch))]
        assert missing == [], name
