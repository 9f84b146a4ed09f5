"""Facts into a printed letter: plain text and PDF, and what it does not print as asked.

The ReportLab half of msek_desktop.letters.service, which imports this module on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from msek_desktop.core.proposals import LetterFacts, RenderedLetter
from msek_desktop.letters.checks import LetterWarning, check
from msek_desktop.letters.letter import compose
from msek_desktop.letters.pdf import render_pdf

Warn = Callable[[LetterWarning], None]


def render(facts: LetterFacts) -> RenderedLetter:
    """The letter's plain text and PDF (a core.proposals.Renderer)."""
    letter = compose(facts)
    return RenderedLetter(letter.text(), render_pdf([letter]))


def checked_renderer(warn: Warn) -> Callable[[LetterFacts], RenderedLetter]:
    """`render`, telling `warn` what the letter will not print as asked (letters.checks)."""

    def render_checked(facts: LetterFacts) -> RenderedLetter:
        letter = compose(facts)
        for warning in check(facts, letter):
            warn(warning)
        return RenderedLetter(letter.text(), render_pdf([letter]))

    return render_checked


def preview(facts: LetterFacts) -> bytes:
    """The PDF without keeping it."""
    return render_pdf([compose(facts)])


def preview_checked(facts: LetterFacts) -> tuple[bytes, list[LetterWarning]]:
    """The PDF without keeping it, and what it does not print as asked (boxes, no logo)."""
    letter = compose(facts)
    return render_pdf([letter]), check(facts, letter)
