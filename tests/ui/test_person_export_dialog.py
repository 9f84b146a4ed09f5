"""Personal data › Everything we hold…: the ZIP saved off the GUI thread under a name valid on
Windows, its folder offered; the readable PDF printed; each in the audit list; a place that
cannot be written said in the window's words."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from msek_desktop.core import audit, contacts, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.vocab import AuditAction
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.person_export import PersonExportDialog
from msek_desktop.ui.forms import person_data
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

Shown = Callable[[Any], Any]


def make_office(db: Database) -> int:
    staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    org = organisations.create_organisation(db, {"name": "Szkoła Muzyczna", "side": "katowice"})
    ids = []
    for last in ("Wiśniewska", "Wiśniewski"):
        person = contacts.create_contact(
            db, {"first_name": "Ewa", "last_name": last, "side": "katowice", "language": "pl",
                 "organisation_id": org.id},
        )  # fmt: skip
        inquiries.create_inquiry(db, {"subject": f"Chór {last}", "contact_id": person.id,
                                      "received_on": date(2026, 3, 2)})  # fmt: skip
        ids.append(person.id)
    return ids[0]


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path)


@pytest.fixture
def ewa(database: Database) -> int:
    return make_office(database)


@pytest.fixture
def ctx(database: Database, languages: Languages) -> AppContext:
    languages.switch("en")
    return AppContext(db=database, me="anowak", languages=languages)


@pytest.fixture
def dialog(shown: Shown, ctx: AppContext, ewa: int, asked: Asked) -> PersonExportDialog:
    return shown(PersonExportDialog(ctx, ewa, "Ewa Wiśniewska", "Wiśniewska", "pl"))


def test_the_menu_of_personal_data_offers_it() -> None:
    [entry] = [e for e in person_data.ENTRIES if e[0] == "exportPerson"]
    assert entry[1]() == "Everything we hold…" and entry[3] is False  # not for admins only
    module, _, function = entry[2].partition(":")
    assert module == "msek_desktop.ui.dialogs.person_export" and function == "export_person"


def test_it_says_what_the_file_holds_and_in_which_language(dialog: PersonExportDialog) -> None:
    assert dialog.windowTitle() == "Everything we hold about Ewa Wiśniewska"
    assert "a PDF to read in their language (Polish)" in dialog.about.text()
    assert dialog.save_button.text() == "&Save as ZIP…" and not dialog.folder_button.isVisible()


def test_the_zip_is_saved_in_the_background_and_its_folder_offered(
    qtbot: QtBot, dialog: PersonExportDialog, database: Database, ewa: int, asked: Asked,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    offered: list[str] = []

    def save_as(_parent: object, _title: str, path: str, kinds: str) -> tuple[str, str]:
        offered.append(path)
        return str(tmp_path / "ewa"), kinds  # no extension typed: .zip is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert dialog.choose_and_save() is not None
    assert not dialog.save_button.isEnabled()  # busy
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert Path(offered[0]).name == f"Person {ewa} - Wiśniewska.zip"
    assert dialog.written == tmp_path / "ewa.zip" and dialog.save_button.isEnabled()
    with zipfile.ZipFile(tmp_path / "ewa.zip") as archive:
        found = json.loads(archive.read("person.json"))
        assert archive.read("person.pdf") == dialog.pdf
    assert [i["subject"] for i in found["inquiries"]] == ["Chór Wiśniewska"]
    assert dialog.status.text() == f"Written to {tmp_path / 'ewa.zip'}."
    assert dialog.folder_button.isVisibleTo(dialog)
    assert "Open the folder that holds it now?" in asked.texts("confirm")[-1]
    [entry] = audit.list_audit(database, action=AuditAction.EXPORT_PERSON)
    assert (entry.contact_id, entry.login, entry.detail) == (ewa, "anowak", "ewa.zip")


def test_a_place_that_cannot_be_written_is_said_and_nothing_recorded(
    qtbot: QtBot, dialog: PersonExportDialog, database: Database, asked: Asked, tmp_path: Path
) -> None:
    (tmp_path / "folder.zip").mkdir()
    dialog.save_to(tmp_path / "folder.zip")
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert asked.texts("warn") == [f"Cannot export to {tmp_path / 'folder.zip'}: it is a folder."]
    assert dialog.written is None and audit.list_audit(database) == []


def test_printing_sends_every_page_and_records_it(
    qtbot: QtBot, dialog: PersonExportDialog, database: Database, ewa: int,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    asked_for: list[bytes] = []
    monkeypatch.setattr(dialog, "ask_printer", asked_for.append)
    assert dialog.print_file() is not None  # the PDF is made first, in the background
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert asked_for and asked_for[0].startswith(b"%PDF") and dialog.pdf == asked_for[0]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer, dialog.pdf)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    [entry] = audit.list_audit(database, action=AuditAction.PRINT_PERSON)
    assert (entry.contact_id, entry.login, entry.subject) == (ewa, "anowak", f"person #{ewa}")
