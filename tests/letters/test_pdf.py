"""The printed letter: text round-trips, fonts embedded, A4, nothing fetched, page numbers."""

from __future__ import annotations

import io
import socket
import struct
import urllib.request
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from letter_facts import FRENCH, POLISH, ewa, facts, flat, head, pages
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from msek_desktop.core import errors
from msek_desktop.core.proposals import TemplateText
from msek_desktop.letters import letter as lettermod
from msek_desktop.letters import pdf as pdf_module
from msek_desktop.letters import render, render_pdf

LANGUAGES = ("fr", "pl", "en")


def special(language: str) -> Any:
    """A letter whose names and subject hold every Polish and French letter."""
    return facts(
        language,
        recipient=ewa(first_name=f"Zofia {POLISH}", last_name=f"Źdźbło-{FRENCH}"),
        inquiry=replace(facts().inquiry, subject=f"Échange {FRENCH} {POLISH}"),
    )


def in_order(haystack: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = haystack.find(needle, at)
        assert found >= 0, f"{needle!r} not found (in order) in {haystack!r}"
        at = found + len(needle)


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_extracted_equals_the_input(language: str) -> None:
    letter = lettermod.compose(special(language))
    text = " ".join(pages(render_pdf([letter])))
    body = [flat(block) for block in letter.body.split("\n\n")]
    expected = [
        *letter.recipient_lines,
        letter.date_line,
        flat(letter.subject_label + letter.subject),
        letter.salutation,
        *body,
        letter.closing,
        letter.signer_name,
        letter.signer_title,
    ]
    in_order(text, [flat(x) for x in expected])
    assert POLISH in text and FRENCH in text
    assert f"Zofia {POLISH} Źdźbło-{FRENCH}" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_plain_text_kept_with_the_letter_reads_like_the_pdf(language: str) -> None:
    made = render(special(language))
    text = " ".join(pages(made.pdf))
    for block in made.text.split("\n\n"):
        for line in block.splitlines():
            assert flat(line) in text


def fonts(pdf: bytes) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_fonts_are_embedded_subsets_and_no_builtin_font_is_used() -> None:
    pdf = render(special("pl")).pdf
    found = fonts(pdf)
    assert found
    for name, font in found.items():
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
        assert "+DejaVuSerif" in name  # "AAAAAA+DejaVuSerif...": a subset
        assert "/FontFile2" in font["/FontDescriptor"], name
    assert {n.split("+")[1] for n in found} >= {"DejaVuSerif", "DejaVuSerif-Bold"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_size_is_a4(language: str) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render(facts(language)).pdf))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(595.27, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.01)


MARKUP = 'Smith & <Sons> <img src="http://example.com/x.png"/> <b>not bold</b> &amp; &nbsp;'


def test_markup_like_user_text_prints_literally() -> None:
    data = facts(
        "en",
        recipient=ewa(organisation="Smith & <Sons>", last_name="O'Brien <i>"),
        inquiry=replace(facts().inquiry, subject=MARKUP),
        partners=(replace(facts().partners[0], description=MARKUP, name="A & B <c>"),),
    )
    text = " ".join(pages(render(data).pdf))
    assert "Smith & <Sons>" in text
    assert MARKUP in text
    assert "O'Brien <i>" in text
    assert "A & B <c>" in text


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        raise OSError("the network is off limits to letters")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)
    tag = '<img src="http://example.com/x.png" width="10" height="10"/>'
    data = facts(
        "fr",
        recipient=ewa(last_name=tag),
        subject_override=tag,
        body_override=f"Texte {tag}\n\n– {tag}\n\nhttp://example.com/y.png",
        letterhead=replace(head(), logo="http://example.com/logo.png"),
    )
    text = " ".join(pages(render(data).pdf))
    assert calls == []
    assert tag in text


def long_body(paragraphs: int = 40) -> str:
    sentence = "Ce paragraphe sert à remplir la lettre afin qu’elle tienne sur plusieurs pages. "
    return "\n\n".join(f"{n}. " + sentence * 4 for n in range(1, paragraphs + 1))


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("fr", "Page {page}/{pages}"),
        ("pl", "Strona {page}/{pages}"),
        ("en", "Page {page} of {pages}"),
    ],
)
def test_long_letter_numbers_pages_from_two(language: str, label: str) -> None:
    text = pages(render(facts(language, body_override=long_body())).pdf)
    total = len(text)
    assert total >= 3
    assert "Page" not in text[0] and "Strona" not in text[0] and f"/{total}" not in text[0]
    for n in range(2, total + 1):
        assert label.format(page=n, pages=total) in text[n - 1]
        assert "Ewa Wiśniewska" in text[n - 1]  # the running head


