"""The readable PDF of everything held about a person (reports.person_pdf): in the person's
language, with their Polish and French letters intact, under the office's letterhead, and a
text longer than a page printed whole."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4

from msek_desktop.core import activities, contacts, followups, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.privacy.access import gather
from msek_desktop.reports.person_pdf import renderer

# the longest note (activities.TEXT_MAX): taller than a page in the history's column
LONG_NOTE = " ".join(f"zdanie{n} żółć" for n in range(320)) + " KONIEC"


def make_person(db: Database, language: str) -> int:
    staff.create_staff(db, {"login": "anna", "full_name": "Anna Kowalska"})
    org = organisations.create_organisation(
        db, {"name": "Zespół Szkół Muzycznych w Łodzi", "city": "Łódź", "side": "katowice"}
    ).id
    person = contacts.create_contact(
        db, {"first_name": "Łucja", "last_name": "Żółkiewska-Dąbrowska", "side": "katowice",
             "organisation_id": org, "language": language, "email": "lucja@example.pl",
             "notes": "Zgoda <b>ustna</b> & pisemna"}, actor="anna",
    ).id  # fmt: skip
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Wymiana chóru – «Été» à Saint-Étienne", "contact_id": person,
             "received_on": date(2026, 4, 2), "message": "Dzień dobry,\n\nProszę o kontakt."},
        actor="anna",
    ).id  # fmt: skip
    followups.add_followup(db, inquiry, {"due_on": date(2026, 12, 1),
                                         "description": "Zadzwonić"}, actor="anna")  # fmt: skip
    activities.log_activity(db, "note", f"Długa notatka\n{LONG_NOTE}", inquiry_id=inquiry,
                            actor="anna")  # fmt: skip
    return person


@pytest.fixture
def made(tmp_path: Path, new_database: Callable[..., Database]) -> Callable[[str], Path]:
    def make(language: str) -> Path:
        db = new_database(tmp_path / f"{language}.db")
        person = make_person(db, language)
        out = tmp_path / f"{language}.pdf"
        out.write_bytes(renderer(db)(gather(db, person)))
        return out

    return make


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True, text=True)  # fmt: skip
    return done.stdout


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("pl", ("Wszystkie dane, które przechowujemy", "Dane osoby", "Zgody", "Przypomnienia",
                "Historia", "Pisma", "Brak.", "Zwrot grzecznościowy", "Podstawa prawna",
                "Jej własna prośba", "Bez listów", "Strona 2/")),
        ("fr", ("Tout ce que nous conservons sur", "Fiche", "Consentements", "Relances",
                "Historique", "Courriers", "Néant.", "Base légale", "Sa propre demande",
                "Pas de courrier", "Page 2/")),
    ],
)  # fmt: skip
def test_the_pdf_speaks_the_persons_language(
    made: Callable[[str], Path], language: str, words: tuple[str, ...]
) -> None:
    path = made(language)
    text = pdf_text(path)
    flat = " ".join(text.split())
    for word in words:
        assert word in flat
    for typed in ("Łucja", "Żółkiewska-Dąbrowska", "Zespół Szkół Muzycznych w Łodzi",
                  "Zgoda <b>ustna</b> & pisemna", "Wymiana chóru – «Été» à Saint-Étienne",
                  "Proszę o kontakt.", "lucja@example.pl"):  # fmt: skip
        assert typed in flat  # printed as typed, markup and all
    assert "KONIEC" in flat and "zdanie160 żółć" in flat  # a note longer than a page, whole
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 3
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
    fonts = {str(f) for page in reader.pages
             for f in page["/Resources"]["/Font"].get_object().values()
             for f in [f.get_object()["/BaseFont"]]}  # fmt: skip
    assert fonts and all("DejaVu" in f for f in fonts)
    assert reader.metadata.title.startswith(("Wszystkie dane", "Tout ce que"))
