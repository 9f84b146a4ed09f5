"""Where things stand on the page: DIN 5008 form B on A4 (see msek_desktop.letters.pdf), and
the colours."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_W, PAGE_H = A4
LEFT, RIGHT, BOTTOM = 25 * mm, 20 * mm, 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
ADDRESS_X, ADDRESS_TOP, ADDRESS_W, NOTE_ZONE = 20 * mm, 45 * mm, 85 * mm, 17.7 * mm
ADDRESS_H = 45 * mm
INFO_X, INFO_TOP = 125 * mm, 50 * mm
BODY_TOP_FIRST, BODY_TOP_LATER = 97 * mm, 24 * mm
MARKS = ((105 * mm, 5 * mm), (148.5 * mm, 3.5 * mm), (210 * mm, 5 * mm))  # from top, length
ACCENT, GREY, MARK = HexColor("#1f3b5a"), HexColor("#555555"), HexColor("#999999")
