"""Many letters at once: one PDF with each letter from a new page, or one file per letter.

Each letter is asked for with a core.proposals.LetterRequest (one per inquiry; the first
for an inquiry asked twice). Everything is rendered first, with progress(done, total) after
each letter; the callback may raise to cancel, and then nothing is written and nothing is
kept. Afterwards the files are written and the letters kept as proposals in one
transaction. File names are valid on Windows ("2026-0012 Wiśniewska.pdf"). A person who asked
not to receive letters (core.privacy.consent) is skipped, and said so in the result (`skipped`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from msek_desktop.core import errors, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import consent
from msek_desktop.core.proposals import LetterFacts, LetterRequest, ProposalRow, RenderedLetter
from msek_desktop.letters.checks import LetterWarning, check
from msek_desktop.letters.files import safe_filename, write_file
from msek_desktop.letters.letter import Letter, compose
from msek_desktop.letters.pdf import render_pdf

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    proposals: tuple[ProposalRow, ...]  # empty when the letters were not kept
    # (inquiry ref, warning): what some letters do not print as asked (letters.checks)
    warnings: tuple[tuple[str, LetterWarning], ...] = ()
    # (inquiry ref, the refusal naming the person): letters not made, their person refused
    skipped: tuple[tuple[str, errors.Message], ...] = ()


Made = list[tuple[LetterFacts, Letter, bytes]]


def _warnings(done: Made) -> tuple[tuple[str, LetterWarning], ...]:
    found: list[tuple[str, LetterWarning]] = []
    logo_seen = False
    for facts, letter, _ in done:
        for warning in check(facts, letter):
            if warning.field == "office.logo":  # the same letterhead for all: said once
                if logo_seen:
                    continue
                logo_seen = True
            found.append((facts.inquiry.ref, warning))
    return tuple(found)


def letter_filename(facts: LetterFacts) -> str:
    r = facts.recipient
    who = r.last_name or r.organisation or r.first_name
    return safe_filename(f"{facts.inquiry.ref} {who}".strip())


def _prepare(
    db: Database,
    requests: Sequence[LetterRequest],
    *,
    actor: str | None,
    today: date | None,
    progress: Progress | None,
    alone: bool,
    skipped: set[int],
) -> list[tuple[LetterFacts, Letter, bytes]]:
    first: dict[int, LetterRequest] = {}
    for request in requests:
        first.setdefault(request.inquiry_id, request)
    wanted = [r for r in first.values() if r.inquiry_id not in skipped]
    many = proposals.letter_facts_many(db, wanted, actor=actor, today=today)
    done: list[tuple[LetterFacts, Letter, bytes]] = []
    for n, facts in enumerate(many, start=1):
        letter = compose(facts)
        done.append((facts, letter, render_pdf([letter]) if alone else b""))
        if progress is not None:
            progress(n, len(wanted))
    return done


def _keep(
    db: Database, done: list[tuple[LetterFacts, Letter, bytes]], actor: str | None
) -> tuple[ProposalRow, ...]:
    made = [(facts, RenderedLetter(letter.text(), pdf)) for facts, letter, pdf in done]
    return tuple(proposals.record_proposals(db, made, actor=actor))


def make_batch(
    db: Database,
    requests: Sequence[LetterRequest],
    target: Path,
    *,
    folder: bool = False,
    actor: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    keep: bool = True,
) -> BatchResult:
    """All letters in the one PDF `target`, to print at once; or (folder=True) one PDF per
    letter in the folder `target`, where a file already there is never overwritten. Each
    letter is also kept as its own proposal unless keep=False."""
    target = Path(target)
    if folder:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.UserError(f"Cannot create the folder {target}: {exc.strerror}.") from exc
    alone = keep or folder  # each letter's own PDF: to keep it, or to write it
    refused = _refused(db, requests)
    skipped = {request.inquiry_id for request, _ref, _message in refused}
    done = _prepare(
        db, requests, actor=actor, today=today, progress=progress, alone=alone, skipped=skipped
    )
    files = _write_each(target, done) if folder else _write_all(target, done)
    kept = _keep(db, done, actor) if keep else ()
    said = tuple((ref, message) for _request, ref, message in refused)
    return BatchResult(files, kept, _warnings(done), said)


def _refused(
    db: Database, requests: Sequence[LetterRequest]
) -> list[tuple[LetterRequest, str, errors.Message]]:
    """The letters whose person refused letters (one per inquiry); when that is all of
    them, refused: nothing is made."""
    first: dict[int, LetterRequest] = {}
    for request in requests:
        first.setdefault(request.inquiry_id, request)
    refused = proposals.refused_letters(db, list(first.values()))
    if refused and len(refused) == len(first):
        if len(refused) == 1:
            raise consent.Refused(refused[0][2])
        raise errors.UserError(errors.Message("letters_all_refused"))
    return refused


def _write_all(out: Path, done: Made) -> tuple[Path, ...]:
    if not done:
        raise errors.UserError("Choose at least one inquiry to write to.")
    write_file(out, render_pdf([letter for _, letter, _ in done]))
    return (out,)


def _free_name(folder: Path, name: str, taken: set[str]) -> Path:
    stem, extension = os.path.splitext(name)
    candidate, n = name, 1
    while candidate.casefold() in taken or (folder / candidate).exists():
        n += 1
        candidate = f"{stem} ({n}){extension}"
    taken.add(candidate.casefold())
    return folder / candidate


def _write_each(folder: Path, done: Made) -> tuple[Path, ...]:
    taken: set[str] = set()
    written: list[Path] = []
    try:
        for facts, _, pdf in done:
            path = _free_name(folder, letter_filename(facts), taken)
            write_file(path, pdf)
            written.append(path)
    except errors.UserError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return tuple(written)
