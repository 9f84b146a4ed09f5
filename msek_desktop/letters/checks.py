"""What a letter cannot print as asked: characters outside its fonts, a logo that fails.

Fonts: the letter is set in DejaVu Serif (regular, bold, italic), embedded. Its character map
covers Latin (Polish and French included), Greek and Cyrillic, but not Hebrew, Arabic, CJK or
emoji. No fallback font is bundled (a CJK font alone weighs 15 to 20 MB, and right-to-left
scripts need shaping ReportLab does not do): such characters would print as empty boxes, so
the letter is made as it is and the preview and `msek proposal` say which characters, in which
field, will show as boxes. The check reads each font's real character map (the TrueType cmap
that ReportLab embeds from), so it warns exactly when a box is printed; a character is checked
against every style its part of the letter is printed in.

Warnings are data (LetterWarning: the field, the characters); the window says them in its own
language, the command line in English (`english()`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics

from msek_desktop.core.logo import LogoError, LogoProblem, reason
from msek_desktop.core.proposals import LetterFacts
from msek_desktop.letters.letter import Letter
from msek_desktop.letters.pdf import BOLD, FONT, ITALIC, clean, load_logo, register_fonts

FONT_KIND, LOGO_KIND = "font", "logo"
MAX_SHOWN = 12  # characters named in one warning; the rest are counted

# What each field is called in a warning, in English ("The organisation name contains ...").
FIELDS: dict[str, str] = {
    "recipient.first_name": "The first name",
    "recipient.last_name": "The last name",
    "recipient.position": "The position",
    "recipient.organisation": "The organisation name",
    "recipient.address": "The address",
    "recipient.postal_code": "The postal code",
    "recipient.city": "The city",
    "office.name": "The office name",
    "office.address": "The office address",
    "office.phone": "The office phone",
    "office.email": "The office email",
    "office.website": "The office website",
    "office.city": "The city printed before the date",
    "signer.name": "The signer's name",
    "signer.title": "The signer's title",
    "signer.email": "The signer's email",
    "signer.phone": "The signer's phone",
    "inquiry.subject": "The inquiry's subject",
    "inquiry.desired_counterpart": "The desired counterpart",
    "inquiry.fields": "The inquiry's fields",
    "partner.name": "The name of a partner organisation",
    "partner.city": "The city of the partner {owner}",
    "partner.website": "The website of the partner {owner}",
    "partner.description": "The description of the partner {owner}",
    "partner.fields": "The fields of the partner {owner}",
    "subject": "The subject",
    "body": "The text of the letter",
    "letter": "The letter",
}


@dataclass(frozen=True)
class LetterWarning:
    """Something the letter will not print as asked; the letter is made all the same.

    kind "font": `chars` (each once, in order) print as boxes; they are in `field` (a key of
    FIELDS), of the partner `owner` for partner fields. kind "logo": the letterhead logo `path`
    cannot be used for `problem` (a core.logo.LogoProblem value), the letter has no logo.
    """

    kind: str
    field: str
    chars: str = ""
    owner: str = ""
    problem: str = ""
    detail: str = ""
    path: str = ""

    @property
    def codes(self) -> str:
        """The characters' code points: "U+6771 U+4EAC"."""
        return " ".join(f"U+{ord(c):04X}" for c in self.shown)

    @property
    def shown(self) -> str:
        return self.chars[:MAX_SHOWN]

    @property
    def more(self) -> int:
        """How many characters are not named (beyond MAX_SHOWN)."""
        return max(0, len(self.chars) - MAX_SHOWN)

    def english(self) -> str:
        if self.kind == LOGO_KIND:
            why = reason(LogoProblem(self.problem), self.detail)
            return (
                f"The letterhead logo {self.path} cannot be used: {why}; "
                "the letter is made without it."
            )
        what = FIELDS.get(self.field, self.field).replace("{owner}", self.owner)
        more = f" and {self.more} more" if self.more else ""
        return (
            f"{what} contains characters the letter font cannot print: {self.shown} "
            f"({self.codes}){more}; they will show as boxes."
        )


