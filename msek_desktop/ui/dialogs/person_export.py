"""Personal data › Everything we hold…: one person's data in one ZIP (a PDF to read in their
language, JSON and CSV for machines, their letters and documents: core.privacy.access_zip),
or the readable PDF printed. The file is made off the GUI thread with its progress
(ui.kit.tasks.Operation); its folder is then offered to be opened. Each export and each
print is written to the audit list (core.audit).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from msek_desktop.core import audit
from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy.access_zip import Exported, suggested_name
from msek_desktop.core.vocab import AuditAction
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.export_dialog import export_problem
from msek_desktop.ui.dialogs.pdf_pages import page_sizes, print_pages
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers, labels, questions
from msek_desktop.ui.kit.naming import name_all
from msek_desktop.ui.kit.tasks import Operation, Progress


def export_person(form: Any) -> PersonExportDialog:
    """The entry of the person form's Personal data menu (ui.forms.person_data)."""
    row = form.row
    dialog = PersonExportDialog(form.ctx, row.id, row.full_name, row.last_name, row.language,
                                parent=form)  # fmt: skip
    dialog.show()
    return dialog


class PersonExportDialog(QDialog):
    """What the file holds, Save as ZIP…, Print…, and once written, Open the folder."""

    def __init__(
        self, ctx: AppContext, contact_id: int, name: str, last_name: str, language: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("personExportDialog")
        self.ctx, self.contact_id, self.name = ctx, contact_id, name
        self.last_name, self.language = last_name, language
        self.operation: Operation | None = None
        self.written: Path | None = None
        self.pdf: bytes | None = None  # the readable PDF, once made
        self.about, self.status = QLabel(), QLabel()
        for label in (self.about, self.status):
            label.setWordWrap(True)
        self.status.setObjectName("person_export_status")
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.save_button = self.buttons.addButton("", role.AcceptRole)
        self.save_button.setObjectName("person_export_save")
        self.print_button = self.buttons.addButton("", role.ActionRole)
        self.print_button.setObjectName("person_export_print")
        self.folder_button = self.buttons.addButton("", role.ActionRole)
        self.folder_button.setObjectName("person_export_folder")
        self.folder_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addSpacing(6)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.choose_and_save)
        self.print_button.clicked.connect(self.print_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(max(560, self.sizeHint().width()), max(260, self.sizeHint().height()))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("PersonExport", "Everything we hold about %1").replace(
            "%1", self.name))  # fmt: skip
        language = labels.label(labels.LANGUAGES, self.language)
        self.about.setText(tr(
            "PersonExport",
            "One ZIP file with everything the office holds about %1: a PDF to read in their "
            "language (%2), the same data as JSON and CSV files for machines, the letters "
            "as they were made and the documents attached to their inquiries.\n\nKeep it "
            "safe: it is personal data. Each export and each print is recorded in the audit "
            "list.",
        ).replace("%1", self.name).replace("%2", language))  # fmt: skip
        name_all(
            (self.save_button, tr("PersonExport", "&Save as ZIP…")),
            (self.print_button, tr("PersonExport", "&Print…")),
            (self.folder_button, tr("PersonExport", "&Open the folder")),
        )
        if self.written is not None:
            self._show_written(self.written)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the ZIP --------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        folder = choosers.documents()
        with contextlib.suppress(OSError):  # a fresh Windows profile may lack it
            folder.mkdir(parents=True, exist_ok=True)
        word = tr("PersonExport", "Person")
        return folder / suggested_name(self.contact_id, self.last_name, word)

    def choose_and_save(self) -> Operation | None:
        """Where to write it (a save dialog), then the ZIP; None when nothing started."""
        title = tr("PersonExport", "Save everything held about this person as")
        kinds = tr("PersonExport", "ZIP files (*.zip)")
        name = choosers.save_file(self, title, str(self.suggested_path()), kinds)
        if not name:
            return None
        path = Path(name)
        return self.save_to(path if path.suffix.lower() == ".zip" else Path(f"{name}.zip"))

    def save_to(self, path: Path) -> Operation | None:
        """Write the ZIP to `path` off the GUI thread, with its progress."""
        from msek_desktop.core.privacy.access_zip import export_person as write_zip
        from msek_desktop.reports.person_pdf import renderer  # ReportLab: only when asked

        db, contact_id, me = self.ctx.db, self.contact_id, self.ctx.me

        def work(progress: Progress) -> Exported:
            return write_zip(db, contact_id, path, render=renderer(db), actor=me,
                             progress=progress)  # fmt: skip

        return self._run(work, tr("PersonExport", "Gathering everything held about them…"),
                         self._saved)  # fmt: skip

    def _run(self, work: Any, title: str, then: Any) -> Operation | None:
        if self.operation is not None:
            return None
        self._follow(busy=True)
        self.operation = Operation(self, work, title=title, cancellable=False)
        self.operation.on_success(then).on_user_error(self._refused)
        self.operation.finished.connect(self._finished)
        return self.operation.run()

    def _finished(self) -> None:
        self.operation = None
        self._follow(busy=False)

    def _follow(self, *, busy: bool) -> None:
        for button in (self.save_button, self.print_button, self.close_button):
            button.setEnabled(not busy)

    def _refused(self, exc: UserError) -> None:
        questions.warn(self, self.windowTitle(), export_problem(exc))

    def _saved(self, exported: Exported) -> None:
        self.written, self.pdf = exported.path, exported.pdf
        self._show_written(exported.path)
        self.ctx.events.info.emit(self.status.text())
        ask = tr("PersonExport", "Open the folder that holds it now?")
        if questions.confirm(self, self.windowTitle(), f"{self.status.text()}\n\n{ask}"):
            self.open_folder()

    def _show_written(self, path: Path) -> None:
        self.status.setText(tr("PersonExport", "Written to %1.").replace("%1", str(path)))
        self.folder_button.show()

    def open_folder(self) -> bool:
        if self.written is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent))))

    # -- printing -------------------------------------------------------------------------

    def print_file(self) -> Operation | None:
        """Print the readable PDF: made first if no ZIP was written yet."""
        if self.pdf is not None:
            self.ask_printer(self.pdf)
            return None
        from msek_desktop.core.privacy.access import gather
        from msek_desktop.reports.person_pdf import renderer

        db, contact_id = self.ctx.db, self.contact_id

        def work(progress: Progress) -> bytes:
            progress(0, 2)
            data = gather(db, contact_id)
            progress(1, 2)
            return renderer(db)(data)

        return self._run(work, tr("PersonExport", "Making the file to print…"), self._made)

    def _made(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.ask_printer(pdf)

    def ask_printer(self, pdf: bytes) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF page has its own margins: print it true to size
        printer.setDocName(self.windowTitle())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer, pdf)

    def print_to(self, printer: QPrinter, pdf: bytes) -> bool:
        """Every page of `pdf` to `printer`, and the print in the audit list."""
        pages = list(range(len(page_sizes(pdf))))
        if not print_pages(pdf, printer, pages):
            questions.warn(self, self.windowTitle(), tr(
                "PersonExport", "The file could not be sent to the printer."))  # fmt: skip
            return False
        try:
            audit.record(self.ctx.db, AuditAction.PRINT_PERSON, actor=self.ctx.me,
                         contact_id=self.contact_id, subject=f"person #{self.contact_id}",
                         detail=f"{len(pages)} pages")  # fmt: skip
        except UserError as exc:
            self._refused(exc)
            return False
        return True

    def reject(self) -> None:
        if self.operation is None:  # not while the file is made
            super().reject()
