"""Email drafts: a template in the recipient's language, filled in, as an .eml draft Outlook
opens ready to send (with the letter's PDF attached) or as a short `mailto:` link.

The templates are staff's, edited like the letter templates with the same placeholders
(core.templates, purpose "email": reply, proposal, followup, introduction in French, Polish
and English, shipped in resources/emails). Whom an email goes to, about which inquiry, in
which language, and which letter is attached: core.email_facts.

Core never imports msek_desktop.letters: draft_for takes the wording (`words`: the facts into
subject and body, with {date} and the rest filled as a letter fills them) and the letter
renderer (`render`, for a letter that must be made) as arguments. The window and `msek email`
call msek_desktop.letters.emails.draft_for, which passes them in and takes the same other
arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from email import errors as errors_module
from email import policy
from email.charset import QP, Charset
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr
from typing import cast
from urllib.parse import quote

from msek_desktop.core import activities, errors, templates
from msek_desktop.core.db import Database
from msek_desktop.core.email_facts import EmailFacts, email_facts, letter_attachment
from msek_desktop.core.proposals import Renderer

__all__ = [
    "MAILTO_MAX", "TEMPLATE_NAMES", "EmailDraft", "EmailFacts", "Words", "draft_for",
    "email_facts", "eml_bytes", "letter_attachment", "log_sent", "mailto_url",
    "require_address",
]  # fmt: skip

TEMPLATE_NAMES = templates.EMAIL_NAMES  # ("reply", "proposal", "followup", "introduction")
MAILTO_MAX = 2000  # characters of a mailto: URL Windows hands to the mail program safely


@dataclass(frozen=True)
class EmailDraft:
    to: str  # the recipient's address ("" when the record has none: the caller says so)
    to_name: str
    sender: str  # the office's address (settings "office.email"), "" if unset
    subject: str
    body: str
    language: str  # fr, pl, en
    template: str  # one of TEMPLATE_NAMES
    attachment: tuple[str, bytes] | None  # (file name, PDF bytes) of the letter


Words = Callable[[EmailFacts], tuple[str, str]]  # the facts -> (subject, body)


def draft_for(
    db: Database, *, template: str, inquiry_id: int | None = None,
    contact_id: int | None = None, organisation_id: int | None = None,
    language: str | None = None, attach_letter: bool = False, actor: str | None = None,
    today: date | None = None, words: Words, render: Renderer,
) -> EmailDraft:  # fmt: skip
    """The email `template` to whom the ids say, filled in; see the module's docstring.
    `words` puts the facts into words, `render` makes a letter that must be made."""
    facts = email_facts(
        db, template=template, inquiry_id=inquiry_id, contact_id=contact_id,
        organisation_id=organisation_id, language=language, actor=actor, today=today,
    )  # fmt: skip
    subject, body = words(facts)
    attachment = None
    if attach_letter:
        attachment = letter_attachment(db, facts.request, render=render, actor=actor, today=today)
    return EmailDraft(facts.to, facts.to_name, facts.sender, subject, body,
                      facts.letter.language, facts.template, attachment)  # fmt: skip


def require_address(draft: EmailDraft) -> None:
    """Refuse a draft with no recipient's address (code "email_no_address")."""
    if not draft.to:
        raise errors.ValidationError.coded("to", "email_no_address", name=draft.to_name)


# -- out to the mail program ----------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _text_header(text: str) -> str | Header:
    """A header's text: as it is when ASCII, else RFC 2047 encoded words of UTF-8."""
    text = _one_line(text)
    return text if text.isascii() else Header(text, "utf-8")


def _address_header(name: str, address: str) -> str:
    try:  # the record's address was checked when saved; a damaged one is refused here
        addr_spec = Address(addr_spec=address).addr_spec
    except (ValueError, IndexError, errors_module.HeaderParseError) as exc:
        raise errors.ValidationError.coded("to", "email", reason=address) from exc
    return formataddr((_one_line(name), addr_spec), charset="utf-8")


def eml_bytes(draft: EmailDraft) -> bytes:
    """The draft as an RFC 5322 message (UTF-8, CRLF line ends) marked X-Unsent: 1, which
    Outlook opens as a new message ready to send; the letter attached when there is one.

    Made with the email package's compat32 classes: the default policy's folding drops the
    space between two encoded words of a long non-ASCII subject (CPython 3.11), which the
    legacy Header encoder does not."""
    charset = Charset("utf-8")
    charset.body_encoding = QP  # readable in any text editor, lines kept short
    text = MIMENonMultipart("text", "plain")
    text.set_payload(draft.body.replace("\r\n", "\n"), charset)
    message: Message = text
    if draft.attachment is not None:
        name, data = draft.attachment
        letter = MIMEApplication(data, "pdf")
        letter.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        message = MIMEMultipart("mixed", _subparts=[text, letter])
    if draft.sender:
        message["From"] = _address_header("", draft.sender)
    if draft.to:
        message["To"] = _address_header(draft.to_name, draft.to)
    message["Subject"] = cast(str, _text_header(draft.subject))  # compat32 takes a Header
    message["X-Unsent"] = "1"
    return message.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


def mailto_url(draft: EmailDraft) -> str | None:
    """A mailto: URL (RFC 6068) of the draft; None when it has an attachment (a link cannot
    carry one) or would be longer than Windows hands over safely (MAILTO_MAX)."""
    if draft.attachment is not None:
        return None
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"
    url = f"mailto:{quote(draft.to, safe='@')}?{query}"
    return url if len(url) <= MAILTO_MAX else None


def log_sent(
    db: Database, draft: EmailDraft, *, actor: str | None = None,
    inquiry_id: int | None = None, contact_id: int | None = None,
    organisation_id: int | None = None,
) -> None:  # fmt: skip
    """Log the draft as an "Email sent" activity on one record (the user said it was sent):
    its subject as the summary; to whom and the attached file's name as details (no words
    of any one language: the window shows them as they are)."""
    details = [f"{draft.to_name} <{draft.to}>" if draft.to else draft.to_name]
    if draft.attachment is not None:
        details.append(draft.attachment[0])
    summary = " ".join(draft.subject.split())[: activities.SUMMARY_MAX] or draft.template
    activities.log_activity(
        db, "email", "\n".join([summary, "", *details]), actor=actor, inquiry_id=inquiry_id,
        contact_id=contact_id, organisation_id=organisation_id,
    )  # fmt: skip
