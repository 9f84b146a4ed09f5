"""The export dialog: what, format, a save dialog in Documents, rows written and read back."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from msek_desktop.core import contacts, demo, exchanges, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.exporting import HEADERS
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.models import FollowUp, Inquiry
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.export_dialog import ExportDialog
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

TODAY = date(2026, 11, 25)
Speak = Callable[[str, set[str], QWidget], set[str]]  # tests/ui/conftest.py's speak
Shown = Callable[[Any], Any]  # and its shown


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    """Thirty demo inquiries with their people, organisations and follow-ups."""
    return new_database(db_path, demo.generate, inquiries=30, seed=3)


@pytest.fixture
def ctx(database: Database, languages: Languages) -> AppContext:
    """In English first (the texts the tests compare)."""
    languages.switch("en")
    return AppContext(db=database, me="anowak", languages=languages, today=lambda: TODAY)


@pytest.fixture
def dialog(shown: Shown, ctx: AppContext, asked: Asked) -> ExportDialog:
    """The dialog, shown; what it tells the user is in `asked`."""
    return shown(ExportDialog(ctx))


def followup_count(db: Database) -> int:
    """Every follow-up, done or not, of a live inquiry (what the export writes)."""
    with db.read() as session:
        stmt = (
            select(func.count())
            .select_from(FollowUp)
            .join(Inquiry, FollowUp.inquiry_id == Inquiry.id)
            .where(Inquiry.deleted_at.is_(None))
        )
        return int(session.scalar(stmt) or 0)


class SaveDialog:
    """QFileDialog.getSaveFileName answered with `answer`; what it was offered is kept."""

    def __init__(self) -> None:
        self.answer = ""
        self.offered: list[tuple[str, str]] = []

    def __call__(self, _parent: object, _title: str, path: str, kinds: str) -> tuple[str, str]:
        self.offered.append((path, kinds))
        return self.answer, kinds


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    """The save dialog, answered with `save_as.answer` (Cancel until a test sets it)."""
    answered = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answered)
    return answered


def run(qtbot: QtBot, dialog: ExportDialog) -> None:
    operation = dialog.choose_and_export()
    assert operation is not None
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=20_000)


def test_inquiries_to_xlsx_in_documents_read_back(
    qtbot: QtBot,
    dialog: ExportDialog,
    database: Database,
    isolated_user_dirs: Path,
    asked: Asked,
    tmp_path: Path,
    save_as: SaveDialog,
) -> None:
    target = tmp_path / "out.xlsx"
    save_as.answer = str(target)
    run(qtbot, dialog)
    offered, kinds = save_as.offered[0]
    assert Path(offered) == isolated_user_dirs / "Documents" / "msek-inquiries-2026-11-25.xlsx"
    assert kinds == "Excel workbooks (*.xlsx)"
    total = inquiries.count_inquiries(database, InquiryFilter())
    assert asked.texts("inform") == [f"{total} rows were written to {target}"]
    assert asked.texts("warn") == []
    book = load_workbook(target, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert list(rows[0]) == list(HEADERS["inquiries"])
    assert len(rows) == total + 1
    refs = {r[0] for r in rows[1:]}
    first = inquiries.list_inquiries(database, InquiryFilter(), limit=1)[0]
    assert first.ref in refs
    assert dialog.result() == ExportDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("what", "total"),
    [
        ("people", contacts.count_contacts),
        ("organisations", organisations.count_organisations),
        ("followups", followup_count),
        ("exchanges", lambda db: len(exchanges.list_exchanges(db))),
    ],
)
def test_csv_of_each_kind_with_the_extension_added(
    qtbot: QtBot,
    dialog: ExportDialog,
    database: Database,
    asked: Asked,
    tmp_path: Path,
    what: str,
    total: object,
    save_as: SaveDialog,
) -> None:
    dialog.what.set_code(what)
    dialog.csv.setChecked(True)
    save_as.answer = str(tmp_path / "liste")
    run(qtbot, dialog)
    assert Path(save_as.offered[0][0]).name == f"msek-{what}-2026-11-25.csv"
    written = tmp_path / "liste.csv"
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == list(HEADERS[what])
    count = total(database)  # type: ignore[operator]
    assert count > 0 and len(rows) == count + 1
    assert asked.texts("inform") == [f"{count} rows were written to {written}"]


def test_a_wrong_extension_is_a_plain_message(
    dialog: ExportDialog, asked: Asked, tmp_path: Path, save_as: SaveDialog
) -> None:
    save_as.answer = str(tmp_path / "notes.txt")
    assert dialog.choose_and_export() is None
    assert asked.texts("warn") == [
        "Cannot export to notes.txt: the file name must end in .xlsx or .csv."
    ]
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "notes.txt").exists()
    assert dialog.isVisible()


def test_a_write_error_is_a_plain_message(
    qtbot: QtBot, dialog: ExportDialog, asked: Asked, tmp_path: Path, save_as: SaveDialog
) -> None:
    target = tmp_path / "no such folder" / "out.xlsx"
    save_as.answer = str(target)
    run(qtbot, dialog)
    assert len(asked.texts("warn")) == 1
    assert asked.texts("warn")[0].startswith(f"Cannot write {target}: ")
    assert asked.texts("inform") == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()


@pytest.mark.database_file  # the database file itself as the target
def test_the_open_database_is_refused_as_on_the_command_line(
    qtbot: QtBot,
    dialog: ExportDialog,
    database: Database,
    asked: Asked,
    tmp_path: Path,
    save_as: SaveDialog,
) -> None:
    before = database.path.read_bytes()
    link = tmp_path / "office.xlsx"
    link.symlink_to(database.path)  # an innocent name that leads to the database
    save_as.answer = str(link)
    run(qtbot, dialog)
    assert asked.texts("warn") == [
        f"Cannot export to {link}: it is the database itself (or one of its files); "
        "choose another name."
    ]
    assert asked.texts("inform") == []
    assert database.path.read_bytes() == before and link.is_symlink()
    assert inquiries.count_inquiries(database) == 30
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_every_refusal_has_words_in_the_window(tmp_path: Path) -> None:
    from msek_desktop.core.exporting import ExportRefused
    from msek_desktop.ui.dialogs.export_dialog import export_problem

    target = tmp_path / "x.csv"
    for reason in ExportRefused.REASONS:
        shown = export_problem(ExportRefused(reason, target, "core words", "detail"))
        assert shown != "core words" and "%1" not in shown and "%2" not in shown, reason


def test_cancelling_the_save_dialog_does_nothing(
    dialog: ExportDialog, asked: Asked, save_as: SaveDialog
) -> None:
    save_as.answer = ""
    assert dialog.choose_and_export() is None
    assert asked.shown == []
    assert dialog.isVisible()


def test_what_can_be_exported(dialog: ExportDialog) -> None:
    assert [dialog.what.itemText(i) for i in range(dialog.what.count())] == [
        "Inquiries", "People", "Organisations", "Follow-ups", "Exchanges",
    ]  # fmt: skip
    assert dialog.what.code() == "inquiries" and dialog.xlsx.isChecked()


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_the_dialog_speaks_the_language(dialog: ExportDialog, lang: str, speak: Speak) -> None:
    english = speak(lang, {"Export"}, dialog)
    assert "Follow-ups" in english
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        texts += [widget.text(), widget.accessibleName()]
    for combo in dialog.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())] + [combo.accessibleName()]
        assert combo.accessibleName()
    assert [t for t in texts if t in english] == []
