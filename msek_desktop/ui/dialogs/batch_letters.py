"""Letters for several inquiries at once: one PDF to print, or one file per letter in a folder.

The letters are made in the background by the letter service (ctx.letters; ReportLab loads
then) with progress and Cancel. Cancelling while the letters are being made writes no file
and keeps no letter: batch renders everything first, then writes and keeps in one go. A person
who asked not to receive letters is skipped: the dialog names them before anything is made,
and again in what it says at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import errors, proposals
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.letter_warnings import warning_text
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers, labels, questions
from msek_desktop.ui.kit.error_texts import error_text
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.naming import label_fields, name_all
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import CodeCombo

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning
    from msek_desktop.letters.service import LetterService

PDF, FOLDER = "pdf", "folder"
MAX_WARNINGS = 8  # listed in the message; the others are counted


def batch_warnings(found: Sequence[tuple[str, LetterWarning]]) -> str:
    """What some letters do not print as asked, one line each, by inquiry."""
    lines = [
        warning_text(w) if w.kind == "logo" else f"{ref}: {warning_text(w)}"
        for ref, w in found[:MAX_WARNINGS]
    ]
    if len(found) > MAX_WARNINGS:
        lines.append(tr("BatchLetters", "…and %n more warnings.", None, len(found) - MAX_WARNINGS))
    return "\n".join(lines)


def skipped_text(skipped: Sequence[tuple[str, errors.Message]]) -> str:
    """The letters not made because their person refused letters, one line each, by inquiry:
    "2026-0012: Ewa Nowak asked not to receive letters." """
    if not skipped:
        return ""
    said = tr("InquiryForm", "%1: %2")  # the window's language's colon
    lines = [
        said.replace("%1", ref).replace("%2", error_text(message))
        for ref, message in skipped[:MAX_WARNINGS]
    ]
    if len(skipped) > MAX_WARNINGS:
        lines.append(tr("BatchLetters", "…and %n more.", None, len(skipped) - MAX_WARNINGS))
    return "\n".join([tr("BatchLetters", "Skipped at the person's request:"), *lines])


def batch_work(
    letters: LetterService,
    requests: Sequence[LetterRequest],
    *,
    mode: str,
    path: Path,
    keep: bool,
) -> Callable[[Progress], Any]:
    """The work to run in the background: only plain values, no widget, go into it."""
    wanted = list(requests)

    def work(progress: Progress) -> Any:
        return letters.batch(wanted, path, folder=mode == FOLDER, progress=progress, keep=keep)

    return work


class BatchLettersDialog(QDialog):
    """Choose the language, the output and whether to keep the letters; then make them."""

    def __init__(
        self, ctx: AppContext, inquiry_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inquiry_ids = list(dict.fromkeys(inquiry_ids))
        self.operation: Operation | None = None
        self.result_: Any = None  # the BatchResult, once made
        self.output: Path | None = None
        stamp = ctx.today().isoformat()
        self.paths = {
            PDF: str(choosers.documents() / f"{tr('BatchLetters', 'Letters')} {stamp}.pdf"),
            FOLDER: str(choosers.documents() / f"{tr('BatchLetters', 'Letters')} {stamp}"),
        }
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.skipped = self._refused()
        self.refused = QLabel()  # who will be skipped, having refused letters
        self.refused.setObjectName("batchRefused")
        self.refused.setWordWrap(True)
        self.refused.setVisible(bool(self.skipped))
        self.language = CodeCombo(
            labels.LANGUAGES, any_text=lambda: tr("BatchLetters", "Each inquiry's letter language")
        )
        self.one_pdf = QRadioButton()
        self.one_pdf.setChecked(True)
        self.per_letter = QRadioButton()
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.one_pdf)
        self.modes.addButton(self.per_letter)
        self.where = choosers.PathField(self._ask_path, self.paths[PDF])
        self.path, self.choose = self.where.edit, self.where.button
        self.path.setObjectName("batch_path")
        self.path_error = error_label("path")
        self.keep = QCheckBox()
        self.keep.setChecked(True)
        self.keep_hint = QLabel()
        self.keep_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.language_label = QLabel()
        self.output_label = QLabel()
        self.path_label = QLabel()
        self._layout()
        self._connect()
        self.retranslate()
        hint = self.sizeHint()  # a minimum width set by hand would let the layout clip
        self.resize(max(560, hint.width()), hint.height())
        self.make_button.setEnabled(self._to_make() > 0)

    def _asked(self, language: str | None = None) -> list[LetterRequest]:
        return [LetterRequest(i, language=language) for i in self.inquiry_ids]

    def _refused(self) -> list[tuple[str, errors.Message]]:
        """(ref, refusal) of the inquiries whose person refused letters; the letter service
        says again what it finds when the letters are made (an inquiry gone meanwhile)."""
        try:
            found = proposals.refused_letters(self.ctx.db, self._asked())
        except errors.UserError:
            return []
        return [(ref, message) for _request, ref, message in found]

    def _to_make(self) -> int:
        """How many letters will be made: one per inquiry, but for those skipped."""
        return len(self.inquiry_ids) - len(self.skipped)

    def _layout(self) -> None:
        self.language_label.setBuddy(self.language)
        self.path_label.setBuddy(self.path)
        self.output_label.setBuddy(self.one_pdf)
        output = QVBoxLayout()
        output.addWidget(self.one_pdf)
        output.addWidget(self.per_letter)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.output_label, output)
        form.addRow(self.path_label, with_field(self.where, self.path_error))
        form.addRow("", self.keep)
        form.addRow("", self.keep_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.refused)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        order = (self.language, self.one_pdf, self.per_letter, self.path, self.choose, self.keep)
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.one_pdf.toggled.connect(self._mode_changed)
        self.path.textEdited.connect(self._path_edited)
        self.where.chosen.connect(self._path_chosen)
        self.make_button.clicked.connect(self.make)
        self.close_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        n = self._to_make()
        self.refused.setText(skipped_text(self.skipped))
        self.setWindowTitle(tr("BatchLetters", "Letters"))
        # said before anything is made: how many records the letters touch
        self.heading.setText(
            tr("BatchLetters", "%n letters will be made, one for each selected inquiry.", None, n)
        )
        self.language.retranslate()
        label_fields(
            (
                self.language_label,
                self.language,
                tr("BatchLetters", "Language:"),
                tr("BatchLetters", "Language of the letters"),
            ),
            (
                self.path_label,
                self.path,
                tr("BatchLetters", "Save to:"),
                tr("BatchLetters", "Where to save the letters"),
            ),
        )
        name_all(
            (self.output_label, tr("BatchLetters", "Make:")),
            (self.one_pdf, tr("BatchLetters", "One PDF, each letter starting on a new page")),
            (self.per_letter, tr("BatchLetters", "One PDF file per letter, in a folder")),
            (self.keep, tr("BatchLetters", "Keep each letter in the inquiry's history")),
            (self.make_button, tr("BatchLetters", "Make the letters")),
        )
        self.where.retranslate(
            tr("BatchLetters", "Choose…"), tr("BatchLetters", "Choose where to save the letters")
        )
        self.keep_hint.setText(
            tr(
                "BatchLetters",
                "Kept letters appear in each inquiry's timeline and can be marked as sent.",
            )
        )

    # -- choices --------------------------------------------------------------------------

    def mode(self) -> str:
        return PDF if self.one_pdf.isChecked() else FOLDER

    def _mode_changed(self) -> None:
        self.path.setText(self.paths[self.mode()])
        show_error(self.path_error, None)

    def _path_edited(self, text: str) -> None:
        self.paths[self.mode()] = text

    def _ask_path(self, _parent: QWidget, start: str) -> str:
        """The file (one PDF) or the folder (a file per letter) chosen with Choose…."""
        if self.mode() == PDF:
            title, kinds = (
                tr("BatchLetters", "Save the letters as"),
                tr("BatchLetters", "PDF documents (*.pdf)"),
            )
            return choosers.save_file(self, title, start, kinds)
        return choosers.folder(self, tr("BatchLetters", "Folder for the letters"), start)

    def _path_chosen(self, name: str) -> None:
        self.path.setText(name)
        self._path_edited(name)

    def chosen_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            show_error(self.path_error, tr("BatchLetters", "Choose where to save the letters."))
            return None
        path = Path(text).expanduser()
        if self.mode() == PDF and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:  # the folder of the default path (Documents) may not exist yet
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            message = tr("BatchLetters", "Cannot create the folder %1: %2.")
            message = message.replace("%1", str(path.parent)).replace("%2", exc.strerror or "")
            show_error(self.path_error, message)
            return None
        show_error(self.path_error, None)
        return path

    # -- making them ----------------------------------------------------------------------

    def make(self) -> None:
        path = self.chosen_path()
        if path is None or self.operation is not None:
            return
        requests = self._asked(self.language.code())
        work = batch_work(
            self.ctx.letters, requests, mode=self.mode(), path=path, keep=self.keep.isChecked()
        )
        self.output = path
        self.make_button.setEnabled(False)
        self.operation = Operation(self, work, title=tr("BatchLetters", "Making the letters…"))
        self.operation.on_success(self._done)
        self.operation.finished.connect(self._finished)
        self.operation.run()

    def _finished(self) -> None:
        self.operation = None
        self.make_button.setEnabled(self._to_make() > 0)

    def _done(self, result: Any) -> None:
        self.result_ = result
        n = len(self.inquiry_ids) - len(result.skipped)
        where = str(self.output)
        if self.mode() == PDF:
            text = tr("BatchLetters", "%n letters are in the file %1", None, n)
        else:
            text = tr("BatchLetters", "%n letters are in the folder %1", None, n)
        if result.proposals:
            self.ctx.events.data_changed.emit()
        text = text.replace("%1", where)
        said = "\n\n".join(
            t for t in (skipped_text(result.skipped), batch_warnings(result.warnings)) if t
        )
        if said:
            questions.warn(self, tr("BatchLetters", "Letters"), f"{text}\n\n{said}")
        else:
            questions.inform(self, tr("BatchLetters", "Letters"), text)
        self.accept()
