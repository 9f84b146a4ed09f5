"""The letter dialog's letters in the preview window: a draft seen without being kept, a
letter made opened again as it was made (with "Mark as sent" while it is not), and a letter
marked sent from there or from the list of letters made (letters_panel.py). pypdfium2 (inside
letter_preview.py) is imported on first use, not when the window opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from msek_desktop.core import proposals
from msek_desktop.core.errors import UserError
from msek_desktop.core.proposals import ProposalRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.letters_panel import LettersPanel
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import FieldErrors
from msek_desktop.ui.kit.writes import run_write

__all__ = ["LetterViewer"]

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning
    from msek_desktop.ui.dialogs.letter_preview import LetterPreview


class LetterViewer:
    """The PDFs of one inquiry's letters, shown over `window` (the letter dialog).

    A refusal to mark a letter sent is marked beside the window's fields (`errors`) or warned;
    a letter that cannot be read is shown by `user_error`, as the window shows its own;
    `sent` is called once a letter is marked sent."""

    def __init__(
        self,
        window: QWidget,
        ctx: AppContext,
        ref: str,
        letters: LettersPanel,
        errors: FieldErrors,
        *,
        user_error: Callable[[UserError], None],
        sent: Callable[[], None],
    ) -> None:
        self.window, self.ctx, self.ref = window, ctx, ref
        self.letters, self.errors = letters, errors
        self.user_error, self.sent = user_error, sent
        self.preview: LetterPreview | None = None

    def open_selected(self) -> None:
        row = self.letters.selected()
        if row is not None:
            self.open_letter(row)

    def open_letter(self, row: ProposalRow, warnings: Sequence[LetterWarning] = ()) -> None:
        """A letter as it was made, with "Mark as sent" while it is not; `warnings`: what
        it does not print as asked (known when it was just made)."""
        try:
            pdf = proposals.get_pdf(self.ctx.db, row.id)
        except UserError as problem:
            self.user_error(problem)
            return
        title = tr("ProposalDialog", "Letter %1 — %2").replace("%1", str(row.number))
        send = None if row.sent_at is not None else (lambda: self._sent_from_preview(row))
        self.show_pdf(pdf, title.replace("%2", self.ref), row.file_stem, send, warnings)

    def _sent_from_preview(self, row: ProposalRow) -> None:
        if self.mark_sent(row) and self.preview is not None:
            self.preview.accept()

    def mark_selected_sent(self) -> None:
        row = self.letters.selected()
        if row is not None:
            self.mark_sent(row)

    def mark_sent(self, row: ProposalRow) -> bool:
        """Mark the letter sent; the inquiry moves to "Proposal sent" if not that far yet."""
        ctx = self.ctx
        sent = run_write(
            self.window,
            self.window.windowTitle(),
            lambda: proposals.mark_sent(ctx.db, row.id, actor=ctx.me, today=ctx.today()),
            marks=self.errors.show,
        )
        if sent is None:
            return False
        self.letters.reload()
        self.sent()
        return True

    def show_pdf(
        self,
        pdf: bytes,
        title: str,
        name: str,
        send: Callable[[], None] | None = None,
        warnings: Sequence[LetterWarning] = (),
    ) -> None:
        """`pdf` in the preview window (saved as `name` if the user keeps it); `send`: what
        its "Mark as sent" does, no such button without it."""
        from msek_desktop.ui.dialogs.letter_preview import LetterPreview

        self.preview = LetterPreview(
            pdf, title=title, suggested_name=name, parent=self.window, warnings=warnings
        )
        if send is not None:
            self.preview.add_button(lambda: tr("ProposalDialog", "Mark as sent"), send)
        self.preview.exec()
