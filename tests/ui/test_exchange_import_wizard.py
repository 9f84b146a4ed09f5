"""The import wizard for a file of exchanges: what the file holds guessed from its header line
(and shown, to be changed), the exchanges' columns to map, the preview's rows that cannot be
imported, the import in the background (every row or none), and the Exchanges screen's
Import… button."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import exchange_fixtures as shared
import pytest
from exchange_fixtures import Office
from PySide6.QtWidgets import QFileDialog, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from msek_desktop.core import exchanges, exporting
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges import ItemRow
from msek_desktop.core.importing import exchange_columns
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.importing import ImportWizard
from msek_desktop.ui.dialogs.importing.texts import EXCHANGE_COLUMN_NAMES
from msek_desktop.ui.screens.exchanges import ExchangesScreen

db, ctx, office = shared.db, shared.ctx, shared.office  # fixtures
make_exchange, TODAY = shared.make_exchange, shared.TODAY
pytestmark = shared.MARKS

PROGRAMME = [
    {"day": "2026-11-28", "place": "Opéra", "what": "Concert\n  the choir, then the orchestra"},
    {"day": "2026-11-27", "place": "", "what": "Arrival | welcome"},
]


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> ImportWizard:
    widget = ImportWizard(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(wizard: ImportWizard, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    wizard.file_page.choose.click()


def settle(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)


def button(wizard: ImportWizard, what: str) -> QRadioButton:
    found = wizard.file_page.findChild(QRadioButton, f"import_what_{what}")
    assert found is not None
    return found


def live(db: Database) -> list[exchanges.ExchangeRow]:
    return exchanges.list_exchanges(db)


def test_an_export_of_exchanges_is_known_by_its_columns_and_imported_back(
    qtbot: QtBot,
    wizard: ImportWizard,
    db: Database,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    concert = make_exchange(
        db, office, "Koncert chóru", kind="concert", starts_on="2026-11-27",
        ends_on="2026-12-03", items=PROGRAMME, funding=[{"source": "erasmus_plus"}],
    )  # fmt: skip
    make_exchange(db, office, "Atelier de lutherie", kind="workshop")
    before = exchanges.get_exchange(db, concert)
    path = tmp_path / "exchanges.xlsx"
    exporting.export(db, path, "exchanges")
    for row in live(db):
        exchanges.set_deleted(db, row.id, True)

    assert wizard.windowTitle() == "Import inquiries" and button(wizard, "inquiries").isChecked()
    choose(wizard, path, monkeypatch)
    assert button(wizard, "exchanges").isChecked()  # guessed from the header line
    assert wizard.windowTitle() == "Import exchanges"
    assert wizard.file_page.subTitle() == "Exchanges with their programme and funding."
    wizard.next()
    page = wizard.mapping_page
    codes = [c.currentData() for c in page.combos]
    assert codes == list(exporting.HEADERS["exchanges"])
    assert page.combos[codes.index("programme")].currentText() == "Programme"
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.exchanges_preview_page
    settle(qtbot, wizard)
    preview = wizard.exchanges_preview_page
    assert preview.summary.text() == "The import will add:\n•  2 exchanges"
    assert not preview.errors_view.isVisible() and preview.isComplete()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"
    assert live(db) == []  # the preview wrote nothing

    changed: list[bool] = []
    wizard.ctx.events.data_changed.connect(lambda: changed.append(True))
    wizard.next()
    assert wizard.currentPage() is wizard.exchanges_done_page
    settle(qtbot, wizard)
    done = wizard.exchanges_done_page.result_label.text()
    assert done == "Done. The import added:\n•  2 exchanges"
    assert changed == [True]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    (again,) = [r for r in live(db) if r.title == "Koncert chóru"]
    got = exchanges.get_exchange(db, again.id)
    assert (
        got.items
        == before.items
        == (
            ItemRow(date(2026, 11, 27), "", "Arrival | welcome"),
            ItemRow(date(2026, 11, 28), "Opéra", "Concert\n  the choir, then the orchestra"),
        )
    )
    assert got.funding == before.funding


BAD = (
    "Titre;Organismes;Début;Fin;Programme\r\n"
    "Bon;Conservatoire Massenet;2026-06-01;2026-06-03;2026-06-02 | Musée | Visite\r\n"
    'Mauvais;Conservatoire Massenet;;;"2026-06-02 | Musée | Visite\r\n31/02/2026 | Opéra |"\r\n'
    "Inconnu;Personne;;;\r\n"
)


def test_rows_that_cannot_be_imported_are_listed_and_nothing_is_written(
    qtbot: QtBot,
    wizard: ImportWizard,
    db: Database,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "échanges.csv"
    path.write_bytes(BAD.encode("cp1250"))
    choose(wizard, path, monkeypatch)
    assert button(wizard, "exchanges").isChecked()
    wizard.next()
    wizard.next()
    settle(qtbot, wizard)
    preview = wizard.exchanges_preview_page
    model = preview.errors_model
    rows = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert rows == [
        ("3", "Programme", "Item 2, day: Not a valid date: that month has only 28 days."),
        ("5", "Organisations (any side)",
         "No organisation named “Personne” is recorded; import or create it first."),
    ]  # fmt: skip
    assert preview.errors_view.isVisible()
    assert preview.summary.text() == "1 row is correct."
    assert "2 rows cannot be imported" in preview.problem.text()
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert live(db) == []


def test_the_choice_changes_the_columns_offered_and_what_a_row_needs(
    wizard: ImportWizard, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Nom;Titre;Notes\r\nNowak;Koncert;x\r\n", encoding="utf-8")
    choose(wizard, path, monkeypatch)
    assert button(wizard, "inquiries").isChecked()  # the header line does not tell: as it was
    button(wizard, "exchanges").click()
    assert wizard.windowTitle() == "Import exchanges"
    wizard.next()
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == [None, "title", None]
    offered = {page.combos[0].itemData(i) for i in range(page.combos[0].count())}
    assert "programme" in offered and "subject" not in offered
    assert page.problems.text() == "Choose a column that holds the organisations."
    assert not page.isComplete()
    page.combos[0].setCurrentIndex(page.combos[0].findData("organisations"))
    assert page.isComplete() and not page.problems.isVisible()
    wizard.back()
    button(wizard, "inquiries").click()
    wizard.next()
    assert page.combos[1].currentData() is None  # a title is not an inquiry's
    assert "Choose the column that holds the subject." in page.problems.text()


def test_the_exchanges_screen_opens_the_wizard_on_exchanges(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    screen = ExchangesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.import_button.text() == "Import…"
    wizard = screen.open_import()
    qtbot.addWidget(wizard)
    assert wizard.state.what == "exchanges" and button(wizard, "exchanges").isChecked()
    assert wizard.windowTitle() == "Import exchanges"
    wizard.close()


def test_a_file_that_does_not_tell_keeps_the_choice_and_one_that_does_changes_it(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = ImportWizard(ctx, what="exchanges")
    qtbot.addWidget(wizard)
    wizard.show()
    unclear = tmp_path / "unclear.csv"
    unclear.write_text("Titre;Notes\r\nKoncert;x\r\n", encoding="utf-8")
    choose(wizard, unclear, monkeypatch)
    assert button(wizard, "exchanges").isChecked() and wizard.state.what == "exchanges"
    inquiries = tmp_path / "inquiries.csv"
    inquiries.write_text("Nazwisko;Temat\r\nNowak;Koncert\r\n", encoding="utf-8")
    choose(wizard, inquiries, monkeypatch)
    assert button(wizard, "inquiries").isChecked() and wizard.state.what == "inquiries"
    assert wizard.windowTitle() == "Import inquiries"


def test_every_column_of_an_exchanges_import_has_a_name_in_the_window() -> None:
    assert set(EXCHANGE_COLUMN_NAMES) == set(exchange_columns.COLUMNS)
    assert set(exchange_columns.COLUMNS) >= set(exporting.HEADERS["exchanges"])
