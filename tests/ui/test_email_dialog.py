"""Write email…: the draft shown and edited, handed to the mail program (a mailto: link, or an
.eml draft with the proposal letter attached), "Email sent" logged only when the user says so,
and a recipient without an address said plainly."""

from __future__ import annotations

import email
import email.policy
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

import email_fixtures as shared
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from msek_desktop.core import contacts, inquiries, organisations, proposals
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember, TimelineEntry
from msek_desktop.core.rows import ContactRow, InquiryRow, OrganisationRow
from msek_desktop.letters import emails
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import email_open
from msek_desktop.ui.dialogs.email_choices import Target
from msek_desktop.ui.dialogs.email_dialog import EmailDialog
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("asked")  # no question or notice blocks a test


opened, db, ctx = shared.opened, shared.db, shared.ctx
school, ewa, inquiry, cite = shared.school, shared.ewa, shared.inquiry, shared.cite


def dialog_on(qtbot: QtBot, ctx: AppContext, link: str, record_id: int) -> EmailDialog:
    dialog = EmailDialog(ctx, Target(link, record_id))
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: EmailDialog, template: str) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(template))
    assert dialog.chosen_template() == template


def email_entries(db: Database) -> list[tuple[str, str | None, int | None, int | None]]:
    """Every "email" activity: its text, who logged it, and the inquiry or person it is on."""
    stmt = (
        select(TimelineEntry.new_value, StaffMember.login, TimelineEntry.inquiry_id,
               TimelineEntry.contact_id)
        .outerjoin(StaffMember, TimelineEntry.staff_id == StaffMember.id)
        .where(TimelineEntry.kind == "email")
    )  # fmt: skip
    with db.read() as session:
        return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]


def drafts() -> list[Path]:
    return sorted(email_open.drafts_dir().rglob("*.eml"))


# -- the draft shown ----------------------------------------------------------------------


def test_the_dialog_shows_the_draft_in_the_recipients_language(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow
) -> None:
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    draft = emails.draft_for(db, template="reply", inquiry_id=inquiry.id, actor="anowak")
    assert dialog.chosen_template() == "reply"
    assert draft.language == "pl" and dialog.language.code() == "pl"
    assert dialog.to.text() == "Ewa Wiśniewska <ewa@szkola.example.pl>"
    assert dialog.subject.text() == draft.subject and draft.subject
    assert dialog.body.toPlainText() == draft.body and draft.body
    assert dialog.problem.isHidden() and dialog.open_button.isEnabled()
    dialog.language.set_code("fr")
    dialog.language.activated.emit(dialog.language.currentIndex())
    french = emails.draft_for(
        db, template="reply", inquiry_id=inquiry.id, language="fr", actor="anowak"
    )
    assert dialog.subject.text() == french.subject != draft.subject


def test_an_introduction_is_offered_only_with_a_partner_to_introduce(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow, ewa: ContactRow
) -> None:
    alone = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    assert alone.template.findData("introduction") == -1
    person = dialog_on(qtbot, ctx, "contact_id", ewa.id)
    assert person.template.findData("introduction") == -1 and person.attach.isHidden()


