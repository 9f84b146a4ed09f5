"""Proposals in core: the facts of a letter, every version kept, sending moves the stage.

Core takes the renderer as an argument; these tests pass a stand-in (no ReportLab), which
also shows what core hands over.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest

from msek_desktop.core import (
    errors,
    inquiries,
    organisations,
    proposals,
    settings,
    staff,
    templates,
)
from msek_desktop.core.db import Database
from msek_desktop.core.models import Proposal
from msek_desktop.core.proposals import LetterFacts, LetterRequest, RenderedLetter
from msek_desktop.core.rows import InquiryRow, StaffRow

if TYPE_CHECKING:
    from conftest import Party  # tests/core/conftest.py

TODAY = date.today()
seen: list[LetterFacts] = []


def fake_render(facts: LetterFacts) -> RenderedLetter:
    seen.append(facts)
    text = f"{facts.language} {facts.inquiry.ref} {facts.body_override or facts.template.name}"
    return RenderedLetter(text, b"%PDF-1.4 " + text.encode() + f" {len(seen)}".encode())


@pytest.fixture
def inquiry(db: Database, katowice: Party, anna: StaffRow) -> InquiryRow:
    return inquiries.create_inquiry(
        db,
        {"subject": "Wymiana nauczycieli", "contact_id": katowice.contact.id, "assignee": "anna",
         "letter_language": "pl", "received_on": TODAY - timedelta(days=5), "fields": ["music"]},
        actor="anna",
    )  # fmt: skip


def make(
    db: Database, inquiry_id: int, *, actor: str | None = None, **choices: Any
) -> proposals.ProposalRow:
    request = LetterRequest(inquiry_id, **choices)
    return proposals.make_proposal(db, request, render=fake_render, actor=actor)


def test_facts_come_from_inquiry_contact_organisation_assignee_and_settings(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    staff.update_staff(db, 1, {"title_pl": "Koordynatorka", "title_en": "Coordinator"})
    settings.save(db, {"office.city": "Katowice", "office.email": "biuro@msek.example.org"})
    organisations.update_organisation(
        db, saint_etienne.organisation.id,
        {"description_fr": "Conservatoire, 1 600 élèves.",
         "description_pl": "Konserwatorium, 1600 uczniów.", "fields": ["music", "education"],
         "address": "32 rue des Francs-Maçons", "postal_code": "42000"},
    )  # fmt: skip
    facts = proposals.letter_facts(
        db, LetterRequest(inquiry.id, partner_ids=(saint_etienne.organisation.id,))
    )
    assert facts.language == "pl"
    assert facts.recipient.last_name == "Wiśniewska" and facts.recipient.honorific == "ms"
    assert facts.recipient.organisation == "Zespół Szkół Muzycznych w Łodzi"
    assert (facts.recipient.city, facts.recipient.country) == ("Łódź", "PL")
    assert facts.inquiry.ref == inquiry.ref and facts.inquiry.fields == ("Muzyka",)
    (partner,) = facts.partners
    assert partner.name == "Conservatoire Massenet"
    assert partner.description == "Konserwatorium, 1600 uczniów."  # the letter's language
    assert partner.fields == ("Muzyka", "Edukacja (szkoły)")
    assert facts.signer == proposals.Signer(
        "Anna Kowalska", "Koordynatorka", "anna@msek.example.org", ""
    )
    assert facts.letterhead.email == "biuro@msek.example.org"
    assert facts.template.name == "Propozycja partnerstwa"
    assert facts.date == TODAY


def test_language_partners_and_signer_defaults(
    db: Database, inquiry: InquiryRow, marc: StaffRow
) -> None:
    facts = proposals.letter_facts(db, LetterRequest(inquiry.id, language="fr"))
    assert facts.language == "fr" and facts.partners == ()
    # no partner: an acknowledgement (the office is looking), in the shipped wording
    assert (facts.kind, facts.template.id, facts.template.name) == (
        "acknowledgement",
        None,
        "Accusé de réception",
    )
    assert facts.signer is not None and facts.signer.title == ""  # no title: none printed
    inquiries.assign(db, inquiry.id, None)
    assert proposals.letter_facts(db, LetterRequest(inquiry.id)).signer is None
    by_actor = proposals.letter_facts(db, LetterRequest(inquiry.id), actor="marc").signer
    assert by_actor is not None and by_actor.name == "Marc Rivière"
    with pytest.raises(errors.ValidationError, match="language"):
        proposals.letter_facts(db, LetterRequest(inquiry.id, language="de"))


def test_partners_must_exist_and_not_be_the_inquirys_own(
    db: Database, inquiry: InquiryRow, katowice: Party, saint_etienne: Party
) -> None:
    with pytest.raises(errors.ValidationError, match="organisation 999 does not exist"):
        make(db, inquiry.id, partner_ids=(999,))
    with pytest.raises(errors.ValidationError, match="inquiry's own organisation"):
        make(db, inquiry.id, partner_ids=(katowice.organisation.id,))
    organisations.set_deleted(db, saint_etienne.organisation.id, True)
    with pytest.raises(errors.ValidationError, match="does not exist"):
        make(db, inquiry.id, partner_ids=(saint_etienne.organisation.id,))
    assert proposals.list_proposals(db, inquiry.id) == []


def test_versions_are_numbered_and_old_pdfs_stay_readable(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    first = make(db, inquiry.id, actor="anna", partner_ids=(saint_etienne.organisation.id,))
    second = make(db, inquiry.id, language="en", partner_ids=(saint_etienne.organisation.id,))
    third = make(db, inquiry.id, body="Tekst napisany ręcznie.")
    assert [first.number, second.number, third.number] == [1, 2, 3]
    listed = proposals.list_proposals(db, inquiry.id)
    assert [p.number for p in listed] == [3, 2, 1]
    for row in listed:
        pdf = proposals.get_pdf(db, row.id)
        assert hashlib.sha256(pdf).hexdigest() == row.sha256
        assert row.size == len(pdf) and pdf.startswith(b"%PDF")
    assert proposals.get_pdf(db, first.id) != proposals.get_pdf(db, second.id)
    assert first.author == "anna" and second.author is None
    assert second.language == "en"
    assert [p.name for p in second.partners] == ["Conservatoire Massenet"]
    assert first.template_name == "Propozycja partnerstwa"
    assert proposals.get_text(db, third.id) == f"pl {inquiry.ref} Tekst napisany ręcznie."


def test_numbers_count_per_inquiry(db: Database, inquiry: InquiryRow, saint_etienne: Party) -> None:
    other = inquiries.create_inquiry(
        db, {"subject": "Échange", "contact_id": saint_etienne.contact.id}
    )
    make(db, inquiry.id)
    make(db, inquiry.id)
    assert make(db, other.id).number == 1


def test_each_letter_is_in_the_timeline(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    make(db, inquiry.id, partner_ids=(saint_etienne.organisation.id,), actor="anna")
    timeline = inquiries.get_inquiry(db, inquiry.id).timeline
    (entry,) = [e for e in timeline if e.kind == "letter"]
    assert (entry.kind, entry.who, entry.new_value) == ("letter", "anna", "#1 (pl)")
    assert entry.note == "Conservatoire Massenet"


def test_mark_sent_moves_the_stage_through_the_timeline(db: Database, inquiry: InquiryRow) -> None:
    inquiries.move_stage(db, inquiry.id, "matching")
    made = make(db, inquiry.id)
    sent = proposals.mark_sent(db, made.id, actor="anna")
    assert sent.sent_at is not None
    detail = inquiries.get_inquiry(db, inquiry.id)
    assert detail.row.stage == "proposal_sent"
    kinds = [(t.kind, t.field, t.old_value, t.new_value) for t in detail.timeline]
    assert ("letter_sent", "", "", "#1") in kinds
    assert ("stage", "stage", "matching", "proposal_sent") in kinds
    again = proposals.mark_sent(db, made.id, actor="anna")
    assert again.sent_at == sent.sent_at
    assert len(inquiries.get_inquiry(db, inquiry.id).timeline) == len(detail.timeline)


def test_mark_sent_never_moves_an_inquiry_back(db: Database, inquiry: InquiryRow) -> None:
    inquiries.move_stage(db, inquiry.id, "in_discussion")
    proposals.mark_sent(db, make(db, inquiry.id).id)
    assert inquiries.get_inquiry(db, inquiry.id).row.stage == "in_discussion"


def test_a_damaged_pdf_is_reported_not_handed_out(db: Database, inquiry: InquiryRow) -> None:
    made = make(db, inquiry.id)
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE proposals SET pdf = ? WHERE id = ?", (b"%PDF-broken", made.id))
    with pytest.raises(errors.DatabaseDamagedError, match="damaged"):
        proposals.get_pdf(db, made.id)


def test_unknown_things_are_not_found(db: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        make(db, 12345)
    with pytest.raises(errors.NotFoundError):
        proposals.get_pdf(db, 12345)
    with pytest.raises(errors.NotFoundError):
        proposals.mark_sent(db, 12345)


def test_overrides_are_checked(db: Database, inquiry: InquiryRow) -> None:
    with pytest.raises(errors.ValidationError, match="body"):
        make(db, inquiry.id, body="   ")
    with pytest.raises(errors.ValidationError, match="too long"):
        make(db, inquiry.id, body="x" * 20_001)


def test_a_batch_is_kept_all_or_none(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, count: Callable[[type], int]
) -> None:
    other = inquiries.create_inquiry(
        db, {"subject": "Échange", "contact_id": saint_etienne.contact.id}
    )
    made = [
        (f, fake_render(f))
        for f in proposals.letter_facts_many(
            db, [LetterRequest(inquiry.id), LetterRequest(other.id)]
        )
    ]
    inquiries.set_deleted(db, other.id, True)
    with pytest.raises(errors.NotFoundError):
        proposals.record_proposals(db, made)
    assert count(Proposal) == 0
    inquiries.set_deleted(db, other.id, False)
    rows = proposals.record_proposals(db, made, actor="anna")
    assert [r.inquiry_ref for r in rows] == [inquiry.ref, other.ref]


def test_each_letter_of_a_batch_is_asked_for_with_its_own_choices(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, katowice: Party
) -> None:
    other = inquiries.create_inquiry(
        db, {"subject": "Échange", "contact_id": saint_etienne.contact.id}
    )
    short = templates.save_template(
        db, {"language": "fr", "name": "Court", "subject": "Objet {inquiry_ref}", "body": "Oui."}
    )
    asked = [
        LetterRequest(inquiry.id, partner_ids=(saint_etienne.organisation.id,)),
        LetterRequest(
            other.id, language="fr", template_id=short.id,
            partner_ids=(katowice.organisation.id,),
        ),
    ]  # fmt: skip
    polish, french = proposals.letter_facts_many(db, asked, actor="anna", today=TODAY)
    assert (polish.language, polish.template.name) == ("pl", templates.default_template("pl").name)
    assert [p.name for p in polish.partners] == ["Conservatoire Massenet"]
    assert (french.language, french.template.name) == ("fr", "Court")
    assert [p.id for p in french.partners] == [katowice.organisation.id]
    assert french.date == TODAY and polish.subject_override is None


def test_core_never_imports_reportlab() -> None:
    code = (
        "import sys, msek_desktop.core.proposals, msek_desktop.core.templates, "
        "msek_desktop.core.store; print('reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- kinds of letter -------------------------------------------------------------------------


@pytest.mark.both_databases  # an SQLite file, then the office server
def test_missing_descriptions_names_the_partners_without_one_in_that_language(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, katowice: Party
) -> None:
    ste, kat = saint_etienne.organisation, katowice.organisation
    organisations.update_organisation(db, ste.id, {"description_fr": "Conservatoire."})
    organisations.update_organisation(db, kat.id, {"description_pl": "  "})  # blank: missing
    found = proposals.missing_descriptions(db, [kat.id, ste.id, 999, ste.id], "pl")
    assert [(o.id, o.name) for o in found] == [
        (kat.id, "Zespół Szkół Muzycznych w Łodzi"),
        (ste.id, "Conservatoire Massenet"),
    ]
    assert [o.id for o in proposals.missing_descriptions(db, [ste.id, kat.id], "fr")] == [kat.id]
    assert proposals.missing_descriptions(db, [], "en") == []


@pytest.mark.both_databases  # an SQLite file, then the office server
def test_a_partners_description_never_comes_from_another_language(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    ste = saint_etienne.organisation.id
    organisations.update_organisation(
        db, ste, {"description_fr": "Conservatoire.", "description_en": "A conservatory."}
    )
    for language, description in (("fr", "Conservatoire."), ("en", "A conservatory."), ("pl", "")):
        request = LetterRequest(inquiry.id, language=language, partner_ids=(ste,))
        (partner,) = proposals.letter_facts(db, request).partners
        assert partner.description == description


@pytest.mark.both_databases  # an SQLite file, then the office server
def test_each_letter_is_kept_with_its_kind(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    ste = saint_etienne.organisation.id
    ack = make(db, inquiry.id)
    proposal = make(db, inquiry.id, partner_ids=(ste,))
    intro = make(db, inquiry.id, partner_ids=(ste,), to="partner")
    assert [ack.kind, proposal.kind, intro.kind] == ["acknowledgement", "proposal", "introduction"]
    assert [r.kind for r in proposals.list_proposals(db, inquiry.id)] == [
        "introduction", "proposal", "acknowledgement"
    ]  # fmt: skip
    assert intro.file_stem == f"{inquiry.ref} introduction 3"
    assert [p.id for p in intro.partners] == [ste]
    with db.read() as session:
        kinds = [p.kind for p in session.query(Proposal).order_by(Proposal.number)]
    assert kinds == ["acknowledgement", "proposal", "introduction"]


@pytest.mark.both_databases  # an SQLite file, then the office server
def test_an_introduction_goes_to_the_partner_in_its_language(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    ste = saint_etienne.organisation.id
    organisations.update_organisation(
        db, ste, {"address": "32 rue des Francs-Maçons", "postal_code": "42000"}
    )
    facts = proposals.letter_facts(db, LetterRequest(inquiry.id, partner_ids=(ste,), to="partner"))
    assert (facts.kind, facts.language) == ("introduction", "fr")  # Saint-Étienne's side
    assert facts.template.id is None and facts.template.name == "Présentation d’une demande"
    r = facts.recipient  # the organisation's first live person, at its address
    assert (r.honorific, r.full_name, r.organisation) == (
        "mr",
        "Jean Dupont",
        "Conservatoire Massenet",
    )
    assert (r.address, r.postal_code, r.city, r.country) == (
        "32 rue des Francs-Maçons", "42000", "Saint-Étienne", "FR"
    )  # fmt: skip
    who = facts.requester
    assert who is not None
    assert (who.name, who.organisation, who.city) == (
        "Ewa Wiśniewska", "Zespół Szkół Muzycznych w Łodzi", "Łódź"
    )  # fmt: skip
    assert (who.email, who.phone) == ("ewa.wisniewska@example.pl", "+48 32 123 45 67")
    assert facts.inquiry.fields == ("Musique",)  # in the partner's language
    english = LetterRequest(inquiry.id, partner_ids=(ste,), to="partner", language="en")
    assert proposals.letter_facts(db, english).language == "en"


@pytest.mark.both_databases  # an SQLite file, then the office server
def test_an_introduction_to_an_organisation_without_people_goes_to_the_organisation(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    from msek_desktop.core import contacts

    contacts.set_deleted(db, saint_etienne.contact.id, True)  # its only person, deleted
    request = LetterRequest(inquiry.id, partner_ids=(saint_etienne.organisation.id,), to="partner")
    r = proposals.letter_facts(db, request).recipient
    assert (r.honorific, r.full_name, r.organisation) == ("none", "", "Conservatoire Massenet")


@pytest.mark.parametrize(
    ("choices", "field"),
    [
        ({"to": "partner"}, "partner_ids"),  # to which partner?
        ({"to": "partner", "partner_ids": (1, 2)}, "partner_ids"),
        ({"to": "everyone"}, "to"),
    ],
)
def test_a_letter_to_a_partner_names_exactly_one(
    db: Database, inquiry: InquiryRow, choices: dict[str, Any], field: str
) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        proposals.letter_facts(db, LetterRequest(inquiry.id, **choices))
    assert caught.value.errors[0].field == field
    assert proposals.list_proposals(db, inquiry.id) == []


@pytest.mark.both_databases  # an SQLite file, then the office server
def test_letters_move_the_partners_they_name_forward(
    db: Database, inquiry: InquiryRow, saint_etienne: Party
) -> None:
    from msek_desktop.core import partner_proposals

    ste = saint_etienne.organisation.id
    make(db, inquiry.id)  # an acknowledgement names nobody
    assert partner_proposals.for_inquiry(db, inquiry.id) == []
    make(db, inquiry.id, partner_ids=(ste,), actor="anna")
    ((org, state),) = [
        (p.organisation_id, p.state) for p in partner_proposals.for_inquiry(db, inquiry.id)
    ]
    assert (org, state) == (ste, "proposed")
    make(db, inquiry.id, partner_ids=(ste,), to="partner", actor="anna")
    (row,) = partner_proposals.for_inquiry(db, inquiry.id)
    assert (row.state, row.proposed_by) == ("contacted", "anna")
    make(db, inquiry.id, partner_ids=(ste,))  # a later proposal letter never moves it back
    assert partner_proposals.for_inquiry(db, inquiry.id)[0].state == "contacted"
