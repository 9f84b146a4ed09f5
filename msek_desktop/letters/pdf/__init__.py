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

layout: the page's geometry; fonts: fonts, styles and user text; page: what the pages carry;
document: a file of letters.
"""

from msek_desktop.letters.pdf.document import body_flowables, letter_flowables, render_pdf
from msek_desktop.letters.pdf.fonts import (
    BOLD,
    FONT,
    ITALIC,
    clean,
    fit,
    markup,
    register_fonts,
    styles,
)
from msek_desktop.letters.pdf.layout import ADDRESS_H, ADDRESS_W, NOTE_ZONE
from msek_desktop.letters.pdf.page import load_logo, logo, recipient_layout

__all__ = [
    "ADDRESS_H",
    "ADDRESS_W",
    "BOLD",
    "FONT",
    "ITALIC",
    "NOTE_ZONE",
    "body_flowables",
    "clean",
    "fit",
    "letter_flowables",
    "load_logo",
    "logo",
    "markup",
    "recipient_layout",
    "register_fonts",
    "render_pdf",
    "styles",
]
