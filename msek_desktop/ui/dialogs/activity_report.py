"""File › Activity report…: the annual activity report of a year, in French, Polish or English
(msek_desktop.reports), as a PDF and/or an XLSX workbook of its figures.

The year starts at the one just over in January and February (the report is written then),
else this year. The highlights staff write for that year and language (core.highlights) are
edited and saved right here: changes are saved before the report is made, asked about when
another year or language is chosen. The report is made off the GUI thread with its progress
(ui.kit.tasks.Operation); a PDF made is offered to be opened.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import highlights
from msek_desktop.core.errors import ConflictError, UserError
from msek_desktop.core.highlights import HighlightsRow
from msek_desktop.letters.files import safe_filename
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers, labels, questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_all, name_only
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import CodeCombo

LANGUAGES = ("fr", "pl", "en")


def default_year(today_year: int, today_month: int) -> int:
    """Last year's report in January and February, this year's after."""
    return today_year - 1 if today_month <= 2 else today_year


class ActivityReportDialog(QDialog):
    """Year, language, the highlights of that year in that language, PDF and/or XLSX."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("activityReportDialog")
        self.operation: Operation | None = None
        self.written: list[Path] = []  # the files of the last report made
        today = ctx.today()
        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setRange(highlights.FIRST_YEAR, today.year)
        self.year.setValue(default_year(today.year, today.month))
        self.language = CodeCombo(labels.LANGUAGES, codes=LANGUAGES)
        self.language.setObjectName("report_language")
        self.language.set_code(ctx.language if ctx.language in LANGUAGES else "en")
        self.text = QPlainTextEdit()
        self.text.setObjectName("report_highlights")
        self.text.setMinimumHeight(180)
        self.save_button = QPushButton()
        self.save_button.setObjectName("report_save_highlights")
        self.pdf = QCheckBox()
        self.pdf.setObjectName("report_pdf")
        self.pdf.setChecked(True)
        self.xlsx = QCheckBox()
        self.xlsx.setObjectName("report_xlsx")
        self.year_label, self.language_label, self.text_label = QLabel(), QLabel(), QLabel()
        self.files_label, self.hint = QLabel(), QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setObjectName("report_make")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._layout()
        self.loaded = HighlightsRow(0, "", "", 0)
        self.shown_for = (0, "")  # the year and language whose highlights are shown
        self.load_highlights()
        self.year.valueChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.text.textChanged.connect(self._follow_text)
        self.save_button.clicked.connect(self.save_highlights)
        self.pdf.toggled.connect(self._follow_files)
        self.xlsx.toggled.connect(self._follow_files)
        self.make_button.clicked.connect(self.choose_and_make)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(max(600, self.sizeHint().width()), max(520, self.sizeHint().height()))

    def _layout(self) -> None:
        for label, buddy in (
            (self.year_label, self.year),
            (self.language_label, self.language),
            (self.text_label, self.text),
            (self.files_label, self.pdf),
        ):
            label.setBuddy(buddy)  # fmt: skip
        choice = QHBoxLayout()
        choice.addWidget(self.year_label)
        choice.addWidget(self.year)
        choice.addSpacing(16)
        choice.addWidget(self.language_label)
        choice.addWidget(self.language, 1)
        saving = QHBoxLayout()
        saving.addWidget(self.hint, 1)
        saving.addWidget(self.save_button)
        files = QHBoxLayout()
        files.addWidget(self.pdf)
        files.addWidget(self.xlsx)
        files.addStretch(1)
        form = QFormLayout()
        form.addRow(self.files_label, files)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(saving)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("ActivityReport", "Activity report"))
        self.language.retranslate()
        name_only((self.text, tr("ActivityReport", "Highlights of the year")))
        name_all(
            (self.year_label, tr("ActivityReport", "&Year:")),
            (self.language_label, tr("ActivityReport", "&Language:")),
            (self.text_label, tr("ActivityReport", "&Highlights of the year, in this language:")),
            (self.hint, tr("ActivityReport", "Printed at the end of the report. Saved for "
                           "the whole office; a blank line starts a paragraph.")),
            (self.save_button, tr("ActivityReport", "&Save the highlights")),
            (self.files_label, tr("ActivityReport", "Make:")),
            (self.pdf, tr("ActivityReport", "&PDF report")),
            (self.xlsx, tr("ActivityReport", "E&xcel workbook of the figures (.xlsx)")),
            (self.make_button, tr("ActivityReport", "&Make the report…")),
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the highlights -------------------------------------------------------------------

    def chosen(self) -> tuple[int, str]:
        return self.year.value(), self.language.code() or "en"

    def dirty(self) -> bool:
        return self.text.toPlainText().strip() != self.loaded.text.strip()

    def load_highlights(self) -> bool:
        """Show the highlights of the year and language chosen; False if they cannot be read."""
        year, language = self.chosen()
        try:
            self.loaded = highlights.get_highlights(self.ctx.db, year, language)
        except UserError as exc:
            questions.warn(self, self.windowTitle(), user_message(exc))
            return False
        self.shown_for = (year, language)
        self.text.setPlainText(self.loaded.text)
        self._follow_text()
        return True

    def save_highlights(self) -> bool:
        """Keep the text shown as the highlights it was loaded for; False if it was not."""
        year, language = self.shown_for
        try:
            self.loaded = highlights.save_highlights(
                self.ctx.db, year, language, self.text.toPlainText(),
                expected_version=self.loaded.version, today=self.ctx.today(),
            )  # fmt: skip
        except ConflictError:
            if questions.ask_reload(self):  # someone else's text replaces mine
                self._show_saved(year, language)
            return False
        except UserError as exc:
            questions.warn(self, self.windowTitle(), user_message(exc))
            return False
        self._follow_text()
        self.ctx.events.data_changed.emit()
        return True

    def _show_saved(self, year: int, language: str) -> None:
        self._set_choice(year, language)
        self.load_highlights()

    def _set_choice(self, year: int, language: str) -> None:
        for widget in (self.year, self.language):
            widget.blockSignals(True)
        self.year.setValue(year)
        self.language.set_code(language)
        for widget in (self.year, self.language):
            widget.blockSignals(False)

    def _choice_changed(self) -> None:
        """Another year or language: its highlights, the changes to the others asked about."""
        if self.dirty():
            answer = questions.ask_unsaved(self, self.windowTitle(), self._unsaved_text())
            if answer is questions.Unsaved.CANCEL or (
                answer is questions.Unsaved.SAVE and not self.save_highlights()
            ):
                self._set_choice(*self.shown_for)
                return
        if not self.load_highlights():
            self._set_choice(*self.shown_for)
            self.load_highlights()

    def _unsaved_text(self) -> str:
        year, language = self.shown_for
        text = tr("ActivityReport", "You have changed the highlights of %1 (%2). Save them?")
        return text.replace("%1", str(year)).replace("%2", labels.label(labels.LANGUAGES,
                                                                        language))  # fmt: skip

    def _follow_text(self) -> None:
        writable = not self.ctx.db.read_only
        self.text.setReadOnly(not writable)
        self.save_button.setEnabled(writable and self.dirty())

    def _follow_files(self) -> None:
        self.make_button.setEnabled(self.operation is None and self.files_wanted())

    def files_wanted(self) -> bool:
        return self.pdf.isChecked() or self.xlsx.isChecked()

    # -- making the report ----------------------------------------------------------------

    def suggested_path(self) -> Path:
        folder = choosers.documents()
        with contextlib.suppress(OSError):  # a fresh Windows profile may lack it
            folder.mkdir(parents=True, exist_ok=True)
        year, language = self.chosen()
        stem = tr("ActivityReport", "Activity report %1 (%2)").replace("%1", str(year))
        extension = ".pdf" if self.pdf.isChecked() else ".xlsx"
        return folder / safe_filename(stem.replace("%2", language.upper()), extension)

    def choose_and_make(self) -> Operation | None:
        """Where to write it (a save dialog), then the report; None when nothing started.
        With both files, the workbook goes beside the PDF under the same name."""
        if not self.files_wanted() or (self.dirty() and not self.save_highlights()):
            return None
        if self.pdf.isChecked():
            kinds = tr("ActivityReport", "PDF documents (*.pdf)")
        else:
            kinds = tr("ActivityReport", "Excel workbooks (*.xlsx)")
        title = tr("ActivityReport", "Save the activity report as")
        name = choosers.save_file(self, title, str(self.suggested_path()), kinds)
        if not name:
            return None
        path = Path(name)
        pdf = path.with_suffix(".pdf") if self.pdf.isChecked() else None
        xlsx = path.with_suffix(".xlsx") if self.xlsx.isChecked() else None
        return self.make_to(pdf, xlsx)

    def make_to(self, pdf: Path | None, xlsx: Path | None) -> Operation | None:
        """Write the report to `pdf` and/or `xlsx` off the GUI thread, with its progress."""
        if self.operation is not None or (pdf is None and xlsx is None):
            return None
        from msek_desktop.reports import write_report  # ReportLab: only when asked

        db, (year, language), today = self.ctx.db, self.chosen(), self.ctx.today()

        def work(progress: Progress) -> list[Path]:
            write_report(db, year, language, pdf=pdf, xlsx=xlsx, today=today,
                         progress=progress)  # fmt: skip
            return [p for p in (pdf, xlsx) if p is not None]

        self.make_button.setEnabled(False)
        title = tr("ActivityReport", "Making the activity report…")
        self.operation = Operation(self, work, title=title, cancellable=False)
        self.operation.on_success(self._made)
        self.operation.finished.connect(self._finished)
        return self.operation.run()

    def _finished(self) -> None:
        self.operation = None
        self._follow_files()

    def _made(self, paths: list[Path]) -> None:
        self.written = paths
        where = "\n".join(str(p) for p in paths)
        text = tr("ActivityReport", "The activity report was written to:\n%1").replace("%1", where)
        self.ctx.events.info.emit(text.replace("\n", " "))
        pdf = next((p for p in paths if p.suffix.lower() == ".pdf"), None)
        if pdf is None:
            questions.inform(self, self.windowTitle(), text)
            return
        ask = tr("ActivityReport", "Open the PDF now?")
        if questions.confirm(self, self.windowTitle(), f"{text}\n\n{ask}", default=True):
            self.open_file(pdf)

    def open_file(self, path: Path) -> bool:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        questions.warn(self, self.windowTitle(), tr(
            "ActivityReport", "No program to show PDF files was found; the report is in %1."
        ).replace("%1", str(path)))  # fmt: skip
        return False

    def reject(self) -> None:
        """Close, the highlights' changes asked about first; not while the report is made."""
        if self.operation is not None:
            return
        if self.dirty() and not self.ctx.db.read_only:
            answer = questions.ask_unsaved(self, self.windowTitle(), self._unsaved_text())
            if answer is questions.Unsaved.CANCEL or (
                answer is questions.Unsaved.SAVE and not self.save_highlights()
            ):
                return
        super().reject()
