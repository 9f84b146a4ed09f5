"""The letter dialog's partners: the suggested ones first, in the ranking's order, with their
reasons; then the other organisations; the partners already proposed checked and marked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, fields, organisations, partner_proposals, partners
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.partner_picker import HEADER_ROLE
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit import partner_texts
from tests.ui.test_proposal_dialog import early_inquiry, partner_ids

pytestmark = pytest.mark.usefixtures("asked")


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "p.db", demo.generate, inquiries=60, seed=1)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anowak", Languages())


@pytest.fixture
def french(db: Database) -> int:
    return early_inquiry(db, "fr")


def open_dialog(qtbot: QtBot, ctx: AppContext, inquiry_id: int, **kw: object) -> ProposalDialog:
    dialog = ProposalDialog(ctx, inquiry_id, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog: ProposalDialog) -> list[tuple[str, str]]:
    """The list top to bottom: ("header", code) or ("organisation", text)."""
    out = []
    for i in range(dialog.partners.list.count()):
        item = dialog.partners.list.item(i)
        header = item.data(HEADER_ROLE)
        out.append(("header", str(header)) if header else ("organisation", item.text()))
    return out


def test_suggested_partners_come_first_in_the_rankings_order_with_their_reasons(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    suggested = partners.suggest_partners(db, french)
    assert suggested, "the demo data suggests partners for an inquiry"
    dialog = open_dialog(qtbot, ctx, french, partner_ids=())
    listed = rows(dialog)
    assert listed[0] == ("header", "suggested")
    assert listed[len(suggested) + 1] == ("header", "others")
    ids = partner_ids(dialog)
    assert ids[: len(suggested)] == [s.organisation.id for s in suggested]
    assert len(ids) == len(set(ids))  # a suggested one is not listed again below
    names = partner_texts.field_names(fields.list_fields(db), "en")
    for (_, text), suggestion in zip(listed[1:], suggested, strict=False):
        name, _, why = text.partition("\n")
        assert name.startswith(suggestion.organisation.name)
        assert why == partner_texts.reasons_text(suggestion.reasons[:3], names)
        assert why  # each suggestion says why
    assert dialog.partners.list.item(0).flags() == Qt.ItemFlag.ItemIsEnabled  # not checkable


def test_a_search_narrows_the_suggested_ones_too(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    suggested = partners.suggest_partners(db, french)
    first = suggested[0].organisation
    dialog = open_dialog(qtbot, ctx, french, partner_ids=())
    dialog.partners.search.setText(first.name)
    assert partner_ids(dialog)[0] == first.id
    shown = partner_ids(dialog)
    hidden = [s.organisation.id for s in suggested[1:] if s.organisation.id not in shown]
    assert hidden, "the other suggestions do not match the first one's name"


def test_partners_already_proposed_are_checked_and_say_their_state(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    suggested = [s.organisation for s in partners.suggest_partners(db, french)]
    for row in partner_proposals.for_inquiry(db, french):
        partner_proposals.withdraw(db, row.id)
    taken, refused = suggested[0], suggested[1]
    made = partner_proposals.propose(db, french, [taken.id, refused.id], actor="anowak")
    declined = next(p for p in made if p.organisation_id == refused.id)
    partner_proposals.set_state(db, declined.id, "declined", reason="no_capacity")
    dialog = open_dialog(qtbot, ctx, french)
    assert dialog.partners.ids() == (taken.id,)  # a declined one is not proposed again
    texts = {int(item.data(Qt.ItemDataRole.UserRole)): item.text()
             for item in dialog.partners.items()}  # fmt: skip
    assert f"{taken.name} — {taken.city} · Proposed" in texts[taken.id]
    assert " · Declined" in texts[refused.id]
    assert dialog.windowTitle().startswith("Partnership proposal")


def test_the_dialog_opens_with_the_partners_it_is_given(
    qtbot: QtBot, ctx: AppContext, db: Database, french: int
) -> None:
    others = partner_ids(open_dialog(qtbot, ctx, french, partner_ids=()))
    chosen = [others[-1], others[-2]]
    gone = others[-3]
    organisations.set_deleted(db, gone, True)
    dialog = open_dialog(qtbot, ctx, french, partner_ids=[*chosen, gone, 999_999])
    assert dialog.partners.ids() == tuple(chosen)  # a deleted or unknown one is left out
    names = [dialog.partners.organisation(i).name for i in chosen]
    assert all(name in dialog.body.toPlainText() for name in names)
