"""The letter and email dialogs say plainly when the person asked not to receive letters or
emails: nothing is drafted, made or opened for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import email_fixtures as shared
import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.rows import ContactRow, InquiryRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.email_choices import Target
from msek_desktop.ui.dialogs.email_dialog import EmailDialog
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("asked")  # no question or notice blocks a test

opened, db, ctx = shared.opened, shared.db, shared.ctx
school, ewa, inquiry = shared.school, shared.ewa, shared.inquiry


@pytest.mark.parametrize("link", ["inquiry_id", "contact_id"])
def test_the_email_dialog_says_the_person_refused_emails(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow, inquiry: InquiryRow,
    opened: list[QUrl], link: str,
) -> None:  # fmt: skip
    contacts.update_contact(db, ewa.id, {"no_email": True})
    dialog = EmailDialog(ctx, Target(link, inquiry.id if link == "inquiry_id" else ewa.id))
    qtbot.addWidget(dialog)
    assert not dialog.problem.isHidden()
    assert dialog.problem.label.text() == "Ewa Wiśniewska asked not to receive emails."
    assert not dialog.open_button.isEnabled()
    dialog.open_in_mail()  # even asked directly: nothing goes out
    assert opened == []


def test_the_letter_dialog_says_the_person_refused_letters(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow, inquiry: InquiryRow,
    asked: Asked,
) -> None:  # fmt: skip
    contacts.update_contact(db, ewa.id, {"no_letters": True})
    dialog = ProposalDialog(ctx, inquiry.id)
    qtbot.addWidget(dialog)
    assert "Ewa Wiśniewska asked not to receive letters." in asked.texts()
    assert dialog.draft is None
    assert dialog.make() is None
    assert proposals.list_proposals(db, inquiry.id) == []
