"""The partners of an inquiry in the window: suggested (ranked, with reasons in words) and
proposed (with their state), and the open inquiries that fit an organisation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import directory_fixtures as shared
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, inquiries, organisations, partner_proposals, partners, staff
from msek_desktop.core.db import Database
from msek_desktop.core.partners import Reason
from msek_desktop.core.vocab import BUILTIN_FIELDS
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.forms.partner_panel import InquiryPartners, NoteDialog, StateDialog
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit import partner_texts

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

TODAY = date(2026, 5, 20)
pytestmark = [
    pytest.mark.usefixtures("asked"),
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
]


@dataclass
class Office:
    inquiry_id: int
    massenet: int  # a conservatory in Saint-Étienne, with an email address
    fauriel: int  # a school in Saint-Étienne, without one
    design: int  # the Cité du design
    katowice_school: int  # the requester's own organisation


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anna", Languages(), today=lambda: TODAY)


def org(db: Database, **values: Any) -> int:
    return organisations.create_organisation(db, values).id


@pytest.fixture
def office(db: Database) -> Office:
    school = org(
        db, name="Zespół Szkół Muzycznych", kind="music_school", side="katowice",
        city="Katowice", fields=["music"], languages=["pl", "fr"],
    )  # fmt: skip
    ewa = contacts.create_contact(
        db,
        {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": school, "language": "fr"},
    )  # fmt: skip
    values = {
        "subject": "Wymiana orkiestr szkolnych", "contact_id": ewa.id, "received_on": TODAY,
        "fields": ["music"], "message": "Szukamy konserwatorium do wymiany orkiestr.",
    }  # fmt: skip
    inquiry = inquiries.create_inquiry(db, values, actor="anna")
    return Office(
        inquiry_id=inquiry.id,
        massenet=org(
            db,
            name="Conservatoire Massenet",
            kind="music_school",
            side="saint_etienne",
            city="Saint-Étienne",
            fields=["music"],
            languages=["fr"],
            email="conservatoire@example.fr",
            offers="orchestre, cours de piano",
        ),
        fauriel=org(
            db,
            name="Lycée Fauriel",
            kind="school",
            side="saint_etienne",
            city="Saint-Étienne",
            fields=["education", "music"],
        ),
        design=org(
            db,
            name="Cité du design",
            kind="cultural",
            side="saint_etienne",
            city="Saint-Étienne",
            fields=["design"],
            email="cite@example.fr",
        ),
        katowice_school=school,
    )


def open_form(qtbot: QtBot, ctx: AppContext, inquiry_id: int) -> InquiryForm:
    form = InquiryForm(ctx, inquiry_id)
    qtbot.addWidget(form)
    form.show()
    return form


def partners_tab(qtbot: QtBot, form: InquiryForm) -> InquiryPartners:
    """The Partners tab brought forward, its ranking arrived."""
    with qtbot.waitSignal(form.partners.suggestions_shown, timeout=5000):
        form.tabs.setCurrentWidget(form.partners)
    return form.partners


def cells(model: Any, column: str) -> list[str]:
    number = [c.key for c in model.columns].index(column)
    return [model.index(r, number).data() for r in range(model.rowCount())]


def tick(panel: InquiryPartners, *rows: int) -> None:
    for row in rows:
        index = panel.suggested.index(row, 0)
        assert panel.suggested.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


# -- the suggested partners -----------------------------------------------------------------


def test_suggestions_are_listed_in_the_core_order_with_reasons_in_words(
    qtbot: QtBot, ctx: AppContext, office: Office, qtmodeltester: Any
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    ranked = partners.suggest_partners(ctx.db, office.inquiry_id, today=TODAY)
    names = [s.organisation.name for s in ranked]
    assert cells(panel.suggested, "name") == names
    assert set(names) == {"Conservatoire Massenet", "Lycée Fauriel", "Cité du design"}
    massenet = names.index("Conservatoire Massenet")
    said = cells(panel.suggested, "reasons")[massenet]
    assert said == partner_texts.reasons_text(ranked[massenet].reasons, {"music": "Music"})
    assert said.startswith("Music · ") and "works in French" in said
    assert "fields" not in said and "language" not in said  # words, not codes
    assert cells(panel.suggested, "score") == [f"{s.score:.0f}" for s in ranked]
    qtmodeltester.check(panel.suggested)


def test_ticking_two_and_propose_records_two_proposals_shown_as_proposed(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    assert not panel.propose_button.isEnabled()  # nothing ticked yet
    tick(panel, 0, 1)
    ticked = [s.organisation.id for s in panel.suggested.ticked()]
    assert panel.propose_button.isEnabled()
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    stored = partner_proposals.for_inquiry(ctx.db, office.inquiry_id)
    assert sorted(p.organisation_id for p in stored) == sorted(ticked)
    assert {p.state for p in stored} == {"proposed"}
    assert sorted(cells(panel.proposals, "name")) == sorted(p.organisation_name for p in stored)
    assert cells(panel.proposals, "state") == ["Proposed", "Proposed"]
    assert form.tabs.tabText(1) == "Partners (2)"
    assert panel.suggested.checked == {}  # done with: unticked
    history = [form.timeline.item(n).text() for n in range(form.timeline.count())]
    assert sum("Proposed" in line or "proposed" in line for line in history) >= 2


def test_declined_without_a_reason_is_refused_under_the_reason_field(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    [made] = partner_proposals.propose(ctx.db, office.inquiry_id, [office.massenet], actor="anna")
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    panel.proposals_table.setCurrentIndex(panel.proposals.index(0, 0))
    dialog = panel.change_state()
    assert isinstance(dialog, StateDialog)
    assert not dialog.reason.isEnabled()
    dialog.state.set_code("declined")
    assert dialog.reason.isEnabled()
    dialog.save()
    assert dialog.isVisible()  # refused: stays open
    label = dialog.findChild(QLabel, "error_decline_reason")
    assert label is not None and label.isVisible() and label.text()
    assert "decline_reason" not in label.text()  # said in words, under "Reason declined"
    assert partner_proposals.for_inquiry(ctx.db, office.inquiry_id)[0].state == "proposed"
    dialog.reason.set_code("no_capacity")
    dialog.note.setText("Orchestre complet cette année")
    dialog.save()
    assert not dialog.isVisible()
    [row] = partner_proposals.for_inquiry(ctx.db, office.inquiry_id)
    assert (row.state, row.decline_reason, row.version) == (
        "declined",
        "no_capacity",
        made.version + 1,
    )
    assert cells(panel.proposals, "state") == ["Declined"]
    assert cells(panel.proposals, "reason") == ["No room or time"]


def test_withdraw_asks_first_then_removes_the_proposal(
    qtbot: QtBot, ctx: AppContext, office: Office, asked: Asked
) -> None:
    partner_proposals.propose(ctx.db, office.inquiry_id, [office.design], actor="anna")
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    panel.proposals_table.setCurrentIndex(panel.proposals.index(0, 0))
    panel.withdraw()  # answered No
    assert "Cité du design" in asked.texts("confirm")[0]
    assert len(partner_proposals.for_inquiry(ctx.db, office.inquiry_id)) == 1
    asked.answers["confirm"] = True
    panel.withdraw()
    assert partner_proposals.for_inquiry(ctx.db, office.inquiry_id) == []
    assert panel.proposals.rowCount() == 0


class MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_email_writes_to_the_ticked_that_have_an_address(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "catch")
    try:
        form = open_form(qtbot, ctx, office.inquiry_id)
        panel = partners_tab(qtbot, form)
        rows = {name: n for n, name in enumerate(cells(panel.suggested, "name"))}
        tick(panel, rows["Conservatoire Massenet"], rows["Lycée Fauriel"])
        with qtbot.waitSignal(ctx.events.info) as said:
            panel.email()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert catcher.urls == ["mailto:conservatoire@example.fr"]
    assert "Lycée Fauriel" in said.args[0]


def test_note_writes_the_ticked_partners_on_the_timeline(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    tick(panel, cells(panel.suggested, "name").index("Conservatoire Massenet"))
    panel.note()
    dialog = panel.findChild(NoteDialog)
    assert dialog is not None
    assert "Conservatoire Massenet — Saint-Étienne" in dialog.text.toPlainText()
    dialog.text.appendPlainText("Call them on Monday")
    dialog.save()
    notes = [
        t for t in inquiries.get_inquiry(ctx.db, office.inquiry_id).timeline if t.kind == "note"
    ]
    assert len(notes) == 1 and "Call them on Monday" in notes[0].new_value
    assert any(
        "Call them on Monday" in form.timeline.item(n).toolTip()  # the note's details
        for n in range(form.timeline.count())
    )


def test_enter_on_a_suggestion_opens_its_organisation(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    panel.suggested_table.setFocus()
    panel.suggested_table.setCurrentIndex(panel.suggested.index(1, 1))
    qtbot.keyClick(panel.suggested_table, Qt.Key.Key_Return)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, OrganisationForm)]
    second = panel.suggested.rows[1].organisation
    assert [(w.record_id, w.name.text()) for w in opened if w.isVisible()] == [
        (second.id, second.name)
    ]


def test_letter_opens_the_letter_dialog_with_the_ticked_partners(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    rows = {name: n for n, name in enumerate(cells(panel.suggested, "name"))}
    tick(panel, rows["Cité du design"])
    panel.letter()
    assert form.letter_dialog is not None
    assert list(form.letter_dialog.partners.ids()) == [office.design]


def test_the_ranking_keeps_the_place_in_the_list_when_it_comes_back(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    panel.suggested_table.setCurrentIndex(panel.suggested.index(2, 0))
    at = panel.suggested.rows[2].organisation.id
    tick(panel, 2)
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.refresh()
    current = panel.suggested.row_at(panel.suggested_table.currentIndex())
    assert current.organisation.id == at
    assert list(panel.suggested.checked) == [at]


def test_a_language_switch_says_the_panel_again(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    marking = shared.Marking(ctx.languages)
    try:
        marking.on()
        qtbot.waitUntil(lambda: panel.propose_button.text() == "[Partners] Propose")
        header = panel.suggested.headerData(4, Qt.Orientation.Horizontal)
        assert header == "[Partners] Why"
        assert form.tabs.tabText(1) == "[InquiryForm] Partners (0)"
        assert "[PartnerTexts] works in French" in " ".join(cells(panel.suggested, "reasons"))
        assert "[PartnerTexts]" in panel.why.text()
    finally:
        marking.off()


# -- the organisation's open inquiries that fit -----------------------------------------------


def test_the_organisation_lists_a_fitting_inquiry_and_proposes_itself(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = OrganisationForm(ctx, office.massenet)
    qtbot.addWidget(form)
    form.show()
    fits = form.findChild(QObject, "organisationFits")
    assert fits is not None
    with qtbot.waitSignal(fits.fits_shown, timeout=5000):
        form.tabs.setCurrentWidget(fits)
    ref = inquiries.get_inquiry(ctx.db, office.inquiry_id).row.ref
    assert cells(fits.model, "ref") == [ref]
    assert cells(fits.model, "requester") == ["Ewa Wiśniewska — Zespół Szkół Muzycznych"]
    assert "Music" in cells(fits.model, "reasons")[0]
    assert form.tabs.tabText(form.tabs.indexOf(fits)) == "Open inquiries that fit (1)"
    assert fits.propose_button.isEnabled()  # on the first one
    assert fits.why.text().startswith(f"{ref} Wymiana orkiestr szkolnych: Music · ")
    with qtbot.waitSignal(fits.fits_shown, timeout=5000):  # read again after the proposal
        qtbot.mouseClick(fits.propose_button, Qt.MouseButton.LeftButton)
    [row] = partner_proposals.for_inquiry(ctx.db, office.inquiry_id)
    assert (row.organisation_id, row.state) == (office.massenet, "proposed")
    assert "already in this inquiry: proposed" in cells(fits.model, "reasons")[0]
    opened: list[int] = []
    ctx.events.open_inquiry.connect(opened.append)
    qtbot.keyClick(fits.table, Qt.Key.Key_Return)
    assert opened == [office.inquiry_id]


# -- the reasons in words ----------------------------------------------------------------------

FIELD_NAMES = {
    lang: {f[0]: f[1 + n] for f in BUILTIN_FIELDS} for n, lang in enumerate(["fr", "pl", "en"])
}
# Every reason code core gives, in English, French and Polish; plurals checked at 1, 2-4, 5+.
REASONS: list[tuple[Reason, dict[str, str]]] = [
    (Reason("fields", {"fields": ("music", "design")}),
     {"en": "Music, Design", "fr": "Musique, Design", "pl": "Muzyka, Design"}),
    (Reason("kinds", {"asked": "music_school", "partner": "university"}),
     {"en": "music school / conservatory ↔ university",
      "fr": "école de musique / conservatoire ↔ université",
      "pl": "szkoła muzyczna / konserwatorium ↔ uczelnia"}),
    (Reason("kinds", {"asked": "school", "partner": "school"}),
     {"en": "same kind: school", "fr": "même type\u00a0: école", "pl": "ten sam rodzaj: szkoła"}),
    (Reason("audiences", {"audiences": ("teenagers", "students")}),
     {"en": "audience: teenagers, students", "fr": "public\u00a0: adolescents, étudiants",
      "pl": "odbiorcy: młodzież, studenci"}),
    (Reason("language", {"language": "fr"}),
     {"en": "works in French", "fr": "travaille en français", "pl": "pracuje po francusku"}),
    (Reason("language", {"language": "de"}),
     {"en": "language: DE", "fr": "langue\u00a0: DE", "pl": "język: DE"}),
    (Reason("words", {"words": ("orchestre", "jazz")}),
     {"en": "mentions “orchestre”, “jazz”",
      "fr": "mentionne «\u00a0orchestre\u00a0», «\u00a0jazz\u00a0»",
      "pl": "w profilu: „orchestre”, „jazz”"}),
    (Reason("exchanges", {"count": 2, "since": 2024, "last": "completed"}),
     {"en": "2 exchanges since 2024, last completed",
      "fr": "2 échanges depuis 2024, le dernier mené à bien",
      "pl": "2 wymiany od 2024\u00a0r., ostatnia zakończona"}),
    (Reason("exchanges", {"count": 1, "since": 2025, "last": "running"}),
     {"en": "1 exchange since 2025, one running now", "fr": "1 échange depuis 2025, un en cours",
      "pl": "1 wymiana od 2025\u00a0r., jedna w trakcie"}),
    (Reason("exchanges", {"count": 5, "since": 2019, "last": "lost"}),
     {"en": "5 exchanges since 2019, last came to nothing",
      "fr": "5 échanges depuis 2019, le dernier resté sans suite",
      "pl": "5 wymian od 2019\u00a0r., ostatnia bez rezultatu"}),
    (Reason("not_asked", {"months": 8}),
     {"en": "not asked for 8 months", "fr": "pas sollicité depuis 8 mois",
      "pl": "bez propozycji od 8 miesięcy"}),
    (Reason("not_asked", {"months": 1}),
     {"en": "not asked for 1 month", "fr": "pas sollicité depuis 1 mois",
      "pl": "bez propozycji od 1 miesiąca"}),
    (Reason("never_asked", {}),
     {"en": "never asked before", "fr": "jamais sollicité", "pl": "dotąd bez propozycji"}),
    (Reason("declined", {"months": 3}, False),
     {"en": "declined 3 months ago", "fr": "a refusé il y a 3 mois",
      "pl": "odmówiła 3 miesiące temu"}),
    (Reason("declined", {"months": 0}, False),
     {"en": "declined this month", "fr": "a refusé ce mois-ci", "pl": "odmówiła w tym miesiącu"}),
    (Reason("unanswered", {"count": 2}, False),
     {"en": "2 proposals unanswered", "fr": "2 propositions sans réponse",
      "pl": "2 propozycje bez odpowiedzi"}),
    (Reason("unanswered", {"count": 5}, False),
     {"en": "5 proposals unanswered", "fr": "5 propositions sans réponse",
      "pl": "5 propozycji bez odpowiedzi"}),
    (Reason("inactive", {}, False),
     {"en": "marked inactive", "fr": "marqué inactif", "pl": "oznaczona jako nieaktywna"}),
    (Reason("capacity", {"visitors": 30}),
     {"en": "hosts up to 30 visitors", "fr": "accueille jusqu’à 30 personnes",
      "pl": "przyjmuje do 30 osób"}),
    (Reason("capacity", {"visitors": 1}),
     {"en": "hosts up to 1 visitor", "fr": "accueille jusqu’à 1 personne",
      "pl": "przyjmuje do 1 osoby"}),
    (Reason("proposed", {"state": "contacted"}),
     {"en": "already in this inquiry: contacted", "fr": "déjà dans cette demande\u00a0: contacté",
      "pl": "już w tym zapytaniu: skontaktowano"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def speaking() -> Iterator[Callable[[str], None]]:
    langs = Languages()
    yield langs.switch
    langs.switch("en")


@pytest.mark.parametrize("lang", ["en", "fr", "pl"])
def test_every_reason_code_is_said_in_words(
    qapp: Any, speaking: Callable[[str], None], lang: str
) -> None:
    speaking(lang)
    said = [partner_texts.reason_text(r, FIELD_NAMES[lang]) for r, _ in REASONS]
    assert said == [words[lang] for _, words in REASONS]


def test_every_code_core_gives_has_words() -> None:
    codes = {r.code for r, _ in REASONS}
    assert codes == set(partner_texts.TEXTS)


def test_an_unknown_code_shows_as_itself_and_reasons_join_with_a_dot(qapp: Any) -> None:
    reasons = [
        Reason("never_asked", {}),
        Reason("rainbow", {"x": 1}),
        Reason("inactive", {}, False),
    ]
    assert partner_texts.reasons_text(reasons) == "never asked before · rainbow · marked inactive"
    assert partner_texts.reasons_tooltip(reasons).splitlines()[-1] == "− marked inactive"


def test_space_ticks_a_suggestion_from_the_keyboard(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = open_form(qtbot, ctx, office.inquiry_id)
    panel = partners_tab(qtbot, form)
    panel.suggested_table.setFocus()
    panel.suggested_table.setCurrentIndex(panel.suggested.index(1, 0))
    qtbot.keyClick(panel.suggested_table, Qt.Key.Key_Space)
    assert list(panel.suggested.checked) == [panel.suggested.rows[1].organisation.id]
    assert panel.propose_button.isEnabled()
