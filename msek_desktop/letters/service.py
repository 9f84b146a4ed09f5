"""Letters for inquiries: draft, preview, make and keep. The window and `msek` call these.

core.proposals gathers the facts and keeps the letters; it takes the renderer as an
argument because core never imports ReportLab. This module passes `render` in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from msek_desktop.core import errors, proposals, templates
from msek_desktop.core.db import Database
from msek_desktop.core.proposals import (
    InquiryFacts,
    LetterFacts,
    Partner,
    ProposalRow,
    Recipient,
    RenderedLetter,
    Signer,
    TemplateText,
)
from msek_desktop.letters.checks import LetterWarning, check
from msek_desktop.letters.letter import compose, subject_and_body
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


@dataclass(frozen=True)
class Draft:
    """A letter before it is made: staff may change subject and body, then make it."""

    facts: LetterFacts
    subject: str
    body: str

    def with_text(self, subject: str, body: str) -> LetterFacts:
        return proposals.with_overrides(self.facts, subject=subject, body=body)


def draft(
    db: Database,
    inquiry_id: int,
    *,
    language: str | None = None,
    partner_ids: Sequence[int] = (),
    template_id: int | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> Draft:
    """The subject and body as they would print, with every placeholder filled in."""
    facts = proposals.letter_facts(
        db, inquiry_id, language=language, partner_ids=partner_ids, template_id=template_id,
        actor=actor, today=today,
    )  # fmt: skip
    subject, body = subject_and_body(facts)
    return Draft(facts, subject, body)


def preview(facts: LetterFacts) -> bytes:
    """The PDF without keeping it (the window's preview before "Make the letter")."""
    return render_pdf([compose(facts)])


def preview_checked(facts: LetterFacts) -> tuple[bytes, list[LetterWarning]]:
    """The PDF without keeping it, and what it does not print as asked (boxes, no logo)."""
    letter = compose(facts)
    return render_pdf([letter]), check(facts, letter)


def warnings(facts: LetterFacts) -> list[LetterWarning]:
    """What the letter made from `facts` would not print as asked."""
    return check(facts, compose(facts))


def make_proposal(
    db: Database,
    inquiry_id: int,
    *,
    language: str | None = None,
    partner_ids: Sequence[int] = (),
    template_id: int | None = None,
    subject_override: str | None = None,
    body_override: str | None = None,
    actor: str | None = None,
    today: date | None = None,
    warn: Warn | None = None,
) -> ProposalRow:
    """Make the inquiry's proposal letter and keep it as its next version; `warn` is told
    what the letter does not print as asked (the letter is made all the same)."""
    return proposals.make_proposal(
        db, inquiry_id, render=render if warn is None else checked_renderer(warn),
        language=language, partner_ids=partner_ids,
        template_id=template_id, subject_override=subject_override,
        body_override=body_override, actor=actor, today=today,
    )  # fmt: skip


SAMPLE_FIELD = {"fr": "musique", "pl": "muzyka", "en": "music"}
SAMPLE_PARTNER = {
    "fr": "Établissement d’enseignement artistique accueillant 1 500 élèves.",
    "pl": "Szkoła artystyczna, w której uczy się 1500 uczniów.",
    "en": "An arts school with 1,500 pupils.",
}


def sample_facts(db: Database, language: str, subject: str, body: str) -> LetterFacts:
    """Made-up facts to preview a template with, in the template editor."""
    return LetterFacts(
        language=language,
        date=date.today(),
        letterhead=proposals.letterhead(db),
        recipient=Recipient(
            "ms",
            "Ewa",
            "Wiśniewska",
            "Dyrektorka",
            "Zespół Szkół Muzycznych w Łodzi",
            "ul. Wólczańska 123",
            "90-521",
            "Łódź",
            "PL",
        ),
        inquiry=InquiryFacts(
            0,
            f"{date.today().year}-0001",
            date.today(),
            "Wymiana nauczycieli",
            "katowice",
            (SAMPLE_FIELD[language],),
        ),
        template=TemplateText(None, "", subject, body),
        partners=(
            Partner(
                0,
                "Conservatoire Massenet",
                "music_school",
                "saint_etienne",
                "Saint-Étienne",
                "FR",
                "",
                SAMPLE_PARTNER[language],
            ),
        ),
        signer=Signer("Anna Kowalska", "", "anna@example.org"),
    )


def preview_template(db: Database, language: str, subject: str, body: str) -> bytes:
    """A template printed with sample facts; an unknown placeholder is a UserError naming it."""
    for text in (subject, body):
        for problem in templates.problems(text):
            raise errors.UserError(problem + ".")
    return preview(sample_facts(db, language, subject, body))
