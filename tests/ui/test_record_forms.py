"""What every record's form (an inquiry, a person, an organisation) does around a save: it
says so itself with the new ref, marks every refused field at once (the first one focused)
and unmarks a field as soon as it is edited; a lost or completed inquiry is read-only behind a
closed bar until reopened; email, website and phone open with a button beside them; Save then
Close, in the platform's order."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, errors, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.rows import ContactRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.directory_form import SimilarDialog
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.messages import user_message

TODAY = date(2026, 5, 20)
pytestmark = pytest.mark.usefixtures("asked")  # questions recorded, never blocking
HH_MM = r"[0-2][0-9]:[0-5][0-9]"


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anna", Languages(), today=lambda: TODAY)


@pytest.fixture
def ewa(db: Database) -> ContactRow:
    org = organisations.create_organisation(
        db, {"name": "Zespół Szkół Muzycznych", "side": "katowice", "city": "Katowice"}
    )
    return contacts.create_contact(
        db,
        {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": org.id, "email": "ewa@example.pl"},
    )  # fmt: skip


@pytest.fixture
def no_similar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SimilarDialog, "exec", lambda _self: SimilarDialog.CREATE)


def shown(qtbot: QtBot, form: QWidget) -> Any:
    qtbot.addWidget(form)
    form.show()
    return form


def marked(form: QWidget) -> dict[str, str]:
    """The fields marked refused, with their texts."""
    found = {}
    for label in form.findChildren(QLabel):
        name = label.objectName()
        if name.startswith("error_") and label.isVisible():
            found[name.removeprefix("error_")] = label.text()
    return found


# -- point 3: after saving, and the errors ----------------------------------------------------


def test_a_new_inquiry_saved_says_so_in_the_form_with_its_ref(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow
) -> None:
    form = shown(qtbot, InquiryForm(ctx, None))
    assert not form.saved_message.isVisible()
    form.subject.setText("Wymiana nauczycieli")
    form.contact.set_row(ewa)
    assert form.save()
    (row,) = inquiries.list_inquiries(db, inquiries.InquiryFilter())
    assert form.saved_message.isVisible()
    assert re.fullmatch(f"Saved as {row.ref} at {HH_MM}.", form.saved_message.text())
    assert row.ref in form.windowTitle()
    # it stays until the next edit
    form.priority.set_code("high")
    assert not form.saved_message.isVisible()
    assert form.save()
    assert re.fullmatch(f"Saved at {HH_MM}.", form.saved_message.text())


def test_a_person_saved_says_so_in_the_form(qtbot: QtBot, ctx: AppContext, ewa: ContactRow) -> None:
    form = shown(qtbot, ContactForm(ctx, ewa.id))
    form.position.setText("Dyrektorka")
    assert form.save()
    assert form.saved_message.isVisible()
    assert re.fullmatch(f"Saved at {HH_MM}.", form.saved_message.text())
    form.city.setText("Gliwice")
    assert not form.saved_message.isVisible()


def test_every_refused_field_of_a_person_is_marked_at_once_and_the_first_focused(
    qtbot: QtBot, ctx: AppContext, db: Database, no_similar: None
) -> None:
    form = shown(qtbot, ContactForm(ctx, None))
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.email.setText("jan@@example")
    form.phone.setText("12")
    form.organisation.line.setText("Typed, never picked")
    assert not form.save()
    assert set(marked(form)) == {"last_name", "organisation_id", "side", "email", "phone"}
    assert QApplication.focusWidget() is form.last_name  # the first in the form's order
    assert contacts.find_contacts(db) == []


def test_a_field_s_mark_goes_as_soon_as_it_is_edited(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    form = shown(qtbot, InquiryForm(ctx, None))
    assert not form.save()
    assert marked(form) == {
        "subject": "Required.",
        "contact_id": "Choose a contact or an organisation.",
    }
    qtbot.keyClicks(form.subject, "W")
    assert marked(form) == {"contact_id": "Choose a contact or an organisation."}


def test_an_organisation_s_mark_goes_when_its_combo_is_changed(
    qtbot: QtBot, ctx: AppContext, no_similar: None
) -> None:
    form = shown(qtbot, OrganisationForm(ctx, None))
    form.email.setText("x@")
    assert not form.save()
    assert set(marked(form)) == {"name", "side", "email"}
    form.side.set_code("saint_etienne")
    assert set(marked(form)) == {"name", "email"}


# -- point 8: a closed inquiry ----------------------------------------------------------------


@pytest.fixture
def lost(db: Database, ewa: ContactRow) -> int:
    values = {"subject": "Chór", "contact_id": ewa.id, "received_on": TODAY}
    row = inquiries.create_inquiry(db, values, actor="anna")
    inquiries.move_stage(db, row.id, "matching", actor="anna")
    day = date(2026, 3, 12)
    inquiries.move_stage(db, row.id, "lost", lost_reason="withdrawn", actor="anna", today=day)
    return row.id


def test_a_lost_inquiry_is_read_only_behind_a_closed_bar_until_reopened(
    qtbot: QtBot, ctx: AppContext, db: Database, lost: int
) -> None:
    form = shown(qtbot, InquiryForm(ctx, lost))
    bar = form.closed_bar
    assert bar.isVisible()
    assert bar.label.text() == "This inquiry is closed (Lost, 12 March 2026)."
    assert bar.button.text() == "Reopen" and bar.button.isEnabled()
    assert form.subject.isReadOnly() and form.message.isReadOnly()
    assert form.contact.line.isReadOnly() and not form.contact.new_button.isEnabled()
    assert not any(c.isEnabled() for c in (form.received_on, form.channel, form.stage))
    assert not form.contact.line.isClearButtonEnabled()
    assert not form.save_button.isEnabled() and not form.letter_button.isEnabled()
    assert form.close_button.isEnabled()

    bar.button.click()
    row = inquiries.get_inquiry(db, lost).row
    assert (row.stage, row.closed_on, row.lost_reason) == ("matching", None, None)
    assert not bar.isVisible()
    assert form.stage.code() == "matching" and form.stage.isEnabled()
    assert not form.subject.isReadOnly() and form.save_button.isEnabled()
    assert form.received_on.isEnabled() and form.contact.line.isClearButtonEnabled()
    assert form.saved_message.text() == "Reopened: Finding a counterpart."
    form.subject.setText("Chór, wznowione")
    assert form.save()
    assert inquiries.get_inquiry(db, lost).row.subject == "Chór, wznowione"


def test_the_closed_bar_is_said_in_french_and_polish(
    qtbot: QtBot, ctx: AppContext, db: Database, lost: int
) -> None:
    inquiries.move_stage(db, lost, "running")
    inquiries.move_stage(db, lost, "completed", today=date(2026, 3, 12))
    form = shown(qtbot, InquiryForm(ctx, lost))
    try:
        ctx.languages.switch("pl")
        qtbot.waitUntil(lambda: "12 marca 2026" in form.closed_bar.label.text())
        ctx.languages.switch("fr")
        qtbot.waitUntil(lambda: "12 mars 2026" in form.closed_bar.label.text())
    finally:
        ctx.languages.switch("en")
    english = "This inquiry is closed (Completed, 12 March 2026)."
    qtbot.waitUntil(lambda: form.closed_bar.label.text() == english)


def test_core_s_refusal_of_a_closed_inquiry_is_said_in_the_window_s_words() -> None:
    refused = errors.ClosedError("2026-0042", "completed")
    assert user_message(refused) == (
        "The inquiry 2026-0042 is closed (Completed): reopen it before changing it."
    )


# -- point 9: email, website and phone open ---------------------------------------------------


class Opened(QObject):
    """Stands for the mail program, the browser and the phone: QDesktopServices hands it
    the addresses of the schemes it is set to handle."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    schemes = ("mailto", "tel", "http", "https")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, handler, "take")  # type: ignore[arg-type]
    yield handler
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def test_a_person_s_email_and_phone_open_from_the_buttons_beside_them(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, opened: Opened
) -> None:
    form = shown(qtbot, ContactForm(ctx, ewa.id))
    write, call = form.link_buttons["email"], form.link_buttons["phone"]
    assert write.isEnabled() and not call.isEnabled()  # no phone yet
    assert (write.text(), call.text()) == ("Write", "Call")
    write.click()
    form.phone.setText("32 123 45 67")  # a Katowice person: a Polish number
    assert call.isEnabled()
    call.click()
    assert opened.urls == ["mailto:ewa@example.pl", "tel:+48321234567"]
    form.email.setText("ewa@@example")
    assert not write.isEnabled()
    form.email.clear()
    assert not write.isEnabled()


