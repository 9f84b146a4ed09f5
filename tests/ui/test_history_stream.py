"""A record's history as one stream (ui/forms/history_stream) in the inquiry, person and
organisation forms: the composer on top logs with who and when and the entry shows first;
a filter shows its kinds only; each form shows its own record's stream; Ctrl+L in a form
brings the composer forward with "call" chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from msek_desktop.core import (
    activities,
    changes,
    contacts,
    exchanges,
    followups,
    inquiries,
    organisations,
    staff,
)
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.errors import ServerUnreachableError
from msek_desktop.core.models import TimelineEntry
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.history_stream import HistoryStream
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import Languages

pytestmark = [
    pytest.mark.usefixtures("asked"),
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
]
TODAY = date(2026, 5, 20)


class Office:
    def __init__(self, db: Database) -> None:
        staff.create_staff(db, {"login": "anna", "full_name": "Anna Kowalska"})
        self.school = organisations.create_organisation(
            db, {"name": "Zespół Szkół Muzycznych", "side": "katowice", "city": "Katowice"}
        ).id
        self.ewa = contacts.create_contact(
            db,
            {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": self.school},
        ).id  # fmt: skip
        values = {"subject": "Piano teachers", "contact_id": self.ewa, "received_on": TODAY}
        self.inquiry = inquiries.create_inquiry(db, values, actor="anna").id


@pytest.fixture
def ctx(tmp_path: Path, new_database: Callable[..., Database], languages: Languages) -> AppContext:
    return AppContext(new_database(tmp_path / "h.db"), "anna", languages, today=lambda: TODAY)


@pytest.fixture
def office(ctx: AppContext) -> Office:
    return Office(ctx.db)


def lines(stream: HistoryStream) -> list[str]:
    """The entries shown (not the hint of an empty list)."""
    items = [stream.list.item(n) for n in range(stream.list.count())]
    return [item.text() for item in items if item.flags() & Qt.ItemFlag.ItemIsEnabled]


def hint(stream: HistoryStream) -> str:
    [only] = [stream.list.item(n) for n in range(stream.list.count())]
    assert only.flags() == Qt.ItemFlag.NoItemFlags
    return only.text()


def shown(qtbot: QtBot, form: QWidget) -> QWidget:
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_call_logged_in_the_inquiry_form_is_first_with_who_and_when(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    form.tabs.setCurrentWidget(form.history)
    composer = form.history.composer
    assert composer.isEnabled() and composer.kind() == "call"
    qtbot.keyClicks(composer.line, "Called Ewa: two teachers in May")
    qtbot.keyClick(composer.line, Qt.Key.Key_Return)
    first = form.timeline.item(0).text()
    assert first.endswith(" — Anna Kowalska — call: Called Ewa: two teachers in May")
    when = first.split(" — ")[0]
    assert "2026" in when and ":" in when  # a date and a time, in the window's locale
    assert form.timeline.count() == 2  # then "created"


def test_an_empty_summary_adds_nothing_to_the_stream(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    before = lines(form.history)
    form.history.composer.log_button.click()
    assert lines(form.history) == before
    assert form.history.composer.error.text() == "Required."


def test_the_filter_shows_only_its_kinds_and_details_open_under_a_line(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    db, inquiry = ctx.db, office.inquiry
    activities.log_activity(db, "meeting", "Met the director\nTwo classes, 40 pupils.",
                            actor="anna", inquiry_id=inquiry)  # fmt: skip
    followups.add_followup(db, inquiry, {"due_on": date(2026, 6, 1), "action": "call"},
                           actor="anna")  # fmt: skip
    with db.write() as session:
        changes.record(session, None, "document", inquiry_id=inquiry, new="programme.pdf")
        changes.record(session, None, "document", inquiry_id=inquiry, old="old.pdf")
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    stream = form.history
    assert len(lines(stream)) == 5
    stream.show_filter("activities")
    [meeting] = lines(stream)
    assert meeting.endswith(" — Anna Kowalska — meeting: Met the director …")
    item = stream.list.item(0)
    assert item.toolTip().endswith("Met the director\n\nTwo classes, 40 pupils.")
    stream.toggle_details(item)
    assert item.text().endswith("Met the director\nTwo classes, 40 pupils.")
    stream.show_filter("followups")
    [planned] = lines(stream)
    assert " — follow-up planned: " in planned
    stream.show_filter("documents")
    assert [line.split(" — ", 2)[2] for line in lines(stream)] == [
        "document removed: old.pdf",
        "document attached: programme.pdf",
    ]
    stream.show_filter("changes")
    [created] = lines(stream)
    assert created.split(" — ")[2].startswith("created")


def test_a_person_and_an_organisation_show_their_own_stream(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    activities.log_activity(ctx.db, "note", "Prefers email", actor="anna", contact_id=office.ewa)
    person = shown(qtbot, ContactForm(ctx, office.ewa))
    school = shown(qtbot, OrganisationForm(ctx, office.school))
    assert isinstance(person, ContactForm) and isinstance(school, OrganisationForm)
    assert person.tabs.tabText(person.tabs.indexOf(person.stream)) == "History"
    assert school.tabs.tabText(school.tabs.indexOf(school.stream)) == "Activity"
    assert school.tabs.indexOf(school.history) != school.tabs.indexOf(school.stream)
    school.tabs.setCurrentWidget(school.stream)
    school.stream.composer.set_kind("email")
    school.stream.composer.line.setText("Sent the programme")
    school.stream.composer.log()
    person.tabs.setCurrentWidget(person.stream)
    assert [line.split(" — ", 2)[2] for line in lines(person.stream)] == [
        "note: Prefers email",
        "created: Ewa Wiśniewska",
    ]
    assert lines(school.stream)[0].endswith(" — Anna Kowalska — email sent: Sent the programme")
    assert not any("Prefers email" in line for line in lines(school.stream))


def test_a_proposal_in_an_organisations_stream_names_the_inquiry(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    cite = organisations.create_organisation(
        ctx.db, {"name": "Cité du design", "side": "saint_etienne", "city": "Saint-Étienne"}
    ).id
    [made] = pp.propose(ctx.db, office.inquiry, [cite], actor="anna")
    pp.set_state(ctx.db, made.id, "declined", reason="timing", actor="anna")
    ref = inquiries.get_inquiry(ctx.db, office.inquiry).row.ref
    form = shown(qtbot, OrganisationForm(ctx, cite))
    assert isinstance(form, OrganisationForm)
    form.tabs.setCurrentWidget(form.stream)
    assert [line.split(" — ", 2)[2] for line in lines(form.stream)][:2] == [
        f"Partner for inquiry {ref}: Proposed → Declined (Not now, maybe later)",
        f"Proposed as a partner for inquiry {ref}",
    ]


def test_enter_in_the_composer_logs_and_does_not_save_the_form(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    """The person's form has Save as its default button: Enter in the line is the line's."""
    person = shown(qtbot, ContactForm(ctx, office.ewa))
    assert isinstance(person, ContactForm)
    person.city.setText("Chorzów")  # an edit not saved
    person.tabs.setCurrentWidget(person.stream)
    qtbot.keyClicks(person.stream.composer.line, "Called her")
    qtbot.keyClick(person.stream.composer.line, Qt.Key.Key_Return)
    assert lines(person.stream)[0].endswith(" — call: Called her")
    assert contacts.get_contact(ctx.db, office.ewa).city == ""
    assert person.is_dirty()


@pytest.mark.parametrize("which", ["inquiry", "person", "organisation"])
def test_ctrl_l_in_a_form_brings_the_composer_with_call_chosen(
    qtbot: QtBot, ctx: AppContext, office: Office, which: str
) -> None:
    form: InquiryForm | ContactForm | OrganisationForm
    if which == "inquiry":
        form = InquiryForm(ctx, office.inquiry)
        stream = form.history
    elif which == "person":
        form = ContactForm(ctx, office.ewa)
        stream = form.stream
    else:
        form = OrganisationForm(ctx, office.school)
        stream = form.stream
    qtbot.addWidget(form)
    with qtbot.waitActive(form):  # shortcuts reach the active window only
        form.show()
        form.activateWindow()
    stream.composer.set_kind("note")
    form.tabs.setCurrentIndex(0)
    first = next(iter(form.editors.values()))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert form.tabs.currentWidget() is stream
    assert stream.composer.kind() == "call"
    qtbot.waitUntil(stream.composer.line.hasFocus)


def test_the_stream_is_said_again_in_the_new_language(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    activities.log_activity(ctx.db, "email", "Sent", actor="anna", inquiry_id=office.inquiry)
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    assert form.history.filter.itemText(0) == "Everything"
    ctx.languages.switch("fr")
    qtbot.waitUntil(lambda: " — créée" in form.history.list.item(1).text())
    assert form.history.list.item(0).text().endswith("\u00a0: Sent")  # French typography


def test_a_record_in_the_bin_shows_its_stream_and_takes_no_activity(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    contacts.set_deleted(ctx.db, office.ewa, True, actor="anna")
    person = shown(qtbot, ContactForm(ctx, office.ewa))
    assert isinstance(person, ContactForm)
    person.tabs.setCurrentWidget(person.stream)
    composer = person.stream.composer
    assert not composer.line.isEnabled() and not composer.log_button.isEnabled()
    assert person.stream.filter.isEnabled()  # on the composer's line, still there to use
    assert lines(person.stream)[0].endswith(" — Anna Kowalska — deleted")
    composer.line.setText("Called")
    assert composer.log() is None
    person.stream.show_filter("activities")
    assert lines(person.stream) == []
    assert hint(person.stream) == "Nothing of this kind yet."


def test_an_empty_stream_says_what_to_do(qtbot: QtBot, ctx: AppContext, office: Office) -> None:
    with ctx.db.write() as session:
        session.execute(delete(TimelineEntry).where(TimelineEntry.contact_id == office.ewa))
    person = shown(qtbot, ContactForm(ctx, office.ewa))
    assert isinstance(person, ContactForm)
    person.tabs.setCurrentWidget(person.stream)
    assert hint(person.stream).startswith("Nothing recorded yet: log a call")
    person.stream.composer.line.setText("Called")
    person.stream.composer.log()
    assert len(lines(person.stream)) == person.stream.list.count() == 1


def test_a_colleagues_save_and_a_server_away_while_the_stream_is_shown(
    qtbot: QtBot, ctx: AppContext, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's activity heard (live_changed) shows; a read that fails keeps what is
    shown, with no traceback, and is made again next time."""
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    form.tabs.setCurrentWidget(form.history)
    activities.log_activity(ctx.db, "call", "Marta called", actor="anna", inquiry_id=office.inquiry)
    ctx.events.live_changed.emit([])
    assert lines(form.history)[0].endswith(" — call: Marta called")
    before = lines(form.history)

    def away(*_args: object, **_kw: object) -> None:
        raise ServerUnreachableError("The office server cannot be reached.")

    monkeypatch.setattr("msek_desktop.core.history.entries", away)
    ctx.events.data_changed.emit()
    assert lines(form.history) == before


