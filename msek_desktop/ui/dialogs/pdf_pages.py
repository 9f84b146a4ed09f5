"""A PDF's pages as pictures: drawn by pypdfium2 for the screen, for the printer, and the
scrolling view of every page at the width of the window.

pypdfium2 is a small wheel with PDFium inside (no Qt add-on modules to ship). Only the pages
near the visible part are kept as pictures, at the screen's real pixel density, so text stays
sharp at any zoom and a long batch does not fill the memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import pypdfium2 as pdfium
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

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
