"""Letters for inquiries: draft, preview, make and keep. The window and `msek` call these.

One LetterService is built for a database and whoever uses it (the window builds it once,
with its context); each letter is asked for with a core.proposals.LetterRequest. core.proposals
gathers the facts and keeps the letters; it takes the renderer as an argument because core
never imports ReportLab. ReportLab (letters.making, letters.batch) is imported on first use,
so building the service costs nothing when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from msek_desktop.core import errors, proposals, templates
from msek_desktop.core.db import Database
from msek_desktop.core.proposals import (
    InquiryFacts,
    LetterFacts,
    LetterRequest,
    Partner,
    ProposalRow,
    Recipient,
    Signer,
    TemplateText,
)

if TYPE_CHECKING:
    from msek_desktop.letters.batch import BatchResult, Progress
    from msek_desktop.letters.checks import LetterWarning

Warn = Callable[["LetterWarning"], None]


@dataclass(frozen=True)
class Draft:
    """A letter before it is made: staff may change subject and body, then make it."""

    facts: LetterFacts
    subject: str
    body: str

    def with_text(self, subject: str, body: str) -> LetterFacts:
        return proposals.with_overrides(self.facts, subject=subject, body=body)


class LetterService:
    """Letters made in one database by one person: `actor()` is who (they sign when the
    inquiry has nobody assigned, and the letters are kept as theirs), `today()` the date."""

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], str | None] = lambda: None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.db, self.actor, self.today = db, actor, today

    def facts(self, request: LetterRequest) -> LetterFacts:
        """What the letter says, before it is put into words."""
        return proposals.letter_facts(self.db, request, actor=self.actor(), today=self.today())

    def draft(self, request: LetterRequest) -> Draft:
        """The subject and body as they would print, with every placeholder filled in."""
        from msek_desktop.letters.letter import subject_and_body

        facts = self.facts(request)
        subject, body = subject_and_body(facts)
        return Draft(facts, subject, body)

    def preview(self, facts: LetterFacts) -> tuple[bytes, list[LetterWarning]]:
        """The PDF without keeping it, and what it does not print as asked (boxes, no logo)."""
        from msek_desktop.letters import making  # ReportLab on first use

        return making.preview_checked(facts)

    def make(self, request: LetterRequest, *, warn: Warn | None = None) -> ProposalRow:
        """Make the letter asked for (a proposal, an acknowledgement or an introduction: see
        LetterRequest) and keep it as the inquiry's next one; `warn` is told what the letter
        does not print as asked (the letter is made all the same)."""
        from msek_desktop.letters import making

        render = making.render if warn is None else making.checked_renderer(warn)
        return proposals.make_proposal(
            self.db, request, render=render, actor=self.actor(), today=self.today()
        )

    def preview_template(self, language: str, subject: str, body: str) -> bytes:
        """A template printed with sample facts; an unknown placeholder is a UserError."""
        from msek_desktop.letters import making

        for text in (subject, body):
            for problem in templates.problems(text):
                raise errors.UserError(problem + ".")
        return making.preview(sample_facts(self.db, language, subject, body))

    def batch(
        self,
        requests: Sequence[LetterRequest],
        target: Path,
        *,
        folder: bool = False,
        progress: Progress | None = None,
        keep: bool = True,
    ) -> BatchResult:
        """Many letters: all in the PDF `target` to print at once, or (folder=True) one PDF
        each in the folder `target`, never overwriting a file; each is kept unless keep=False."""
        from msek_desktop.letters import batch

        return batch.make_batch(
            self.db, requests, target, folder=folder, actor=self.actor(), today=self.today(),
            progress=progress, keep=keep,
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