def test_short_letter_has_no_page_number() -> None:
    text = pages(render(facts("pl", partners=())).pdf)
    assert len(text) == 1
    assert "Strona" not in text[0]


def test_unknown_placeholder_is_refused_naming_it() -> None:
    bad = TemplateText(1, "x", "Objet", "Bonjour {recipent_name},")
    with pytest.raises(errors.UserError, match=r"\{recipent_name\}.*\{recipient_name\}"):
        render(facts("fr", template=bad))


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x1f\x3b\x5a" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def images(pdf: bytes) -> int:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    xobjects = page["/Resources"].get("/XObject") or {}
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_logo_printed_when_the_file_exists(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(40, 20))
    assert images(render(facts(letterhead=replace(head(), logo=str(logo)))).pdf) == 1
    not_an_image = tmp_path / "logo.jpg"
    not_an_image.write_text("hello")
    for path in (str(tmp_path / "missing.png"), str(not_an_image), ""):
        assert images(render(facts(letterhead=replace(head(), logo=path))).pdf) == 0


def test_several_letters_each_from_a_new_page_with_their_own_numbers() -> None:
    letters = [
        lettermod.compose(facts("fr", body_override=long_body(30))),
        lettermod.compose(facts("pl", partners=())),
        lettermod.compose(facts("en", body_override=long_body(30))),
    ]
    text = pages(render_pdf(letters))
    starts = [n for n, page in enumerate(text) if "2026-0012" in page and "Katowice, " in page]
    assert len(starts) == 3 and starts[0] == 0
    first_len = starts[1]
    assert f"Page {first_len}/{first_len}" in text[first_len - 1]
    assert "Strona" not in text[starts[1]]
    last_len = len(text) - starts[2]
    assert f"Page 2 of {last_len}" in text[starts[2] + 1]
    assert "Page" not in text[starts[2]]


def test_long_recipient_lines_wrap_inside_the_address_zone() -> None:
    width = pdf_module.ADDRESS_W - 8 * mm
    long = "Filharmonia Śląska im. Henryka Mikołaja Góreckiego, Dział Edukacji Muzycznej"
    lines, size, leading = pdf_module.recipient_layout(
        ["Pan Jan Nowak", long, "40-084 Katowice"], width
    )
    assert len(lines) > 3 and flat(" ".join(lines[1:-1])) == long
    assert all(stringWidth(x, pdf_module.FONT, size) <= width for x in lines)
    assert len(lines) * leading <= pdf_module.ADDRESS_H - pdf_module.NOTE_ZONE
    many = ["Pan Jan Nowak", *(f"line {n}" for n in range(12)), "40-084 Katowice", "POLSKA"]
    kept, _, leading = pdf_module.recipient_layout(many, width)
    assert kept[0] == "Pan Jan Nowak" and kept[-2:] == ["40-084 Katowice", "POLSKA"]
    assert len(kept) * leading <= pdf_module.ADDRESS_H - pdf_module.NOTE_ZONE


def test_an_organisation_without_a_person_and_no_signer() -> None:
    data = facts("fr", recipient=ewa(honorific="none", first_name="", last_name=""), signer=None)
    text = " ".join(pages(render(data).pdf))
    assert "Madame, Monsieur," in text
    assert "Nous vous prions d’agréer, Madame, Monsieur, l’expression" in text
    assert (
        "Pour toute question, nous vous invitons à prendre contact avec notre bureau "
        "(contact@msek.example.org, tél. +48 32 123 45 67)."
    ) in text
    assert text.rstrip().endswith("Maison de Saint-Étienne à Katowice")  # signed by the office


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=POLISH + FRENCH + "abcXYZ019 <>&\"'/=;#%{}–—„”“", min_size=1))
def test_any_typed_subject_prints_literally(subject: str) -> None:
    assume(subject.strip())
    data = facts("pl", subject_override=subject, body_override="Treść.")
    assert flat(subject) in " ".join(pages(render(data).pdf))
