"""From an inquiry to a kept letter: draft, adjust, preview, make."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from letter_facts import flat, pages

from msek_desktop.core import errors, inquiries, proposals, staff, templates
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.letters import LetterService, preview

if TYPE_CHECKING:
    from conftest import Office  # tests/letters/conftest.py


def test_make_proposal_keeps_the_pdf_and_its_text(office: Office) -> None:
    polish = office.inquiry_ids[0]
    letters = LetterService(office.db, actor=lambda: "anna")
    row = letters.make(LetterRequest(polish, partner_ids=(office.massenet,)))
    pdf = proposals.get_pdf(office.db, row.id)
    assert hashlib.sha256(pdf).hexdigest() == row.sha256
    text = " ".join(pages(pdf))
    assert "Szanowna Pani," in text and "Z wyrazami szacunku" in text
    assert "Anna Kowalska Koordynatorka" in text
    # Massenet has a French description only: a Polish letter names it without one
    assert "Conservatoire Massenet (Saint-Étienne). " in text and "élèves" not in text
    kept = proposals.get_text(office.db, row.id)
    assert "Pani Ewa Wiśniewska" in kept and "Szanowna Pani," in kept


def test_staff_adjust_the_text_before_making_it(office: Office) -> None:
    french = office.inquiry_ids[1]
    letters = LetterService(office.db)
    d = letters.draft(LetterRequest(french, partner_ids=(office.silesia,)))
    assert d.facts.language == "fr"
    assert d.subject == "Proposition de partenariat – Échange 1"
    assert "Akademia Muzyczna (Katowice)" in d.body and "{" not in d.body
    body = d.body.replace("Cet échange pourrait", "Cet échange {pourrait} & <bien>")
    assert "Monsieur," in " ".join(pages(preview(d.with_text(d.subject, body))))
    row = letters.make(LetterRequest(french, partner_ids=(office.silesia,), body=body))
    text = " ".join(pages(proposals.get_pdf(office.db, row.id)))
    assert "Cet échange {pourrait} & <bien>" in text
    closing = "Nous vous prions d’agréer, Monsieur, l’expression de nos salutations distinguées."
    assert closing in text


def test_second_letter_is_a_new_version(office: Office) -> None:
    letters = LetterService(office.db)
    first = letters.make(LetterRequest(office.inquiry_ids[2]))
    second = letters.make(LetterRequest(office.inquiry_ids[2], language="pl"))
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
        LetterService(office.db).make(
            LetterRequest(office.inquiry_ids[1], partner_ids=(office.silesia,))
        )
    assert proposals.list_proposals(office.db, office.inquiry_ids[1]) == []


def test_template_preview_for_the_editor(office: Office) -> None:
    letters = LetterService(office.db)
    pdf = letters.preview_template("pl", "Temat {inquiry_ref}", "Treść dla {address_gen}.")
    text = " ".join(pages(pdf))
    assert flat("Treść dla Pani.") in text
    with pytest.raises(errors.UserError, match=r"\{oops\}"):
        letters.preview_template("pl", "Temat", "Treść {oops}")


def test_the_service_makes_letters_as_whoever_uses_it_at_the_time(office: Office) -> None:
    who = ["anna"]
    letters = LetterService(office.db, actor=lambda: who[0], today=lambda: date(2026, 11, 25))
    asked = LetterRequest(office.inquiry_ids[0], language="en")
    assert letters.draft(asked).facts.date == date(2026, 11, 25)
    first = letters.make(asked)
    staff.create_staff(office.db, {"login": "marc", "full_name": "Marc Rivière"})
    who[0] = "marc"  # another person took the window
    second = letters.make(asked)
    assert (first.author, second.author) == ("anna", "marc")
    assert "25 November 2026" in " ".join(pages(proposals.get_pdf(office.db, second.id)))


def test_building_the_service_loads_no_reportlab(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from msek_desktop.core.store import open_database\n"
        "from msek_desktop.letters import LetterService\n"
        "import msek_desktop.ui.context\n"
        f"db = open_database({str(tmp_path / 'x.db')!r}, create=True)\n"
        "LetterService(db)\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
