"""Email drafts (core.email_drafts, core.email_facts, put into words by letters.emails): whom,
in which language, the .eml Outlook opens, the mailto: link, the attached letter, and the
email templates kept beside the letter templates."""

from __future__ import annotations

import email
import hashlib
from dataclasses import replace
from datetime import date
from email import policy
from email.message import EmailMessage
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import func, select, update

from msek_desktop.core import (
    activities,
    changes,
    contacts,
    email_drafts,
    errors,
    inquiries,
    organisations,
    proposals,
    settings,
    shipped_templates,
    templates,
)
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.models import LetterTemplate, Proposal
from msek_desktop.core.rows import InquiryRow
from msek_desktop.letters import LetterService, emails, wording

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

OFFICE = "biuro@msek.example.org"
DAY = date(2026, 12, 1)
SALUTATION = {"fr": "Madame,", "pl": "Szanowna Pani,", "en": "Dear Ms Wiśniewska,"}


@pytest.fixture
def inquiry(db: Database, katowice, saint_etienne) -> InquiryRow:
    """Ewa Wiśniewska's inquiry (Katowice side), assigned to anna, the Conservatoire Massenet
    proposed as its partner; the office's address set."""
    settings.save(db, {"office.email": OFFICE})
    row = inquiries.create_inquiry(
        db, {"subject": "Wymiana uczniów – żeńskie chóry", "contact_id": katowice.contact.id,
             "assignee": "anna", "letter_language": "pl"}, actor="anna",
    )  # fmt: skip
    pp.propose(db, row.id, [saint_etienne.organisation.id], actor="anna")
    return row


def parsed(draft: email_drafts.EmailDraft) -> EmailMessage:
    data = email_drafts.eml_bytes(draft)
    head = data.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()  # non-ASCII names and subjects travel RFC 2047-encoded
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def letters_kept(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Proposal)) or 0)


@pytest.mark.parametrize("name", ["reply", "proposal", "followup"])
def test_each_template_in_each_language_is_an_eml_outlook_opens(
    db: Database, inquiry, name: str
) -> None:
    for language in ("fr", "pl", "en"):
        draft = emails.draft_for(db, template=name, inquiry_id=inquiry.id, language=language)
        assert (draft.to, draft.to_name) == ("ewa.wisniewska@example.pl", "Ewa Wiśniewska")
        assert (draft.sender, draft.language, draft.template) == (OFFICE, language, name)
        message = parsed(draft)
        assert message["From"].addresses[0].addr_spec == OFFICE
        (to,) = message["To"].addresses
        assert (to.display_name, to.addr_spec) == ("Ewa Wiśniewska", draft.to)
        assert message["Subject"] == draft.subject and "żeńskie chóry" in draft.subject
        assert message["X-Unsent"] == "1"
        assert message.get_content_type() == "text/plain"
        assert message.get_content_charset() == "utf-8"
        assert message.get_content().replace("\r\n", "\n").rstrip("\n") == draft.body
        assert draft.body.startswith(SALUTATION[language] + "\n\n")
        assert "{" not in draft.body and "Anna Kowalska" in draft.body
        assert draft.attachment is None and list(message.iter_attachments()) == []


def test_the_language_is_the_inquiry_s_unless_asked(db: Database, inquiry) -> None:
    draft = emails.draft_for(db, template="reply", inquiry_id=inquiry.id)
    assert draft.language == "pl"
    assert "Dziękujemy za Pani zapytanie" in draft.body and "„Wymiana uczniów" in draft.body
    french = emails.draft_for(db, template="followup", inquiry_id=inquiry.id, language="fr")
    assert "«\u00a0Wymiana uczniów – żeńskie chóry\u00a0»" in french.body


def test_placeholders_are_filled_as_a_letter_fills_them(db: Database, inquiry) -> None:
    (row,) = [
        t for t in templates.list_templates(db, "fr", purpose=templates.EMAIL) if t.name == "reply"
    ]
    edited = {"subject": "Le {date} : {inquiry_ref}", "body": "Ref. {inquiry_ref}\n\n{{x}}"}
    templates.save_template(db, edited, template_id=row.id, purpose=templates.EMAIL)
    draft = emails.draft_for(db, template="reply", inquiry_id=inquiry.id, language="fr", today=DAY)
    assert draft.subject == f"Le {wording.long_date('fr', DAY)} : {inquiry.ref}"
    assert draft.subject.startswith("Le 1er décembre 2026")
    assert draft.body == f"Madame,\n\nRef. {inquiry.ref}\n\n{{x}}"


