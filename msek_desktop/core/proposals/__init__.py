"""Partnership proposals: the facts a letter is made of, and every letter as it was made.

Core gathers the facts (inquiry, recipient, partners, signer, letterhead, template) into
plain dataclasses and keeps each letter made: PDF bytes, SHA-256, language, template,
partners, author, a number per inquiry (1, 2, ...). Each letter is asked for with one
LetterRequest (the inquiry and the choices made for it); who makes it and the day are
arguments beside it. Turning facts into words and a PDF is msek_desktop.letters' job: core
never imports ReportLab, so make_proposal takes the renderer as an argument
(msek_desktop.letters.service.LetterService passes it in).

facts: the dataclasses; gathering: reading the facts of letters; keeping: the letters made.

The facts are imported with the package; gathering and keeping (SQLAlchemy and the ORM) load
on first use of their names, so the plain path of `msek proposal` on a file (plain.py) and
the letters' renderer never import them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from msek_desktop.core.proposals.facts import (
    ACKNOWLEDGEMENT,
    INTRODUCTION,
    KINDS,
    OFFICE_COUNTRY,
    PROPOSAL,
    TO_PARTNER,
    TO_REQUESTER,
    InquiryFacts,
    LetterFacts,
    Letterhead,
    LetterRequest,
    Partner,
    ProposalRow,
    Recipient,
    RenderedLetter,
    Renderer,
    Requester,
    Signer,
    TemplateText,
    letter_kind,
)

if TYPE_CHECKING:
    from msek_desktop.core.proposals.gathering import (
        letter_facts,
        letter_facts_many,
        letterhead,
        missing_descriptions,
        refused_letters,
        with_overrides,
    )
    from msek_desktop.core.proposals.keeping import (
        LABEL,
        get_pdf,
        get_proposal,
        get_text,
        list_proposals,
        make_proposal,
        mark_sent,
        record_proposals,
    )

_WHERE = {
    "letter_facts": "gathering",
    "letter_facts_many": "gathering",
    "letterhead": "gathering",
    "missing_descriptions": "gathering",
    "refused_letters": "gathering",
    "with_overrides": "gathering",
    "LABEL": "keeping",
    "get_pdf": "keeping",
    "get_proposal": "keeping",
    "get_text": "keeping",
    "list_proposals": "keeping",
    "make_proposal": "keeping",
    "mark_sent": "keeping",
    "record_proposals": "keeping",
}

__all__ = [
    "ACKNOWLEDGEMENT",
    "INTRODUCTION",
    "KINDS",
    "LABEL",
    "OFFICE_COUNTRY",
    "PROPOSAL",
    "TO_PARTNER",
    "TO_REQUESTER",
    "InquiryFacts",
    "LetterFacts",
    "LetterRequest",
    "Letterhead",
    "Partner",
    "ProposalRow",
    "Recipient",
    "RenderedLetter",
    "Renderer",
    "Requester",
    "Signer",
    "TemplateText",
    "get_pdf",
    "get_proposal",
    "get_text",
    "letter_facts",
    "letter_facts_many",
    "letter_kind",
    "letterhead",
    "list_proposals",
    "make_proposal",
    "mark_sent",
    "missing_descriptions",
    "record_proposals",
    "refused_letters",
    "with_overrides",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
