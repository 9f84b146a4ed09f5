"""The import wizard: file, column mapping, preview (dry run), import; the File menu entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from msek_desktop.core import contacts, demo, importing, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.errors import Message
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.models import Contact, Inquiry, Organisation
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.importing import ImportWizard
from msek_desktop.ui.dialogs.importing.mapping_page import MappingPage
from msek_desktop.ui.dialogs.importing.texts import COLUMN_NAMES, row_reason
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

POLISH_HEADERS = ["Imię", "Nazwisko", "E-mail", "Organizacja", "Temat", "Data wpływu", "Uwagi"]
POLISH_ROWS = [
    ["Łucja", "Wiśniewska", "lucja@example.pl", "Szkoła Muzyczna w Łodzi", "Wymiana chórów",
     "14.03.2025", "pilne"],
    ["Zbigniew", "Żółkiewski", "", "Szkoła Muzyczna w Łodzi", "Koncert źródeł", "2025-04-02",
     "ze szkołą"],
    ["Ewa", "Gęślarz", "ewa@example.pl", "", "Warsztaty ceramiki", "03/05/2025", ""],
]  # fmt: skip


# -- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture
def ctx(db_path: Path, new_database: Callable[..., Database], languages: Languages) -> AppContext:
    """Ten demo inquiries, in English first: English plurals ("1 row") come from msek_en."""
    languages.switch("en")
    office = new_database(db_path, demo.generate, inquiries=10, seed=1)
    return AppContext(db=office, me="anowak", languages=languages)


@pytest.fixture
def database(ctx: AppContext) -> Database:
    return ctx.db


@pytest.fixture
def wizard(shown: Shown, ctx: AppContext, asked: Asked) -> ImportWizard:
    """The wizard, shown; what it tells the user is in `asked`."""
    return shown(ImportWizard(ctx))


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str) -> Path:
    lines = [";".join(headers), *(";".join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


Choose = Callable[..., Path]
Speak = Callable[[str, set[str], QWidget], set[str]]  # tests/ui/conftest.py's speak
Shown = Callable[[Any], Any]  # and its shown


@pytest.fixture
def choose(wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Choose:
    """choose(path) picks `path` in the first page's file dialog; choose(name, headers, rows,
    encoding="cp1250") first writes that CSV file in tmp_path."""

    def pick(
        file: Path | str,
        headers: list[str] | None = None,
        rows: list[list[str]] | None = None,
        encoding: str = "cp1250",
    ) -> Path:
        path = file
        if isinstance(file, str):
            path = write_csv(tmp_path / file, headers or [], rows or [], encoding)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
        wizard.file_page.choose.click()
        return Path(path)

    return pick


def settle(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    settle(qtbot, wizard)


def combo_codes(page: MappingPage) -> list[str | None]:
    return [c.currentData() for c in page.combos]


def set_code(page: MappingPage, position: int, code: str | None) -> None:
    combo = page.combos[position]
    combo.setCurrentIndex(combo.findData(code))


def count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def next_enabled(wizard: ImportWizard) -> bool:
    page = wizard.currentPage()
    which = (
        QWizard.WizardButton.CommitButton
        if page.isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    return wizard.button(which).isEnabled()


# -- the file ----------------------------------------------------------------------------


def test_windows_1250_csv_is_read_and_the_mapping_prefilled(
    wizard: ImportWizard, choose: Choose
) -> None:
    choose("zapytania.csv", POLISH_HEADERS, POLISH_ROWS)
    facts = wizard.file_page.facts.text()
    assert "Windows-1250" in facts and "semicolon" in facts
    assert "3 rows below the header line." in facts and "7 columns." in facts
    assert wizard.file_page.isComplete() and not wizard.file_page.error.isVisible()
    wizard.next()
    page = wizard.mapping_page
    assert combo_codes(page) == [
        "first_name", "last_name", "email", "organisation", "subject", "received_on", None,
    ]  # fmt: skip
    headers = [page.findChild(QLabel, f"import_header_{i}").text() for i in range(7)]
    assert headers == POLISH_HEADERS
    assert page.findChild(QLabel, "import_sample_1").text() == "Wiśniewska"
    assert page.combos[0].itemText(0) == "Do not import"
    assert page.combos[0].currentText() == "First name"
    assert page.isComplete() and not page.problems.isVisible()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "old Excel file (.xls)"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "not an Excel workbook"),
        ("only_header.csv", b"Nazwisko;Temat\r\n", "no rows below the header line"),
        ("empty.csv", b"", "The file is empty"),
    ],
)
def test_an_unreadable_file_is_explained_on_the_page(
    wizard: ImportWizard, tmp_path: Path, name: str, content: bytes, expected: str, choose: Choose
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    choose(path)
    page = wizard.file_page
    assert page.error.isVisible() and expected in page.error.text()
    assert page.error.objectName() == "error_file"
    assert not page.isComplete() and not next_enabled(wizard)
    assert page.facts.text() == "" or "0 rows below the header line" in page.facts.text()


def test_a_missing_file_typed_in_is_explained(wizard: ImportWizard, tmp_path: Path) -> None:
    page = wizard.file_page
    assert not page.load(tmp_path / "nowhere.csv")
    assert "does not exist" in page.error.text()


def test_choosing_a_good_file_after_a_bad_one(
    wizard: ImportWizard, tmp_path: Path, choose: Choose
) -> None:
    bad = tmp_path / "bad.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    choose(bad)
    assert not next_enabled(wizard)
    choose("ok.csv", POLISH_HEADERS, POLISH_ROWS)
    assert not wizard.file_page.error.isVisible()
    assert next_enabled(wizard)


# -- the mapping -------------------------------------------------------------------------


def test_a_column_chosen_twice_is_flagged(wizard: ImportWizard, choose: Choose) -> None:
    choose("z.csv", POLISH_HEADERS, POLISH_ROWS)
    wizard.next()
    page = wizard.mapping_page
    set_code(page, 6, "subject")
    assert page.marks[6].isVisible() and page.marks[4].isVisible()
    assert page.marks[6].text() == "Chosen for another column too."
    assert not page.marks[0].isVisible()
    assert "Subject is chosen for more than one column." in page.problems.text()
    assert not page.isComplete() and not next_enabled(wizard)
    set_code(page, 6, None)
    assert not page.problems.isVisible() and next_enabled(wizard)


def test_missing_required_columns_are_flagged_before_going_on(
    wizard: ImportWizard, choose: Choose
) -> None:
    rows = [["Nowak", "Wymiana", "x"]]
    choose("z.csv", ["Kto", "Co", "Uwagi"], rows, encoding="utf-8")
    wizard.next()
    page = wizard.mapping_page
    assert combo_codes(page) == [None, None, None]
    assert "Choose the column that holds the subject." in page.problems.text()
    assert "last name or the organisation" in page.problems.text()
    assert not next_enabled(wizard)
    set_code(page, 1, "subject")
    assert "subject" not in page.problems.text() and not next_enabled(wizard)
    set_code(page, 0, "organisation")
    assert not page.problems.isVisible() and next_enabled(wizard)


def test_a_changed_mapping_is_used_by_the_import(
    qtbot: QtBot, wizard: ImportWizard, database: Database, choose: Choose
) -> None:
    choose("z.csv", POLISH_HEADERS, POLISH_ROWS)
    wizard.next()
    set_code(wizard.mapping_page, 6, "message")  # "Uwagi" becomes the message
    set_code(wizard.mapping_page, 2, None)  # emails left out
    to_preview(qtbot, wizard)
    assert wizard.state.preview is not None and wizard.state.preview.ok
    wizard.next()
    settle(qtbot, wizard)
    found = {
        i.subject: inquiries.get_inquiry(database, i.id)
        for i in inquiries.list_inquiries(database, InquiryFilter(search="Wymiana chórów"))
    }
    detail = found["Wymiana chórów"]
    assert detail.message == "pilne"
    person = contacts.get_contact(database, detail.contact.id)
    assert (person.first_name, person.last_name, person.email) == ("Łucja", "Wiśniewska", "")


def test_going_back_keeps_the_choices_made(
    qtbot: QtBot, wizard: ImportWizard, choose: Choose
) -> None:
    choose("z.csv", POLISH_HEADERS, POLISH_ROWS)
    wizard.next()
    set_code(wizard.mapping_page, 6, "message")
    to_preview(qtbot, wizard)
    wizard.back()
    assert combo_codes(wizard.mapping_page)[6] == "message"
    wizard.back()
    choose("y.csv", POLISH_HEADERS, POLISH_ROWS, encoding="utf-8")
    wizard.next()
    assert combo_codes(wizard.mapping_page)[6] is None  # another file: mapped afresh


# -- preview and import ------------------------------------------------------------------


def bad_rows() -> list[list[str]]:
    rows = [list(r) for r in POLISH_ROWS]
    rows[1][2] = "not-an-email"  # line 3
    rows[2][5] = "31.02.2025"  # line 4
    rows[2][4] = ""  # line 4: no subject
    return rows


def test_invalid_rows_are_listed_and_nothing_can_be_imported(
    qtbot: QtBot, wizard: ImportWizard, database: Database, qtmodeltester: Any, choose: Choose
) -> None:
    before = count(database, Inquiry)
    choose("z.csv", POLISH_HEADERS, bad_rows())
    wizard.next()
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    shown = [
        tuple(page.errors_model.index(r, c).data() for c in range(3))
        for r in range(page.errors_model.rowCount())
    ]
    assert ("3", "Email", "This is not a valid email address.") in shown
    assert ("4", "Subject", "Required.") in shown
    assert ("4", "Received on", "Not a valid date: that month has only 28 days.") in shown
    assert page.problem.isVisible()
    assert "2 rows cannot be imported." in page.problem.text()
    assert "fix the file" in page.problem.text()
    assert page.summary.text() == "1 row is correct."
    assert page.tabs.isTabVisible(0) and page.tabs.currentIndex() == 0
    assert not page.isComplete() and not next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is page
    qtmodeltester.check(page.errors_model)
    qtmodeltester.check(page.matches_model)
    assert count(database, Inquiry) == before


def test_a_good_xlsx_file_imports_with_matches(
    qtbot: QtBot,
    wizard: ImportWizard,
    database: Database,
    ctx: AppContext,
    tmp_path: Path,
    qtmodeltester: Any,
    choose: Choose,
) -> None:
    known = contacts.find_contacts(database, "", limit=1)[0]
    org = organisations.find_organisations(database, "", limit=1)[0]
    headers = [
        "first_name",
        "Last name",
        "Email",
        "Organisation",
        "Subject",
        "Received on",
        "Field",
    ]
    rows = [
        [known.first_name, known.last_name, known.email, "", "Résidence d'artistes", "2025-01-10",
         "music"],
        ["Anne", "Nouvelle", "anne@example.fr", org.name, "Échange scolaire", "2025-02-11", ""],
        ["Jan", "Świeży", "", "Zupełnie Nowa Fundacja", "Festiwal", "2025-02-12", "film"],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "inquiries.xlsx", headers, rows)
    before = (count(database, Inquiry), count(database, Contact), count(database, Organisation))
    changed: list[bool] = []
    ctx.events.data_changed.connect(lambda: changed.append(True))

    choose(path)
    assert "Excel workbook" in wizard.file_page.facts.text()
    wizard.next()
    assert combo_codes(wizard.mapping_page) == [
        "first_name", "last_name", "email", "organisation", "subject", "received_on", "field",
    ]  # fmt: skip
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    summary = page.summary.text()
    assert summary == (
        "The import will add:\n•  3 inquiries\n•  2 new people\n•  1 new organisation\n"
        "Linked to records already there, which stay unchanged:\n•  1 person\n•  1 organisation"
    )
    matches = [
        tuple(page.matches_model.index(r, c).data() for c in range(4))
        for r in range(page.matches_model.rowCount())
    ]
    assert ("2", "Person", f"{known.first_name} {known.last_name}", "same email") in matches
    assert any(m[0] == "3" and m[1] == "Organisation" and m[2] == org.name for m in matches)
    assert not page.tabs.isTabVisible(0) and page.tabs.isTabVisible(1)
    qtmodeltester.check(page.matches_model)
    assert page.isComplete() and next_enabled(wizard)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"
    assert count(database, Inquiry) == before[0]  # the preview wrote nothing

    wizard.next()
    settle(qtbot, wizard)
    assert wizard.state.outcome is not None and wizard.state.outcome.written
    assert count(database, Inquiry) == before[0] + 3
    assert count(database, Contact) == before[1] + 2
    assert count(database, Organisation) == before[2] + 1
    assert changed == [True]
    result = wizard.done_page.result_label.text()
    assert result.startswith("Done.") and "3 inquiries" in result
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    found = inquiries.list_inquiries(database, InquiryFilter(search="Festiwal"))
    assert [i.subject for i in found] == ["Festiwal"]


def contact_of_subject(db: Database, subject: str) -> int | None:
    with db.read() as session:
        return session.scalar(select(Inquiry.contact_id).where(Inquiry.subject == subject))


def test_possible_matches_are_linked_only_when_confirmed_row_by_row(
    qtbot: QtBot, wizard: ImportWizard, database: Database, qtmodeltester: Any, choose: Choose
) -> None:
    anna = contacts.create_contact(
        database, {"first_name": "Anna", "last_name": "Zawierucha", "side": "katowice"}
    )
    jan = contacts.create_contact(
        database, {"first_name": "Jan", "last_name": "Brzęczyszczykiewicz", "side": "katowice"}
    )
    rows = [
        ["Hanna", "Zawierucha", "Pierwszy"],
        ["Jan", "Brzęczyszczykiewic", "Drugi"],
        ["Hanna", "Zawierucha", "Trzeci"],
    ]
    before = count(database, Contact)
    choose("p.csv", ["Imię", "Nazwisko", "Temat"], rows, encoding="utf-8")
    wizard.next()
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    possible = page.possible
    assert page.tabs.isTabVisible(2) and page.tabs.currentIndex() == 2
    assert page.tabs.tabText(2) == "To confirm (2)"
    model = possible.model
    shown = [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert shown == [
        ("2", "Person", "Hanna Zawierucha", "Anna Zawierucha", "New record", "",
         "same last name, a similar first name"),
        ("3", "Person", "Jan Brzęczyszczykiewic", "Jan Brzęczyszczykiewicz", "New record", "",
         "same first name, a similar last name"),
    ]  # fmt: skip
    assert "2 rows may name a person or an organisation already recorded" in page.summary.text()
    # a reason elided in its narrow column is shown whole on hover
    tip = model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "same last name, a similar first name"
    qtmodeltester.check(model)

    possible.view.selectRow(0)
    qtbot.mouseClick(possible.link_button, Qt.MouseButton.LeftButton)
    possible.view.selectRow(1)
    qtbot.mouseClick(possible.link_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(possible.new_button, Qt.MouseButton.LeftButton)  # changed their mind
    assert [model.index(r, 4).data() for r in range(2)] == ["Link to this record", "New record"]
    assert wizard.state.decisions() == {(2, "contact"): anna.id, (3, "contact"): importing.NEW}

    wizard.next()
    settle(qtbot, wizard)
    assert wizard.state.outcome is not None and wizard.state.outcome.written
    assert contact_of_subject(database, "Pierwszy") == anna.id
    assert contact_of_subject(database, "Trzeci") == anna.id  # the same person again
    assert contact_of_subject(database, "Drugi") not in (None, jan.id)
    assert count(database, Contact) == before + 1


def test_a_rejected_import_says_why_and_writes_nothing(
    qtbot: QtBot, wizard: ImportWizard, database: Database, choose: Choose
) -> None:
    choose("z.csv", POLISH_HEADERS, POLISH_ROWS)
    wizard.next()
    to_preview(qtbot, wizard)
    before = count(database, Inquiry)
    table = wizard.state.table
    assert table is not None
    # the file's rows changed under the wizard (the preview was of other rows)
    broken = [(line, [*cells[:2], "bad@", *cells[3:]]) for line, cells in table.rows]
    wizard.state.table = importing.Table(table.headers, broken, table.encoding, table.delimiter)
    wizard.next()
    settle(qtbot, wizard)
    text = wizard.done_page.result_label.text()
    assert text.startswith("Nothing was imported: 3 rows are not correct.")
    assert "Line 2, Email: This is not a valid email address." in text
    assert wizard.state.outcome is None and count(database, Inquiry) == before


def test_row_reasons_are_translated_from_the_core_code() -> None:
    unknown = Message("unknown_code", value="Marsz", allowed="email, phone")
    assert row_reason(unknown) == "“Marsz” is not known here; write one of: email, phone."
    assert row_reason(Message("date_format")) == (
        "Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY."
    )
    # a plain text, from a rule not yet coded, is shown as it is: never parsed
    assert row_reason('"Marsz" is not known; write one of: email') == (
        '"Marsz" is not known; write one of: email'
    )
    assert set(COLUMN_NAMES) == set(importing.COLUMNS)


# -- the window ----------------------------------------------------------------------------


CONTROLS = (QLineEdit, QComboBox, QTableView)


def shown_texts(root: QWidget) -> list[str]:
    """Titles, labels, buttons, combo items, tabs, headers and accessible names."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        model = widget.model() if isinstance(widget, QTableView) else None
        if model is not None:
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
    return texts


def unnamed(root: QWidget) -> list[str]:
    return [
        w.objectName()
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(root)
        and not isinstance(w.parentWidget(), QComboBox)
        and not w.accessibleName()
    ]


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_every_page_speaks_the_language_and_names_its_controls(
    qtbot: QtBot, wizard: ImportWizard, lang: str, choose: Choose, speak: Speak
) -> None:
    english = speak(lang, {"Import"}, wizard)
    assert "Do not import" in english
    choose("z.csv", POLISH_HEADERS, bad_rows())
    for _page in range(3):
        settle(qtbot, wizard)
        page = wizard.currentPage()
        assert [t for t in shown_texts(wizard) if t in english] == [], page.objectName()
        assert unnamed(page) == [], page.objectName()
        wizard.next()
    assert wizard.currentPage() is wizard.preview_page  # invalid rows: no further
