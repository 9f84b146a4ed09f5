"""The letter preview: real letters drawn page by page, zoom, Save as, Print and Open."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.letters import LetterService, preview
from msek_desktop.ui.dialogs import letter_preview
from msek_desktop.ui.dialogs.letter_preview import LetterPreview, render_page_images

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

A4_RATIO = 297 / 210
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class Letters:
    french: bytes  # one page
    polish: bytes  # one page
    long: bytes  # French, the body four times: two pages or more


@pytest.fixture
def letters(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Letters]:
    db = new_database(
        tmp_path / "t.db", demo.generate, inquiries=20, seed=1, today=date(2026, 11, 25)
    )
    first = inquiries.list_inquiries(db, inquiries.InquiryFilter(), limit=1)[0]
    service = LetterService(db, today=lambda: date(2026, 11, 25))
    french = service.draft(LetterRequest(first.id, language="fr"))
    polish = service.draft(LetterRequest(first.id, language="pl"))
    long = french.with_text(french.subject, "\n\n".join([french.body] * 4))
    yield Letters(preview(french.facts), preview(polish.facts), preview(long))
    db.dispose()


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def darkest(image: QImage) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    return min(
        min(data[row * stride : row * stride + grey.width()]) for row in range(grey.height())
    )


@pytest.fixture
def open_preview(qtbot: QtBot, letters: Letters) -> Callable[..., LetterPreview]:
    """open_preview("french" | "polish" | "long", name): the letter shown, every page near
    the visible part drawn."""

    def make(which: str, name: str = "Proposal 2026-0008.pdf") -> LetterPreview:
        pdf = getattr(letters, which)
        preview = LetterPreview(pdf, title="Proposal 2026-0008", suggested_name=name)
        qtbot.addWidget(preview)
        preview.resize(900, 900)
        preview.show()
        qtbot.waitUntil(preview.view.is_drawn)
        return preview

    return make


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[str]]:
    """save_to(path): the Save dialog answers `path` ("" is Cancel); the list returned gets
    the path each Save dialog started at."""
    started: list[str] = []

    def answer(path: str) -> list[str]:
        def ask(_parent: object, _title: str, start: str, _kinds: str) -> tuple[str, str]:
            started.append(start)
            return path, "PDF (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
        return started

    return answer


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], list[QUrl]]:
    """viewer(found): whether the system has a program for PDF files; the list returned gets
    each address given to it."""
    opened: list[QUrl] = []

    def install(found: bool) -> list[QUrl]:
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or found)
        return opened

    return install


# -- pictures of the pages ---------------------------------------------------------------


def test_render_page_images_gives_one_a4_picture_with_ink_per_page(letters: Letters) -> None:
    pages = render_page_images(letters.long, 100)
    assert len(pages) == page_count(letters.long) >= 2
    for image in pages:
        assert image.height() / image.width() == pytest.approx(A4_RATIO, rel=0.005)
        assert image.width() == round(210 / 25.4 * 100)
        assert darkest(image) < 80, "text is drawn, not a white page"
        assert image.pixelColor(2, 2).name() == "#ffffff", "the paper is white"


def test_the_file_name_is_one_windows_accepts() -> None:
    assert letter_preview.pdf_file_name("Proposal 2026/0008: <Dupont>?.pdf") == (
        "Proposal 2026_0008_ _Dupont__.pdf"
    )
    assert letter_preview.pdf_file_name("CON") == "_CON.pdf"
    assert letter_preview.pdf_file_name("Lettre à Łódź. ") == "Lettre à Łódź.pdf"


# -- the dialog --------------------------------------------------------------------------


def test_every_page_is_shown_as_wide_as_the_window(
    open_preview: Callable[..., LetterPreview], letters: Letters
) -> None:
    preview = open_preview("long")
    assert len(preview.page_labels) == page_count(letters.long)
    first = preview.page_labels[0]
    pixmap = first.pixmap()
    assert not pixmap.isNull()
    assert pixmap.deviceIndependentSize().width() == pytest.approx(first.width() - 2, abs=1)
    assert first.width() == pytest.approx(preview.view.viewport().width() - 32, abs=2)
    assert first.height() / first.width() == pytest.approx(A4_RATIO, rel=0.01)
    assert preview.page_count.text() == f"{len(preview.page_labels)} pages"


def test_zoom_in_and_out_change_the_width(
    open_preview: Callable[..., LetterPreview], qtbot: QtBot
) -> None:
    preview = open_preview("french")
    label = preview.page_labels[0]
    fit = label.width()
    preview.zoom_in_button.click()
    assert label.width() > fit * 1.2
    qtbot.waitUntil(preview.view.is_drawn)
    assert label.pixmap().deviceIndependentSize().width() == pytest.approx(label.width() - 2, abs=1)
    preview.fit_width()
    assert label.width() == fit
    before = preview.zoom_label.text()
    preview.zoom_out()
    assert label.width() < fit / 1.2
    assert preview.zoom_label.text() != before


def test_zoom_stops_at_the_limits(open_preview: Callable[..., LetterPreview]) -> None:
    preview = open_preview("french")
    for _ in range(20):
        preview.zoom_out()
    assert not preview.zoom_out_button.isEnabled()
    for _ in range(40):
        preview.zoom_in()
    assert not preview.zoom_in_button.isEnabled()
    dpi = (preview.page_labels[0].width() - 2) * preview.devicePixelRatioF() / (210 / 25.4)
    assert dpi <= letter_preview.MAX_DPI + 1


def test_keys_zoom_and_escape_closes(
    open_preview: Callable[..., LetterPreview], qtbot: QtBot
) -> None:
    preview = open_preview("french")
    preview.activateWindow()
    label = preview.page_labels[0]
    fit = label.width()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert label.width() > fit
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert label.width() == fit
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert label.width() < fit
    qtbot.keyClick(preview.view, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    assert preview.result() == QDialog.DialogCode.Rejected


def test_every_control_has_a_name(open_preview: Callable[..., LetterPreview]) -> None:
    preview = open_preview("long")
    for button in preview.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()
    assert preview.view.accessibleName()
    assert preview.page_labels[1].accessibleName() == f"Page 2 of {len(preview.page_labels)}"
    assert preview.zoom_in_button.accessibleName() == "Zoom in"
    assert "(" in preview.print_button.toolTip(), "the shortcut is in the tool tip"


def test_callers_add_buttons_before_close_that_follow_the_language(
    open_preview: Callable[..., LetterPreview],
) -> None:
    preview = open_preview("french")
    made: list[str] = []
    text = {"now": "Make the letter"}
    button = preview.add_button(lambda: text["now"], lambda: made.append("made"))
    fixed = preview.add_button("Mark as sent", lambda: made.append("sent"))
    assert button.text() == "Make the letter"
    button.click()
    fixed.click()
    assert made == ["made", "sent"]
    order = [preview._actions.itemAt(i).widget() for i in range(preview._actions.count())]
    assert order.index(fixed) == order.index(button) + 1 < order.index(preview.close_button)
    text["now"] = "Faire la lettre"
    QCoreApplication.sendEvent(preview, QEvent(QEvent.Type.LanguageChange))
    assert button.text() == "Faire la lettre"
    assert fixed.text() == "Mark as sent"


# -- Save as -----------------------------------------------------------------------------


def test_save_as_writes_the_same_bytes_under_a_windows_name(
    open_preview: Callable[..., LetterPreview],
    letters: Letters,
    tmp_path: Path,
    save_to: Callable[[str], list[str]],
    asked: Asked,
) -> None:
    preview = open_preview("polish", name='Propozycja 2026/0008 "Łódź": CON?.pdf')
    target = tmp_path / "out" / "list.pdf"
    target.parent.mkdir()
    started = save_to(str(target))
    preview.save_button.click()
    assert target.read_bytes() == letters.polish
    assert sorted(p.name for p in target.parent.iterdir()) == ["list.pdf"]
    suggested = Path(started[0]).name
    assert suggested == "Propozycja 2026_0008 _Łódź__ CON_.pdf"
    assert not WINDOWS_FORBIDDEN.search(suggested)
    assert not suggested.removesuffix(".pdf").endswith((" ", "."))
    assert asked.texts() == []


def test_save_as_cancelled_writes_nothing(
    open_preview: Callable[..., LetterPreview], save_to: Callable[[str], list[str]], asked: Asked
) -> None:
    save_to("")
    open_preview("french").save_as()
    assert asked.texts() == []


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_save_as_where_it_cannot_be_written_says_so_and_leaves_nothing(
    open_preview: Callable[..., LetterPreview],
    tmp_path: Path,
    save_to: Callable[[str], list[str]],
    asked: Asked,
    where: str,
) -> None:
    preview = open_preview("french")
    folder = tmp_path / "letters"
    folder.mkdir()
    if where == "missing folder":
        target = folder / "no such folder" / "letter.pdf"
    else:
        target = folder / "letter.pdf"
        target.mkdir()  # os.replace onto a folder fails
    save_to(str(target))
    preview.save_as()
    assert len(asked.texts("warn")) == 1
    assert str(target) in asked.texts("warn")[0]
    assert target.is_dir() if where == "a folder" else not target.exists()
    assert [p.name for p in folder.iterdir()] == (
        [] if where == "missing folder" else ["letter.pdf"]
    )


# -- Print -------------------------------------------------------------------------------


def accept_into_pdf(
    monkeypatch: pytest.MonkeyPatch, out: Path, pages: tuple[int, int] | None = None
) -> list[QPrinter]:
    seen: list[QPrinter] = []

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return seen


def test_print_gives_one_a4_sheet_per_page(
    open_preview: Callable[..., LetterPreview],
    letters: Letters,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    asked: Asked,
) -> None:
    preview = open_preview("long")
    out = tmp_path / "printed.pdf"
    seen = accept_into_pdf(monkeypatch, out)
    preview.print_button.click()
    assert asked.texts() == []
    assert seen[0].resolution() >= 300, "HighResolution"
    printed = pypdf.PdfReader(out)
    assert len(printed.pages) == page_count(letters.long)
    for page in printed.pages:
        assert float(page.mediabox.width) == pytest.approx(595.3, abs=1)
        assert float(page.mediabox.height) == pytest.approx(841.9, abs=1)


def test_print_a_range_of_pages(
    open_preview: Callable[..., LetterPreview],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = open_preview("long")
    out = tmp_path / "page2.pdf"
    accept_into_pdf(monkeypatch, out, pages=(2, 2))
    preview.print_letter()
    assert len(pypdf.PdfReader(out).pages) == 1


def test_print_cancelled_prints_nothing(
    open_preview: Callable[..., LetterPreview],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = open_preview("french")
    painted: list[object] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(letter_preview, "print_pages", lambda *args: painted.append(args))
    preview.print_letter()
    assert painted == []


def test_printed_page_keeps_the_letter_true_to_size(letters: Letters, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "one.pdf"))
    printer.setFullPage(True)
    assert letter_preview.print_pages(letters.french, printer, [0])
    back = render_page_images((tmp_path / "one.pdf").read_bytes(), 50)[0]
    original = render_page_images(letters.french, 50)[0]
    assert back.size() == original.size()
    assert darkest(back) < 80


# -- Open in the default viewer ----------------------------------------------------------


def test_open_gives_the_viewer_a_local_file_with_the_letter(
    open_preview: Callable[..., LetterPreview],
    letters: Letters,
    viewer: Callable[[bool], list[QUrl]],
    asked: Asked,
) -> None:
    preview = open_preview("polish", name="Propozycja: Łódź.pdf")
    opened = viewer(True)
    preview.open_button.click()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.name == "Propozycja_ Łódź.pdf"
    assert path.read_bytes() == letters.polish
    assert asked.texts() == []


def test_open_without_a_pdf_viewer_says_so(
    open_preview: Callable[..., LetterPreview],
    viewer: Callable[[bool], list[QUrl]],
    asked: Asked,
) -> None:
    viewer(False)
    open_preview("french").open_in_viewer()
    assert len(asked.texts("warn")) == 1
    assert "PDF" in asked.texts("warn")[0]


# -- warnings above the pages -------------------------------------------------------------


def test_warnings_show_above_the_pages_without_clipping(
    letters: Letters, qtbot: QtBot, tmp_path: Path
) -> None:
    from msek_desktop.letters.checks import LetterWarning

    found = [
        LetterWarning("font", "recipient.organisation", "東京芸術大学"),
        LetterWarning("font", "partner.description", "🎹", owner="Conservatoire Massenet"),
        LetterWarning("logo", "office.logo", problem="damaged", path="/office/logo.png"),
    ]
    preview = LetterPreview(letters.french, title="t", suggested_name="x", warnings=found)
    qtbot.addWidget(preview)
    preview.resize(700, 800)
    preview.show()
    qtbot.waitUntil(preview.view.is_drawn)
    label = preview.warning
    assert label.isVisible() and label.wordWrap()
    assert label.text().split("\n") == [
        "The organisation name contains characters the letter font cannot print: 東京芸術大学 "
        "(U+6771 U+4EAC U+82B8 U+8853 U+5927 U+5B66); they will show as boxes.",
        "The description of the partner Conservatoire Massenet contains characters the letter "
        "font cannot print: 🎹 (U+1F3B9); they will show as boxes.",
        "The letterhead logo /office/logo.png cannot be used: the image is damaged or "
        "incomplete. The letter is made without it.",
    ]
    # the whole text fits: wrapped to the label's width, and the label is tall enough
    assert label.height() >= label.heightForWidth(label.width())
    assert label.y() + label.height() <= preview.view.y()
    preview.grab().save(str(tmp_path / "preview_warnings.png"))


def test_no_warning_no_notice(open_preview: Callable[..., LetterPreview]) -> None:
    preview = open_preview("french")
    assert preview.warning.isHidden()
