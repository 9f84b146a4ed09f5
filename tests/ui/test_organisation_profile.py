"""The organisation form's Profile tab (what the partner ranking compares) and its History tab,
checked against the database (an SQLite file, and the office server)."""

from __future__ import annotations

from datetime import date
from typing import Any

import directory_fixtures as shared
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, inquiries, organisations, partner_proposals
from msek_desktop.core.db import Database
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.letters.service import LetterService
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.table import display

db, ctx, marking = shared.db, shared.ctx, shared.marking  # fixtures
pytestmark = shared.MARKS


@pytest.fixture
def massenet(db: Database) -> OrganisationRow:
    return organisations.create_organisation(
        db,
        {
            "name": "Conservatoire Massenet",
            "kind": "music_school",
            "side": "saint_etienne",
            "city": "Saint-Étienne",
            "description_fr": "Le conservatoire de Saint-Étienne.",
        },
    )


def form(qtbot: QtBot, ctx: AppContext, organisation_id: int | None) -> OrganisationForm:
    dialog = shared.kept(qtbot, OrganisationForm(ctx, organisation_id))
    dialog.show()
    return dialog


def edit_profile(dialog: OrganisationForm) -> None:
    profile = dialog.profile
    profile.offers.setPlainText("Masterclasses\nA summer academy")
    profile.seeks.setPlainText("Polish music schools for joint concerts")
    profile.tags.setText("choir,  piano , jazz")
    profile.audiences.boxes["teenagers"].setChecked(True)
    profile.audiences.boxes["students"].setChecked(True)
    profile.languages.setText("FR, en de")
    profile.capacity.setValue(35)
    profile.active.setChecked(False)
    profile.descriptions["description_fr"].setPlainText("Conservatoire à rayonnement régional.")
    profile.descriptions["description_pl"].setPlainText("Konserwatorium w Saint-Étienne.")
    profile.descriptions["description_en"].setPlainText("The music school of Saint-Étienne.")


def test_every_profile_field_is_saved_and_shown_again(
    qtbot: QtBot, ctx: AppContext, db: Database, massenet: OrganisationRow
) -> None:
    dialog = form(qtbot, ctx, massenet.id)
    assert dialog.profile.active.isChecked() and dialog.profile.capacity.capacity() is None
    edit_profile(dialog)
    assert dialog.is_dirty()
    assert dialog.save()
    stored = organisations.get_organisation(db, massenet.id)
    assert stored.offers == "Masterclasses\nA summer academy"
    assert stored.seeks == "Polish music schools for joint concerts"
    assert stored.tags == ("choir", "piano", "jazz")
    assert stored.audiences == ("teenagers", "students")
    assert stored.languages == ("fr", "en", "de")
    assert (stored.capacity, stored.active) == (35, False)
    assert stored.description("fr") == "Conservatoire à rayonnement régional."
    assert stored.description("pl") == "Konserwatorium w Saint-Étienne."
    assert stored.description("en") == "The music school of Saint-Étienne."

    again = form(qtbot, ctx, massenet.id).profile
    assert again.offers.toPlainText() == "Masterclasses\nA summer academy"
    assert again.tags.text() == "choir, piano, jazz"
    assert again.audiences.codes() == ("teenagers", "students")
    assert again.languages.text() == "fr, en, de"
    assert again.capacity.value() == 35 and not again.active.isChecked()
    assert again.descriptions["description_pl"].toPlainText() == "Konserwatorium w Saint-Étienne."
    assert not dialog.is_dirty()  # what was saved is what the form shows


def test_capacity_back_to_unknown_and_a_description_emptied(
    qtbot: QtBot, ctx: AppContext, db: Database, massenet: OrganisationRow
) -> None:
    organisations.update_organisation(db, massenet.id, {"capacity": 12})
    dialog = form(qtbot, ctx, massenet.id)
    assert dialog.profile.capacity.value() == 12
    dialog.profile.capacity.setValue(dialog.profile.capacity.minimum())
    assert dialog.profile.capacity.text() == "unknown"
    dialog.profile.descriptions["description_fr"].clear()
    assert dialog.save()
    stored = organisations.get_organisation(db, massenet.id)
    assert stored.capacity is None and stored.description("fr") == ""


