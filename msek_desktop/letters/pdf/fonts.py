"""Fonts and styles: DejaVu Serif in four styles, embedded as subsets, so Polish and French
print exactly; user text cleaned of control characters and escaped before it enters
Paragraph markup."""

from __future__ import annotations

import re
import threading
from functools import cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from msek_desktop.letters.pdf.layout import ACCENT, TEXT_W
from msek_desktop.paths import resource_path

# Nothing remote, ever: no host is trusted, only local files may be opened.
rl_config.trustedHosts = None
rl_config.trustedSchemes = ["file"]

FONT = "MSEKSerif"
FONT_FILES = {
    FONT: "DejaVuSerif.ttf",
    f"{FONT}-Bold": "DejaVuSerif-Bold.ttf",
    f"{FONT}-Italic": "DejaVuSerif-Italic.ttf",
    f"{FONT}-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
}
BOLD, ITALIC = f"{FONT}-Bold", f"{FONT}-Italic"
LANGS = {"fr": "fr-FR", "pl": "pl-PL", "en": "en-GB"}

_font_lock = threading.Lock()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def register_fonts() -> None:
    """Register DejaVu Serif (regular, bold, italic, bold italic) once per process."""
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=f"{FONT}-BoldItalic"
        )


def clean(text: str) -> str:
    """User text without control characters (tabs become spaces)."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"))


def markup(text: str) -> str:
    """User text made safe for Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(clean(line)) for line in text.split("\n"))


# -- styles ---------------------------------------------------------------------------------


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # Ragged right, as DIN 5008 advises: justified lines without hyphenation gape around
    # the long words letters are full of (addresses, emails, institution names).
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=10, leading=13.6, alignment=TA_LEFT, spaceAfter=6
    )
    plain = ParagraphStyle("plain", parent=body)
    right = TEXT_W / 2
    return {
        "body": body,
        "plain": plain,
        "date": ParagraphStyle("date", parent=plain, alignment=TA_RIGHT, spaceAfter=0),
        "subject": ParagraphStyle("subject", parent=plain, fontName=BOLD, spaceAfter=0),
        "item": ParagraphStyle(
            "item",
            parent=body,
            leftIndent=6 * mm,
            bulletIndent=1.5 * mm,
            bulletFontName=FONT,
            spaceAfter=4,
        ),
        "name": ParagraphStyle(
            "name",
            parent=plain,
            fontName=BOLD,
            textColor=ACCENT,
            fontSize=15,
            leading=18,
            spaceAfter=0,
        ),
        "sig": ParagraphStyle("sig", parent=plain, spaceAfter=0),
        "sig_right": ParagraphStyle("sig_right", parent=plain, leftIndent=right, spaceAfter=0),
    }


def fit(
    text: str, font: str, size: float, width: float, smallest: float = 6.0
) -> tuple[str, float]:
    """Shrink `text` to `width`, down to `smallest` points, then cut it with an ellipsis."""
    text = re.sub(r"[ \n]+", " ", clean(text)).strip()
    wide = stringWidth(text, font, size)
    if wide <= width:
        return text, size
    size = max(smallest, size * width / wide)
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 20))]
    return text.rstrip() + "…", size