def test_the_introduction_goes_to_the_chosen_partner(
    qtbot: QtBot, ctx: AppContext, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    assert dialog.partner.isHidden()
    choose(dialog, "introduction")
    assert not dialog.partner.isHidden()
    assert dialog.partner.currentText() == "Cité du design — Saint-Étienne"
    assert "contact@cite.example.fr" in dialog.to.text()
    assert dialog.language.code() == "fr"  # the partner's, not the inquiry's Polish
    choose(dialog, "reply")
    assert dialog.language.code() == "pl" and dialog.partner.isHidden()


def test_a_language_chosen_stays_while_the_recipient_does(
    qtbot: QtBot, ctx: AppContext, inquiry: InquiryRow
) -> None:
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    dialog.language.set_code("en")
    dialog.language.activated.emit(dialog.language.currentIndex())
    choose(dialog, "followup")
    assert dialog.language.code() == "en" and dialog.draft is not None
    assert dialog.draft.language == "en" and dialog.draft.template == "followup"


# -- handed to the mail program -------------------------------------------------------------


def test_a_short_text_opens_as_a_mailto_link_with_the_users_edits(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow, opened: list[QUrl]
) -> None:
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    dialog.subject.setText("Wymiana uczniów: odpowiedź")
    dialog.body.setPlainText("Dzień dobry,\nDziękujemy za wiadomość.")
    assert dialog.sent_bar.isHidden()
    dialog.open_button.click()
    (url,) = opened
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto" and unquote(parts.path) == "ewa@szkola.example.pl"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Wymiana uczniów: odpowiedź"]
    assert query["body"][0].replace("\r\n", "\n") == "Dzień dobry,\nDziękujemy za wiadomość."
    assert drafts() == []
    assert not dialog.sent_bar.isHidden()
    assert email_entries(db) == []  # nothing logged until the user says it was sent


def test_with_the_letter_attached_an_eml_draft_is_written_and_opened(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow, cite: OrganisationRow,
    opened: list[QUrl],
) -> None:  # fmt: skip
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    choose(dialog, "proposal")
    assert dialog.attach.isChecked() and not dialog.attach.isHidden()
    dialog.body.setPlainText(dialog.body.toPlainText() + "\nPS: do zobaczenia w Katowicach.")
    dialog.open_button.click()
    (url,) = opened
    (path,) = drafts()
    assert url.isLocalFile() and Path(url.toLocalFile()) == path
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "ewa@szkola.example.pl"
    text = message.get_body(("plain",))
    assert text is not None and "PS: do zobaczenia w Katowicach." in text.get_content()
    (attached,) = message.iter_attachments()
    (kept,) = proposals.list_proposals(db, inquiry.id)  # made and kept on the way out
    assert attached.get_filename() == f"{kept.file_stem}.pdf"
    pdf = attached.get_payload(decode=True)
    assert pdf.startswith(b"%PDF")
    letter = proposals.get_pdf(db, kept.id)
    assert hashlib.sha256(pdf).hexdigest() == hashlib.sha256(letter).hexdigest()


def test_the_letter_is_made_only_when_the_email_goes_out(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow, cite: OrganisationRow,
    opened: list[QUrl],
) -> None:  # fmt: skip
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    choose(dialog, "proposal")
    assert proposals.list_proposals(db, inquiry.id) == []  # choosing writes nothing
    dialog.attach.setChecked(False)
    dialog.open_button.click()
    (url,) = opened
    assert url.scheme() == "mailto" and proposals.list_proposals(db, inquiry.id) == []


# -- logged when sent ---------------------------------------------------------------------


def test_log_as_sent_writes_one_email_activity_by_the_user(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow, opened: list[QUrl]
) -> None:
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    dialog.subject.setText("Wymiana uczniów: odpowiedź")
    dialog.open_button.click()
    with qtbot.waitSignal(dialog.logged):
        dialog.sent_bar.button.click()
    ((text, who, inquiry_id, contact_id),) = email_entries(db)
    assert (who, inquiry_id, contact_id) == ("anowak", inquiry.id, None)
    assert text.split("\n") == [
        "Wymiana uczniów: odpowiedź",
        "",
        "Ewa Wiśniewska <ewa@szkola.example.pl>",
    ]
    assert dialog.sent_bar.button.isHidden()
    assert dialog.sent_bar.label.text() == "Logged as sent in the history."


def test_closing_without_saying_it_was_sent_logs_nothing(
    qtbot: QtBot, ctx: AppContext, db: Database, ewa: ContactRow, inquiry: InquiryRow,
    opened: list[QUrl],
) -> None:  # fmt: skip
    dialog = dialog_on(qtbot, ctx, "contact_id", ewa.id)
    dialog.open_button.click()
    assert len(opened) == 1
    dialog.close_button.click()
    assert email_entries(db) == []