def test_an_organisation_s_website_opens_in_the_browser(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, opened: Opened
) -> None:
    assert ewa.organisation_id is not None
    form = shown(qtbot, OrganisationForm(ctx, ewa.organisation_id))
    site = form.link_buttons["website"]
    assert not site.isEnabled()
    form.website.setText("www.zsm.katowice.pl")
    assert site.isEnabled() and site.text() == "Open"
    site.click()
    form.phone.setText("04 77 12 34 56")  # a French number: not a Polish one...
    assert not form.link_buttons["phone"].isEnabled()
    form.side.set_code("saint_etienne")  # ...until the organisation is in Saint-Étienne
    assert form.link_buttons["phone"].isEnabled()
    form.link_buttons["phone"].click()
    assert opened.urls == ["https://www.zsm.katowice.pl", "tel:+33477123456"]


# -- point 10: Save then Close ----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["inquiry", "person", "organisation"])
def test_save_then_close_in_one_button_box_in_every_record_form(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, kind: str
) -> None:
    assert ewa.organisation_id is not None
    make = {
        "inquiry": lambda: InquiryForm(ctx, None),
        "person": lambda: ContactForm(ctx, ewa.id),
        "organisation": lambda: OrganisationForm(ctx, ewa.organisation_id),
    }
    form = shown(qtbot, make[kind]())
    box = form.save_button.parentWidget()
    assert isinstance(box, QDialogButtonBox)
    assert box is form.close_button.parentWidget()
    assert box.buttonRole(form.save_button) == QDialogButtonBox.ButtonRole.AcceptRole
    assert box.buttonRole(form.close_button) == QDialogButtonBox.ButtonRole.RejectRole
    assert form.save_button.x() < form.close_button.x()  # the platform's order here
    assert form.delete_button.mapTo(form, form.delete_button.rect().topLeft()).x() < box.x()
    assert not isinstance(form.delete_button.parentWidget(), QComboBox)
