"""Printing letters on A4 with ReportLab: one letter, or many in one file.

Layout: DIN 5008, form B, for left-window envelopes (DL or C5/6, window 20 mm from the left),
the ones Polish post offices sell and the office posts from Katowice. The letterhead fills
the top 45 mm; the address field is 85 x 45 mm, 45 mm from the top and 20 mm from the left,
with the return address in its upper 17.7 mm and the recipient from 62.7 mm; the information
block (our reference, their request, who handles it) starts 125 mm from the left, 50 mm from
the top; fold marks at 105 and 210 mm, the punch mark at 148.5 mm; text 25 mm from the left,
20 mm from the right.

Fonts: DejaVu Serif in four styles, registered as one TrueType family and embedded as subsets,
so Polish and French print exactly. Nothing is fetched: ReportLab trusts no host, and user
text enters Paragraph markup only escaped (`<img src=...>` in a name prints as typed).
Pages 2+ of a letter carry a running head and "Page 2/3"; page 1 carries no number. In a
file of many letters, each starts on a new page and counts its own pages.
"""

from __future__ import annotations

import io
import re
import threading
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import ActionFlowable

from msek_desktop.core.logo import LogoError, LogoProblem, file_key, read_logo
from msek_desktop.letters.letter import Letter
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

PAGE_W, PAGE_H = A4
LEFT, RIGHT, BOTTOM = 25 * mm, 20 * mm, 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
ADDRESS_X, ADDRESS_TOP, ADDRESS_W, NOTE_ZONE = 20 * mm, 45 * mm, 85 * mm, 17.7 * mm
ADDRESS_H = 45 * mm
INFO_X, INFO_TOP = 125 * mm, 50 * mm
BODY_TOP_FIRST, BODY_TOP_LATER = 97 * mm, 24 * mm
MARKS = ((105 * mm, 5 * mm), (148.5 * mm, 3.5 * mm), (210 * mm, 5 * mm))  # from top, length
ACCENT, GREY, MARK = HexColor("#1f3b5a"), HexColor("#555555"), HexColor("#999999")

_font_lock = threading.Lock()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BULLET = re.compile(r"^[–•-]\s+")


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


# -- what every page carries ---------------------------------------------------------------


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


def _string(canv: Canvas, x: float, top: float, text: str, font: str, size: float,
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


def _letterhead(canv: Canvas, letter: Letter) -> None:
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
        _string(canv, PAGE_W - RIGHT, 14 * mm + n * 9.2, line, FONT, 7.5, 62 * mm, "right")
    name_w = PAGE_W - RIGHT - right_w - 6 * mm - x
    h = _office_name(canv, letter.office_name, x, name_w)
    canv.setFillColor(GREY)
    _string(canv, x, 12 * mm + h + 5.5 * mm, letter.cities, ITALIC, 10, name_w)
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
        _string(canv, x, 18 * mm, name, BOLD, size, width)  # shrunk further if need be
        return float(st.leading)
    para.drawOn(canv, x, PAGE_H - 12 * mm - h)
    return float(h)


def _marks(canv: Canvas) -> None:
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


def _address(canv: Canvas, letter: Letter) -> None:
    x, width = ADDRESS_X + 5 * mm, ADDRESS_W - 8 * mm
    canv.setFillColor(GREY)
    back = _return_address(letter, width)
    for n, line in enumerate(back):
        top = ADDRESS_TOP + NOTE_ZONE - 3 * mm - (len(back) - 1 - n) * 8
        _string(canv, x, top, line, FONT, 6.5, width)
    canv.setStrokeColor(MARK)
    canv.setLineWidth(0.3)
    rule = PAGE_H - ADDRESS_TOP - NOTE_ZONE + 1.8 * mm
    canv.line(x, rule, x + width, rule)
    lines, size, leading = recipient_layout(letter.recipient_lines, width)
    canv.setFillColorRGB(0, 0, 0)
    for n, line in enumerate(lines):
        _string(canv, x, ADDRESS_TOP + NOTE_ZONE + 3.6 * mm + n * leading, line, FONT, size, width)


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


def _info(canv: Canvas, letter: Letter) -> None:
    """Labels on the left, values in a column beside them."""
    width = PAGE_W - RIGHT - INFO_X
    widest = max((stringWidth(label, FONT, 7.5) for label, _ in letter.info), default=0)
    indent = min(widest + 3 * mm, width / 2)
    for n, (label, value) in enumerate(letter.info):
        top = INFO_TOP + n * 11
        if label:
            canv.setFillColor(GREY)
            _string(canv, INFO_X, top, label, FONT, 7.5, indent - 3 * mm)
        canv.setFillColorRGB(0, 0, 0)
        _string(canv, INFO_X + indent, top, value, FONT, 8.5, width - indent)


def _later_head(canv: Canvas, letter: Letter) -> None:
    canv.setFillColor(GREY)
    half = TEXT_W / 2 - 3 * mm
    _string(canv, LEFT, 13 * mm, letter.office_name, ITALIC, 8, half)
    _string(canv, PAGE_W - RIGHT, 13 * mm, letter.running_head, FONT, 8, half, "right")
    canv.setStrokeColor(MARK)
    canv.setLineWidth(0.3)
    canv.line(LEFT, PAGE_H - 15.5 * mm, PAGE_W - RIGHT, PAGE_H - 15.5 * mm)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, when each letter's page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.msek_page: tuple[int, int, str] = (0, 1, "")

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["msek_page"][0] for state in self._held)
        for state in self._held:
            self.__dict__.update(state)
            letter, page, label = self.msek_page
            if page > 1:
                self.setFillColor(GREY)
                text = label.format(page=page, pages=totals[letter])
                _string(self, PAGE_W - RIGHT, PAGE_H - 12 * mm, text, FONT, 8, TEXT_W, "right")
            super().showPage()
        super().save()


