"""The Documents tab of the inquiry and organisation forms: files added with Add… or dropped
from Explorer, refused ones named, opened from a read-only copy, saved elsewhere, removed to
the bin with Undo, restored from the bin."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop import app
from msek_desktop.core import contacts, documents, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.documents import MAX_BYTES
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.document_files import clear_old_copies, copies_folder
from msek_desktop.ui.forms.documents_panel import DocumentsPanel
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import Languages

POLISH = "Umowa_współpracy_Łódź.pdf"
FRENCH = "Programme_été_Saint-Étienne.pdf"
TODAY = date(2026, 11, 20)
pytestmark = [
    pytest.mark.usefixtures("asked"),
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
]


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    yield database


@pytest.fixture
def ctx(db: Database, languages: Languages) -> AppContext:
    return AppContext(db, "anna", languages, today=lambda: TODAY)


@pytest.fixture
def school(db: Database) -> int:
    values = {"name": "Zespół Szkół Muzycznych", "side": "katowice", "city": "Łódź"}
    return organisations.create_organisation(db, values, actor="anna").id


@pytest.fixture
def inquiry(db: Database, school: int) -> int:
    ewa = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": school},
    )  # fmt: skip
    values = {"subject": "Chór", "contact_id": ewa.id, "received_on": TODAY}
    return inquiries.create_inquiry(db, values, actor="anna").id


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A Polish and a French PDF on disk, in a folder of their own."""
    folder = tmp_path / "Pulpit"
    folder.mkdir()
    made = {}
    for name, size in ((POLISH, 120_000), (FRENCH, 1_300_000)):
        made[name] = folder / name
        made[name].write_bytes(b"%PDF-1.7 " + name.encode() + os.urandom(size))
    return made


def inquiry_panel(qtbot: QtBot, ctx: AppContext, inquiry_id: int | None) -> DocumentsPanel:
    form = InquiryForm(ctx, inquiry_id)
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentWidget(form.documents)
    return form.documents


def added(qtbot: QtBot, panel: DocumentsPanel, paths: list[Path]) -> None:
    operation = panel.add_paths(paths)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass


def shown(panel: DocumentsPanel) -> list[list[str]]:
    model = panel.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def tab_title(panel: DocumentsPanel) -> str:
    return panel.form.tabs.tabText(panel.form.tabs.indexOf(panel))


# -- adding ----------------------------------------------------------------------------------------


def test_files_added_show_with_their_size_type_who_and_the_count(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path]
) -> None:
    panel = inquiry_panel(qtbot, ctx, inquiry)
    assert tab_title(panel) == "Documents (0)"
    changed: list[bool] = []
    ctx.events.data_changed.connect(lambda: changed.append(True))
    added(qtbot, panel, [files[POLISH], files[FRENCH]])
    assert tab_title(panel) == "Documents (2)"
    rows = shown(panel)
    assert [r[:4] for r in rows] == [
        [FRENCH, "1.2 MB", "PDF document", "Anna Kowalska"],  # newest first
        [POLISH, "117.2 kB", "PDF document", "Anna Kowalska"],
    ]
    assert changed, "the history and the lists are told"
    for doc in documents.list_documents(db, inquiry_id=inquiry):
        assert documents.content(db, doc.id) == files[doc.name].read_bytes()


def test_a_refused_file_is_named_and_the_others_are_kept(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path],
    tmp_path: Path, asked: Any,
) -> None:  # fmt: skip
    big = tmp_path / "programme.pdf"
    with big.open("wb") as sparse:
        sparse.truncate(MAX_BYTES + 1)
    empty = tmp_path / "pusty.txt"
    empty.write_bytes(b"")
    panel = inquiry_panel(qtbot, ctx, inquiry)
    added(qtbot, panel, [big, files[POLISH], empty, tmp_path / "brak.pdf", files[FRENCH]])
    assert [d.name for d in documents.list_documents(db, inquiry_id=inquiry)] == [FRENCH, POLISH]
    assert tab_title(panel) == "Documents (2)"
    (warning,) = asked.texts("warn")
    assert warning.splitlines() == [
        f"programme.pdf is {QLocale().toString(MAX_BYTES + 1)} bytes; a document may be at most "
        "25 MB.",
        "pusty.txt is empty: there is nothing to attach.",
        f"The file {tmp_path / 'brak.pdf'} does not exist.",
    ]