def test_a_line_of_empty_placeholders_is_left_out(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": katowice.contact.id})
    draft = emails.draft_for(db, template="reply", inquiry_id=row.id, language="en")
    assert draft.body.endswith("Kind regards,\n\nMaison de Saint-Étienne à Katowice")
    settings.save(db, {"office.website": "https://msek.example.org"})
    draft = emails.draft_for(db, template="reply", inquiry_id=row.id, language="en")
    assert draft.body.endswith("Katowice\nhttps://msek.example.org")


def test_a_proposal_with_no_partner_is_refused(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": katowice.contact.id})
    with pytest.raises(errors.ValidationError) as refused:
        emails.draft_for(db, template="proposal", inquiry_id=row.id, attach_letter=True)
    (problem,) = refused.value.errors
    assert (problem.field, errors.code_of(problem.message)) == ("template", "email_no_partner")
    assert row.ref in problem.message and letters_kept(db) == 0


def test_the_attached_letter_is_the_kept_one_byte_for_byte(
    db: Database, inquiry, saint_etienne
) -> None:
    partner = saint_etienne.organisation
    organisations.update_organisation(
        db, partner.id, {"description_pl": "Konserwatorium w Saint-Étienne."}
    )
    kept = LetterService(db).make(proposals.LetterRequest(inquiry.id, "pl", (partner.id,)))
    draft = emails.draft_for(db, template="proposal", inquiry_id=inquiry.id, attach_letter=True)
    assert draft.attachment is not None and letters_kept(db) == 1
    name, data = draft.attachment
    assert name == f"{inquiry.ref} proposal 1.pdf"
    assert hashlib.sha256(data).hexdigest() == kept.sha256
    assert "Conservatoire Massenet" in draft.body
    (part,) = parsed(draft).iter_attachments()
    assert (part.get_content_type(), part.get_filename()) == ("application/pdf", name)
    assert hashlib.sha256(part.get_content()).hexdigest() == kept.sha256
    assert email_drafts.mailto_url(draft) is None  # a link carries no attachment


def test_with_no_letter_one_is_made_and_kept_as_msek_proposal_makes_it(
    db: Database, inquiry, saint_etienne
) -> None:
    partner = saint_etienne.organisation
    pp.propose(db, inquiry.id, [partner.id], actor="anna")
    first = emails.draft_for(db, template="proposal", inquiry_id=inquiry.id, attach_letter=True)
    (made,) = proposals.list_proposals(db, inquiry.id)
    assert (made.kind, made.language, [p.id for p in made.partners]) == (
        "proposal", "pl", [partner.id]
    )  # fmt: skip
    assert first.attachment is not None
    assert first.attachment[1] == proposals.get_pdf(db, made.id)
    again = emails.draft_for(db, template="followup", inquiry_id=inquiry.id, attach_letter=True)
    assert again.attachment == first.attachment and letters_kept(db) == 1
    english = emails.draft_for(
        db, template="proposal", inquiry_id=inquiry.id, language="en", attach_letter=True
    )
    assert english.attachment is not None and letters_kept(db) == 2  # in the email's language


def test_an_introduction_goes_to_the_partner_in_its_language(
    db: Database, inquiry, saint_etienne
) -> None:
    partner = saint_etienne.organisation.id
    draft = emails.draft_for(
        db, template="introduction", inquiry_id=inquiry.id, organisation_id=partner,
        attach_letter=True,
    )  # fmt: skip
    assert (draft.to, draft.to_name, draft.language) == (
        "jean.dupont@example.fr", "Jean Dupont", "fr"
    )  # fmt: skip
    assert draft.body.startswith("Monsieur,\n\n")
    assert "– Ewa Wiśniewska, Zespół Szkół Muzycznych w Łodzi (Łódź)" in draft.body
    (made,) = proposals.list_proposals(db, inquiry.id)
    assert made.kind == "introduction" and draft.attachment is not None
    assert hashlib.sha256(draft.attachment[1]).hexdigest() == made.sha256


def test_an_introduction_needs_its_partner_and_not_the_inquiry_s_own(
    db: Database, inquiry, katowice
) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        emails.draft_for(db, template="introduction", inquiry_id=inquiry.id)
    assert errors.code_of(refused.value.errors[0].message) == "email_introduction"
    with pytest.raises(errors.ValidationError) as refused:
        emails.draft_for(db, template="introduction", inquiry_id=inquiry.id,
                         organisation_id=katowice.organisation.id)  # fmt: skip
    assert refused.value.by_field() == {
        "organisation_id": "Zespół Szkół Muzycznych w Łodzi is the inquiry's own organisation"
    }
    assert letters_kept(db) == 0


def test_a_person_and_an_organisation_about_their_latest_inquiry(
    db: Database, inquiry, katowice, saint_etienne
) -> None:
    to_person = emails.draft_for(db, template="followup", contact_id=katowice.contact.id)
    assert inquiry.ref in to_person.subject and to_person.to == "ewa.wisniewska@example.pl"
    assert to_person.language == "pl"  # a person's own language (Katowice side)
    organisations.update_organisation(
        db, katowice.organisation.id, {"email": "sekretariat@zsm.example.pl"}
    )
    to_school = emails.draft_for(db, template="reply", organisation_id=katowice.organisation.id)
    assert (to_school.to, to_school.to_name) == (
        "sekretariat@zsm.example.pl", "Zespół Szkół Muzycznych w Łodzi"
    )  # fmt: skip
    assert to_school.body.startswith("Szanowni Państwo,\n\nDziękujemy za Państwa zapytanie")
    with pytest.raises(errors.ValidationError) as refused:
        emails.draft_for(db, template="reply", contact_id=saint_etienne.contact.id)
    assert refused.value.by_field() == {
        "inquiry_id": "Jean Dupont has no inquiry: an email is written about one"
    }


def test_no_address_is_said_by_its_code(db: Database, katowice, anna) -> None:
    person = contacts.create_contact(
        db, {"first_name": "Zofia", "last_name": "Łącka", "side": "katowice"}, actor="anna"
    )
    row = inquiries.create_inquiry(db, {"subject": "Teatr", "contact_id": person.id})
    draft = emails.draft_for(db, template="reply", inquiry_id=row.id)
    assert (draft.to, draft.to_name) == ("", "Zofia Łącka")
    assert "To" not in parsed(draft)
    with pytest.raises(errors.ValidationError) as refused:
        email_drafts.require_address(draft)
    message = refused.value.errors[0].message
    assert errors.code_of(message) == "email_no_address" and message.params["name"] == "Zofia Łącka"


@pytest.mark.parametrize(
    ("asked", "field", "code"),
    [
        ({"template": "thanks"}, "template", "choice"),
        ({"template": "reply", "language": "de"}, "language", "choice"),
        ({"template": "reply", "inquiry_id": 9999}, "inquiry_id", "no_inquiry"),
        ({"template": "reply", "contact_id": 9999}, "contact_id", "no_contact"),
        ({"template": "reply", "organisation_id": 9999}, "organisation_id", "no_organisation"),
    ],
)
def test_bad_requests_are_coded_refusals(
    db: Database, inquiry, asked: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        emails.draft_for(db, **{"inquiry_id": inquiry.id, **asked})
    (problem,) = refused.value.errors
    assert (problem.field, errors.code_of(problem.message)) == (field, code)
    if asked["template"] == "thanks":
        assert "reply, proposal, followup, introduction" in problem.message


def test_an_email_sent_is_logged_on_the_inquiry(db: Database, inquiry) -> None:
    draft = emails.draft_for(db, template="reply", inquiry_id=inquiry.id)
    email_drafts.log_sent(db, draft, actor="anna", inquiry_id=inquiry.id)
    with db.read() as session:
        last = changes.timeline(session, inquiry_id=inquiry.id)[-1]
    assert (last.kind, last.who) == ("email", "anna")
    assert activities.summary_of(last.new_value) == draft.subject
    assert "Ewa Wiśniewska <ewa.wisniewska@example.pl>" in last.new_value


def test_long_non_ascii_subjects_and_names_round_trip() -> None:
    subject = ("Przypomnienie – zapytanie nr 2026-0001 – Wymiana orkiestr: po dwa koncerty "
               "w każdym mieście,  żółć gęślą jaźń – « été »")  # fmt: skip
    draft = email_drafts.EmailDraft(
        "bozena@example.pl", "Bożena Żółć-Respondek, dr", OFFICE, subject, "Treść\n\nżółć",
        "pl", "followup", ("Zapytanie – żółć.pdf", b"%PDF-1.4 ..."),
    )  # fmt: skip
    message = parsed(draft)
    assert message["Subject"] == " ".join(subject.split())
    (to,) = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Bożena Żółć-Respondek, dr", "bozena@example.pl")
    body, letter = message.iter_parts()
    assert body.get_content().replace("\r\n", "\n") == "Treść\n\nżółć"
    assert body.get_content_charset() == "utf-8"
    assert (letter.get_filename(), letter.get_content()) == draft.attachment


# -- the mailto: link -------------------------------------------------------------------------


def test_a_mailto_link_round_trips_and_is_none_when_too_long(db: Database, inquiry) -> None:
    draft = replace(
        emails.draft_for(db, template="reply", inquiry_id=inquiry.id),
        body="Szanowna Pani,\n\nZażółć gęślą jaźń & co? 100% «\u00a0oui\u00a0» #1 a+b=c",
    )
    url = email_drafts.mailto_url(draft)
    assert url is not None and url.isascii() and len(url) <= email_drafts.MAILTO_MAX
    parts = urlsplit(url)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", draft.to)
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]
    assert email_drafts.mailto_url(replace(draft, body="ż" * 400)) is None


# -- the email templates beside the letter templates ------------------------------------------


def test_email_templates_are_not_letter_templates(db: Database) -> None:
    mails = templates.list_templates(db, purpose=templates.EMAIL)
    assert sorted((t.language, t.name) for t in mails) == sorted(
        (lang, name) for lang in ("fr", "pl", "en") for name in email_drafts.TEMPLATE_NAMES
    )
    letters = templates.list_templates(db)
    assert len(letters) == 3 and not {t.id for t in letters} & {t.id for t in mails}
    assert templates.template_for(db, "pl").name == "Propozycja partnerstwa"
    with pytest.raises(errors.NotFoundError):
        templates.get_template(db, mails[0].id)  # not a letter's
    assert templates.get_template(db, mails[0].id, purpose=templates.EMAIL) == mails[0]
    same_name = {"language": "pl", "name": "reply", "subject": "S", "body": "B"}
    assert templates.save_template(db, same_name).name == "reply"  # a letter may be so named
    assert len(templates.list_templates(db, purpose=templates.EMAIL)) == 12


def test_shipped_email_templates_use_known_placeholders() -> None:
    for language in ("fr", "pl", "en"):
        for name in email_drafts.TEMPLATE_NAMES:
            shipped = templates.email_default(language, name)
            assert "{inquiry_subject}" in shipped.subject
            assert templates.problems(shipped.subject) == templates.problems(shipped.body) == []


def test_staff_edits_are_kept_and_a_deleted_one_comes_back(db: Database, inquiry) -> None:
    (row,) = [t for t in templates.list_templates(db, "pl", purpose=templates.EMAIL)
              if t.name == "followup"]  # fmt: skip
    body = row.body.replace("Uprzejmie przypominamy", "Pozwalamy sobie przypomnieć")
    templates.save_template(db, {"body": body}, template_id=row.id,
                            expected_version=row.version, purpose=templates.EMAIL)  # fmt: skip
    listed = templates.list_templates(db, "pl", purpose=templates.EMAIL)
    assert [t.body for t in listed if t.name == "followup"] == [body]
    draft = emails.draft_for(db, template="followup", inquiry_id=inquiry.id)
    assert "Pozwalamy sobie przypomnieć o Pani zapytaniu" in draft.body
    templates.delete_template(db, row.id, purpose=templates.EMAIL)
    draft = emails.draft_for(db, template="followup", inquiry_id=inquiry.id)
    assert "Uprzejmie przypominamy o Pani zapytaniu" in draft.body


def test_a_copy_never_edited_follows_a_new_shipped_text(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    (row,) = [t for t in templates.list_templates(db, "en", purpose=templates.EMAIL)
              if t.name == "reply"]  # fmt: skip
    earlier = ("Re: {inquiry_subject}", "As an earlier release shipped it.")
    with db.write() as session:
        session.execute(
            update(LetterTemplate).where(LetterTemplate.id == row.id)
            .values(subject=earlier[0], body=earlier[1], version=LetterTemplate.version + 1)
        )  # fmt: skip
    read = shipped_templates._shipped_emails

    def with_former(language: str) -> dict[str, Any]:
        data = read(language)
        if language != "en":
            return data
        return {**data, "reply": {**data["reply"], "former": [templates.text_digest(*earlier)]}}

    monkeypatch.setattr(shipped_templates, "_shipped_emails", with_former)
    listed = templates.list_templates(db, "en", purpose=templates.EMAIL)
    (now,) = [t for t in listed if t.name == "reply"]
    shipped = templates.email_default("en", "reply")
    assert (now.id, now.subject, now.body) == (row.id, shipped.subject, shipped.body)


def test_an_unknown_placeholder_is_refused_as_in_a_letter_template(db: Database) -> None:
    (row,) = [t for t in templates.list_templates(db, "fr", purpose=templates.EMAIL)
              if t.name == "reply"]  # fmt: skip
    with pytest.raises(errors.ValidationError) as refused:
        templates.save_template(db, {"body": "Bonjour {recipent_name}"}, template_id=row.id,
                                purpose=templates.EMAIL)  # fmt: skip
    assert refused.value.by_field() == {
        "body": "Unknown placeholder {recipent_name} in the template (did you mean "
        "{recipient_name}?)"
    }
    new = {"language": "fr", "name": "thanks", "subject": "Merci", "body": "Merci."}
    with pytest.raises(errors.ValidationError) as refused:
        templates.save_template(db, new, purpose=templates.EMAIL)
    assert list(refused.value.by_field()) == ["name"]
    assert templates.get_template(db, row.id, purpose=templates.EMAIL).body == row.body
