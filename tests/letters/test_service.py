"""From an inquiry to a kept letter: draft, adjust, preview, make."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import TYPE_CHECKING

import pytest
from letter_facts import flat, pages

from msek_desktop.core import errors, inquiries, proposals, templates
from msek_desktop.letters import draft, make_proposal, preview, preview_template

if TYPE_CHECKING:
    from conftest import Office  # tests/letters/conftest.py


def test_make_proposal_keeps_the_pdf_and_its_text(office: Office) -> None:
    polish = office.inquiry_ids[0]
    row = make_proposal(office.db, polish, partner_ids=[office.massenet], actor="anna")
    pdf = proposals.get_pdf(office.db, row.id)
    assert hashlib.sha256(pdf).hexdigest() == row.sha256
    text = " ".join(pages(pdf))
    assert "Szanowna Pani," in text and "Z wyrazami szacunku" in text
    assert "Anna Kowalska Koordynatorka" in text
    assert "Conservatoire Massenet (Saint-Étienne): Conservatoire, 1 600 élèves." in text
    kept = proposals.get_text(office.db, row.id)
    assert "Pani Ewa Wiśniewska" in kept and "Szanowna Pani," in kept


def test_staff_adjust_the_text_before_making_it(office: Office) -> None:
    french = office.inquiry_ids[1]
    d = draft(office.db, french, partner_ids=[office.silesia])
    assert d.facts.language == "fr"
    assert d.subject == "Proposition de partenariat – Échange 1"
    assert "Akademia Muzyczna (Katowice)" in d.body and "{" not in d.body
    body = d.body.replace("Cet échange pourrait", "Cet échange {pourrait} & <bien>")
    assert "Monsieur," in " ".join(pages(preview(d.with_text(d.subject, body))))
    row = make_proposal(office.db, french, partner_ids=[office.silesia], body_override=body)
    text = " ".join(pages(proposals.get_pdf(office.db, row.id)))
    assert "Cet échange {pourrait} & <bien>" in text
    assert "Je vous prie d’agréer, Monsieur, l’expression de mes salutations distinguées." in text


def test_second_letter_is_a_new_version(office: Office) -> None:
    first = make_proposal(office.db, office.inquiry_ids[2])
    second = make_proposal(office.db, office.inquiry_ids[2], language="pl")
    assert (first.number, second.number) == (1, 2)
    assert "Dear Sir or Madam," in " ".join(pages(proposals.get_pdf(office.db, first.id)))
    assert "Szanowni Państwo," in " ".join(pages(proposals.get_pdf(office.db, second.id)))
    timeline = inquiries.get_inquiry(office.db, office.inquiry_ids[2]).timeline
    assert [t.new_value for t in timeline if t.kind == "letter"] == ["#1 (en)", "#2 (pl)"]


def test_a_template_with_an_unknown_placeholder_makes_no_letter(office: Office) -> None:
    (fr,) = templates.list_templates(office.db, "fr")
    with sqlite3.connect(office.db.path) as conn:  # as an older version might have saved it
        conn.execute(
            "UPDATE letter_templates SET body = 'Bonjour {recipent_name}' WHERE id = ?", (fr.id,)
        )
    with pytest.raises(errors.UserError, match=r"Unknown placeholder \{recipent_name\}"):
        make_proposal(office.db, office.inquiry_ids[1])
    assert proposals.list_proposals(office.db, office.inquiry_ids[1]) == []


def test_template_preview_for_the_editor(office: Office) -> None:
    pdf = preview_template(office.db, "pl", "Temat {inquiry_ref}", "Treść dla {address_gen}.")
    text = " ".join(pages(pdf))
    assert flat("Treść dla Pani.") in text
    with pytest.raises(errors.UserError, match=r"\{oops\}"):
        preview_template(office.db, "pl", "Temat", "Treść {oops}")
