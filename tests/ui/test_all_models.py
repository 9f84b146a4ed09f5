"""Every table model the window builds passes pytest-qt's model tester."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.table import RowsModel
from msek_desktop.ui.window.main_window import SCREENS, MainWindow


def test_every_model_of_screens_and_forms(
    qtbot: QtBot, tmp_path: Path, qtmodeltester: Any, new_database: Any
) -> None:
    db = new_database(tmp_path / "m.db", demo.generate, inquiries=80, seed=2)
    ctx = AppContext(db=db, me="anowak", languages=Languages())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for key, _cls in SCREENS:
        window.show_screen(key)
    inquiry = window.screens["inquiries"].model.rows[0]  # type: ignore[attr-defined]
    forms = [
        window.open_inquiry(inquiry.id),
        ContactForm(ctx, inquiry.contact.id),
        OrganisationForm(ctx, inquiry.organisation.id),
    ]
    for form in forms[1:]:
        qtbot.addWidget(form)
    models = {
        id(m): m
        for root in (window, *forms)
        for m in root.findChildren(QAbstractItemModel)
        if isinstance(m, RowsModel)
    }
    assert len(models) >= 8
    for model in models.values():
        qtmodeltester.check(model)
    for form in forms:
        form.close()
