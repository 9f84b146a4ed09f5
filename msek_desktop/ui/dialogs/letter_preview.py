"""The letter in the window: every page at the width of the window, zoom, Print, Save as, Open.

The pages are drawn by pdf_pages.PageView (pypdfium2, imported with this module, so callers
import it on first use); this dialog adds the zoom, the actions and the warnings above the
pages (what the letter does not print as asked).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.letters.files import safe_filename, write_file
from msek_desktop.ui.dialogs.letter_warnings import warning_label, warnings_text
from msek_desktop.ui.dialogs.pdf_pages import (
    MAX_DPI,
    MIN_ZOOM,
    ZOOM_STEP,
    PageView,
    print_pages,
    render_page_images,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers, questions
from msek_desktop.ui.kit.layouts import STRETCH, button_row

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning

__all__ = ["MAX_DPI", "LetterPreview", "pdf_file_name", "print_pages", "render_page_images"]


def pdf_file_name(name: str) -> str:
    """`name` as a file name Windows accepts, ending in .pdf."""
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    return safe_filename(stem, ".pdf")


def _reason(exc: UserError) -> str:
    """The system's own words for why a file could not be written."""
    cause = exc.__cause__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return exc.message


class LetterPreview(QDialog):
    """A PDF letter in the window, with Print, Save as and Open in the default viewer.

    Callers may .show() or .exec() it; it remembers nothing between uses. Callers add
    their own actions (for instance "Make the letter") with `add_button`. `warnings`
    (letters.checks) are shown above the pages: characters printed as boxes, a logo left out.
    """

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        warnings: Sequence[LetterWarning] = (),
    ) -> None:
        super().__init__(parent)
        self.pdf = bytes(pdf)
        self.warnings = tuple(warnings)
        self.warning = warning_label()
        self.suggested_name = pdf_file_name(suggested_name)
        self._extra: list[tuple[QPushButton, Callable[[], str]]] = []
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.view = PageView(self.pdf)
        self.view.setObjectName("pages")
        self.page_labels = self.view.page_labels
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_row())
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._action_row())
        self._shortcuts()
        self.view.zoom_changed.connect(self._show_zoom)
        self.retranslate()
        self._update_tab_order()
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), max(480, round(screen.height() * 0.9)))

    def _zoom_row(self) -> QHBoxLayout:
        self.zoom_out_button = self._button("zoom_out", self.zoom_out, "−")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom_level")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button("zoom_in", self.zoom_in, "+")
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setMaximumWidth(button.fontMetrics().height() * 3)
        self.fit_button = self._button("fit_width", self.fit_width)
        self.page_count = QLabel()
        self.page_count.setObjectName("page_count")
        row = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            row.addWidget(widget)
        row.addWidget(self.fit_button)
        row.addStretch(1)
        row.addWidget(self.page_count)
        return row

    def _action_row(self) -> QHBoxLayout:
        self.print_button = self._button("print", self.print_letter)
        self.save_button = self._button("save_as", self.save_as)
        self.open_button = self._button("open", self.open_in_viewer)
        self.close_button = self._button("close", self.reject)
        self._actions = button_row(
            self.print_button, self.save_button, self.open_button, STRETCH, self.close_button
        )
        return self._actions

    def _button(self, name: str, slot: Callable[[], object], text: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter neither prints nor closes by surprise
        button.clicked.connect(slot)  # a bound method: a lambda on self would keep it alive
        return button

    def _shortcuts(self) -> None:
        self._keys: dict[str, QKeySequence] = {"close": QKeySequence(Qt.Key.Key_Escape)}
        for button, keys in (
            (self.zoom_in_button, QKeySequence.StandardKey.ZoomIn),
            (self.zoom_out_button, QKeySequence.StandardKey.ZoomOut),
            (self.fit_button, "Ctrl+0"),
            (self.print_button, QKeySequence.StandardKey.Print),
            (self.save_button, QKeySequence.StandardKey.Save),
        ):
            shortcut = QShortcut(keys, self, button.click)  # all of a standard key's bindings
            self._keys[button.objectName()] = shortcut.key()
        QShortcut("Ctrl+=", self, self.zoom_in_button.click)  # Ctrl++ without Shift

    def add_button(
        self, text: str | Callable[[], str], callback: Callable[[], object]
    ) -> QPushButton:
        """A button for the caller's own action, before Close. `text` may be a function
        returning the translated text, so the button follows a change of language."""
        button = self._button(f"extra_{len(self._extra) + 1}", callback)
        self._extra.append((button, text if callable(text) else (lambda: text)))
        self._actions.insertWidget(2 + len(self._extra), button)
        self.retranslate()
        self._update_tab_order()
        return button

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.view, self.zoom_out_button, self.zoom_in_button, self.fit_button,
            self.print_button, self.save_button, self.open_button,
            *(button for button, _text in self._extra), self.close_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # texts

    def _button_texts(self) -> list[tuple[QPushButton, str]]:
        return [
            (self.zoom_out_button, tr("LetterPreview", "Zoom out")),
            (self.zoom_in_button, tr("LetterPreview", "Zoom in")),
            (self.fit_button, tr("LetterPreview", "Page width")),
            (self.print_button, tr("LetterPreview", "Print…")),
            (self.save_button, tr("LetterPreview", "Save as…")),
            (self.open_button, tr("LetterPreview", "Open in the default viewer")),
            (self.close_button, tr("LetterPreview", "Close")),
            *((button, text()) for button, text in self._extra),
        ]

    def retranslate(self) -> None:
        for button, text in self._button_texts():
            self._name_button(button, text)
        self.view.setAccessibleName(tr("LetterPreview", "Letter pages"))
        self.page_count.setText(tr("LetterPreview", "%n pages", None, len(self.page_labels)))
        for number, label in enumerate(self.page_labels, start=1):
            page = tr("LetterPreview", "Page %1 of %2").replace("%1", str(number))
            label.setAccessibleName(page.replace("%2", str(len(self.page_labels))))
        self.zoom_label.setAccessibleName(tr("LetterPreview", "Zoom level"))
        self.warning.setText(warnings_text(self.warnings))
        self.warning.setVisible(bool(self.warnings))
        self._show_zoom()

    def _name_button(self, button: QPushButton, text: str) -> None:
        if button not in (self.zoom_in_button, self.zoom_out_button):  # they show + and −
            button.setText(text)
        name = text.removesuffix("…")
        button.setAccessibleName(name)
        keys = self._keys.get(button.objectName())
        native = keys.toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        button.setToolTip(f"{name} ({native})" if native else name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # zoom

    def zoom_in(self) -> None:
        self.view.set_zoom(self.view.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.set_zoom(self.view.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.set_zoom(1.0)

    def _show_zoom(self) -> None:
        percent = str(self.view.percent())
        self.zoom_label.setText(tr("LetterPreview", "%1 %").replace("%1", percent))
        self.zoom_in_button.setEnabled(self.view.zoom < self.view.max_zoom() * 0.999)
        self.zoom_out_button.setEnabled(self.view.zoom > MIN_ZOOM * 1.001)

    # actions

    def print_letter(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF page has its own margins: print it true to size
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.page_labels))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pages(self.pdf, printer, self._printed_pages(printer))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not printed:
            self._warn(
                tr("LetterPreview", "Print"),
                tr("LetterPreview", "The letter could not be sent to the printer."),
            )

    def _printed_pages(self, printer: QPrinter) -> list[int]:
        pages = list(range(len(self.page_labels)))
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
            pages = pages[printer.fromPage() - 1 : printer.toPage() or None]
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        return pages * copies

    def save_as(self) -> None:
        path = choosers.save_file(
            self,
            tr("LetterPreview", "Save the letter"),
            str(choosers.documents() / self.suggested_name),
            tr("LetterPreview", "PDF documents (*.pdf)"),
        )
        if not path:
            return
        try:
            write_file(Path(path), self.pdf)  # a temporary file beside it, then renamed
        except UserError as exc:
            message = tr("LetterPreview", "The letter could not be saved as %1.")
            self._warn(
                tr("LetterPreview", "Save the letter"),
                f"{message.replace('%1', path)}\n{_reason(exc)}",
            )

    def open_in_viewer(self) -> None:
        try:
            path = Path(tempfile.mkdtemp(prefix="msek-letter-")) / self.suggested_name
            path.write_bytes(self.pdf)
        except OSError as exc:
            message = tr("LetterPreview", "The letter could not be written to a temporary file.")
            self._warn(self.windowTitle(), f"{message}\n{exc.strerror or exc}")
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._warn(
                self.windowTitle(),
                tr(
                    "LetterPreview",
                    "No program to show PDF files was found. Use Save as… to keep the letter, "
                    "or Print… to print it.",
                ),
            )

    def _warn(self, title: str, message: str) -> None:
        questions.warn(self, title, message)
