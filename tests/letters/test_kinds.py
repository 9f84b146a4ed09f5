"""The three letters in words and in print: the acknowledgement (no partner yet), the
proposal, the introduction to the partner; whom to contact when nobody signs; Polish
one-letter words kept with the next word on the printed line (read back with pdftotext)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from letter_facts import facts, flat, pages
from reportlab.platypus import Paragraph

from msek_desktop.core import templates
from msek_desktop.core.proposals import Recipient, Requester, TemplateText
from msek_desktop.letters import letter as lettermod
from msek_desktop.letters import pdf as pdf_module
from msek_desktop.letters import render, wording

LANGUAGES = ("fr", "pl", "en")
ONE_LETTER = set("aiouwzAIOUWZ") | {"r."}


def shipped(language: str, kind: str) -> TemplateText:
    t = templates.shipped_template(language, kind)
    return TemplateText(None, t.name, t.subject, t.body)


def acknowledgement(language: str, **changes: Any) -> Any:
    return facts(
        language, kind="acknowledgement", partners=(),
        template=shipped(language, "acknowledgement"), **changes,
    )  # fmt: skip


DUPONT = Recipient(
    "mr", "Jean", "Dupont", "Directeur", "Conservatoire Massenet", "32 rue des Francs-Maçons",
    "42000", "Saint-Étienne", "FR",
)  # fmt: skip
EWA = Requester(
    "Ewa Wiśniewska", "Dyrektorka", "Zespół Szkół Muzycznych w Łodzi", "Łódź", "PL",
    "ewa@szkola.example.pl", "+48 42 555 01 02", "",
)  # fmt: skip


def introduction(language: str, **changes: Any) -> Any:
    base = facts(
        language, kind="introduction", recipient=DUPONT, requester=EWA,
        template=shipped(language, "introduction"),
    )  # fmt: skip
    base = replace(base, inquiry=replace(base.inquiry, desired_counterpart="konserwatorium"))
    return replace(base, **changes)


# -- the acknowledgement -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "subject", "looking", "never"),
    [
        ("fr", "Accusé de réception de votre demande – Wymiana nauczycieli fortepianu",
         "Nous recherchons actuellement à Saint-Étienne la structure", "proposition"),
        ("pl", "Potwierdzenie otrzymania zapytania – Wymiana nauczycieli fortepianu",
         "Obecnie poszukujemy w Saint-Étienne instytucji", "propozycj"),
        ("en", "Acknowledgement of your enquiry – Wymiana nauczycieli fortepianu",
         "We are now looking for the organisation in Saint-Étienne", "proposal"),
    ],
)  # fmt: skip
def test_acknowledgement_has_its_own_subject_and_wording(
    language: str, subject: str, looking: str, never: str
) -> None:
    text = " ".join(pages(render(acknowledgement(language)).pdf))
    assert flat(subject) in text and flat(looking) in text
    assert "2026-0012" in text  # the reference the request is registered under
    assert never not in text.lower()


# -- whom to contact -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "signed", "unsigned"),
    [
        ("pl", "W razie pytań prosimy o kontakt z osobą prowadzącą sprawę: Anna Kowalska "
               "(anna@msek.example.org, tel. +48 32 1).",
         "W razie pytań prosimy o kontakt z naszym biurem (contact@msek.example.org, "
         "tel. +48 32 123 45 67)."),
        ("fr", "Pour toute question, vous pouvez vous adresser à Anna Kowalska "
               "(anna@msek.example.org, tél. +48 32 1).",
         "Pour toute question, nous vous invitons à prendre contact avec notre bureau "
         "(contact@msek.example.org, tél. +48 32 123 45 67)."),
        ("en", "Should you have any questions, please contact Anna Kowalska "
               "(anna@msek.example.org, tel. +48 32 1).",
         "Should you have any questions, please contact our office "
         "(contact@msek.example.org, tel. +48 32 123 45 67)."),
    ],
)  # fmt: skip
def test_a_letter_nobody_signs_sends_to_the_office(
    language: str, signed: str, unsigned: str
) -> None:
    for make in (facts, acknowledgement, introduction):
        assert lettermod.compose(make(language)).body.endswith(signed)
        body = lettermod.compose(make(language, signer=None)).body
        assert body.endswith(unsigned)
        assert "osobą prowadzącą" not in body and "Anna Kowalska" not in body


def test_no_signer_in_print_says_contact_our_office() -> None:
    text = " ".join(pages(render(facts("pl", signer=None)).pdf))
    assert "prosimy o kontakt z naszym biurem (contact@msek.example.org" in text


# -- the introduction to the partner ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["Monsieur Jean Dupont", "Monsieur,",
                "Demande de coopération – Wymiana nauczycieli fortepianu",
                "Le 3 novembre 2026, nous avons reçu une demande",
                "– Ewa Wiśniewska, Dyrektorka, Zespół Szkół Muzycznych w Łodzi (Łódź).",
                "– Demande : « Wymiana nauczycieli fortepianu »",
                "– Partenaire recherché : konserwatorium.", "– Domaines : musique.",
                "– Coordonnées : ewa@szkola.example.pl, tél. +48 42 555 01 02",
                "Nous vous prions d’agréer, Monsieur, l’expression de nos salutations"]),
        ("pl", ["Pan Jean Dupont", "Szanowny Panie,",
                "Zapytanie o współpracę – Wymiana nauczycieli fortepianu",
                "Dnia 3 listopada 2026 r. otrzymaliśmy zapytanie",
                "profilowi działalności Pana instytucji",
                "– Zapytanie: „Wymiana nauczycieli fortepianu”",
                "– Poszukiwany partner: konserwatorium.", "– Dziedziny: musique.",
                "– Kontakt: ewa@szkola.example.pl, tel. +48 42 555 01 02"]),
        ("en", ["Mr Jean Dupont", "Dear Mr Dupont,",
                "Cooperation enquiry – Wymiana nauczycieli fortepianu",
                "On 3 November 2026 we received an enquiry",
                "– Request: ‘Wymiana nauczycieli fortepianu’",
                "– Counterpart sought: konserwatorium.",
                "– Contact: ewa@szkola.example.pl, tel. +48 42 555 01 02", "Yours sincerely,"]),
    ],
)  # fmt: skip
def test_introduction_presents_who_asked_what_they_want_and_how_to_reach_them(
    language: str, expected: list[str]
) -> None:
    data = introduction(language)
    letter = lettermod.compose(data)
    text = " ".join(pages(render(data).pdf))
    for words in expected:
        assert flat(words) in text, words
    # the partner asked nothing: no "your request of", and no partnership proposal words
    labels = [label for label, _ in letter.info]
    assert labels[0] == wording.WORDING[language].our_ref
    assert wording.WORDING[language].your_request not in labels
    assert wording.WORDING[language].your_request not in text
    assert not any(w in text for w in ("Proposition de partenariat", "Propozycja", "proposal"))


def test_introduction_adds_the_requesters_organisation_in_the_letters_language() -> None:
    who = replace(EWA, description="Szkoła muzyczna I i II stopnia.")
    text = " ".join(pages(render(introduction("pl", requester=who)).pdf))
    assert "(Łódź). Szkoła muzyczna I i II stopnia." in text


# -- Polish: no line ends with a one-letter word ---------------------------------------------


def test_keep_together_joins_one_letter_words_and_r_in_polish_only() -> None:
    nb = "\u00a0"
    text = "Dziękujemy i w Katowicach z dnia 3 listopada 2026 r. w sprawie (o ile) „a to” Dr. x"
    assert wording.keep_together("pl", text) == (
        f"Dziękujemy i{nb}w{nb}Katowicach z{nb}dnia 3{nb}listopada 2026{nb}r.{nb}w{nb}sprawie "
        f"(o{nb}ile) „a{nb}to” Dr. x"
    )
    assert wording.keep_together("pl", "Z nami, A więc, U nas, Ibis") == (
        f"Z{nb}nami, A{nb}więc, U{nb}nas, Ibis"
    )
    assert wording.keep_together("pl", "koniec w\nnowej linii") == "koniec w\nnowej linii"
    for language in ("fr", "en"):
        assert wording.keep_together(language, "a b i c") == "a b i c"


def _line_words(para: Paragraph) -> list[list[str]]:
    """The words of each line a laid-out Paragraph breaks into."""
    lines = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):
            lines.append(" ".join(line[1]).split())
        else:
            lines.append("".join(frag.text for frag in line.words).split())
    return lines


WINDOWED = " ".join(
    f"słowo{n} {w} dom" for n, w in zip(range(60), "aiouwzAIOUWZ" * 5, strict=False)
)


def test_reportlab_keeps_a_no_break_space_on_one_line() -> None:
    pdf_module.register_fonts()
    for width in (90, 130, 170, 230):
        (para,) = pdf_module.body_flowables(WINDOWED, "pl")
        para.wrap(width, 10_000)
        lines = _line_words(para)
        assert len(lines) > 5
        assert all(words[-1] not in ONE_LETTER for words in lines), lines
    # the same text not joined does leave one-letter words at the ends of lines
    dangling = 0
    for width in (90, 130, 170, 230):
        (para,) = pdf_module.body_flowables(WINDOWED, "en")
        para.wrap(width, 10_000)
        dangling += sum(words[-1] in ONE_LETTER for words in _line_words(para))
    assert dangling > 0


def pdftotext_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    return [line for line in out.splitlines() if line.strip()]


POLISH_BODY = (
    "Wymiana w Katowicach i w Saint-Étienne odbędzie się w dniach 3–7 maja 2027 r. "
    "w szkole, a w czerwcu u nas: o ile to możliwe, z udziałem uczniów i nauczycieli, "
    "w tym z Łodzi, i z Gliwic, a także z Zabrza. " * 8
)


@pytest.mark.parametrize("kind", ["proposal", "acknowledgement", "introduction"])
def test_no_printed_polish_line_ends_with_a_one_letter_word(kind: str, tmp_path: Path) -> None:
    make = {"proposal": facts, "acknowledgement": acknowledgement, "introduction": introduction}
    data = make[kind]("pl")
    typed = replace(data, body_override=POLISH_BODY, subject_override="W sprawie wymiany w maju")
    for one in (data, typed):
        for line in pdftotext_lines(render(one).pdf, tmp_path):
            for column in line.split("   "):  # the letterhead and info block stand beside
                words = column.split()
                assert not words or words[-1] not in ONE_LETTER, line
    # and the subject keeps its "w" with the next word
    (subject,) = [
        f for f in pdf_module.letter_flowables(lettermod.compose(typed)) if isinstance(f, Paragraph)
        and "sprawie" in f.text and "maju" in f.text
    ]  # fmt: skip
    assert "w\u00a0maju" in subject.text


def test_the_same_body_in_english_is_not_joined(tmp_path: Path) -> None:
    """The check above can fail: unjoined, this text leaves one-letter words at line ends."""
    data = replace(facts("en"), body_override=POLISH_BODY)
    ends = [
        column.split()[-1]
        for line in pdftotext_lines(render(data).pdf, tmp_path)
        for column in line.split("   ")
        if column.split()
    ]
    assert any(word in ONE_LETTER for word in ends)


def test_a_phone_number_and_a_day_with_its_month_stay_on_one_line() -> None:
    nb = "\u00a0"
    for language in LANGUAGES:
        assert wording.keep_together(language, "(anna@x.eu, tel. +48 32 253 71 13).") == (
            f"(anna@x.eu, tel.{nb}+48{nb}32{nb}253{nb}71{nb}13)."
        )
    assert (
        wording.keep_together("fr", "tél. 04 77 12 34 56") == f"tél.{nb}04{nb}77{nb}12{nb}34{nb}56"
    )
    # a day stays with its month
    assert wording.keep_together("en", "on 3 May 2027 we") == f"on 3{nb}May 2027 we"
    assert wording.keep_together("fr", "le 1er décembre") == f"le 1er{nb}décembre"
    assert wording.keep_together("fr", "1 600 élèves") == "1 600 élèves"


def test_a_list_ending_its_block_leaves_room_before_the_next_paragraph() -> None:
    from reportlab.platypus import Spacer

    kinds = [type(f).__name__ for f in pdf_module.body_flowables("a\n\n– x\n– y\n\n\n\nb\n\n– z")]
    assert kinds == ["Paragraph", "Paragraph", "Paragraph", "Spacer", "Paragraph", "Paragraph"]
    assert not isinstance(pdf_module.body_flowables("– z\n\n")[-1], Spacer)
