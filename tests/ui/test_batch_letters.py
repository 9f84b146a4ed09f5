"""Letters for several inquiries: one PDF or a folder of files, in the background, cancellable."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import batch_letters
from msek_desktop.ui.dialogs.batch_letters import BatchLettersDialog
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit import tasks
from msek_desktop.ui.screens.inquiries import InquiriesScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10))}


@pytest.fixture
def ctx(tmp_path: Path, new_database: Callable[..., Database]) -> AppContext:
    database = new_database(tmp_path / "b.db", demo.generate, inquiries=30, seed=1)
    return AppContext(database, "anowak", Languages())


@pytest.fixture
def ids(ctx: AppContext) -> list[int]:
    rows = inquiries.list_inquiries(ctx.db, InquiryFilter(open=None), limit=5)
    assert len(rows) == 5
    return [r.id for r in rows]


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, ids: list[int]) -> BatchLettersDialog:
    widget = BatchLettersDialog(ctx, ids)
    qtbot.addWidget(widget)
    return widget


@dataclass
class Batch:
    """The dialog for five inquiries of a demo database, and what the window says."""

    qtbot: QtBot
    dialog: BatchLettersDialog
    db: Database
    ids: list[int]
    asked: Asked

    def make(self) -> list[str]:
        """Make the letters, waiting for the background work; every notice shown so far."""
        self.dialog.make()
        operation = self.dialog.operation
        assert operation is not None
        with self.qtbot.waitSignal(operation.finished, timeout=30_000):
            pass
        return self.asked.texts()

    def kept(self) -> int:
        """How many letters the inquiries keep."""
        return sum(len(proposals.list_proposals(self.db, i)) for i in self.ids)

    def surnames(self) -> list[str]:
        facts = proposals.letter_facts_many(self.db, [LetterRequest(i) for i in self.ids])
        return [f.recipient.last_name or f.recipient.organisation for f in facts]


@pytest.fixture
def batch(
    qtbot: QtBot, dialog: BatchLettersDialog, ctx: AppContext, ids: list[int], asked: Asked
) -> Batch:
    return Batch(qtbot, dialog, ctx.db, ids, asked)


def test_one_pdf_holds_every_letter(batch: Batch, tmp_path: Path) -> None:
    out = tmp_path / "out" / "letters"  # .pdf is added; the folder is made
    batch.dialog.path.setText(str(out))
    messages = batch.make()
    pdf = tmp_path / "out" / "letters.pdf"
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 5
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in batch.surnames():
        assert name and name in text
    assert len(messages) == 1 and str(pdf) in messages[0] and "5 letters" in messages[0]
    assert batch.kept() == 5
    assert batch.dialog.result() == BatchLettersDialog.DialogCode.Accepted


def test_one_file_per_letter_with_windows_names(batch: Batch, tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    dialog = batch.dialog
    dialog.per_letter.setChecked(True)
    dialog.path.setText(str(folder))
    dialog.keep.setChecked(False)
    dialog.language.set_code("pl")
    messages = batch.make()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 5
    for name in names:
        stem = name.removesuffix(".pdf")
        assert name.endswith(".pdf") and stem
        assert not WINDOWS_FORBIDDEN.search(name)
        assert stem == stem.rstrip(" .")
        assert stem.split(".")[0].upper() not in WINDOWS_RESERVED
    requests = [LetterRequest(i) for i in batch.ids]
    refs = {f.inquiry.ref for f in proposals.letter_facts_many(batch.db, requests)}
    assert {n.split(" ")[0] for n in names} == refs
    assert batch.kept() == 0  # not kept when unticked
    assert len(messages) == 1 and str(folder) in messages[0]


def test_the_chosen_language_is_used_for_every_kept_letter(batch: Batch, tmp_path: Path) -> None:
    batch.dialog.language.set_code("en")
    batch.dialog.path.setText(str(tmp_path / "en.pdf"))
    batch.make()
    languages = {p.language for i in batch.ids for p in proposals.list_proposals(batch.db, i)}
    assert languages == {"en"}


def test_cancel_in_the_middle_leaves_nothing(
    batch: Batch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tasks._Runnable.report

    def cancel_after_two(self: Any, done: int, total: int) -> None:
        if done >= 2:
            self.cancel.set()  # as the progress dialog's Cancel button does
        report(self, done, total)

    monkeypatch.setattr(tasks._Runnable, "report", cancel_after_two)
    out = tmp_path / "out"
    out.mkdir()
    dialog = batch.dialog
    dialog.path.setText(str(out / "letters.pdf"))
    messages = batch.make()
    assert list(out.iterdir()) == []  # no file, no temporary file
    assert batch.kept() == 0
    assert messages == []
    assert dialog.result_ is None and dialog.make_button.isEnabled()

    dialog.per_letter.setChecked(True)
    dialog.path.setText(str(out / "folder"))
    batch.make()
    assert list((out / "folder").iterdir()) == []
    assert batch.kept() == 0


def test_an_empty_path_is_refused_next_to_the_field(dialog: BatchLettersDialog) -> None:
    dialog.path.setText("  ")
    dialog.make()
    error = dialog.findChild(QLabel, "error_path")
    assert error is not None and error.isVisibleTo(dialog) and error.text()
    assert dialog.operation is None


def test_each_output_remembers_its_own_path(dialog: BatchLettersDialog) -> None:
    pdf_path = dialog.path.text()
    assert pdf_path.endswith(".pdf")
    dialog.per_letter.setChecked(True)
    assert not dialog.path.text().endswith(".pdf")
    dialog.path.setText("/somewhere/else")
    dialog.path.textEdited.emit("/somewhere/else")
    dialog.one_pdf.setChecked(True)
    assert dialog.path.text() == pdf_path
    dialog.per_letter.setChecked(True)
    assert dialog.path.text() == "/somewhere/else"


def test_choose_asks_for_a_file_or_a_folder_by_output(
    dialog: BatchLettersDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    one, each = str(tmp_path / "all.pdf"), str(tmp_path / "each")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (one, ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: each)
    dialog.choose.click()
    assert dialog.path.text() == one
    dialog.per_letter.setChecked(True)
    dialog.choose.click()
    assert dialog.path.text() == each
    dialog.one_pdf.setChecked(True)
    assert dialog.path.text() == one  # each output keeps the path chosen for it


def test_the_letters_button_opens_the_dialog_for_the_selected_inquiries(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[list[int]] = []

    class FakeDialog:
        def __init__(self, _ctx: AppContext, inquiry_ids: list[int], _parent: Any) -> None:
            opened.append(inquiry_ids)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(batch_letters, "BatchLettersDialog", FakeDialog)
    screen = InquiriesScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    assert not screen.letters_button.isEnabled()
    selection = screen.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2, 3):
        selection.select(screen.model.index(row, 0), flags)
    assert screen.letters_button.isEnabled()
    screen.letters_button.click()
    assert opened == [[screen.model.rows[r].id for r in (0, 2, 3)]]
    screen.refresh()  # a reload clears the selection
    assert not screen.letters_button.isEnabled()
