"""The letter in the window: every page at the width of the window, zoom, Print, Save as, Open.

Pages are drawn by pypdfium2 (a small wheel with PDFium inside; no Qt add-on modules to
ship). Only the pages near the visible part are kept as pictures, at the screen's real pixel
density, so text stays sharp at any zoom and a long batch does not fill the memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.errors import UserError
from msek_desktop.letters.files import safe_filename, write_file
from msek_desktop.ui.dialogs.letter_warnings import warning_label, warnings_text
from msek_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning

POINTS_PER_INCH = 72.0
MAX_DPI = 300.0  # sharper than any office printer needs, and 35 MB a page at most
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
MARGIN = 16  # around and between the pages, in screen pixels
BORDER = 1  # the grey line around each page
MIN_WIDTH = 120
_FORMATS = {
    "RGBX": QImage.Format.Format_RGBX8888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGB": QImage.Format.Format_RGB888,
    "L": QImage.Format.Format_Grayscale8,
}


def render_page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of `pdf` as a picture at `dpi` dots per inch."""
    return [image for _index, image in _render(pdf, dpi)]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of each page, in points (1/72 inch)."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [document.get_page_size(index) for index in range(len(document))]
    finally:
        document.close()


def _render(
    pdf: bytes, dpi: float, pages: Iterable[int] | None = None
) -> Iterator[tuple[int, QImage]]:
    """(page index, picture) for each of `pages` (all by default), one page at a time."""
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)) if pages is None else pages:
            page = document[index]
            try:
                yield index, _page_image(page, dpi)
            finally:
                page.close()
    finally:
        document.close()


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, rev_byteorder=True)
    try:
        image = QImage(
            memoryview(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            _FORMATS[bitmap.mode],
        ).copy()  # the bitmap's memory is freed below
    finally:
        bitmap.close()
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def pdf_file_name(name: str) -> str:
    """`name` as a file name Windows accepts, ending in .pdf."""
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    return safe_filename(stem, ".pdf")


def fit_rect(size: QSize, target: QRectF) -> QRectF:
    """The largest rectangle of `size`'s proportions centred in `target`."""
    rect = QRectF(QPointF(), QSizeF(size).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio))
    rect.moveCenter(target.center())
    return rect


def print_pages(pdf: bytes, printer: QPrinter, pages: Sequence[int]) -> bool:
    """Each page as a picture at the printer's resolution, one page per sheet, kept in
    proportion; False if the printer refused."""
    dpi = min(float(printer.resolution()), MAX_DPI)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    target = QRectF(0, 0, paper.width(), paper.height())
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for done, page in enumerate(pages):
            if done and not printer.newPage():
                return False
            for _index, image in _render(pdf, dpi, [page]):
                painter.drawImage(fit_rect(image.size(), target), image)
    finally:
        painter.end()
    return True


def _reason(exc: UserError) -> str:
    """The system's own words for why a file could not be written."""
    cause = exc.__cause__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return exc.message


class PageView(QScrollArea):
    """The pages one under the other, as wide as the view times the zoom.

    Only pages on screen or one screen away hold a picture; the others are white boxes
    of the right size, so the scroll bar is right before anything is drawn.
    """

    zoom_changed = Signal()

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = pdf
        self._sizes = page_sizes(pdf)
        self._widest = max(width for width, _height in self._sizes)
        self.zoom = 1.0
        self._shown: dict[int, float] = {}  # page index -> device pixels per point drawn
        self.setWidgetResizable(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no see-saw
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        self.page_labels = [self._page_label(number) for number in range(1, len(self._sizes) + 1)]
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(MARGIN)
        for label in self.page_labels:
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(pages)
        self._relayout = QTimer(self, singleShot=True, interval=50)
        self._relayout.timeout.connect(self.lay_out)
        self._redraw = QTimer(self, singleShot=True, interval=0)
        self._redraw.timeout.connect(self._draw_near)
        self.verticalScrollBar().valueChanged.connect(self._redraw.start)

    @staticmethod
    def _page_label(number: int) -> QLabel:
        label = QLabel()
        label.setObjectName(f"page_{number}")
        label.setStyleSheet(f"QLabel {{ background: white; border: {BORDER}px solid grey; }}")
        return label

    def set_zoom(self, zoom: float) -> None:
        """1.0 is the page as wide as the view; the zoom stops at MAX_DPI on the screen."""
        self.zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM, self.max_zoom())
        self.lay_out()

    def max_zoom(self) -> float:
        inches = self._widest / POINTS_PER_INCH
        return min(MAX_ZOOM, inches * MAX_DPI / self.devicePixelRatioF() / self._fit())

    def percent(self) -> int:
        """The zoom as a share of the page's real size."""
        return round(self._pixels_per_point() * POINTS_PER_INCH / self.logicalDpiX() * 100)

    def _fit(self) -> int:
        return max(self.viewport().width() - 2 * MARGIN - 2 * BORDER, MIN_WIDTH)

    def _pixels_per_point(self) -> float:
        return min(self.zoom, self.max_zoom()) * self._fit() / self._widest

    def lay_out(self) -> None:
        scale = self._pixels_per_point()
        for label, (width, height) in zip(self.page_labels, self._sizes, strict=True):
            label.setFixedSize(
                round(width * scale) + 2 * BORDER, round(height * scale) + 2 * BORDER
            )
        self.zoom_changed.emit()
        self._redraw.start()  # once the new sizes have reached the layout

    def _near(self) -> set[int]:
        """The pages on screen and one screen above and below."""
        height = self.viewport().height()
        top = self.verticalScrollBar().value() - height
        return {
            index
            for index, label in enumerate(self.page_labels)
            if label.y() < top + 3 * height and label.y() + label.height() > top
        }

    def _draw_near(self) -> None:
        ratio = self.devicePixelRatioF()
        scale = self._pixels_per_point() * ratio
        near = self._near()
        for index in set(self._shown) - near:
            self.page_labels[index].clear()
            del self._shown[index]
        wanted = sorted(index for index in near if self._shown.get(index) != scale)
        for index, image in _render(self._pdf, scale * POINTS_PER_INCH, wanted):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)  # sharp on high-density screens
            self.page_labels[index].setPixmap(pixmap)
            self._shown[index] = scale

    def is_drawn(self) -> bool:
        """Every page near the visible part shows its picture at the current zoom."""
        scale = self._pixels_per_point() * self.devicePixelRatioF()
        return all(self._shown.get(index) == scale for index in self._near())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)


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
        self._actions = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            self._actions.addWidget(button)
        self._actions.addStretch(1)
        self._actions.addWidget(self.close_button)
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

    def retranslate(self) -> None:
        for button, text in (
            (self.zoom_out_button, tr("LetterPreview", "Zoom out")),
            (self.zoom_in_button, tr("LetterPreview", "Zoom in")),
            (self.fit_button, tr("LetterPreview", "Page width")),
            (self.print_button, tr("LetterPreview", "Print…")),
            (self.save_button, tr("LetterPreview", "Save as…")),
            (self.open_button, tr("LetterPreview", "Open in the default viewer")),
            (self.close_button, tr("LetterPreview", "Close")),
            *((button, text()) for button, text in self._extra),
        ):
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
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("LetterPreview", "Save the letter"),
            str(Path(folder or Path.home()) / self.suggested_name),
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
        QMessageBox.warning(self, title, message)