# -- no address -----------------------------------------------------------------------------


def test_a_person_without_an_address_is_said_plainly_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, db: Database, opened: list[QUrl], asked: Asked
) -> None:
    jan = contacts.create_contact(
        db, {"first_name": "Jan", "last_name": "Kowalski", "side": "katowice"}, actor="anowak"
    )
    inquiries.create_inquiry(db, {"subject": "Koncert", "contact_id": jan.id}, actor="anowak")
    dialog = dialog_on(qtbot, ctx, "contact_id", jan.id)
    assert not dialog.problem.isHidden()
    assert dialog.problem.label.text().startswith("Jan Kowalski has no email address recorded.")
    assert not dialog.open_button.isEnabled() and dialog.copy_button.isEnabled()
    dialog.open_in_mail()  # even asked directly: nothing goes out
    assert opened == [] and drafts() == [] and email_entries(db) == []
    assert asked.shown == []  # said in the dialog, not in a box
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == f"{dialog.subject.text()}\n\n{dialog.body.toPlainText()}"


def test_a_person_with_no_inquiry_is_told_why_there_is_no_draft(
    qtbot: QtBot, ctx: AppContext, db: Database, asked: Asked
) -> None:
    jan = contacts.create_contact(
        db, {"first_name": "Jan", "last_name": "Kowalski", "side": "katowice",
         "email": "jan@x.example.pl"},
        actor="anowak",
    )  # fmt: skip
    dialog = dialog_on(qtbot, ctx, "contact_id", jan.id)
    assert (
        dialog.problem.label.text() == "Jan Kowalski has no inquiry: an email is written about one."
    )
    assert not dialog.open_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert asked.shown == []


def test_old_drafts_are_removed_when_a_new_one_is_written(tmp_path: Path) -> None:
    old, recent = tmp_path / "draft-old", tmp_path / "draft-recent"
    for folder in (old, recent):
        folder.mkdir()
        (folder / "x.eml").write_bytes(b"x")
    now = recent.stat().st_mtime
    os.utime(old, (now - email_open.KEEP_DRAFTS_SECONDS - 60,) * 2)
    email_open.remove_old_drafts(tmp_path, now)
    assert not old.exists() and recent.exists()


def test_a_language_change_keeps_the_choices(
    qtbot: QtBot, ctx: AppContext, db: Database, inquiry: InquiryRow, cite: OrganisationRow,
    languages: Languages,
) -> None:  # fmt: skip
    values = {"name": "Opéra de Saint-Étienne", "side": "saint_etienne", "email": "o@o.example.fr"}
    opera = organisations.create_organisation(db, values, actor="anowak")
    pp.propose(db, inquiry.id, [opera.id], actor="anowak")
    dialog = dialog_on(qtbot, ctx, "inquiry_id", inquiry.id)
    choose(dialog, "introduction")
    dialog.partner.setCurrentIndex(1)
    assert dialog.to.text() == "Opéra de Saint-Étienne <o@o.example.fr>"
    languages.switch("fr")
    qtbot.waitUntil(lambda: dialog.language.currentText() == "Français")
    assert dialog.chosen_template() == "introduction"
    assert dialog.partner.currentText() == "Opéra de Saint-Étienne"
    assert dialog.to.text() == "Opéra de Saint-Étienne <o@o.example.fr>"


def test_on_an_organisation_the_introduction_names_the_inquiry(
    qtbot: QtBot, ctx: AppContext, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    dialog = dialog_on(qtbot, ctx, "organisation_id", cite.id)
    assert dialog.attach.isHidden()  # the letter is an inquiry's
    choose(dialog, "introduction")
    assert dialog.labels["partner"].text() == "Inquiry:"
    assert dialog.partner.currentText() == f"{inquiry.ref} — Wymiana uczniów"
    assert dialog.to.text() == "Cité du design <contact@cite.example.fr>"
    assert dialog.language.code() == "fr"