def test_a_persons_and_an_organisations_edits_are_said_with_their_forms_words(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    """Not "changed: language: fr → pl" but the form's label and the codes named."""
    person = contacts.get_contact(ctx.db, office.ewa)
    other = organisations.create_organisation(
        ctx.db, {"name": "Filharmonia Śląska", "side": "katowice"}
    ).id
    contacts.update_contact(
        ctx.db, office.ewa,
        {"language": "fr", "position": "Dyrektor", "organisation_id": other},
        actor="anna", expected_version=person.version,
    )  # fmt: skip
    school = organisations.get_organisation(ctx.db, office.school)
    organisations.update_organisation(
        ctx.db, office.school, {"kind": "cultural"}, actor="anna", expected_version=school.version
    )
    form = shown(qtbot, ContactForm(ctx, office.ewa))
    assert isinstance(form, ContactForm)
    form.tabs.setCurrentWidget(form.stream)
    form.stream.show_filter("changes")
    said = sorted(line.split(" — ", 2)[2] for line in lines(form.stream))
    assert said == [
        "changed: Language: Polish → French",
        "changed: Organisation: Zespół Szkół Muzycznych → Filharmonia Śląska",
        "changed: Position: Dyrektor",
        "created: Ewa Wiśniewska",
    ]
    org = shown(qtbot, OrganisationForm(ctx, office.school))
    assert isinstance(org, OrganisationForm)
    org.tabs.setCurrentWidget(org.stream)
    assert (
        lines(org.stream)[0]
        .split(" — ", 2)[2]
        .startswith("changed: Kind: Other → Cultural institution")
    )


def test_an_exchange_recorded_and_moving_reads_in_words(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    partner = organisations.create_organisation(
        ctx.db, {"name": "Conservatoire Massenet", "side": "saint_etienne"}
    ).id
    values = {"title": "Concert à Katowice", "kind": "concert", "inquiry_id": office.inquiry,
              "organisation_ids": [office.school, partner], "starts_on": date(2026, 6, 1),
              "ends_on": date(2026, 6, 3)}  # fmt: skip
    exchanges.create_exchange(ctx.db, values, actor="anna", today=TODAY)
    exchanges.catch_up(ctx.db, date(2026, 6, 2))
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    form.tabs.setCurrentWidget(form.history)
    said = [line.split(" — ", 2)[2] for line in lines(form.history)]
    assert "exchange “Concert à Katowice”: Planned → Running" in said
    assert "exchange recorded: “Concert à Katowice” (Planned)" in said


@pytest.mark.parametrize(
    ("lang", "binned", "restored"),
    [
        ("en", "exchange “Chór” moved to the bin", "exchange “Chór” restored from the bin"),
        (
            "fr",
            "échange «\u00a0Chór\u00a0» mis à la corbeille",
            "échange «\u00a0Chór\u00a0» restauré",
        ),
        ("pl", "przeniesiono wymianę „Chór” do kosza", "przywrócono wymianę „Chór” z kosza"),
    ],
)
def test_an_exchange_deleted_and_restored_reads_in_words(
    qtbot: QtBot, ctx: AppContext, office: Office, lang: str, binned: str, restored: str
) -> None:
    values = {"title": "Chór", "inquiry_id": office.inquiry, "organisation_ids": [office.school]}
    made = exchanges.create_exchange(ctx.db, values, actor="anna", today=TODAY).row.id
    exchanges.set_deleted(ctx.db, made, True, actor="anna")
    exchanges.set_deleted(ctx.db, made, False, actor="anna")
    ctx.languages.switch(lang)
    form = shown(qtbot, InquiryForm(ctx, office.inquiry))
    assert isinstance(form, InquiryForm)
    form.tabs.setCurrentWidget(form.history)
    form.history.show_filter("stages")  # the inquiry's way: its exchange's too
    said = [line.split(" — ", 2)[2] for line in lines(form.history)]
    assert said[:2] == [restored, binned]