@cache
def covered(font: str) -> frozenset[int]:
    """The code points `font` has a glyph for, from its TrueType character map."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _printed(letter: Letter) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every text the letter prints, with the font styles it is printed in (pdf.py)."""
    yield letter.office_name, (BOLD, ITALIC, FONT)  # letterhead, later pages, return address
    yield letter.cities, (ITALIC,)
    for line in (*letter.office_lines, *letter.return_address, *letter.recipient_lines):
        yield line, (FONT,)
    for label, value in letter.info:
        yield label + value, (FONT,)
    yield letter.subject_label + letter.subject, (BOLD,)
    for text in (letter.date_line, letter.salutation, letter.body, letter.closing):
        yield text, (FONT,)
    yield letter.running_head + letter.page_label, (FONT,)
    yield letter.signer_name, (BOLD,)
    yield letter.signer_title, (ITALIC,)


def missing_chars(letter: Letter) -> str:
    """The characters the letter prints as boxes, each once, in order of appearance."""
    out: dict[str, None] = {}
    for text, fonts in _printed(letter):
        for char in clean(text):
            if char != "\n" and char not in out:
                code = ord(char)
                if any(code not in covered(font) for font in fonts):
                    out[char] = None
    return "".join(out)


def _sources(facts: LetterFacts) -> Iterator[tuple[str, str, Sequence[str]]]:
    """(field, owner, pieces) for each fact a letter may print, in the order they matter.
    A piece is a line or an item, as it appears in the letter when it is printed."""
    r, head, inq = facts.recipient, facts.letterhead, facts.inquiry
    for name in ("organisation", "first_name", "last_name", "position", "address"):
        yield f"recipient.{name}", "", getattr(r, name).splitlines()
    yield "recipient.postal_code", "", (r.postal_code,)
    yield "recipient.city", "", (r.city,)
    for name in ("name", "address", "phone", "email", "website", "city"):
        yield f"office.{name}", "", getattr(head, name).splitlines()
    if facts.signer is not None:
        for name in ("name", "title", "email", "phone"):
            yield f"signer.{name}", "", (getattr(facts.signer, name),)
    yield "inquiry.subject", "", (inq.subject,)
    yield "inquiry.desired_counterpart", "", inq.desired_counterpart.splitlines()
    yield "inquiry.fields", "", inq.fields
    for p in facts.partners:
        yield "partner.name", "", (p.name,)
        for name in ("city", "website", "description"):
            yield f"partner.{name}", p.name, getattr(p, name).splitlines()
        yield "partner.fields", p.name, p.fields


def _flat(text: str) -> str:
    return " ".join(clean(text).split())


def font_warnings(facts: LetterFacts, letter: Letter) -> list[LetterWarning]:
    """One warning per field holding characters the letter prints as boxes.

    A character is named in each fact (person, organisation, office, partner...) it comes
    from, when that fact is printed; what is left came from the subject or the text as
    written (template or staff).
    """
    missing = set(missing_chars(letter))
    if not missing:
        return []
    printed = _flat("\n".join(text for text, _fonts in _printed(letter)))
    found: list[LetterWarning] = []
    named: set[str] = set()
    for field, owner, pieces in _sources(facts):
        shown = "".join(_flat(p) for p in pieces if _flat(p) and _flat(p) in printed)
        chars = "".join(c for c in dict.fromkeys(shown) if c in missing)
        if chars:
            found.append(LetterWarning(FONT_KIND, field, chars, owner))
            named.update(chars)
    for field, text in (("subject", letter.subject), ("body", letter.body),
                        ("letter", printed)):  # fmt: skip
        chars = "".join(c for c in dict.fromkeys(clean(text)) if c in missing - named)
        if chars:
            found.append(LetterWarning(FONT_KIND, field, chars))
            named.update(chars)
    return found


def logo_warning(letter: Letter) -> LetterWarning | None:
    found = load_logo(letter.logo)
    if not isinstance(found, LogoError):
        return None
    return LetterWarning(
        LOGO_KIND, "office.logo", problem=found.problem, detail=found.detail, path=found.path
    )


def check(facts: LetterFacts, letter: Letter) -> list[LetterWarning]:
    """Everything the letter `letter` (composed from `facts`) will not print as asked."""
    logo = logo_warning(letter)
    return [*([logo] if logo else []), *font_warnings(facts, letter)]
