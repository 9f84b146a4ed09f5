"""Letters for several inquiries: one PDF or a folder of files, in the background, cancellable."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
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

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10))}


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "b.db", demo.generate, inquiries=30, seed=1)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, me="anowak", languages=Languages())


@pytest.fixture
def ids(db: Database) -> list[int]:
    rows = inquiries.list_inquiries(db, InquiryFilter(open=None), limit=5)
    assert len(rows) == 5
    return [r.id for r in rows]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, ids: list[int]) -> BatchLettersDialog:
    widget = BatchLettersDialog(ctx, ids)
    qtbot.addWidget(widget)
    return widget


def surnames(db: Database, ids: list[int]) -> list[str]:
    facts = proposals.letter_facts_many(db, [LetterRequest(i) for i in ids])
    return [f.recipient.last_name or f.recipient.organisation for f in facts]


def make(qtbot: QtBot, dialog: BatchLettersDialog) -> None:
    dialog.make()
    operation = dialog.operation
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass


def kept(db: Database, ids: list[int]) -> int:
    return sum(len(proposals.list_proposals(db, i)) for i in ids)


def test_one_pdf_holds_every_letter(
    qtbot: QtBot,
    dialog: BatchLettersDialog,
    db: Database,
    ids: list[int],
    tmp_path: Path,
    messages: list[str],
) -> None:
    out = tmp_path / "out" / "letters"  # .pdf is added; the folder is made
    dialog.path.setText(str(out))
    make(qtbot, dialog)
    pdf = tmp_path / "out" / "letters.pdf"
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 5
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in surnames(db, ids):
        assert name and name in text
    assert len(messages) == 1 and str(pdf) in messages[0] and "5 letters" in messages[0]
    assert kept(db, ids) == 5
    assert dialog.result() == BatchLettersDialog.DialogCode.Accepted


def test_one_file_per_letter_with_windows_names(
    qtbot: QtBot,
    dialog: BatchLettersDialog,
    db: Database,
    ids: list[int],
    tmp_path: Path,
    messages: list[str],
) -> None:
    folder = tmp_path / "letters"
    dialog.per_letter.setChecked(True)
    dialog.path.setText(str(folder))
    dialog.keep.setChecked(False)
    dialog.language.set_code("pl")
    make(qtbot, dialog)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 5
    for name in names:
        stem = name.removesuffix(".pdf")
        assert name.endswith(".pdf") and stem
        assert not WINDOWS_FORBIDDEN.search(name)
        assert stem == stem.rstrip(" .")
        assert stem.split(".")[0].upper() not in WINDOWS_RESERVED
    refs = {f.inquiry.ref for f in proposals.letter_facts_many(db, [LetterRequest(i) for i in ids])}
    assert {n.split(" ")[0] for n in names} == refs
    assert kept(db, ids) == 0  # not kept when unticked
    assert len(messages) == 1 and str(folder) in messages[0]


def test_the_chosen_language_is_used_for_every_kept_letter(
    qtbot: QtBot, dialog: BatchLettersDialog, db: Database, ids: list[int], tmp_path: Path,
    messages: list[str],
) -> None:  # fmt: skip
    dialog.language.set_code("en")
    dialog.path.setText(str(tmp_path / "en.pdf"))
    make(qtbot, dialog)
    languages = {p.language for i in ids for p in proposals.list_proposals(db, i)}
    assert languages == {"en"}


def test_cancel_in_the_middle_leaves_nothing(
    qtbot: QtBot,
    dialog: BatchLettersDialog,
    db: Database,
    ids: list[int],
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = tasks._Runnable.report

    def cancel_after_two(self: Any, done: int, total: int) -> None:
        if done >= 2:
            self.cancel.set()  # as the progress dialog's Cancel button does
        report(self, done, total)

    monkeypatch.setattr(tasks._Runnable, "report", cancel_after_two)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path.setText(str(out / "letters.pdf"))
    make(qtbot, dialog)
    assert list(out.iterdir()) == []  # no file, no temporary file
    assert kept(db, ids) == 0
    assert messages == []
    assert dialog.result_ is None and dialog.make_button.isEnabled()

    dialog.per_letter.setChecked(True)
    dialog.path.setText(str(out / "folder"))
    make(qtbot, dialog)
    assert list((out / "folder").iterdir()) == []
    assert kept(db, ids) == 0


def test_an_empty_path_is_refused_next_to_the_field(
    dialog: BatchLettersDialog, messages: list[str]
) -> None:
    dialog.path.setText("  ")
    dialog.make()
    error = dialog.findChild(batch_letters.QLabel, "error_path")
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
