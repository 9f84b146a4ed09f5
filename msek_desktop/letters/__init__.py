"""Letters for inquiries: plain facts in, PDF bytes out (ReportLab, no Qt). Three kinds
(core.proposals): the partnership proposal and the acknowledgement (no partner yet) to the
person who asked, and the introduction of that person to a proposed partner.

- letter: the facts (core.proposals.LetterFacts) put into words in French, Polish or
  English: salutation, closing, dates, the template filled in.
- pdf: the words printed on A4 (DIN 5008 form B, for left-window envelopes).
- making: facts into text and PDF, with what does not print as asked.
- service: LetterService, built once per window or command: draft, preview, make (kept
  through core), template previews and batches, each letter asked for by a LetterRequest.
- batch: many letters into one PDF or a folder, with progress and cancel.
- files: file names valid on Windows; files written all or nothing.
- checks: what a letter cannot print as asked (characters outside its font, a failing logo).

The names below load their module on first use: importing msek_desktop.letters.service (to
build the service when the window opens) does not load ReportLab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msek_desktop.letters.batch import BatchResult, make_batch
    from msek_desktop.letters.checks import LetterWarning
    from msek_desktop.letters.files import OutputFile, safe_filename, write_file
    from msek_desktop.letters.letter import Letter, compose
    from msek_desktop.letters.making import preview, preview_checked, render
    from msek_desktop.letters.pdf import render_pdf
    from msek_desktop.letters.service import Draft, LetterService

_WHERE = {
    "BatchResult": "batch",
    "make_batch": "batch",
    "LetterWarning": "checks",
    "OutputFile": "files",
    "safe_filename": "files",
    "write_file": "files",
    "Letter": "letter",
    "compose": "letter",
    "preview": "making",
    "preview_checked": "making",
    "render": "making",
    "render_pdf": "pdf",
    "Draft": "service",
    "LetterService": "service",
}

__all__ = [
    "BatchResult",
    "Draft",
    "Letter",
    "LetterService",
    "LetterWarning",
    "OutputFile",
    "compose",
    "make_batch",
    "preview",
    "preview_checked",
    "render",
    "render_pdf",
    "safe_filename",
    "write_file",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
