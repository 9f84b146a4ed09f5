"""The partnership letter dialog: what is chosen and typed is the letter that is kept."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdf
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core import db as db_module
from msek_desktop.core import demo, inquiries, organisations, proposals, staff, templates
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.description_dialog import DescriptionDialog
from msek_desktop.ui.dialogs.letter_preview import LetterPreview
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog, partner_sides
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("asked")  # no question or notice blocks a test
EARLY = ("new", "qualifying", "matching")
SENTENCE = "Nous vous attendons au printemps."


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "p.db", demo.generate, inquiries=60, seed=1)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anowak", Languages())


def early_inquiry(db: Database, language: str) -> int:
    """An inquiry not yet at proposal_sent, whose letter is written in `language`."""
    for row in inquiries.list_inquiries(db, InquiryFilter(), limit=100):
        detail = inquiries.get_inquiry(db, row.id)
        if row.stage in EARLY and detail.letter_language == language and detail.organisation:
            return row.id
    raise AssertionError(f"no early {language} inquiry in the demo data")


@pytest.fixture
def french(db: Database) -> int:
    return early_inquiry(db, "fr")


@pytest.fixture
def polish(db: Database) -> int:
    return early_inquiry(db, "pl")


@pytest.fixture(autouse=True)
def previews(monkeypatch: pytest.MonkeyPatch) -> list[LetterPreview]:
    """Every letter preview opened; exec() returns at once."""
    opened: list[LetterPreview] = []

    def exec_(self: LetterPreview) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(LetterPreview, "exec", exec_)
    monkeypatch.setattr(LetterPreview, "show", opened.append)
    return opened


@pytest.fixture(autouse=True)
def without_descriptions(monkeypatch: pytest.MonkeyPatch) -> list[DescriptionDialog]:
    """A partner with no description in the letter's language is asked about before the
    letter is made (tests/ui/test_letter_kinds.py); here the letter goes without it."""
    opened: list[DescriptionDialog] = []

    def exec_(self: DescriptionDialog) -> int:
        opened.append(self)
        self.without_button.click()
        return self.result()

    monkeypatch.setattr(DescriptionDialog, "exec", exec_)
    return opened


def open_dialog(qtbot: QtBot, ctx: AppContext, inquiry_id: int) -> ProposalDialog:
    dialog = ProposalDialog(ctx, inquiry_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def edited_dialog(qtbot: QtBot, ctx: AppContext, inquiry_id: int) -> ProposalDialog:
    """The dialog open with SENTENCE added to the drafted text."""
    dialog = open_dialog(qtbot, ctx, inquiry_id)
    add_to_body(dialog, SENTENCE)
    return dialog


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def partner_ids(dialog: ProposalDialog) -> list[int]:
    """The organisations offered, top to bottom (the sections' titles left out)."""
    return [int(item.data(Qt.ItemDataRole.UserRole)) for item in dialog.partners.items()]


def check_partner(dialog: ProposalDialog, index: int) -> str:
    item = dialog.partners.items()[index]
    name = str(item.text()).split(" — ")[0]
    item.setCheckState(Qt.CheckState.Checked)
    return name


def error_text(dialog: ProposalDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None
    return str(label.text()) if label.isVisible() else ""


def add_to_body(dialog: ProposalDialog, text: str) -> None:
    dialog.body.moveCursor(QTextCursor.MoveOperation.End)
    dialog.body.insertPlainText("\n\n" + text)


def button(widget: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    return found


# -- choosing ---------------------------------------------------------------------------


def test_opens_in_the_letter_language_with_partners_from_the_other_side(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    detail = inquiries.get_inquiry(db, french)
    dialog = open_dialog(qtbot, ctx, french)
    assert dialog.objectName() == "proposalDialog"
    assert detail.row.ref in dialog.windowTitle()
    assert dialog.language.code() == "fr"
    assert dialog.template.currentText() == "Proposition de partenariat"
    # no partner checked: an acknowledgement, in its own wording (no template applies)
    assert dialog.subject.text().startswith("Accusé de réception")
    assert dialog.windowTitle().startswith("Acknowledgement") and not dialog.template.isEnabled()
    assert "vous" in dialog.body.toPlainText()
    ids = partner_ids(dialog)
    katowice = {o.id for o in organisations.find_organisations(db, side="katowice", limit=500)}
    assert ids and set(ids) == katowice  # every Katowice organisation, nothing else
    assert detail.organisation is not None and detail.organisation.id not in ids
    assert dialog.letters.model.rowCount() == 0
    assert not dialog.is_dirty()


def test_own_organisation_is_never_offered(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    inquiry = inquiries.create_inquiry(
        db,
        {"subject": "Chœur", "organisation_id": organisations.find_organisations(
            db, side="other")[0].id},
        actor="anowak",
    )  # fmt: skip
    own = inquiries.get_inquiry(db, inquiry.id).organisation
    assert own is not None and inquiry.side == "other"
    dialog = open_dialog(qtbot, ctx, inquiry.id)
    sides = {o.id: o.side for o in organisations.find_organisations(db, limit=500)}
    offered = partner_ids(dialog)
    assert own.id not in offered
    assert {sides[i] for i in offered} == {"saint_etienne", "katowice"}
    assert partner_sides("katowice") == ("saint_etienne",)


def test_search_narrows_the_partners_and_keeps_the_checked_ones(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    name = check_partner(dialog, 0)
    assert name in dialog.body.toPlainText()  # the letter proposes it
    qtbot.keyClicks(dialog.partners.search, "muzeum")
    # the suggested partners' section first (the checked one stays in it), then the others
    texts = [item.text() for item in dialog.partners.items()]
    checked = [t for t in texts if t.startswith(name)]
    assert len(checked) == 1
    rest = [t for t in texts if not t.startswith(name)]
    assert rest, texts
    assert all("Muzeum" in t.partition("\n")[0] for t in rest)
    assert dialog.partners.ids() == (partner_ids(dialog)[texts.index(checked[0])],)


def test_changing_the_language_drafts_the_letter_again(
    qtbot: QtBot, ctx: AppContext, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    check_partner(dialog, 0)  # a proposal (with none it is an acknowledgement)
    french_subject = dialog.subject.text()
    dialog.language.set_code("pl")
    assert dialog.subject.text().startswith("Propozycja partnerstwa")
    assert dialog.subject.text() != french_subject
    assert dialog.template.currentText() == "Propozycja partnerstwa"
    dialog.language.set_code("en")
    assert dialog.subject.text().startswith("Partnership proposal")
    assert not dialog.is_dirty()


def test_changing_a_choice_over_edited_text_asks_first(
    qtbot: QtBot, ctx: AppContext, french: int, asked: Asked
) -> None:
    dialog = edited_dialog(qtbot, ctx, french)
    asked.answers["confirm"] = [False, False, True]  # keep the text twice, then replace it
    dialog.language.set_code("pl")
    assert len(asked.shown) == 1
    assert dialog.language.code() == "fr"  # the choice goes back
    assert SENTENCE in dialog.body.toPlainText()
    check_partner(dialog, 0)
    assert dialog.partners.ids() == ()
    dialog.language.set_code("pl")
    assert SENTENCE not in dialog.body.toPlainText()
    assert dialog.subject.text().startswith("Potwierdzenie")  # no partner: an acknowledgement


# -- making -----------------------------------------------------------------------------


def test_preview_renders_the_edited_text_and_keeps_nothing(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, previews: list[LetterPreview]
) -> None:
    dialog = edited_dialog(qtbot, ctx, french)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    (preview,) = previews
    assert SENTENCE in pdf_text(preview.pdf)
    assert preview.suggested_name.endswith(".pdf")
    assert proposals.list_proposals(db, french) == []
    assert dialog.is_dirty()


def test_made_letter_holds_the_edited_text_and_each_version_stays(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, previews: list[LetterPreview]
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    partner = check_partner(dialog, 1)
    add_to_body(dialog, SENTENCE)
    with qtbot.waitSignal(dialog.letters_changed):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    (first,) = proposals.list_proposals(db, french)
    assert (first.number, first.language, first.author) == (1, "fr", "anowak")
    assert [p.name for p in first.partners] == [partner]
    assert SENTENCE in proposals.get_text(db, first.id)
    pdf = proposals.get_pdf(db, first.id)
    assert SENTENCE in pdf_text(pdf) and partner in pdf_text(pdf)
    assert previews[-1].pdf == pdf  # shown at once, with "Mark as sent"
    assert button(previews[-1], "Mark as sent").isEnabled()
    assert not dialog.is_dirty()  # made: closing loses nothing

    dialog.body.setPlainText(dialog.body.toPlainText().replace(SENTENCE, "Une autre phrase."))
    second = dialog.make()
    assert second is not None and second.number == 2
    assert hashlib.sha256(proposals.get_pdf(db, first.id)).hexdigest() == first.sha256
    assert SENTENCE in proposals.get_text(db, first.id)
    assert "Une autre phrase." in proposals.get_text(db, second.id)
    model = dialog.letters.model
    assert [r.number for r in model.rows] == [2, 1]
    dialog.letters.table.selectRow(1)
    qtbot.mouseClick(dialog.letters.open_button, Qt.MouseButton.LeftButton)
    assert previews[-1].pdf == pdf  # the old version, as it was


def test_french_no_break_spaces_survive_the_text_box(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    assert "\xa0" in dialog.draft.body  # type: ignore[union-attr]
    assert not dialog.is_edited()
    row = dialog.make()
    assert row is not None
    assert dialog.draft.body in proposals.get_text(db, row.id)  # type: ignore[union-attr]


def test_a_placeholder_typed_into_the_text_is_filled_in(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    ref = inquiries.get_inquiry(db, french).row.ref
    dialog = open_dialog(qtbot, ctx, french)
    dialog.subject.setText(dialog.subject.text() + " – {inquiry_ref}")
    row = dialog.make()
    assert row is not None
    text = proposals.get_text(db, row.id)
    assert f"– {ref}" in text and "{inquiry_ref}" not in text


def test_an_unknown_placeholder_is_shown_and_nothing_is_made(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, previews: list[LetterPreview]
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    add_to_body(dialog, "Bien à vous, {unknown_placeholder}.")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "{unknown_placeholder}" in error_text(dialog, "body")
    assert error_text(dialog, "subject") == ""
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert proposals.list_proposals(db, french) == []
    assert previews == []
    dialog.subject.setText(dialog.subject.text() + " {inquiry_subjet}")
    dialog.body.setPlainText(dialog.body.toPlainText().replace("{unknown_placeholder}", "Anna"))
    assert dialog.make() is None
    assert "{inquiry_subject}" in error_text(dialog, "subject")  # did you mean
    assert error_text(dialog, "body") == ""


def test_an_empty_body_is_refused_next_to_it(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    dialog.body.setPlainText("  ")
    assert dialog.make() is None
    assert error_text(dialog, "body") == "Required."
    assert proposals.list_proposals(db, french) == []


def test_a_template_of_another_language_is_said_by_its_code(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    check_partner(dialog, 0)  # a proposal: the one kind of letter made from a template
    (polish,) = templates.list_templates(db, "pl")
    dialog.template.setItemData(0, polish.id)  # a template no longer in the letter's language
    dialog.redraft()
    assert error_text(dialog, "form") == (
        f"template_id: The template “{polish.name}” is for another language: Polish "
        "(the letter: French)."
    )


# -- sending ----------------------------------------------------------------------------


def test_mark_as_sent_from_the_preview_moves_the_inquiry(
    qtbot: QtBot, ctx: AppContext, db: Database, polish: int, previews: list[LetterPreview]
) -> None:
    dialog = open_dialog(qtbot, ctx, polish)
    assert dialog.language.code() == "pl"
    row = dialog.make()
    assert row is not None
    with qtbot.waitSignal(dialog.letters_changed):
        qtbot.mouseClick(button(previews[-1], "Mark as sent"), Qt.MouseButton.LeftButton)
    detail = inquiries.get_inquiry(db, polish)
    assert detail.row.stage == "proposal_sent"
    assert any(e.kind == "letter_sent" for e in detail.timeline)
    assert proposals.get_proposal(db, row.id).sent_at is not None
    assert dialog.letters.model.rows[0].sent_at is not None
    assert not dialog.letters.sent_button.isEnabled()
    qtbot.mouseClick(dialog.letters.open_button, Qt.MouseButton.LeftButton)
    assert previews[-1].pdf == proposals.get_pdf(db, row.id)
    assert [b for b in previews[-1].findChildren(QPushButton) if b.text() == "Mark as sent"] == []


def test_mark_as_sent_from_the_list(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    dialog.make()
    dialog.make()
    dialog.letters.table.selectRow(1)
    assert dialog.letters.sent_button.isEnabled()
    qtbot.mouseClick(dialog.letters.sent_button, Qt.MouseButton.LeftButton)
    first, second = sorted(proposals.list_proposals(db, french), key=lambda r: r.number)
    assert first.sent_at is not None and second.sent_at is None
    assert inquiries.get_inquiry(db, french).row.stage == "proposal_sent"
    assert dialog.letters.selected() == dialog.letters.model.rows[1]  # selection kept


@pytest.fixture
def read_only(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """The office file as one this user may not write."""
    monkeypatch.setattr(db_module, "writable", lambda _path: False)
    database = open_database(db.path)
    yield AppContext(database, "anowak", Languages())
    database.dispose()


READ_ONLY = "The database is read-only: changes cannot be saved."


@pytest.mark.database_file  # a read-only database file
def test_making_a_letter_in_a_read_only_database_warns_and_keeps_the_text(
    qtbot: QtBot, read_only: AppContext, db: Database, french: int, asked: Asked
) -> None:
    dialog = edited_dialog(qtbot, read_only, french)
    assert dialog.make() is None
    assert asked.shown == [("warn", dialog.windowTitle(), READ_ONLY)]
    assert SENTENCE in dialog.body.toPlainText() and dialog.is_dirty()
    assert proposals.list_proposals(db, french) == []


@pytest.mark.database_file  # a read-only database file
def test_marking_sent_in_a_read_only_database_warns_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext, read_only: AppContext, db: Database, french: int, asked: Asked
) -> None:
    assert open_dialog(qtbot, ctx, french).make() is not None
    dialog = open_dialog(qtbot, read_only, french)
    dialog.letters.table.selectRow(0)
    qtbot.mouseClick(dialog.letters.sent_button, Qt.MouseButton.LeftButton)
    assert asked.shown == [("warn", dialog.windowTitle(), READ_ONLY)]
    assert [r.sent_at for r in proposals.list_proposals(db, french)] == [None]
    assert inquiries.get_inquiry(db, french).row.stage in EARLY


def test_letters_model_passes_the_model_tester(
    qtbot: QtBot, ctx: AppContext, french: int, qtmodeltester: Any
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    qtmodeltester.check(dialog.letters.model)
    check_partner(dialog, 0)
    dialog.make()
    dialog.make()
    qtmodeltester.check(dialog.letters.model)
    model = dialog.letters.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."
    assert model.index(0, 2).data() == "French"
    names = {s.login: s.full_name for s in staff.list_staff(ctx.db)}
    assert model.index(0, 3).data() == names["anowak"]
    assert model.index(0, 4).data() == ""  # not sent


# -- closing ----------------------------------------------------------------------------


def test_closing_with_changed_text_asks(
    qtbot: QtBot, ctx: AppContext, french: int, asked: Asked
) -> None:
    dialog = edited_dialog(qtbot, ctx, french)
    asked.answers["confirm"] = [False, True]  # Cancel, then Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked.shown) == 1
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_closing_unchanged_asks_nothing(
    qtbot: QtBot, ctx: AppContext, french: int, asked: Asked
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.shown == []


def test_every_control_has_a_name(qtbot: QtBot, ctx: AppContext, french: int) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    dialog.make()
    missing = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog)
        and (
            not (w.text() or w.accessibleName())
            if isinstance(w, QAbstractButton)
            else w in (dialog.language, dialog.template, dialog.subject, dialog.body)
            and not w.accessibleName()
        )
    ]
    assert missing == []
    for widget in (dialog.partners.search, dialog.partners.list, dialog.letters.table):
        assert widget.accessibleName()


# -- from the inquiry form --------------------------------------------------------------


def test_the_inquiry_form_opens_the_dialog_and_follows_it(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, previews: list[LetterPreview]
) -> None:
    new = InquiryForm(ctx, None)
    qtbot.addWidget(new)
    assert not new.letter_button.isEnabled()
    form = InquiryForm(ctx, french)
    qtbot.addWidget(form)
    form.show()
    assert form.letter_button.isEnabled()
    assert form.letter_button.text() == "Partnership letter…"
    qtbot.mouseClick(form.letter_button, Qt.MouseButton.LeftButton)
    dialog = form.letter_dialog
    assert isinstance(dialog, ProposalDialog) and dialog.isVisible()
    assert dialog.parent() is form and dialog.inquiry_id == french

    with qtbot.waitSignal(ctx.events.data_changed):
        dialog.make()
    timeline = [form.timeline.item(i).text() for i in range(form.timeline.count())]
    assert "letter generated" in timeline[0]
    with qtbot.waitSignal(ctx.events.data_changed):
        qtbot.mouseClick(button(previews[-1], "Mark as sent"), Qt.MouseButton.LeftButton)
    assert form.stage.code() == "proposal_sent"
    timeline = [form.timeline.item(i).text() for i in range(form.timeline.count())]
    assert any("letter sent: no. 1" in t for t in timeline)
    assert not form.is_dirty()
    dialog.close()
    form.close()


def test_the_form_saves_its_changes_before_the_letter(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, asked: Asked
) -> None:
    form = InquiryForm(ctx, french)
    qtbot.addWidget(form)
    form.show()
    form.subject.setText("Échange de chœurs")
    asked.answers["ask_save_first"] = False
    qtbot.mouseClick(form.letter_button, Qt.MouseButton.LeftButton)
    assert form.letter_dialog is None and form.is_dirty()
    asked.answers["ask_save_first"] = True
    qtbot.mouseClick(form.letter_button, Qt.MouseButton.LeftButton)
    assert inquiries.get_inquiry(db, french).row.subject == "Échange de chœurs"
    dialog = form.letter_dialog
    assert dialog is not None and "Échange de chœurs" in dialog.body.toPlainText()
    dialog.close()
    form.close()


def test_the_window_language_switches_the_dialog(
    qtbot: QtBot, ctx: AppContext, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    dialog.make()
    before = QLocale()
    try:
        ctx.languages.switch("pl")
        qtbot.waitUntil(lambda: dialog.language.currentText() == "Francuski")
        assert dialog.language.code() == "fr"  # the letter's language does not change
        assert dialog.letters.model.index(0, 2).data() == "Francuski"
    finally:
        ctx.languages.switch("en")
        QLocale.setDefault(before)


# -- what the letter cannot print ---------------------------------------------------------


def test_preview_and_made_letter_warn_of_characters_the_font_cannot_print(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, previews: list[LetterPreview]
) -> None:
    detail = inquiries.get_inquiry(db, french)
    assert detail.organisation is not None
    organisations.update_organisation(
        db, detail.organisation.id, {"name": f"東京 {detail.organisation.name}"}
    )
    dialog = open_dialog(qtbot, ctx, french)
    add_to_body(dialog, "À bientôt 👋")
    dialog.preview_button.click()
    expected = [
        "The organisation name contains characters the letter font cannot print: 東京 "
        "(U+6771 U+4EAC); they will show as boxes.",
        "The text of the letter contains characters the letter font cannot print: 👋 "
        "(U+1F44B); they will show as boxes.",
    ]
    (preview,) = previews
    assert not preview.warning.isHidden()
    assert preview.warning.text().split("\n") == expected
    dialog.make_button.click()
    assert previews[-1] is not preview and previews[-1].warning.text().split("\n") == expected


def test_a_plain_letter_has_no_warning(
    qtbot: QtBot, ctx: AppContext, polish: int, previews: list[LetterPreview]
) -> None:
    dialog = open_dialog(qtbot, ctx, polish)
    dialog.preview_button.click()
    (preview,) = previews
    assert preview.warning.isHidden() and preview.warning.text() == ""
