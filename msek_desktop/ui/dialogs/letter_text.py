"""The subject and body of a letter as staff typed them in the letter dialog: the text read
exactly as typed, the placeholders typed into it filled in like the template's, and the
message naming an unknown one (with the name probably meant, from core.templates)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit

from msek_desktop.core import templates
from msek_desktop.ui.i18n import tr

__all__ = ["body_text", "filled_text", "unknown_messages"]

if TYPE_CHECKING:
    from msek_desktop.letters.service import Draft


def body_text(edit: QPlainTextEdit) -> str:
    """The text as typed. toPlainText() would turn the no-break spaces of French
    typography (« texte », « : ») into plain spaces, and the letter would break lines there."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def unknown_message(name: str) -> str:
    close = templates.suggestion(name)
    text = tr("ProposalDialog", "Unknown placeholder %1: correct it or write the words themselves.")
    text = text.replace("%1", f"{{{name}}}")
    if close:
        text += " " + tr("ProposalDialog", "Did you mean %1?").replace("%1", f"{{{close}}}")
    return text


def unknown_messages(names: list[str]) -> str:
    return "\n".join(unknown_message(name) for name in names)


def filled_text(
    draft: Draft, typed: tuple[str, str]
) -> tuple[tuple[str, str], dict[str, Callable[[], str]]]:
    """The subject and body `typed` (edited from `draft`'s) with the placeholders typed into
    them filled in, and by field ("subject", "body") the message naming the unknown ones:
    functions, so that the messages follow a change of language."""
    from msek_desktop.letters.letter import values

    filled = values(draft.facts)
    out: list[str] = []
    wrong: dict[str, Callable[[], str]] = {}
    for field, text, drafted in zip(
        ("subject", "body"), typed, (draft.subject, draft.body), strict=True
    ):
        final, unknown = templates.fill_typed(text, drafted, filled)
        if unknown:
            wrong[field] = functools.partial(unknown_messages, unknown)
        out.append(final)
    return (out[0], out[1]), wrong