class _LetterDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: io.BytesIO, letters: Sequence[Letter]) -> None:
        first = letters[0]
        single = len(letters) == 1
        super().__init__(
            out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=BODY_TOP_LATER,
            bottomMargin=BOTTOM, initialFontName=FONT, initialFontSize=10.5,
            title=(first.subject_label + first.subject) if single else first.office_name,
            author=first.office_name, creator="MSEK Desktop", subject=first.subject,
            lang=LANGS.get(first.language) if single else None,
        )  # fmt: skip
        self.letters, self.index, self.page_in_letter = letters, 0, 0
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        frame_1 = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - BODY_TOP_FIRST - BOTTOM, id="f1", **pad)
        frame_n = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - BODY_TOP_LATER - BOTTOM, id="fn", **pad)
        self.addPageTemplates([
            PageTemplate("first", [frame_1], onPage=self._first, autoNextPageTemplate="later"),
            PageTemplate("later", [frame_n], onPage=self._later),
        ])  # fmt: skip

    def handle_letter(self, index: int) -> None:
        self.index = index

    def _mark(self, canv: Canvas) -> None:
        letter = self.letters[self.index]
        canv.msek_page = (self.index, self.page_in_letter, letter.page_label)

    def _first(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.page_in_letter = 1
        letter = self.letters[self.index]
        canv.saveState()
        _letterhead(canv, letter)
        _marks(canv)
        _address(canv, letter)
        _info(canv, letter)
        canv.restoreState()
        self._mark(canv)

    def _later(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.page_in_letter += 1
        canv.saveState()
        _later_head(canv, self.letters[self.index])
        canv.restoreState()
        self._mark(canv)


# -- the text -------------------------------------------------------------------------------


def body_flowables(body: str) -> list[Flowable]:
    """Paragraphs at blank lines; lines starting with a dash or bullet are list items."""
    st = styles()
    out: list[Flowable] = []
    for block in re.split(r"\n[ \t]*\n", clean(body).strip()):
        lines: list[str] = []
        for line in block.split("\n"):
            if _BULLET.match(line.strip()):
                if lines:
                    out.append(Paragraph(markup("\n".join(lines)), st["body"]))
                    lines = []
                item = _BULLET.sub("", line.strip())
                out.append(Paragraph(markup(item), st["item"], bulletText="–"))
            elif line.strip():
                lines.append(line.strip())
        if lines:
            out.append(Paragraph(markup("\n".join(lines)), st["body"]))
    return out


def _signature(letter: Letter, last: list[Flowable]) -> Flowable:
    """Closing and signature, kept on one page with the body's last paragraph."""
    st = styles()
    column = st["sig_right"] if letter.signature_right else st["sig"]
    parts: list[Flowable] = [*last, Spacer(1, 2 * mm)]
    if letter.closing_in_signature:
        parts.append(Paragraph(markup(letter.closing), column))
    else:
        parts += [Paragraph(markup(letter.closing), st["body"]), Spacer(1, 2 * mm)]
    parts.append(Spacer(1, 15 * mm))
    parts.append(Paragraph(f"<b>{markup(letter.signer_name)}</b>", column))
    if letter.signer_title:
        parts.append(Paragraph(f"<i>{markup(letter.signer_title)}</i>", column))
    return KeepTogether(parts)


def letter_flowables(letter: Letter) -> list[Flowable]:
    st = styles()
    subject = f"{markup(letter.subject_label)}{markup(letter.subject)}"
    body = body_flowables(letter.body)
    last = body[-1:]
    return [
        Paragraph(markup(letter.date_line), st["date"]),
        Spacer(1, 8 * mm),
        Paragraph(subject, st["subject"]),
        Spacer(1, 7 * mm),
        Paragraph(markup(letter.salutation), st["plain"]),
        *body[:-1],
        _signature(letter, last),
    ]


def render_pdf(letters: Sequence[Letter]) -> bytes:
    """One PDF: each letter from a new page, its pages numbered from its own page 2."""
    if not letters:
        raise ValueError("no letters to print")
    register_fonts()
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story += [ActionFlowable(("letter", index)), NextPageTemplate("first"), PageBreak()]
        story += letter_flowables(letter)
    out = io.BytesIO()
    _LetterDoc(out, letters).build(story, canvasmaker=_NumberedCanvas)
    return out.getvalue()
