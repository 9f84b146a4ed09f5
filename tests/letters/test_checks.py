"""Letters say what they cannot print as asked: characters outside the embedded font (they
would print as boxes) and a letterhead logo that no longer loads (the letter goes without)."""

from __future__ import annotations

import io
import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pypdf
import pytest
from letter_facts import FRENCH, POLISH, ewa, facts, head, massenet
from test_pdf import images, png

if TYPE_CHECKING:
    from conftest import Office  # tests/letters/conftest.py

from msek_desktop.core import contacts, inquiries, settings
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.letters import LetterService, preview_checked, render
from msek_desktop.letters.checks import LetterWarning, check, covered
from msek_desktop.letters.letter import compose
from msek_desktop.letters.pdf import BOLD, FONT, ITALIC

GREEK_CYRILLIC = "Αθήνα Ελληνικά Москва Україна Београд"


def warnings_for(**changes: object) -> list[LetterWarning]:
    f = facts("fr", **changes)
    return check(f, compose(f))


def test_latin_polish_french_greek_and_cyrillic_print_without_warning() -> None:
    who = ewa(organisation=f"{GREEK_CYRILLIC} {POLISH}", last_name=FRENCH)
    body = f"{POLISH}\n\n{FRENCH} – «\u00a0ok\u00a0»"
    assert warnings_for(recipient=who, body_override=body) == []


def test_cjk_hebrew_arabic_and_emoji_are_named_with_their_field() -> None:
    partner = replace(massenet(), description="Conservatoire 🎹 de la ville.")
    found = warnings_for(
        recipient=ewa(organisation="東京芸術大学 Tokyo", last_name="כהן"),
        partners=(partner,),
        subject_override="Échange مرحبا",
        body_override="Bonjour,\n\nÀ bientôt 👋 {partners}",
    )
    by_field = {(w.field, w.owner): w for w in found}
    assert set(by_field) == {
        ("recipient.organisation", ""),
        ("recipient.last_name", ""),
        ("subject", ""),
        ("body", ""),
    }  # not the partner: "{partners}" typed by staff prints as typed, not its description
    org = by_field["recipient.organisation", ""]
    assert (org.kind, org.chars) == ("font", "東京芸術大学")
    assert org.codes == "U+6771 U+4EAC U+82B8 U+8853 U+5927 U+5B66"
    assert org.english() == (
        "The organisation name contains characters the letter font cannot print: 東京芸術大学 "
        "(U+6771 U+4EAC U+82B8 U+8853 U+5927 U+5B66); they will show as boxes."
    )
    assert by_field["recipient.last_name", ""].chars == "כהן"
    assert by_field["subject", ""].chars == "مرحبا"
    assert by_field["body", ""].chars == "👋"


def test_a_partner_description_printed_through_the_template_names_the_partner() -> None:
    partner = replace(massenet(), description="Conservatoire 🎹 de la ville.")
    (found,) = warnings_for(partners=(partner,))  # the default template prints {partners}
    assert (found.field, found.owner, found.chars) == (
        "partner.description", "Conservatoire Massenet", "🎹",
    )  # fmt: skip
    assert found.english().startswith(
        "The description of the partner Conservatoire Massenet contains characters"
    )


def test_coverage_is_read_from_each_styles_real_character_map() -> None:
    # DejaVu Sans has Hebrew and Arabic, DejaVu Serif (the letter's font) has neither.
    assert ord("Ж") in covered(FONT) and ord("א") not in covered(FONT)
    # U+1D434 (mathematical italic A) is in the regular style only: in the body it prints,
    # in the subject (bold) it would be a box.
    a = "\U0001d434"
    assert ord(a) in covered(FONT) and ord(a) not in covered(BOLD)
    assert ord("\U0001d538") in covered(FONT) and ord("\U0001d538") not in covered(ITALIC)
    assert warnings_for(body_override=f"Un {a} dans le texte.") == []
    (found,) = warnings_for(subject_override=f"Un {a}", body_override="Texte.")
    assert (found.field, found.chars) == ("subject", a)


def test_many_characters_are_counted_beyond_the_first_twelve() -> None:
    text = "".join(chr(0x4E00 + n) for n in range(20))
    (found,) = warnings_for(body_override=text)
    assert found.more == 8 and found.english().count("U+") == 12
    assert "and 8 more; they will show as boxes." in found.english()


def test_boxes_in_the_pdf_match_the_warning() -> None:
    """The font's .notdef box is what ReportLab prints for an uncovered character: the
    extracted text has no CJK, and the check flags exactly the uncovered ones."""
    f = facts("fr", body_override="Москва 東京")
    pdf, found = preview_checked(f)
    assert [w.chars for w in found] == ["東京"]
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Москва" in text


def test_a_logo_that_later_fails_gives_a_letter_without_it_and_a_warning(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(40, 20))
    f = facts("fr", letterhead=replace(head(), logo=str(logo)))
    pdf, found = preview_checked(f)
    assert (images(pdf), found) == (1, [])
    for content, problem in (
        (b"\x89PNG\r\n\x1a\n" + b"broken" * 50, "damaged"),
        (png(40, 20)[:-30], "damaged"),
        (b"GIF89a....", "not_an_image"),
    ):
        logo.write_bytes(content)
        pdf, found = preview_checked(f)
        assert images(pdf) == 0
        assert [(w.kind, w.field, w.problem) for w in found] == [("logo", "office.logo", problem)]
        assert images(render(f).pdf) == 0  # the renderer kept with proposals: no traceback
    logo.unlink()
    (warning,) = check(f, compose(f))
    assert warning.english() == (
        f"The letterhead logo {logo} cannot be used: the file was not found; "
        "the letter is made without it."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_logo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    f = facts("fr", letterhead=replace(head(), logo=str(fifo)))
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(preview_checked(f)), daemon=True)
    worker.start()
    worker.join(60)  # opening the FIFO would block here forever
    assert not worker.is_alive() and result
    pdf, found = result[0]  # type: ignore[misc]
    assert images(pdf) == 0 and [w.problem for w in found] == ["not_a_file"]


def test_a_batch_says_the_logo_once_and_each_letters_characters(
    office: Office, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(40, 20))
    settings.save(office.db, {"office.logo": str(logo)})  # valid when chosen...
    logo.unlink()  # ...deleted since
    first = inquiries.get_inquiry(office.db, office.inquiry_ids[0])
    assert first.contact is not None
    contacts.update_contact(office.db, first.contact.id, {"first_name": "Ewa 李"})
    requests = [LetterRequest(i) for i in office.inquiry_ids]
    result = LetterService(office.db).batch(requests, tmp_path / "all.pdf", keep=False)
    assert [(ref, w.kind, w.field, w.chars) for ref, w in result.warnings] == [
        (office.refs[0], "logo", "office.logo", ""),
        (office.refs[0], "font", "recipient.first_name", "李"),
    ]
    assert images((tmp_path / "all.pdf").read_bytes()) == 0
