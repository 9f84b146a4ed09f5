"""File › Activity report…: year and language, the highlights edited and saved right there,
the PDF and the workbook made off the GUI thread, the PDF offered to be opened."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, highlights, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.activity_report import ActivityReportDialog, default_year
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.questions import Unsaved
from msek_desktop.ui.window.data_actions import install_data_actions

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

TODAY = date(2027, 2, 10)  # February: last year's report is the one to write
Shown = Callable[[Any], Any]


def make_office(db: Database) -> None:
    """Two inquiries received in 2026, one in 2025."""
    org = organisations.create_organisation(db, {"name": "Szkoła Muzyczna", "side": "katowice"})
    person = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": org.id},
    )  # fmt: skip
    for day, subject in ((date(2026, 3, 2), "Chór"), (date(2026, 9, 9), "Koncert"),
                         (date(2025, 5, 5), "Staż")):  # fmt: skip
        inquiries.create_inquiry(db, {"subject": subject, "contact_id": person.id,
                                      "received_on": day})  # fmt: skip


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, make_office)


@pytest.fixture
def ctx(database: Database, languages: Languages) -> AppContext:
    languages.switch("en")
    return AppContext(db=database, me="anowak", languages=languages, today=lambda: TODAY)


@pytest.fixture
def dialog(shown: Shown, ctx: AppContext, asked: Asked) -> ActivityReportDialog:
    return shown(ActivityReportDialog(ctx))


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True, text=True)  # fmt: skip
    return " ".join(done.stdout.split())


def test_the_year_is_last_year_until_the_end_of_february() -> None:
    assert default_year(2027, 1) == 2026 and default_year(2027, 2) == 2026
    assert default_year(2027, 3) == 2027 and default_year(2026, 12) == 2026


def test_it_opens_on_last_year_in_the_window_s_language(dialog: ActivityReportDialog) -> None:
    assert dialog.year.value() == 2026 and dialog.year.maximum() == 2027
    assert dialog.language.code() == "en"
    assert dialog.text.toPlainText() == "" and not dialog.save_button.isEnabled()


def test_highlights_are_saved_and_shown_per_year_and_language(
    dialog: ActivityReportDialog, database: Database
) -> None:
    dialog.language.set_code("pl")
    dialog.text.setPlainText("Rok chóru – zażółć gęślą jaźń")
    assert dialog.save_button.isEnabled()
    assert dialog.save_highlights()
    assert highlights.get_highlights(database, 2026, "pl").text == "Rok chóru – zażółć gęślą jaźń"
    assert not dialog.save_button.isEnabled()
    dialog.language.set_code("fr")
    assert dialog.text.toPlainText() == ""
    dialog.language.set_code("pl")
    assert dialog.text.toPlainText() == "Rok chóru – zażółć gęślą jaźń"


def test_changes_are_asked_about_before_another_year(
    dialog: ActivityReportDialog, database: Database, asked: Asked
) -> None:
    dialog.text.setPlainText("A year of choirs")
    asked.answers["ask_unsaved"] = [Unsaved.CANCEL, Unsaved.SAVE]
    dialog.year.setValue(2025)  # Cancel: still 2026, the text kept
    assert dialog.year.value() == 2026 and dialog.text.toPlainText() == "A year of choirs"
    dialog.year.setValue(2025)  # Save: kept for 2026, then 2025's shown
    assert dialog.year.value() == 2025 and dialog.text.toPlainText() == ""
    assert highlights.get_highlights(database, 2026, "en").text == "A year of choirs"
    assert "highlights of 2026 (English)" in asked.texts("ask_unsaved")[0]


def test_another_desk_s_text_is_never_overwritten(
    dialog: ActivityReportDialog, database: Database, asked: Asked
) -> None:
    highlights.save_highlights(database, 2026, "en", "Marc's text", expected_version=0,
                               today=TODAY)  # fmt: skip
    dialog.text.setPlainText("Anna's text")
    asked.answers["ask_reload"] = True
    assert not dialog.save_highlights()
    assert highlights.get_highlights(database, 2026, "en").text == "Marc's text"
    assert dialog.text.toPlainText() == "Marc's text"  # reloaded, as answered


def test_it_makes_the_pdf_and_the_workbook_and_offers_the_pdf(
    qtbot: QtBot,
    dialog: ActivityReportDialog,
    database: Database,
    asked: Asked,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []

    def save_as(_parent: object, _title: str, path: str, kinds: str) -> tuple[str, str]:
        offered.append(path)
        return str(tmp_path / "rapport"), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.language.set_code("fr")
    dialog.xlsx.setChecked(True)
    dialog.text.setPlainText("Le chœur « Polifonia » à Saint-Étienne & <b>Katowice</b>")
    operation = dialog.choose_and_make()
    assert operation is not None
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    pdf, xlsx = tmp_path / "rapport.pdf", tmp_path / "rapport.xlsx"
    assert dialog.written == [pdf, xlsx]
    assert offered[0].endswith("Activity report 2026 (FR).pdf")
    text = pdf_text(pdf)
    assert "Rapport d’activité 2026" in text
    assert "Le chœur « Polifonia » à Saint-Étienne & <b>Katowice</b>" in text  # saved first
    assert highlights.get_highlights(database, 2026, "fr").version == 1
    summary = openpyxl.load_workbook(xlsx).worksheets[0]
    assert (summary.title, summary["B2"].value, summary["C2"].value) == ("Chiffres clés", 2, 1)
    assert "Open the PDF now?" in asked.texts("confirm")[-1]  # answered No: nothing opened


def test_nothing_chosen_makes_nothing(dialog: ActivityReportDialog) -> None:
    dialog.pdf.setChecked(False)
    assert not dialog.make_button.isEnabled()
    assert dialog.choose_and_make() is None


def test_the_file_menu_has_it_right_after_export(ctx: AppContext, shown: Shown) -> None:
    window = shown(QMainWindow())
    window.menu_file = window.menuBar().addMenu("File")
    quit_action = window.menu_file.addAction("Quit")
    window.act_quit = quit_action
    install_data_actions(window, ctx)
    names = [a.objectName() for a in window.menu_file.actions()]
    at = names.index("actExport")
    assert names[at + 1] == "actActivityReport"
    assert window.report_actions.act_report.text() == "&Activity report…"
    opened = window.report_actions.open_report()
    assert isinstance(opened, ActivityReportDialog)
