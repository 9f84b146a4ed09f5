"""What the pages of a letter carry: letterhead and logo, fold marks, address field,
information block on page 1; a running head on the pages after it."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from msek_desktop.core.logo import LogoError, LogoProblem, file_key, read_logo
from msek_desktop.letters.letter import Letter
from msek_desktop.letters.pdf.fonts import BOLD, FONT, ITALIC, clean, fit, markup, styles
from msek_desktop.letters.pdf.layout import (
    ACCENT,
    ADDRESS_H,
    ADDRESS_TOP,
    ADDRESS_W,
    ADDRESS_X,
    GREY,
    INFO_TOP,
    INFO_X,
    LEFT,
    MARK,
    MARKS,
    NOTE_ZONE,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TEXT_W,
)


def draw_text(canv: Canvas, x: float, top: float, text: str, font: str, size: float,
            width: float, align: str = "left") -> None:  # fmt: skip
    text, size = fit(text, font, size, width)
    canv.setFont(font, size)
    y = PAGE_H - top
    if align == "right":
        canv.drawRightString(x, y, text)
    else:
        canv.drawString(x, y, text)


_LOGOS: dict[tuple[str, int, int], ImageReader | LogoError] = {}
_logo_lock = threading.Lock()


def load_logo(path: str) -> ImageReader | LogoError | None:
    """The letterhead logo, or why it cannot be printed (core.logo checks it: a regular
    PNG or JPEG file, not too large, decoding completely); None when no logo is set.

    The answer is kept while the file is unchanged (same path, time and size), so a batch of
    letters reads and decodes the file once.
    """
    if not path.strip():
        return None
    key = file_key(path)
    if key is None:
        return LogoError(LogoProblem.MISSING, path)
    with _logo_lock:
        found = _LOGOS.get(key)
        if found is None:
            try:
                found = ImageReader(io.BytesIO(read_logo(path).data))
            except LogoError as exc:
                found = exc
            _LOGOS.clear()
            _LOGOS[key] = found
        return found


def logo(path: str) -> ImageReader | None:
    """The letterhead logo if it can be printed; the letter goes without it otherwise."""
    found = load_logo(path)
    return found if isinstance(found, ImageReader) else None


class Head(Protocol):
    """What the letterhead prints: a letter's, or an activity report's (msek_desktop.reports)."""

    @property
    def office_name(self) -> str: ...
    @property
    def office_lines(self) -> tuple[str, ...]: ...
    @property
    def logo(self) -> str: ...
    @property
    def cities(self) -> str: ...


def letterhead(canv: Canvas, letter: Head) -> None:
    x = LEFT
    image = logo(letter.logo)
    if image is not None:
        iw, ih = image.getSize()
        scale = min(32 * mm / iw, 24 * mm / ih)
        w, h = iw * scale, ih * scale
        canv.drawImage(image, LEFT, PAGE_H - 11 * mm - h, w, h, mask="auto")
        x += w + 5 * mm
    lines = letter.office_lines[:7]
    widest = max((stringWidth(line, FONT, 7.5) for line in lines), default=0)
    right_w = min(62 * mm, widest)
    for n, line in enumerate(lines):
        canv.setFillColor(GREY)
        draw_text(canv, PAGE_W - RIGHT, 14 * mm + n * 9.2, line, FONT, 7.5, 62 * mm, "right")
    name_w = PAGE_W - RIGHT - right_w - 6 * mm - x
    h = _office_name(canv, letter.office_name, x, name_w)
    canv.setFillColor(GREY)
    draw_text(canv, x, 12 * mm + h + 5.5 * mm, letter.cities, ITALIC, 10, name_w)
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(0.6)
    canv.line(LEFT, PAGE_H - 40 * mm, PAGE_W - RIGHT, PAGE_H - 40 * mm)


def _office_name(canv: Canvas, name: str, x: float, width: float) -> float:
    """The name on one line (15 down to 12 points), else on two; returns the height used."""
    st = styles()["name"]
    size = 15.0
    while size > 12 and stringWidth(clean(name), BOLD, size) > width:
        size -= 0.5
    para = Paragraph(markup(name), st)
    _, h = para.wrap(width, 40 * mm)
    canv.setFillColor(ACCENT)
    if stringWidth(clean(name), BOLD, size) <= width or h > 2 * st.leading:
        draw_text(canv, x, 18 * mm, name, BOLD, size, width)  # shrunk further if need be
        return float(st.leading)
    para.drawOn(canv, x, PAGE_H - 12 * mm - h)
    return float(h)


def marks(canv: Canvas) -> None:
    canv.setStrokeColor(MARK)
    canv.setLineWidth(0.3)
    for top, length in MARKS:
        canv.line(4 * mm, PAGE_H - top, 4 * mm + length, PAGE_H - top)


def _return_address(letter: Letter, width: float) -> list[str]:
    """One line if it fits at 6.5 points, else the name above the address."""
    whole = " · ".join(letter.return_address)
    if stringWidth(whole, FONT, 6.5) <= width:
        return [whole]
    return [letter.return_address[0], " · ".join(letter.return_address[1:])]


def address(canv: Canvas, letter: Letter) -> None:
    x, width = ADDRESS_X + 5 * mm, ADDRESS_W - 8 * mm
    canv.setFillColor(GREY)
    back = _return_address(letter, width)
    for n, line in enumerate(back):
        top = ADDRESS_TOP + NOTE_ZONE - 3 * mm - (len(back) - 1 - n) * 8
        draw_text(canv, x, top, line, FONT, 6.5, width)
    canv.setStrokeColor(MARK)
    canv.setLineWidth(0.3)
    rule = PAGE_H - ADDRESS_TOP - NOTE_ZONE + 1.8 * mm
    canv.line(x, rule, x + width, rule)
    lines, size, leading = recipient_layout(letter.recipient_lines, width)
    canv.setFillColorRGB(0, 0, 0)
    for n, line in enumerate(lines):
        draw_text(
            canv, x, ADDRESS_TOP + NOTE_ZONE + 3.6 * mm + n * leading, line, FONT, size, width
        )


def recipient_layout(lines: Sequence[str], width: float) -> tuple[list[str], float, float]:
    """The recipient's lines in the address zone: long ones wrapped, smaller type if need be.

    If they still do not fit, the name and the last lines (street, town, country: what the
    post needs) are kept.
    """
    room = ADDRESS_H - NOTE_ZONE
    for size in (10.0, 9.0, 8.5):
        leading = size * 1.15
        wrapped = [part for line in lines for part in simpleSplit(clean(line), FONT, size, width)]
        if len(wrapped) * leading <= room:
            return wrapped, size, leading
    leading = 8.5 * 1.15
    most = int(room // leading)
    kept = [lines[0], *lines[len(lines) - most + 1 :]] if len(lines) > most else list(lines)
    return kept, 8.5, leading


def info(canv: Canvas, letter: Letter) -> None:
    """Labels on the left, values in a column beside them."""
    width = PAGE_W - RIGHT - INFO_X
    widest = max((stringWidth(label, FONT, 7.5) for label, _ in letter.info), default=0)
    indent = min(widest + 3 * mm, width / 2)
    for n, (label, value) in enumerate(letter.info):
        top = INFO_TOP + n * 11
        if label:
            canv.setFillColor(GREY)
            draw_text(canv, INFO_X, top, label, FONT, 7.5, indent - 3 * mm)
        canv.setFillColorRGB(0, 0, 0)
        draw_text(canv, INFO_X + indent, top, value, FONT, 8.5, width - indent)


def later_head(canv: Canvas, letter: Letter) -> None:
    canv.setFillColor(GREY)
    half = TEXT_W / 2 - 3 * mm
    draw_text(canv, LEFT, 13 * mm, letter.office_name, ITALIC, 8, half)
    draw_text(canv, PAGE_W - RIGHT, 13 * mm, letter.running_head, FONT, 8, half, "right")
    canv.setStrokeColor(MARK)
    canv.setLineWidth(0.3)
    canv.line(LEFT, PAGE_H - 15.5 * mm, PAGE_W - RIGHT, PAGE_H - 15.5 * mm)