def test_files_dropped_from_explorer_are_attached(
    qtbot: QtBot, ctx: AppContext, db: Database, school: int, files: dict[str, Path]
) -> None:
    form = OrganisationForm(ctx, school)
    qtbot.addWidget(form)
    form.show()
    panel = form.documents
    form.tabs.setCurrentWidget(panel)
    mime = QMimeData()
    folder = files[POLISH].parent
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (files[POLISH], folder)])  # a folder: left
    where = QPointF(panel.rect().center())
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    moves = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction  # Shift held in Explorer
    drop = QDropEvent(where, moves, mime, buttons, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(ctx.events.data_changed, timeout=20_000):
        QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.CopyAction, "never a move: Explorer keeps it"
    assert files[POLISH].exists()
    (doc,) = documents.list_documents(db, organisation_id=school)
    assert (doc.name, doc.added_by) == (POLISH, "anna")
    assert tab_title(panel) == "Documents (1)"


def test_nothing_is_added_to_an_unsaved_or_deleted_record(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path]
) -> None:
    new = inquiry_panel(qtbot, ctx, None)
    assert not new.add_button.isEnabled() and new.add_paths([files[POLISH]]) is None
    assert new.table.empty.isVisible()
    inquiries.set_deleted(db, inquiry, True, actor="anna")
    deleted = inquiry_panel(qtbot, ctx, inquiry)
    assert not deleted.add_button.isEnabled() and deleted.add_paths([files[POLISH]]) is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files[POLISH]))])
    enter = QDragEnterEvent(deleted.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(deleted, enter)
    assert not enter.isAccepted()
    assert documents.list_documents(db, inquiry_id=inquiry) == []


# -- opening and saving ----------------------------------------------------------------------------


class Viewer(QObject):
    """Stands in for the system's viewer: the URLs QDesktopServices.openUrl hands to it."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def viewer() -> Iterator[Viewer]:
    handler = Viewer()
    QDesktopServices.setUrlHandler("file", handler, "show")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def test_open_shows_a_read_only_copy_and_says_so(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path],
    viewer: Viewer,
) -> None:  # fmt: skip
    documents.attach(db, files[POLISH], inquiry_id=inquiry, actor="anna")
    panel = inquiry_panel(qtbot, ctx, inquiry)
    said: list[str] = []
    ctx.events.info.connect(said.append)
    panel.table.selectRow(0)
    path = panel.open_selected()
    assert path is not None and path.name == POLISH
    assert path.is_relative_to(copies_folder())
    assert [QUrl.fromLocalFile(str(path))] == viewer.opened
    assert path.read_bytes() == files[POLISH].read_bytes()
    assert not path.stat().st_mode & stat.S_IWUSR, "read-only: changes are not kept"
    assert said == [f"{POLISH} opened as a read-only copy: changes to it are not saved in MSEK."]
    clear_old_copies(copies_folder(), now=path.stat().st_mtime + 2 * 24 * 3600)
    assert not path.exists(), "copies older than a day go, read-only or not"


def test_save_as_writes_the_document_byte_for_byte(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path],
    tmp_path: Path,
) -> None:  # fmt: skip
    row = documents.attach(db, files[FRENCH], inquiry_id=inquiry, actor="anna")
    panel = inquiry_panel(qtbot, ctx, inquiry)
    saved = panel.save_to(row, tmp_path / "kopia.pdf")
    assert saved is not None
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == row.sha256


# -- the bin ---------------------------------------------------------------------------------------


def test_remove_undo_and_restore_from_the_bin(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path]
) -> None:
    for name in (POLISH, FRENCH):
        documents.attach(db, files[name], inquiry_id=inquiry, actor="anna")
    panel = inquiry_panel(qtbot, ctx, inquiry)
    panel.table.selectRow(1)  # the Polish one: the older
    assert [d.name for d in panel.bin.remove_selected()] == [POLISH]
    assert [r[0] for r in shown(panel)] == [FRENCH]
    assert panel.bar.isVisible() and panel.bar.button.text() == "Undo"
    assert panel.bar.label.text() == f"Moved to the bin for 30 days: {POLISH}."
    panel.bar.button.click()  # Undo
    assert [r[0] for r in shown(panel)] == [FRENCH, POLISH] and not panel.bar.isVisible()

    panel.table.selectAll()
    panel.bin.remove_selected()
    assert tab_title(panel) == "Documents (0)" and panel.bin_button.text() == "Bin (2)"
    panel.bin_button.click()  # the bin
    assert panel.restore_button.isVisible() and not panel.remove_button.isVisible()
    header = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in (3, 4)]
    assert header == ["Removed by", "Removed"]
    assert {r[3] for r in shown(panel)} == {"Anna Kowalska"}
    assert sorted(r[0] for r in shown(panel)) == sorted([POLISH, FRENCH])
    row = [r[0] for r in shown(panel)].index(POLISH)
    panel.table.selectRow(row)
    assert [d.name for d in panel.bin.restore_selected()] == [POLISH]
    assert [r[0] for r in shown(panel)] == [FRENCH] and panel.bin_button.text() == "Bin (1)"
    panel.bin_button.click()  # back to the documents
    assert [r[0] for r in shown(panel)] == [POLISH] and tab_title(panel) == "Documents (1)"
    assert [d.name for d in documents.list_bin(db, inquiry_id=inquiry)] == [FRENCH]


def test_the_window_empties_the_bin_of_what_is_older_than_30_days_at_start(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int
) -> None:
    old = documents.attach(db, b"%PDF old", name=POLISH, inquiry_id=inquiry, actor="anna")
    recent = documents.attach(db, b"%PDF new", name=FRENCH, inquiry_id=inquiry, actor="anna")
    documents.remove(db, old.id, actor="anna", now=datetime.now(UTC).replace(tzinfo=None)
                     - timedelta(days=31))  # fmt: skip
    documents.remove(db, recent.id, actor="anna")
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(app.check_later(ctx, parent).finished, timeout=10_000):
        pass
    assert [d.name for d in documents.list_bin(db, inquiry_id=inquiry)] == [FRENCH]


def test_a_read_only_database_shows_documents_but_changes_none(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: int, files: dict[str, Path]
) -> None:
    documents.attach(db, files[POLISH], inquiry_id=inquiry, actor="anna")
    db.read_only = True  # a desk copy of the office server, opened with --db
    panel = inquiry_panel(qtbot, ctx, inquiry)
    panel.table.selectRow(0)
    assert [r[0] for r in shown(panel)] == [POLISH]
    assert panel.open_button.isEnabled() and panel.save_button.isEnabled()
    assert not panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    assert panel.add_paths([files[FRENCH]]) is None
