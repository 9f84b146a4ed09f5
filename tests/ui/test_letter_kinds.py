"""The letter dialog's kinds of letter: an acknowledgement when no partner is checked, a
proposal naming the checked partners, a letter to one partner in its language; and a
partner's missing description, written at once or left out (never another language's)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from msek_desktop.core import demo, inquiries, organisations, partner_proposals, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.models import Proposal
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.description_dialog import DescriptionDialog
from msek_desktop.ui.dialogs.letter_choices import PARTNER, REQUESTER
from msek_desktop.ui.dialogs.letter_preview import LetterPreview
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog
from msek_desktop.ui.i18n import Languages
from tests.ui.conftest import Asked
from tests.ui.test_proposal_dialog import early_inquiry, partner_ids, pdf_text

DESCRIPTION_FR = "Une brasserie historique qui accueille des stagiaires en design."
DESCRIPTION_PL = "Zabytkowy browar przyjmujący praktykantów."


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "k.db", demo.generate, inquiries=60, seed=1)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anowak", Languages())


@pytest.fixture
def french(db: Database) -> int:
    """A French inquiry no partner has been proposed for yet."""
    inquiry_id = early_inquiry(db, "fr")
    for row in partner_proposals.for_inquiry(db, inquiry_id):
        partner_proposals.withdraw(db, row.id)
    return inquiry_id


@pytest.fixture(autouse=True)
def previews(monkeypatch: pytest.MonkeyPatch) -> list[LetterPreview]:
    opened: list[LetterPreview] = []

    def exec_(self: LetterPreview) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(LetterPreview, "exec", exec_)
    return opened


Answer = Callable[[DescriptionDialog], None]


@dataclass
class Described:
    """What the description dialog does when it opens (one answer an opening, in order),
    and the dialogs opened."""

    answers: list[Answer] = field(default_factory=list)
    opened: list[DescriptionDialog] = field(default_factory=list)


@pytest.fixture
def described(monkeypatch: pytest.MonkeyPatch) -> Described:
    record = Described()

    def exec_(self: DescriptionDialog) -> int:
        record.opened.append(self)
        record.answers.pop(0)(self)
        return self.result()

    monkeypatch.setattr(DescriptionDialog, "exec", exec_)
    return record


def write(text: str) -> Answer:
    def answer(dialog: DescriptionDialog) -> None:
        dialog.text.setPlainText(text)
        dialog.save_button.click()

    return answer


def open_dialog(qtbot: QtBot, ctx: AppContext, inquiry_id: int, **kw: object) -> ProposalDialog:
    dialog = ProposalDialog(ctx, inquiry_id, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def kind_of(db: Database, proposal_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(select(Proposal.kind).where(Proposal.id == proposal_id)))


def katowice_partner(db: Database, dialog: ProposalDialog, fr: str, pl: str) -> int:
    """The last organisation offered, its descriptions set to `fr` and `pl` (none in English)."""
    oid = partner_ids(dialog)[-1]
    organisations.update_organisation(
        db, oid, {"description_fr": fr, "description_pl": pl, "description_en": ""}
    )
    return oid


# -- to the person who asked --------------------------------------------------------------


def test_with_no_partner_checked_the_letter_is_an_acknowledgement(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    ref = inquiries.get_inquiry(db, french).row.ref
    dialog = open_dialog(qtbot, ctx, french)
    assert dialog.partners.ids() == ()
    assert dialog.windowTitle() == f"Acknowledgement — {ref}"
    assert "this letter will be an acknowledgement" in dialog.choices.kind_note.text()
    assert not dialog.subject.text().startswith("Proposition de partenariat")
    row = dialog.make()
    assert row is not None and kind_of(db, row.id) == "acknowledgement"
    text = pdf_text(proposals.get_pdf(db, row.id))
    assert "proposition de partenariat" not in text.casefold()

    dialog.partners.items()[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.windowTitle() == f"Partnership proposal — {ref}"
    assert dialog.subject.text().startswith("Proposition de partenariat")
    second = dialog.make()
    assert second is not None and kind_of(db, second.id) == "proposal"
    assert " · Proposed" in dialog.partners.items()[0].text()  # the letter proposed it


def test_a_letter_to_a_partner_is_written_in_its_language_and_introduces_the_asker(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    detail = inquiries.get_inquiry(db, french)
    dialog = open_dialog(qtbot, ctx, french)
    dialog.to.buttons[PARTNER].click()
    assert not dialog.make_button.isEnabled()  # one partner to check first
    assert "Check the one partner" in dialog.choices.kind_note.text()
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    organisation = organisations.get_organisation(db, oid)
    item = next(i for i in dialog.partners.items() if i.data(Qt.ItemDataRole.UserRole) == oid)
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.make_button.isEnabled()
    assert dialog.language.code() == "pl"  # the partner's language
    assert organisation.name in dialog.choices.kind_note.text()
    assert dialog.windowTitle().startswith("Letter to a partner")
    row = dialog.make()
    assert row is not None
    assert (kind_of(db, row.id), row.language) == ("introduction", "pl")
    text = pdf_text(proposals.get_pdf(db, row.id))
    assert organisation.name in text
    assert detail.contact is not None and detail.contact.last_name in text
    item = next(i for i in dialog.partners.items() if i.data(Qt.ItemDataRole.UserRole) == oid)
    assert " · Contacted" in item.text()  # written to: contacted
    dialog.to.buttons[REQUESTER].click()
    assert dialog.language.code() == "fr"  # back to the language of the person who asked
    assert dialog.windowTitle().startswith("Partnership proposal")


# -- a missing description ----------------------------------------------------------------


def test_a_missing_description_is_said_and_written_at_once(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, described: Described
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    name = organisations.get_organisation(db, oid).name
    dialog.partners.search.setText(name)
    dialog.partners.items()[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.partners.ids() == (oid,)
    assert dialog.missing_label.isVisible()
    assert f"{name} has no description in French." in dialog.missing_label.text()
    described.answers.append(write(DESCRIPTION_FR))
    row = dialog.make()
    assert row is not None
    (opened,) = described.opened
    references = [
        w.toPlainText() for w in opened.findChildren(QPlainTextEdit) if w is not opened.text
    ]
    assert references == [DESCRIPTION_PL]  # the Polish one, as a reference
    assert organisations.get_organisation(db, oid).description_fr == DESCRIPTION_FR
    text = pdf_text(proposals.get_pdf(db, row.id))
    assert DESCRIPTION_FR in text and DESCRIPTION_PL not in text
    assert not dialog.missing_label.isVisible()


def test_the_letter_can_be_made_without_the_description(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, described: Described
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    dialog.partners.set_ids({oid: ""})
    dialog.choices.changed.emit()
    described.answers.append(lambda d: d.without_button.click())
    row = dialog.make()
    assert row is not None and [p.id for p in row.partners] == [oid]
    assert organisations.get_organisation(db, oid).description_fr == ""
    assert DESCRIPTION_PL not in pdf_text(proposals.get_pdf(db, row.id))


def test_cancelling_the_description_makes_nothing(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, described: Described
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    dialog.partners.set_ids({oid: ""})
    dialog.choices.changed.emit()
    described.answers.append(lambda d: d.cancel_button.click())
    assert dialog.make() is None
    assert proposals.list_proposals(db, french) == []


def test_a_description_saved_meanwhile_by_someone_else_is_a_conflict(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, asked: Asked,
    described: Described,
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, ctx, french)
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    dialog.partners.set_ids({oid: ""})
    dialog.choices.changed.emit()

    def stale(d: DescriptionDialog) -> None:
        organisations.update_organisation(db, oid, {"description_fr": "Écrit par Ewa."})
        write(DESCRIPTION_FR)(d)
        assert d.isVisible() or d.result() == 0  # not closed as saved
        d.reject()

    described.answers.append(stale)
    assert dialog.make() is None
    assert [kind for kind, *_ in asked.shown] == ["ask_reload"]
    assert organisations.get_organisation(db, oid).description_fr == "Écrit par Ewa."


def test_write_it_now_from_the_notice_drafts_the_letter_again_with_it(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int, described: Described
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    dialog.partners.set_ids({oid: ""})
    dialog.choices.changed.emit()
    assert DESCRIPTION_FR not in dialog.body.toPlainText()
    described.answers.append(write(DESCRIPTION_FR))
    dialog.write_button.click()
    (opened,) = described.opened
    assert opened.without_button.isHidden()  # no letter waits: Save or Cancel
    assert DESCRIPTION_FR in dialog.body.toPlainText()
    assert DESCRIPTION_PL not in dialog.body.toPlainText()
    assert dialog.missing_box.isHidden()
    assert not dialog.is_dirty()


def test_an_empty_description_is_refused_in_the_small_dialog(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    dialog = open_dialog(qtbot, ctx, french)
    oid = katowice_partner(db, dialog, "", DESCRIPTION_PL)
    small = DescriptionDialog(ctx, oid, "fr", parent=dialog)
    qtbot.addWidget(small)
    small.show()
    small.text.setPlainText("   ")
    small.save_button.click()
    assert small.isVisible() and small.error.text() == "Write the description, or cancel."
    assert small.windowTitle() == f"Description of {organisations.get_organisation(db, oid).name}"
    assert small.text.accessibleName() == "Description in French"
    assert organisations.get_organisation(db, oid).description_fr == ""
