"""Write email…: a template filled for an inquiry, a person or an organisation, opened in the
mail program, and logged as an "Email sent" activity once the user says it was sent.

The dialog asks core.email_drafts for the draft (the template in the recipient's language,
its placeholders filled, the proposal letter attached when asked) and shows its To, Subject
and text; what the user changes there is what the mail program gets. "Open in mail program"
hands it over (email_open: a mailto: link, or an .eml draft Outlook opens ready to send), then
the dialog asks, in a bar of its own rather than a box, whether it was sent: "Log as sent"
writes the activity on the record the dialog was opened from. A recipient without an email
address is said plainly, with the text offered to copy instead.

The introduction (to a partner) is offered where there is one to introduce: on an inquiry,
one of its proposed partners is chosen; on an organisation, one of the inquiries it was
proposed for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.letters import emails
from msek_desktop.letters.emails import EmailDraft
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import email_open
from msek_desktop.ui.dialogs.email_choices import (
    ATTACHED_BY_DEFAULT,
    TEMPLATES,
    Target,
    partners_of,
)
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.error_texts import error_text
from msek_desktop.ui.kit.layouts import Role, dialog_buttons
from msek_desktop.ui.kit.live import NoticeBar
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_all
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.kit.writes import run_write


class EmailDialog(QDialog):
    """Write email… on one record (see the module's text); `logged` after Log as sent."""

    logged = Signal()  # Log as sent wrote the activity
    letter_kept = Signal()  # the letter attached was made and kept with the inquiry

    def __init__(self, ctx: AppContext, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailDialog")
        self.ctx, self.target = ctx, target
        self.draft: EmailDraft | None = None  # as core made it
        self.sent: EmailDraft | None = None  # as it was opened in the mail program
        self.recipient: tuple[object, ...] = ()  # whom the draft is for (see redraft)
        self.language_picked = False  # by the user, for that recipient
        self.partners = partners_of(ctx, target)
        self.template = QComboBox()
        self.partner = QComboBox()
        self.language = CodeCombo(labels.LANGUAGES)
        self.attach = QCheckBox()
        self.to = QLineEdit()
        self.to.setReadOnly(True)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.labels = {name: QLabel() for name in ("template", "partner", "language", "to")}
        self.labels |= {"subject": QLabel(), "body": QLabel()}
        self.problem = NoticeBar("emailProblem")  # no address, a template core refused
        self.sent_bar = NoticeBar("emailSent")  # "Did you send it?" [Log as sent]
        self.copy_button, self.open_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.status = QLabel()  # "Copied…"
        self.status.setWordWrap(True)
        for name, widget in self._named().items():
            widget.setObjectName(name)
        self._lay_out()
        self._connect()
        self.retranslate()  # the templates and partners listed too
        self.redraft()
        self.resize(780, 660)

    def _named(self) -> dict[str, QWidget]:
        return {
            "emailTemplate": self.template, "emailPartner": self.partner,
            "emailLanguage": self.language, "attachLetter": self.attach, "emailTo": self.to,
            "emailSubject": self.subject, "emailBody": self.body,
            "copyText": self.copy_button, "openInMail": self.open_button,
            "closeEmail": self.close_button, "emailStatus": self.status,
        }  # fmt: skip

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields: list[tuple[str, QWidget]] = [
            ("template", self.template), ("partner", self.partner),
            ("language", self.language), ("attach", self.attach), ("to", self.to),
            ("subject", self.subject),
        ]  # fmt: skip
        for name, field in fields:
            if name == "attach":
                form.addRow("", field)
                continue
            self.labels[name].setBuddy(field)
            form.addRow(self.labels[name], field)
        self.labels["body"].setBuddy(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.labels["body"])
        layout.addWidget(self.body, 1)
        layout.addWidget(self.sent_bar)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(
            dialog_buttons(
                (self.open_button, Role.AcceptRole),
                (self.copy_button, Role.ActionRole),
                (self.close_button, Role.RejectRole),
            )
        )
        layout.addLayout(row)
        self.open_button.setDefault(True)

    def _connect(self) -> None:
        self.template.currentIndexChanged.connect(self._template_changed)
        self.partner.currentIndexChanged.connect(self.redraft)
        self.language.activated.connect(self._pick_language)
        self.open_button.clicked.connect(self.open_in_mail)
        self.copy_button.clicked.connect(self.copy_text)
        self.close_button.clicked.connect(self.reject)
        self.sent_bar.button.clicked.connect(self.log_sent)

    # -- choices --------------------------------------------------------------------------

    def _fill_templates(self) -> None:
        """The templates this record allows, then the partners (shown for an introduction)."""
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for name in emails.TEMPLATE_NAMES:
            if name != "introduction" or self.partners:
                self.template.addItem(labels.label(TEMPLATES, name), name)
        found = self.template.findData(current)
        self.template.setCurrentIndex(max(found, 0))
        self.template.blockSignals(False)
        chosen = self.partner.currentIndex()  # the same partner after a language change
        self.partner.blockSignals(True)
        self.partner.clear()
        for number, partner in enumerate(self.partners):
            self.partner.addItem(partner.label, number)
        self.partner.setCurrentIndex(max(chosen, 0))
        self.partner.blockSignals(False)

    def _template_changed(self) -> None:
        """Another template: its text, the letter ticked for a proposal (unless unticked)."""
        proposal = self.chosen_template() == ATTACHED_BY_DEFAULT
        self.attach.setChecked(self._letter_applies() and proposal)
        self.redraft()

    def chosen_template(self) -> str:
        return str(self.template.currentData() or emails.TEMPLATE_NAMES[0])

    def _letter_applies(self) -> bool:
        """The proposal letter is an inquiry's: offered on an inquiry only."""
        return self.target.link == "inquiry_id"

    def _draft_links(self) -> dict[str, Any]:
        """The records the draft is made from: the dialog's, or an introduction's two."""
        if self.chosen_template() == "introduction" and self.partners:
            partner = self.partners[max(self.partner.currentIndex(), 0)]
            return {"inquiry_id": partner.inquiry_id, "organisation_id": partner.organisation_id}
        return self.target.links()

    # -- the draft ------------------------------------------------------------------------

    def _make(self, *, letter: bool = False, language: str | None = None) -> EmailDraft:
        """The draft core makes of the choices (`letter`: with the letter attached, made and
        kept if there is none yet). Raises UserError."""
        return emails.draft_for(
            self.ctx.db, template=self.chosen_template(), language=language,
            attach_letter=letter, actor=self.ctx.me, today=self.ctx.today(),
            **self._draft_links(),
        )  # fmt: skip

    def _pick_language(self) -> None:
        self.language_picked = True
        self.redraft()

    def redraft(self) -> None:
        """The draft made again from the choices (without the letter: it is attached, and
        made if need be, only when the email is opened); what was typed gives way. The
        language is the recipient's unless the user chose one for the same recipient."""
        introduction = self.chosen_template() == "introduction"
        recipient = (introduction, *sorted(self._draft_links().items()))
        if recipient != self.recipient:
            self.recipient, self.language_picked = recipient, False
        for widget in (self.partner, self.labels["partner"]):
            widget.setVisible(introduction)
        self.attach.setVisible(self._letter_applies())
        self._name_attach()
        language = self.language.code() if self.language_picked else None
        try:
            draft = self._make(language=language)
        except UserError as exc:
            self._refused(said(exc))
            return
        self._show(draft)

    def _refused(self, text: str) -> None:
        """Core could not make the draft: said in the bar, nothing to open or copy."""
        self.draft = None
        self.problem.say(text)
        for widget in (self.open_button, self.copy_button):
            widget.setEnabled(False)

    def _show(self, draft: EmailDraft) -> None:
        self.draft = draft
        self.language.set_code(draft.language)
        self.to.setText(email_open.recipient(draft))
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.copy_button.setEnabled(True)
        self.open_button.setEnabled(bool(draft.to))
        self._say_address()

    def _say_address(self) -> None:
        if self.draft is None or self.draft.to:
            self.problem.hide()
            return
        who = self.draft.to_name or tr("EmailDialog", "This record")
        text = tr(
            "EmailDialog",
            "%1 has no email address recorded. Add it on their form, or copy the text "
            "and paste it into your mail program.",
        )
        self.problem.say(text.replace("%1", who))

    def current_draft(self) -> EmailDraft | None:
        """The draft with what the user typed in its subject and text."""
        if self.draft is None:
            return None
        return replace(self.draft, subject=self.subject.text(), body=self.body.toPlainText())

    def _with_letter(self, draft: EmailDraft) -> EmailDraft:
        """`draft` with the letter attached when ticked (the one kept, else made and kept
        now: the record changed). Raises UserError."""
        if not (self._letter_applies() and self.attach.isChecked()):
            return draft
        made = self._make(letter=True, language=draft.language)
        self.letter_kept.emit()
        self.ctx.events.data_changed.emit()
        return replace(draft, attachment=made.attachment)

    # -- actions --------------------------------------------------------------------------

    def open_in_mail(self) -> None:
        """The draft handed to the mail program; then "Did you send it?"."""
        draft = self.current_draft()
        if draft is None or not draft.to:
            self._say_address()
            return
        try:
            self.sent = self._with_letter(draft)
            opened = email_open.open_draft(self.sent)
        except UserError as exc:
            self.problem.say(said(exc))
            return
        except OSError as exc:
            text = tr("EmailDialog", "The draft could not be written: %1")
            self.problem.say(text.replace("%1", str(exc.strerror or exc)))
            return
        self.problem.hide()
        if not opened.found:
            text = tr("EmailDialog", "No mail program was found to open the draft.")
            if opened.path is not None:
                text += " " + tr("EmailDialog", "It is saved as %1.").replace(
                    "%1", str(opened.path)
                )
            self.problem.say(text)
        self.sent_bar.say(
            tr("EmailDialog", "Did you send it? Log it in the history once it is sent."),
            tr("EmailDialog", "Log as sent"),
        )

    def log_sent(self) -> None:
        """Log as sent: one "email" activity on the dialog's record, by the user, of the
        draft as it was opened."""
        sent = self.sent
        if sent is None:
            return

        def write() -> bool:
            emails.log_sent(self.ctx.db, sent, actor=self.ctx.me, **self.target.links())
            return True

        if run_write(self, self.windowTitle(), write) is None:
            return
        self.sent_bar.say(tr("EmailDialog", "Logged as sent in the history."))
        self.logged.emit()
        self.ctx.events.data_changed.emit()

    def copy_text(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        QGuiApplication.clipboard().setText(email_open.copied_text(draft))
        self.status.setText(
            tr("EmailDialog", "The subject and text are copied: paste them into your mail program.")
        )

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(tr("EmailDialog", "Write email"))
        partner = (
            tr("EmailDialog", "Inquiry")
            if self.target.link == "organisation_id"
            else tr("EmailDialog", "Partner")
        )
        for name, field, text in (
            ("template", self.template, tr("EmailDialog", "Template")),
            ("partner", self.partner, partner),
            ("language", self.language, tr("EmailDialog", "Language")),
            ("to", self.to, tr("EmailDialog", "To")),
            ("subject", self.subject, tr("EmailDialog", "Subject")),
            ("body", self.body, tr("EmailDialog", "Text")),
        ):
            self.labels[name].setText(with_colon(text))
            field.setAccessibleName(text)
        self._name_attach()
        name_all(
            (self.copy_button, tr("EmailDialog", "Copy the text")),
            (self.open_button, tr("EmailDialog", "Open in mail program")),
            (self.close_button, tr("EmailDialog", "Close")),
        )
        self.language.retranslate()
        self._fill_templates()
        if self.draft is not None:
            self._say_address()

    def _name_attach(self) -> None:
        """The letter that goes with an introduction is the partner's."""
        if self.chosen_template() == "introduction":
            self.attach.setText(tr("EmailDialog", "Attach the introduction letter (PDF)"))
        else:
            self.attach.setText(tr("EmailDialog", "Attach the proposal letter (PDF)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sent_bar"):
            self.retranslate()
        super().changeEvent(event)


def said(exc: UserError) -> str:
    """Core's refusal in the window's language, as a sentence (no field names)."""
    if isinstance(exc, ValidationError):
        return "\n".join(error_text(e.message) for e in exc.errors)
    return user_message(exc)