def test_a_new_organisation_is_created_with_its_profile(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = form(qtbot, ctx, None)
    assert dialog.profile.active.isChecked()  # a new organisation is active
    dialog.name.setText("Cité du design")
    dialog.side.set_code("saint_etienne")
    edit_profile(dialog)
    assert dialog.save()
    [saved] = organisations.find_organisations(db, "cite du design")
    assert saved.languages == ("fr", "en", "de") and saved.capacity == 35
    assert saved.description("pl") == "Konserwatorium w Saint-Étienne."


def test_a_wrong_language_code_is_marked_and_nothing_is_saved(
    qtbot: QtBot, ctx: AppContext, db: Database, massenet: OrganisationRow
) -> None:
    dialog = form(qtbot, ctx, massenet.id)
    assert dialog.sections.currentIndex() == 0  # the details first
    dialog.profile.offers.setPlainText("Masterclasses")
    dialog.profile.languages.setText("fr, polish")
    assert not dialog.save()
    error = dialog.findChild(QLabel, "error_languages")
    assert error is not None and error.isVisible()
    assert error.text() == "“polish” is not a two-letter language code such as fr, pl or en."
    assert dialog.sections.currentWidget() is dialog.profile.page  # the refused field shows
    assert dialog.focusWidget() is dialog.profile.languages
    stored = organisations.get_organisation(db, massenet.id)
    assert (stored.offers, stored.languages, stored.version) == ("", (), massenet.version)
    assert dialog.profile.offers.toPlainText() == "Masterclasses"  # the edits stay


def test_a_refused_description_brings_its_language_forward(
    qtbot: QtBot, ctx: AppContext, db: Database, massenet: OrganisationRow
) -> None:
    dialog = form(qtbot, ctx, massenet.id)
    tabs = dialog.profile.description_tabs
    assert tabs.currentIndex() == 0
    dialog.profile.descriptions["description_en"].setPlainText("x" * 5001)
    assert not dialog.save()
    error = dialog.findChild(QLabel, "error_description_en")
    assert error is not None and error.isVisible() and "5000" in error.text().replace(",", "")
    assert (dialog.sections.currentIndex(), tabs.currentIndex()) == (1, 2)
    assert organisations.get_organisation(db, massenet.id).description("en") == ""


def test_the_profile_speaks_the_window_s_language(
    qtbot: QtBot, ctx: AppContext, massenet: OrganisationRow, marking: shared.Marking
) -> None:
    dialog = form(qtbot, ctx, massenet.id)
    marking.on()
    qtbot.waitUntil(lambda: dialog.labels["offers"].text().startswith("[OrganisationForm]"))
    profile = dialog.profile
    assert dialog.labels["languages"].text() == "[OrganisationForm] Languages they work in"
    assert dialog.sections.tabText(1) == "[OrganisationForm] Profile"
    assert profile.audiences.boxes["children"].text() == "[Labels] Children"
    assert profile.description_tabs.tabText(1) == "[Labels] Polish"
    assert profile.capacity.specialValueText() == "[OrganisationForm] unknown"


# -- the History tab -----------------------------------------------------------------------


@pytest.fixture
def lodz(db: Database) -> OrganisationRow:
    return organisations.create_organisation(
        db, {"name": "Akademia Muzyczna w Łodzi", "kind": "university", "side": "katowice"}
    )


def ask(db: Database, organisation: OrganisationRow, subject: str, received: str) -> int:
    """An inquiry sent by someone of `organisation`, received on `received`."""
    person = contacts.create_contact(
        db,
        {"last_name": f"Nowak {subject}", "side": organisation.side,
         "organisation_id": organisation.id},
    )  # fmt: skip
    values = {"subject": subject, "contact_id": person.id, "received_on": received}
    return inquiries.create_inquiry(db, values).id


def history_rows(dialog: OrganisationForm) -> list[list[str]]:
    model = dialog.history.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_history_lists_what_was_sent_proposed_and_written_newest_first(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    massenet: OrganisationRow,
    lodz: OrganisationRow,
    qtmodeltester: Any,
) -> None:
    sent = ask(db, massenet, "Échange de chorales", "2026-02-02")
    declined = ask(db, lodz, "Wymiana chórów", "2026-03-01")
    written = ask(db, lodz, "Koncert", "2026-04-01")
    partner_proposals.propose(
        db, declined, [massenet.id], state="declined", reason="no_capacity", actor="ola"
    )
    partner_proposals.propose(db, written, [massenet.id])  # the letter may move it forward
    LetterService(db, actor=lambda: "ola").make(LetterRequest(written, partner_ids=(massenet.id,)))
    dialog = form(qtbot, ctx, massenet.id)
    qtmodeltester.check(dialog.history.model)
    rows = history_rows(dialog)
    refs = {i: inquiries.get_inquiry(db, i).row.ref for i in (sent, declined, written)}
    assert [r[1:4] for r in rows[-2:]] == [
        ["Proposed as a partner", refs[declined], "Declined — No room or time"],
        ["Inquiry sent", refs[sent], "New"],
    ]
    newest = sorted(r[1:4] for r in rows[:-2])  # the letter and the proposal it made
    assert newest[0] == ["Letter", refs[written], "Partnership proposal, letter 1"]
    assert newest[1][:2] == ["Proposed as a partner", refs[written]]
    at = [item.at for item in dialog.history.model.rows]
    assert at == sorted(at, reverse=True)
    assert rows[-1][0] == display(date(2026, 2, 2))  # the day it was received
    assert [r[4] for r in rows][-1] == "Échange de chorales"
    tab = dialog.tabs.indexOf(dialog.history)
    assert dialog.tabs.tabText(tab) == f"History ({len(rows)})"

    dialog.history.table.setCurrentIndex(dialog.history.model.index(len(rows) - 1, 0))
    with qtbot.waitSignal(ctx.events.open_inquiry) as signal:
        qtbot.keyClick(dialog.history.table, Qt.Key.Key_Return)
    assert signal.args == [sent]


def test_the_history_counts_the_proposals_and_their_outcomes(
    qtbot: QtBot, ctx: AppContext, db: Database, massenet: OrganisationRow, lodz: OrganisationRow
) -> None:
    dialog = form(qtbot, ctx, massenet.id)
    assert dialog.history.summary.text() == "Never proposed as a partner yet."
    outcomes = [("accepted", None), ("accepted", None), ("declined", "timing"),
                ("declined", "no_funding"), ("interested", None)]  # fmt: skip
    for number, (state, reason) in enumerate(outcomes):
        inquiry = ask(db, lodz, f"Wymiana {number}", "2026-05-04")
        partner_proposals.propose(db, inquiry, [massenet.id], state=state, reason=reason)
    ctx.events.data_changed.emit()  # a proposal made elsewhere: the open form follows
    summary = "Proposed 5 times · accepted 2 times · declined 2 times"
    assert dialog.history.summary.text() == summary
    assert dialog.sections.cornerWidget() is dialog.history.summary  # on the form's top line
    assert dialog.history.summary.isVisible()
    assert dialog.history.model.rowCount() == 5


def test_a_new_organisation_has_no_history(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = form(qtbot, ctx, None)
    assert dialog.history.model.rowCount() == 0
    assert not dialog.history.summary.isVisible()


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "Proposed 3 times · accepted once · declined once"),
        ("fr", "Proposé 3 fois · accepté 1 fois · refusé 1 fois"),
        ("pl", "Zaproponowana 3 razy · przyjęła raz · odmówiła raz"),
    ],
)
def test_the_count_of_proposals_is_said_with_each_language_s_plurals(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    massenet: OrganisationRow,
    lodz: OrganisationRow,
    languages: Languages,
    lang: str,
    summary: str,
) -> None:
    for number, (state, reason) in enumerate(
        [("accepted", None), ("declined", "timing"), ("proposed", None)]
    ):
        inquiry = ask(db, lodz, f"Wymiana {number}", "2026-05-04")
        partner_proposals.propose(db, inquiry, [massenet.id], state=state, reason=reason)
    dialog = form(qtbot, ctx, massenet.id)
    languages.switch(lang)
    qtbot.waitUntil(lambda: dialog.history.summary.text() == summary)
