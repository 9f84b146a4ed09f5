"""Partnership proposal letters: plain facts in, PDF bytes out (ReportLab, no Qt).

- compose: the facts (core.proposals.LetterFacts) put into words in French, Polish or
  English: salutation, closing, dates, the template filled in.
- pdf: the words printed on A4 (DIN 5008 form B, for left-window envelopes).
- service: draft, preview, render and make_proposal (keeps the letter through core).
- batch: many letters into one PDF or a folder, with progress and cancel.
- files: file names valid on Windows; files written all or nothing.
- checks: what a letter cannot print as asked (characters outside its font, a failing logo).
"""

from msek_desktop.letters.batch import BatchResult, batch_folder, batch_pdf
from msek_desktop.letters.checks import LetterWarning
from msek_desktop.letters.files import OutputFile, safe_filename, write_file
from msek_desktop.letters.letter import Letter, compose
from msek_desktop.letters.pdf import render_pdf
from msek_desktop.letters.service import (
    Draft,
    draft,
    make_proposal,
    preview,
    preview_checked,
    preview_template,
    render,
)

__all__ = [
    "BatchResult",
    "Draft",
    "Letter",
    "LetterWarning",
    "OutputFile",
    "batch_folder",
    "batch_pdf",
    "compose",
    "draft",
    "make_proposal",
    "preview",
    "preview_checked",
    "preview_template",
    "render",
    "render_pdf",
    "safe_filename",
    "write_file",
]
