"""A file of letters: each starts on a new page with its own first-page template and counts
its own pages ("Page 2/3"); the body in paragraphs and list items, the signature kept with
the last paragraph."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
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

from msek_desktop.letters.letter import Letter
from msek_desktop.letters.pdf.fonts import FONT, LANGS, clean, markup, register_fonts, styles
from msek_desktop.letters.pdf.layout import (
    BODY_TOP_FIRST,
    BODY_TOP_LATER,
    BOTTOM,
    GREY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TEXT_W,
)
from msek_desktop.letters.pdf.page import address, draw_text, info, later_head, letterhead, marks
from msek_desktop.letters.wording import keep_together

_BULLET = re.compile(r"^[–•-]\s+")


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
                draw_text(self, PAGE_W - RIGHT, PAGE_H - 12 * mm, text, FONT, 8, TEXT_W, "right")
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
        letterhead(canv, letter)
        marks(canv)
        address(canv, letter)
        info(canv, letter)
        canv.restoreState()
        self._mark(canv)

    def _later(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.page_in_letter += 1
        canv.saveState()
        later_head(canv, self.letters[self.index])
        canv.restoreState()
        self._mark(canv)


# -- the text -------------------------------------------------------------------------------


def body_flowables(body: str, language: str = "") -> list[Flowable]:
    """Paragraphs at blank lines; lines starting with a dash or bullet are list items.
    In a Polish letter no line ends with a one-letter word (wording.keep_together)."""
    st = styles()
    out: list[Flowable] = []
    body = keep_together(language, clean(body))
    for block in re.split(r"\n[ \t]*\n", body.strip()):
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
        elif out and getattr(out[-1], "style", None) is st["item"]:  # a list ends: room after
            out.append(Spacer(1, 4))
    if out and isinstance(out[-1], Spacer):
        out.pop()
    return out


def _signature(letter: Letter, last: list[Flowable]) -> Flowable:
    """Closing and signature, kept on one page with the body's last paragraph."""
    st = styles()
    column = st["sig_right"] if letter.signature_right else st["sig"]
    parts: list[Flowable] = [*last, Spacer(1, 2 * mm)]
    closing = markup(keep_together(letter.language, letter.closing))
    if letter.closing_in_signature:
        parts.append(Paragraph(closing, column))
    else:
        parts += [Paragraph(closing, st["body"]), Spacer(1, 2 * mm)]
    parts.append(Spacer(1, 15 * mm))
    parts.append(Paragraph(f"<b>{markup(letter.signer_name)}</b>", column))
    if letter.signer_title:
        parts.append(Paragraph(f"<i>{markup(letter.signer_title)}</i>", column))
    return KeepTogether(parts)


def letter_flowables(letter: Letter) -> list[Flowable]:
    st = styles()
    together = keep_together(letter.language, letter.subject)
    subject = f"{markup(letter.subject_label)}{markup(together)}"
    body = body_flowables(letter.body, letter.language)
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
