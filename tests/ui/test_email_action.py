"""Write email… on the forms of an inquiry, a person and an organisation: a button among the
form's actions and Ctrl+Shift+E, for a saved record not in the bin, the draft made from the
record as saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

import email_fixtures as shared
import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, organisations
from msek_desktop.core.rows import ContactRow, InquiryRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.email_action import SHORTCUT, EmailButton
from msek_desktop.ui.dialogs.email_choices import Target
from msek_desktop.ui.dialogs.email_dialog import EmailDialog
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.forms.record_form import RecordForm

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("asked")  # no question or notice blocks a test

opened, db, ctx = shared.opened, shared.db, shared.ctx
school, ewa, inquiry, cite = shared.school, shared.ewa, shared.inquiry, shared.cite


def button_of(qtbot: QtBot, form: RecordForm) -> EmailButton:
    qtbot.addWidget(form)
    form.show()
    button = form.findChild(EmailButton, "writeEmail")
    assert button is not None
    return button


def in_the_button_row(form: RecordForm, button: EmailButton) -> bool:
    """The button sits beside the form's own buttons (the row of Save and Close)."""
    box = form.findChild(QDialogButtonBox, "formButtons")
    assert box is not None
    return button.parentWidget() is box.parentWidget() and button.isVisible()


@pytest.mark.parametrize("kind", ["inquiry", "person", "organisation"])
def test_each_form_opens_the_dialog_on_its_own_record(
    qtbot: QtBot, ctx: AppContext, inquiry: InquiryRow, ewa: ContactRow,
    school: OrganisationRow, kind: str,
) -> None:  # fmt: skip
    form: RecordForm
    if kind == "inquiry":
        form, target = InquiryForm(ctx, inquiry.id), Target("inquiry_id", inquiry.id)
    elif kind == "person":
        form, target = ContactForm(ctx, ewa.id), Target("contact_id", ewa.id)
    else:
        form, target = OrganisationForm(ctx, school.id), Target("organisation_id", school.id)
    button = button_of(qtbot, form)
    assert button.text() == "Write email…" and SHORTCUT in button.toolTip()
    assert button.isEnabled() and in_the_button_row(form, button)
    button.click()
    dialog = button.dialog
    assert isinstance(dialog, EmailDialog) and dialog.target == target
    assert dialog.isVisible() and dialog.draft is not None
    if kind == "organisation":  # the school has no address of its own: said, not opened
        assert dialog.to.text() == "Szkoła Muzyczna w Łodzi" and not dialog.problem.isHidden()
    else:
        assert dialog.to.text() == "Ewa Wiśniewska <ewa@szkola.example.pl>"


def test_the_shortcut_opens_it_too(qtbot: QtBot, ctx: AppContext, ewa: ContactRow) -> None:
    button = button_of(qtbot, ContactForm(ctx, ewa.id))
    assert button.keys.key().toString() == SHORTCUT
    button.keys.activated.emit()
    assert isinstance(button.dialog, EmailDialog) and button.dialog.isVisible()


def test_a_new_record_has_nothing_to_write_from(qtbot: QtBot, ctx: AppContext) -> None:
    button = button_of(qtbot, ContactForm(ctx, None))
    assert not button.isEnabled()
    button.keys.activated.emit()
    assert button.dialog is None


def test_a_form_opened_to_create_a_record_has_no_button(qtbot: QtBot, ctx: AppContext) -> None:
    form = ContactForm(ctx, None, create_only=True, name="Jan Nowak")
    button = button_of(qtbot, form)
    assert button.isHidden()


def test_a_record_in_the_bin_has_none(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, school: OrganisationRow
) -> None:
    contacts.set_deleted(ctx.db, ewa.id, True, actor="anowak")
    organisations.set_deleted(ctx.db, school.id, True, actor="anowak")
    for form in (ContactForm(ctx, ewa.id), OrganisationForm(ctx, school.id)):
        assert not button_of(qtbot, form).isEnabled()


def test_changes_not_saved_are_asked_about_first(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, inquiry: InquiryRow, asked: Asked
) -> None:
    form = ContactForm(ctx, ewa.id)
    button = button_of(qtbot, form)
    form.email.setText("ewa.nowa@szkola.example.pl")
    button.click()  # asked to save first: declined
    assert [kind for kind, _title, _text in asked.shown] == ["ask_save_first"]
    assert button.dialog is None
    asked.answers["ask_save_first"] = True
    button.click()  # saved, then written to the new address
    assert contacts.get_contact(ctx.db, ewa.id).email == "ewa.nowa@szkola.example.pl"
    assert button.dialog is not None and "ewa.nowa@szkola.example.pl" in button.dialog.to.text()
