"""Email drafts put into words: the window's "Write email…" and `msek email` call draft_for.

core.email_drafts gathers whom and what (and keeps the templates, the .eml and the mailto:
link); here the template is filled with the placeholders a letter to the same recipient
would have (letters.letter.values: {date}, {inquiry_date}, the Polish forms of address...),
the salutation matched to the recipient is put above it ("Madame,", "Szanowna Pani,", "Dear
Ms Nowak,"), and a line of the template holding only placeholders that are all empty (a
signer with no title, an office with no website) is left out. A letter to attach that must
be made is made by the letters' renderer (ReportLab, loaded only then).
"""

from __future__ import annotations

import re
from datetime import date

from msek_desktop.core import email_drafts, templates
from msek_desktop.core.db import Database
from msek_desktop.core.email_drafts import (
    MAILTO_MAX,
    TEMPLATE_NAMES,
    EmailDraft,
    EmailFacts,
    eml_bytes,
    log_sent,
    mailto_url,
    require_address,
)
from msek_desktop.core.proposals import LetterFacts, RenderedLetter
from msek_desktop.letters import wording
from msek_desktop.letters.letter import values

__all__ = [
    "MAILTO_MAX",
    "TEMPLATE_NAMES",
    "EmailDraft",
    "compose",
    "draft_for",
    "eml_bytes",
    "log_sent",
    "mailto_url",
    "require_address",
]

_BLANK_RUNS = re.compile(r"\n{3,}")


def _fill_lines(text: str, filled: dict[str, str]) -> str:
    """`text` filled line by line; a line of placeholders only, all empty, is left out."""
    out = []
    for line in text.splitlines():
        result = templates.fill(line, filled)
        names = templates.names_in(line)
        if names and not result.strip() and not templates.fill(line, dict.fromkeys(names, "")):
            continue
        out.append(result.rstrip())
    return _BLANK_RUNS.sub("\n\n", "\n".join(out)).strip()


def compose(facts: EmailFacts) -> tuple[str, str]:
    """The email's subject and body: its template filled in for its recipient."""
    letter = facts.letter
    filled = values(letter)
    subject = wording.squeeze(templates.fill(letter.template.subject, filled))
    body = _fill_lines(letter.template.body, filled)
    return subject, f"{wording.salutation(letter.language, letter.recipient)}\n\n{body}"


def _render(facts: LetterFacts) -> RenderedLetter:
    from msek_desktop.letters import making  # ReportLab: only when a letter is made

    return making.render(facts)


def draft_for(
    db: Database, *, template: str, inquiry_id: int | None = None,
    contact_id: int | None = None, organisation_id: int | None = None,
    language: str | None = None, attach_letter: bool = False, actor: str | None = None,
    today: date | None = None,
) -> EmailDraft:  # fmt: skip
    """The email `template` (one of TEMPLATE_NAMES) filled in: about an inquiry, to its
    requester, a person or an organisation; "introduction" to the partner organisation_id of
    inquiry_id. See core.email_drafts for whom, the language and the attached letter."""
    return email_drafts.draft_for(
        db, template=template, inquiry_id=inquiry_id, contact_id=contact_id,
        organisation_id=organisation_id, language=language, attach_letter=attach_letter,
        actor=actor, today=today, words=compose, render=_render,
    )  # fmt: skip
