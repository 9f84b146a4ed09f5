"""The letters of one inquiry: choose, adjust the text, preview, make, mark sent.

A letter goes to the person who asked (a proposal naming the checked partners, or with none
an acknowledgement that the office is looking) or to one proposed partner (an introduction
of the person who asked). Before a letter is made, a partner (or, for an introduction, the
asker's organisation) with no description in the letter's language is named, and its
description can be written at once (description_dialog.py); another language's is never
printed.

The text shown is the template filled in for this inquiry (ctx.letters.draft); staff may
change it for this one letter. What is made is what is shown: the edited subject and body are
handed to the letter service (ctx.letters) as overrides, which print as typed. A placeholder
typed into them is filled in like the template's; an unknown one is refused before anything
is recorded (core.templates finds them and suggests the name meant). Every letter made stays
listed below and can be opened again. ReportLab (inside the letter service) and pypdfium2
(the preview) are imported on first use, not when the window opens.

The choices (to whom, language, template, partners) are in letter_choices.py, the suggested
partners and the search in partner_picker.py, the letters made in letters_panel.py, the
letters shown in the preview window and marked sent in letter_viewer.py, the typed text read
and its placeholders filled in by letter_text.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import inquiries
from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.core.proposals import LetterRequest, ProposalRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.description_dialog import MissingNotice
from msek_desktop.ui.dialogs.letter_choices import Chosen, LetterChoices
from msek_desktop.ui.dialogs.letter_text import body_text, filled_text, unknown_messages
from msek_desktop.ui.dialogs.letter_viewer import LetterViewer
from msek_desktop.ui.dialogs.letters_panel import LettersPanel
from msek_desktop.ui.dialogs.partner_picker import partner_sides
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.fields import FieldErrors, with_field
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import label_fields, name_all
from msek_desktop.ui.kit.writes import run_write

__all__ = ["ProposalDialog", "body_text", "partner_sides", "unknown_messages"]

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning
    from msek_desktop.letters.service import Draft

T = TypeVar("T")


class ProposalDialog(QDialog):
    """Make the letters of one saved inquiry; `partner_ids`: the partners checked when it
    opens (by default the ones already proposed for the inquiry, except those who declined)."""

    letters_changed = Signal()  # a letter was made or marked sent

    def __init__(
        self,
        ctx: AppContext,
        inquiry_id: int,
        parent: QWidget | None = None,
        *,
        partner_ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.inquiry_id = ctx, inquiry_id
        self.setObjectName("proposalDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        detail = inquiries.get_inquiry(ctx.db, inquiry_id)
        self.ref = detail.row.ref
        own = {detail.organisation.id} if detail.organisation else set()
        if detail.contact is not None and detail.contact.organisation_id:
            own.add(detail.contact.organisation_id)
        self.asker = detail.organisation.id if detail.organisation else None
        if self.asker is None and detail.contact is not None:
            self.asker = detail.contact.organisation_id
        self.errors = FieldErrors()
        self.draft: Draft | None = None
        self.baseline = ("", "")  # the text that closing would not lose
        self.drafted_for = Chosen()
        self.choices = LetterChoices(
            ctx, detail.row.side, own, detail.letter_language or "en", inquiry_id=inquiry_id,
            checked=partner_ids,
        )  # fmt: skip
        self.to, self.language, self.template = (
            self.choices.to, self.choices.language, self.choices.template,
        )  # fmt: skip
        self.partners = self.choices.partners
        self._build()
        self.retranslate()
        self.redraft()
        self.letters.reload()
        self.resize(1100, 820)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.preview_button, self.make_button, self.close_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.letters = LettersPanel(self.ctx, self.inquiry_id)
        self.viewer = LetterViewer(
            self, self.ctx, self.ref, self.letters, self.errors,
            user_error=self._user_error, sent=self.letters_changed.emit,
        )  # fmt: skip
        self.text_box = QGroupBox()
        self.missing_box = MissingNotice(self.ctx)
        self.missing_label, self.write_button = self.missing_box.label, self.missing_box.button
        self.subject_label, self.body_label = QLabel(), QLabel()
        for label, widget in ((self.subject_label, self.subject), (self.body_label, self.body)):
            label.setBuddy(widget)
        text_layout = QVBoxLayout(self.text_box)
        text_layout.addWidget(self.missing_box)
        text_layout.addWidget(self.subject_label)
        text_layout.addWidget(with_field(self.subject, self.errors.label("subject")))
        text_layout.addWidget(self.body_label)
        text_layout.addWidget(with_field(self.body, self.errors.label("body")), 1)
        text_layout.addWidget(self.errors.label("form"))
        text_layout.addLayout(button_row(STRETCH, self.preview_button, self.make_button))
        top = QHBoxLayout()
        top.addWidget(self.choices, 2)
        top.addWidget(self.text_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.letters, 1)
        layout.addLayout(button_row(STRETCH, self.close_button))  # Enter closes nothing
        self._connect()

    def _connect(self) -> None:
        self.choices.changed.connect(self._choice_changed)
        for button, slot in (
            (self.preview_button, self.show_preview),
            (self.make_button, self.make),
            (self.close_button, self.close),
            (self.write_button, lambda: self.write_descriptions(making=False)),
            (self.letters.open_button, self.viewer.open_selected),
            (self.letters.sent_button, self.viewer.mark_selected_sent),
        ):
            button.clicked.connect(slot)
        self.letters.table.activated_row.connect(lambda _row: self.viewer.open_selected())
        order = [
            self.to, self.language, self.template, self.partners.search, self.partners.list,
            self.subject, self.body, self.preview_button, self.make_button,
            self.letters.table, self.letters.open_button, self.letters.sent_button,
            self.close_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.show_kind()
        self.text_box.setTitle(tr("ProposalDialog", "Text of this letter"))
        self.errors.retranslate()
        label_fields(
            (self.subject_label, self.subject, tr("ProposalDialog", "Subject")),
            (self.body_label, self.body, tr("ProposalDialog", "Body")),
        )
        self.choices.retranslate()
        self.letters.retranslate()
        name_all(
            (self.preview_button, tr("ProposalDialog", "Preview")),
            (self.make_button, tr("ProposalDialog", "Make letter")),
            (self.close_button, tr("ProposalDialog", "Close")),
        )
        self.missing_box.retranslate()
        self.preview_button.setToolTip(tr("ProposalDialog", "See the letter without keeping it"))
        self.make_button.setToolTip(
            tr("ProposalDialog", "Make the letter as shown and keep it with the inquiry")
        )

    def show_kind(self) -> None:
        """The title says what the letter is; a letter to a partner waits for one partner."""
        titles = {
            "acknowledgement": tr("ProposalDialog", "Acknowledgement — %1"),
            "introduction": tr("ProposalDialog", "Letter to a partner — %1"),
        }
        title = titles.get(self.choices.kind()) or tr("ProposalDialog", "Partnership proposal — %1")
        self.setWindowTitle(title.replace("%1", self.ref))
        self.choices.show_kind()
        ready = self.choices.ready()
        self.preview_button.setEnabled(ready)
        self.make_button.setEnabled(ready)
        self.show_missing()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- drafting -------------------------------------------------------------------------

    def is_edited(self) -> bool:
        """The text differs from the draft (staff adjusted it)."""
        drafted = (self.draft.subject, self.draft.body) if self.draft else ("", "")
        return self._text() != drafted

    def is_dirty(self) -> bool:
        """Closing would lose text that was typed and not made into a letter."""
        return self._text() != self.baseline

    def _text(self) -> tuple[str, str]:
        return self.subject.text(), body_text(self.body)

    def _choice_changed(self) -> None:
        if not self.choices.ready():  # a letter to a partner: one to check first
            self.show_kind()
            return
        if self.is_edited() and not self._replace_edited_text():
            self.choices.restore(self.drafted_for)  # the user kept their text
        else:
            self.redraft()
        self.show_kind()

    def _replace_edited_text(self) -> bool:
        return questions.confirm(
            self,
            self.windowTitle(),
            tr(
                "ProposalDialog",
                "This choice writes the letter again. Replace the text you changed?",
            ),
        )

    def request(self, subject: str | None = None, body: str | None = None) -> LetterRequest:
        """The letter asked for by the choices made (and the final text, when given)."""
        return LetterRequest(
            self.inquiry_id, language=self.language.code(), partner_ids=self.partners.ids(),
            template_id=self.choices.template_id(), subject=subject, body=body,
            to=self.choices.recipient(),
        )  # fmt: skip

    def redraft(self) -> None:
        """Fill the subject and body from the template, for the choices made."""
        self.errors.clear()
        try:
            draft = self.ctx.letters.draft(self.request())
        except UserError as problem:
            self._user_error(problem)
            return
        self.draft = draft
        self.drafted_for = self.choices.chosen()
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)  # show where the subject starts
        self.body.setPlainText(draft.body)
        self.baseline = self._text()

    def final_text(self) -> tuple[str, str] | None:
        """The subject and body to print, placeholders typed into them filled in; None when
        one is unknown (shown next to its field)."""
        assert self.draft is not None
        self.errors.clear()
        text, wrong = filled_text(self.draft, self._text())
        if wrong:
            self.errors.show(wrong)  # functions: the messages follow a change of language
            return None
        return text

    # -- actions --------------------------------------------------------------------------

    def show_preview(self) -> None:
        """The letter as it would print, not kept."""
        text = self.final_text() if self.draft is not None else None
        if text is None:
            return
        try:
            pdf, warnings = self.ctx.letters.preview(self.draft.with_text(*text))  # type: ignore[union-attr]
        except UserError as problem:
            self._user_error(problem)
            return
        title = tr("ProposalDialog", "Preview — %1").replace("%1", self.ref)
        self.viewer.show_pdf(pdf, title, f"{self.ref} proposal draft", warnings=warnings)

    def make(self) -> ProposalRow | None:
        """Make the letter as shown, keep it, and show it with "Mark as sent". A missing
        description is offered to be written first (or the letter goes without it)."""
        if not self.write_descriptions(making=True):
            return None
        text = self.final_text() if self.draft is not None else None
        if text is None:
            return None
        warnings: list[LetterWarning] = []
        row = self._write(lambda: self.ctx.letters.make(self.request(*text), warn=warnings.append))
        if row is None:
            return None
        self.baseline = self._text()
        self.partners.reload_states(self.inquiry_id)
        self.letters.reload()
        self.letters.table.selectRow(0)  # the newest, just made
        self.letters_changed.emit()
        self.ctx.events.info.emit(
            tr("ProposalDialog", "Letter %1 of inquiry %2 made.")
            .replace("%1", str(row.number))
            .replace("%2", self.ref)
        )
        self.viewer.open_letter(row, warnings)
        return row

    # -- descriptions -----------------------------------------------------------------------

    def described(self) -> tuple[int, ...]:
        """Whose description the letter prints: the partners a proposal names, or the
        asker's organisation in a letter to a partner."""
        kind = self.choices.kind()
        if kind == "introduction":
            return (self.asker,) if self.asker is not None else ()
        return self.partners.ids() if kind == "proposal" else ()

    def show_missing(self) -> None:
        ids = self.described() if self.choices.ready() else ()
        self.missing_box.show_for(ids, self.language.code() or "en")

    def write_descriptions(self, *, making: bool) -> bool:
        """Offer to write each missing description; False when the user cancelled."""
        ids = self.described() if self.choices.ready() else ()
        going, saved = self.missing_box.write(ids, self.language.code() or "en", making=making)
        if saved:
            self._description_saved()
        return going

    def _description_saved(self) -> None:
        """Draft again so that the letter prints the new description, unless the user
        keeps the text they changed."""
        if not self.is_edited() or questions.confirm(
            self,
            self.windowTitle(),
            tr(
                "ProposalDialog",
                "The description is saved. Write the letter again so that it prints it? "
                "The text you changed is replaced.",
            ),
        ):
            self.redraft()
        self.show_missing()

    def _write(self, work: Callable[[], T]) -> T | None:
        """run_write for this dialog: refused fields marked beside them, the rest warned."""
        return run_write(self, self.windowTitle(), work, marks=self.errors.show)

    def _user_error(self, problem: UserError) -> None:
        if isinstance(problem, ValidationError):
            self.errors.show(problem.by_field())
            return
        questions.warn(self, self.windowTitle(), user_message(problem))

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Close and the window's X: text typed and not made into a letter is asked about."""
        if self.is_dirty() and not questions.confirm(
            self,
            self.windowTitle(),
            tr("ProposalDialog", "Close without making the letter? The text you changed is lost."),
        ):
            return
        super().reject()
