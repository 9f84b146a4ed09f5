"""The inquiry form: what is typed into it ends up in the database, and nothing else does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, followups, inquiries, organisations, staff
from msek_desktop.core.contacts import similar_contacts
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import ContactRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms import followup_actions
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.directory_form import SimilarDialog
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.forms.pickers import RecordPicker
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.questions import Unsaved

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

TODAY = date(2026, 5, 20)
# Nothing blocks: questions and notices are recorded (tests/ui/conftest.py); a form left
# with changes at the end of a test is discarded.
pytestmark = pytest.mark.usefixtures("asked")


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    staff.create_staff(database, {"login": "marc", "full_name": "Marc Rivière"})
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
def inquiry_id(db: Database, ewa: ContactRow) -> int:
    values = {"subject": "Piano teachers", "contact_id": ewa.id, "received_on": TODAY}
    return inquiries.create_inquiry(db, values, actor="anna").id


def open_form(qtbot: QtBot, ctx: AppContext, inquiry_id: int | None) -> InquiryForm:
    form = InquiryForm(ctx, inquiry_id)
    qtbot.addWidget(form)
    form.show()
    return form


def error_text(widget: Any, field: str) -> str:
    label = widget.findChild(QLabel, f"error_{field}")
    assert label is not None, field
    return str(label.text()) if label.isVisible() else ""


def pick_first(qtbot: QtBot, picker: RecordPicker, typed: str) -> None:
    """Type into the picker, wait for the list, and choose its first entry by keyboard."""
    qtbot.keyClicks(picker.line, typed)
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: bool(picker.results) and popup.isVisible())
    popup.setCurrentIndex(picker.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_new_inquiry_typed_into_the_form_is_saved(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow
) -> None:
    form = open_form(qtbot, ctx, None)
    assert form.objectName() == "inquiryForm"
    assert form.windowTitle() == "New inquiry"
    qtbot.keyClicks(form.subject, "Échange de professeurs de piano")
    qtbot.keyClicks(form.message, "Bonjour, nous cherchons un partenaire.")
    qtbot.keyClicks(form.desired_counterpart, "Conservatoire")
    form.channel.set_code("phone")
    form.priority.set_code("high")
    form.assignee.set_code("marc")
    pick_first(qtbot, form.contact, "wisn")
    assert form.contact.row == ewa
    assert form.organisation.row is not None  # filled from the contact
    music = form.fields.findItems("Music", Qt.MatchFlag.MatchExactly)[0]
    music.setCheckState(Qt.CheckState.Checked)

    with qtbot.waitSignal(ctx.events.data_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    (row,) = inquiries.list_inquiries(db, InquiryFilter())
    detail = inquiries.get_inquiry(db, row.id)
    assert row.subject == "Échange de professeurs de piano"
    assert (row.channel, row.priority, row.assignee, row.side) == (
        "phone", "high", "marc", "katowice")  # fmt: skip
    assert row.received_on == TODAY
    assert row.fields == ("music",)
    assert detail.contact is not None and detail.contact.id == ewa.id
    assert detail.organisation is not None and detail.organisation.id == ewa.organisation_id
    assert detail.message == "Bonjour, nous cherchons un partenaire."
    assert detail.desired_counterpart == "Conservatoire"
    assert form.windowTitle() == f"Inquiry {row.ref} — Échange de professeurs de piano"
    assert not form.is_dirty()


def test_new_inquiry_needs_a_subject_and_someone(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    form = open_form(qtbot, ctx, None)
    assert not form.save()
    assert error_text(form, "subject") == "Required."
    assert inquiries.count_inquiries(db) == 0
    qtbot.keyClicks(form.subject, "A subject")
    assert not form.save()
    assert error_text(form, "subject") == ""
    assert error_text(form, "contact_id") == "Choose a contact or an organisation."
    assert form.isVisible()
    assert inquiries.count_inquiries(db) == 0


def test_text_typed_in_a_picker_must_be_picked(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    form = open_form(qtbot, ctx, None)
    qtbot.keyClicks(form.subject, "A subject")
    qtbot.keyClicks(form.organisation.line, "Nobody knows this one")
    assert not form.save()
    assert "Pick one from the list" in error_text(form, "organisation_id")
    assert inquiries.count_inquiries(db) == 0


def test_invalid_email_in_new_contact_is_shown_and_nothing_saved(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SimilarDialog, "exec", lambda _self: pytest.fail("no similar person"))
    form = open_form(qtbot, ctx, None)
    qtbot.keyClicks(form.contact.line, "Jan Nowak")
    qtbot.mouseClick(form.contact.new_button, Qt.MouseButton.LeftButton)
    dialog = form.contact.dialog
    assert isinstance(dialog, ContactForm)
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Jan", "Nowak")
    dialog.side.set_code("katowice")
    qtbot.keyClicks(dialog.email, "jan.nowak@@example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert error_text(dialog, "email") == "This is not a valid email address."
    assert dialog.isVisible()
    assert contacts.find_contacts(db) == []
    assert form.contact.row is None

    dialog.email.setText("jan.nowak@example.pl")
    dialog.save()
    assert not dialog.isVisible()
    (created,) = contacts.find_contacts(db)
    assert form.contact.row == created


def test_similar_contact_is_offered_before_creating(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[Any]] = []
    answer = {"code": SimilarDialog.USE}

    def fake_exec(dialog: SimilarDialog) -> int:
        offered.append(dialog.rows)
        return answer["code"]

    monkeypatch.setattr(SimilarDialog, "exec", fake_exec)
    form = open_form(qtbot, ctx, None)
    qtbot.keyClicks(form.contact.line, "Wisniewska")
    form.contact.create_new()
    dialog = form.contact.dialog
    assert isinstance(dialog, ContactForm)
    dialog.side.set_code("katowice")
    dialog.save()
    assert offered == [[ewa]]
    assert form.contact.row == ewa  # the existing one was used
    assert len(contacts.find_contacts(db)) == 1

    answer["code"] = SimilarDialog.CREATE
    form.contact.set_row(None)
    form.contact.create_new()
    dialog = form.contact.dialog
    assert isinstance(dialog, ContactForm)
    dialog.first_name.setText("Ewa")
    dialog.last_name.setText("Wisniewska")
    dialog.side.set_code("katowice")
    dialog.save()
    assert len(offered) == 2
    assert len(contacts.find_contacts(db)) == 2  # created anyway


def test_similar_contacts_by_email_or_close_name(db: Database, ewa: ContactRow) -> None:
    assert similar_contacts(db, "", "Wisniewska") == [ewa]
    assert similar_contacts(db, "Ewa", "Wiśniewski") == [ewa]
    assert similar_contacts(db, "Piotr", "Zieliński", "EWA@example.pl") == [ewa]
    assert similar_contacts(db, "Piotr", "Zieliński") == []


def test_a_new_inquiry_shows_core_s_defaults(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_form(qtbot, ctx, None)
    defaults = inquiries.new_inquiry_defaults("anna", TODAY)
    shown = {
        "received_on": form.received_on.date().toPython(),
        "channel": form.channel.code(),
        "kind": form.kind.code(),
        "priority": form.priority.code(),
        "stage": form.stage.code(),
        "assignee": form.assignee.code(),
    }
    assert shown == {k: defaults[k] for k in shown}
    assert (form.channel.currentText(), form.kind.currentText()) == ("Email", "Information request")
    assert (form.priority.currentText(), form.stage.currentText()) == ("Normal", "New")


def test_every_field_core_refuses_is_marked_at_once(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int
) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    form.subject.clear()
    form.stage.set_code("lost")
    assert not form.save()
    assert error_text(form, "subject") == "Required."
    assert error_text(form, "lost_reason") == "Choose why the inquiry was lost."
    ctx.languages.switch("fr")
    try:
        qtbot.waitUntil(lambda: form.save_button.text() == "Enregistrer")
        assert error_text(form, "lost_reason") == (
            "Choisissez pourquoi la demande est restée sans suite."
        )
    finally:
        ctx.languages.switch("en")
    assert inquiries.get_inquiry(db, inquiry_id).row.subject == "Piano teachers"


def test_lost_without_reason_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int
) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    assert not form.lost_reason.isVisibleTo(form)
    form.stage.set_code("lost")
    assert form.lost_reason.isVisibleTo(form)
    assert not form.save()
    assert error_text(form, "lost_reason") == "Choose why the inquiry was lost."
    assert inquiries.get_inquiry(db, inquiry_id).row.stage == "new"

    form.lost_reason.set_code("other")
    assert not form.save()
    assert error_text(form, "lost_note") == "Say why the inquiry was lost."
    qtbot.keyClicks(form.lost_note, "The school closed")
    assert form.save()
    detail = inquiries.get_inquiry(db, inquiry_id)
    assert (detail.row.stage, detail.row.lost_reason, detail.lost_note) == (
        "lost", "other", "The school closed")  # fmt: skip
    assert detail.row.closed_on == TODAY
    assert "stage changed: New → Lost (Other reason — The school closed)" in (
        form.timeline.item(0).text())  # fmt: skip


def test_conflict_asks_to_reload_and_nothing_is_overwritten(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int, asked: Asked
) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    inquiries.update_inquiry(db, inquiry_id, {"subject": "Changed by Marc"}, actor="marc")
    form.subject.setText("Changed by Anna")
    form.priority.set_code("high")

    asked.answers["ask_reload"] = [False, True]
    assert not form.save()
    assert [kind for kind, _title, _text in asked.shown] == ["ask_reload"]
    row = inquiries.get_inquiry(db, inquiry_id).row
    assert (row.subject, row.priority) == ("Changed by Marc", "normal")
    assert form.subject.text() == "Changed by Anna"  # kept on screen to copy

    assert not form.save()  # Yes: their version is loaded
    assert [kind for kind, _title, _text in asked.shown] == ["ask_reload", "ask_reload"]
    assert form.subject.text() == "Changed by Marc"
    assert form.priority.code() == "normal"
    assert not form.is_dirty()
    assert form.save()  # saved again from what is stored now


def test_followup_add_complete_and_reschedule(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    inquiry_id: int,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    panel = form.followups
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    dialog.action.set_code("email")
    qtbot.keyClicks(dialog.description, "Send the programme")
    with qtbot.waitSignal(ctx.events.data_changed):
        dialog.save()
    (planned,) = followups.list_followups(db, today=TODAY)
    assert (planned.action, planned.description, planned.due_on) == (
        "email", "Send the programme", TODAY + timedelta(days=7))  # fmt: skip
    assert panel.model.rowCount() == 1
    assert form.tabs.tabText(0) == "Follow-ups (1)"

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    new_due = TODAY + timedelta(days=10)
    monkeypatch.setattr(followup_actions, "ask_new_date", lambda *_args: new_due)
    panel.reschedule()
    assert followups.list_followups(db, today=TODAY)[0].due_on == new_due

    outcome: dict[str, str | None] = {"text": None}  # the outcome dialog cancelled
    monkeypatch.setattr(
        followup_actions,
        "ask_done",
        lambda *_args: outcome["text"] and followup_actions.DoneAnswer(outcome["text"]),
    )
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.complete()
    assert len(followups.list_followups(db, today=TODAY)) == 1

    panel.table.setCurrentIndex(panel.model.index(1, 0) if panel.model.rowCount() > 1 else
                                panel.model.index(-1, -1))  # fmt: skip
    panel.complete()  # no follow-up under the cursor
    assert asked.texts("inform") == ["Select an open follow-up."]

    outcome["text"] = "They will come in June"
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.complete()
    assert followups.list_followups(db, today=TODAY) == []
    (done,) = inquiries.get_inquiry(db, inquiry_id).follow_ups
    assert done.outcome == "They will come in June" and done.done_at is not None
    assert "follow-up done (They will come in June)" in form.timeline.item(0).text()


def test_followups_need_a_saved_inquiry(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_form(qtbot, ctx, None)
    assert not form.followups.add_button.isEnabled()
    assert form.followups.hint.isVisible()


def test_followup_model(qtmodeltester: Any, db: Database, inquiry_id: int, ctx: AppContext,
                        qtbot: QtBot) -> None:  # fmt: skip
    for days in (3, 1, 2):
        due = TODAY + timedelta(days=days)
        followups.add_followup(db, inquiry_id, {"due_on": due, "description": f"in {days}"})
    form = open_form(qtbot, ctx, inquiry_id)
    assert form.followups.model.rowCount() == 3
    qtmodeltester.check(form.followups.model)


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int, asked: Asked
) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    form.close()  # nothing changed: no question
    assert asked.shown == [] and not form.isVisible()

    form.show()
    qtbot.keyClicks(form.subject, " and violins")
    asked.answers["ask_unsaved"] = [Unsaved.CANCEL, Unsaved.DISCARD]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()  # Cancel
    # The question every record's form asks (RecordForm's words, not the inquiry's own)
    assert asked.shown == [("ask_unsaved", "Unsaved changes", "")]

    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert inquiries.get_inquiry(db, inquiry_id).row.subject == "Piano teachers"


def test_closing_and_saving(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int, asked: Asked
) -> None:
    asked.answers["ask_unsaved"] = Unsaved.SAVE
    form = open_form(qtbot, ctx, inquiry_id)
    form.subject.setText("Piano and violin teachers")
    form.close()
    assert not form.isVisible()
    assert inquiries.get_inquiry(db, inquiry_id).row.subject == "Piano and violin teachers"


def test_delete_can_be_restored(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int, asked: Asked
) -> None:
    asked.answers["confirm"] = True
    form = open_form(qtbot, ctx, inquiry_id)
    with qtbot.waitSignal(ctx.events.data_changed):
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert "restore it later from the “Deleted” filter" in asked.texts("confirm")[0]
    assert not form.isVisible()
    assert inquiries.count_inquiries(db) == 0
    assert inquiries.count_inquiries(db, InquiryFilter(deleted=True)) == 1

    deleted = open_form(qtbot, ctx, inquiry_id)
    assert not deleted.save_button.isEnabled()
    assert deleted.delete_button.text() == "Restore"
    qtbot.mouseClick(deleted.delete_button, Qt.MouseButton.LeftButton)
    assert inquiries.count_inquiries(db) == 1


def test_timeline_newest_first_with_names(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int
) -> None:
    inquiries.update_inquiry(db, inquiry_id, {"channel": "visit", "assignee": "marc"}, actor="marc")
    form = open_form(qtbot, ctx, inquiry_id)
    lines = [form.timeline.item(i).text() for i in range(form.timeline.count())]
    assert len(lines) == 3
    assert lines[0].endswith("Marc Rivière — assigned: Marc Rivière")
    assert lines[1].endswith("Marc Rivière — changed: Channel: Email → Visit")
    assert lines[2].endswith("Anna Kowalska — created: " + form.detail.row.ref)  # type: ignore[union-attr]


def test_language_change_keeps_the_form(qtbot: QtBot, ctx: AppContext, inquiry_id: int) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    form.subject.setText("Edited")
    QApplication.sendEvent(form, QEvent(QEvent.Type.LanguageChange))
    assert form.subject.text() == "Edited"
    assert form.save_button.text() == "Save"
    assert form.contact.line.accessibleName() == "Contact"


def test_ctrl_s_saves(qtbot: QtBot, ctx: AppContext, db: Database, inquiry_id: int) -> None:
    form = open_form(qtbot, ctx, inquiry_id)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.subject.setFocus()
    qtbot.keyClicks(form.subject, " and violins")
    qtbot.keyClick(form.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert inquiries.get_inquiry(db, inquiry_id).row.subject == "Piano teachers and violins"


def test_new_organisation_inline_with_similar_warning(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[Any]] = []

    def fake_exec(dialog: SimilarDialog) -> int:
        offered.append([o.name for o in dialog.rows])
        return SimilarDialog.CREATE

    monkeypatch.setattr(SimilarDialog, "exec", fake_exec)
    form = open_form(qtbot, ctx, None)
    qtbot.keyClicks(form.organisation.line, "Zespol Szkol Muzycznych")
    qtbot.mouseClick(form.organisation.new_button, Qt.MouseButton.LeftButton)
    dialog = form.organisation.dialog
    assert isinstance(dialog, OrganisationForm)
    assert dialog.name.text() == "Zespol Szkol Muzycznych"
    dialog.save()
    assert offered == []  # a form with fields to correct asks nothing yet
    assert error_text(dialog, "side") == "Required."
    dialog.side.set_code("katowice")
    qtbot.keyClicks(dialog.country, "PL")
    dialog.save()
    assert offered == [["Zespół Szkół Muzycznych"]]  # "create anyway"
    assert not dialog.isVisible()
    assert form.organisation.row is not None
    assert form.organisation.row.name == "Zespol Szkol Muzycznych"
    assert len(organisations.find_organisations(db)) == 2
