"""The activity report's table cells break as a reader breaks lines (reports.cells): at
spaces, a word too wide for its column after its hyphens, inside a word only when it alone
is wider than the column. The list of exchanges of a hand-made office with long Polish and
French names, read back with pdftotext, holds each name's words unbroken."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from msek_desktop.core import exchanges, organisations
from msek_desktop.core.db import Database
from msek_desktop.letters.pdf import BOLD, FONT
from msek_desktop.letters.pdf.fonts import register_fonts
from msek_desktop.reports import write_report
from msek_desktop.reports.cells import NBSP, keep_dates, lines

SIZE, COLUMN = 8.5, 86.0  # an organisation's column in the list, inside its padding
LONG_WORD = "Konstantynopolitańczykowianeczkówna"  # wider than any column alone
NAMES = {
    "katowice": (
        "Zespół Szkół Gastronomiczno-Hotelarskich im. Marii Skłodowskiej-Curie w Katowicach",
        "Śląskie Centrum Dziedzictwa Przemysłowego",
    ),
    "saint_etienne": (
        "Conservatoire à rayonnement régional Massenet de Saint-Étienne Métropole",
        "Cité du design",
    ),
}


@pytest.fixture(autouse=True, scope="module")
def fonts() -> None:
    register_fonts()


def width(text: str, font: str = FONT) -> float:
    return float(stringWidth(text, font, SIZE))


def test_a_long_name_breaks_at_spaces_then_at_its_hyphen() -> None:
    name = "Zespół Szkół Gastronomiczno-Hotelarskich w Katowicach"
    assert lines(name, FONT, SIZE, COLUMN) == [
        "Zespół Szkół", "Gastronomiczno-", "Hotelarskich w", "Katowicach",
    ]  # fmt: skip


def test_a_word_that_fits_its_column_moves_whole_to_the_next_line() -> None:
    room = width("Collège Aristide-") + 1  # its first half would fit after "Collège"
    assert lines("Collège Aristide-Briand", FONT, SIZE, room) == ["Collège", "Aristide-Briand"]


def test_only_a_word_wider_than_the_column_breaks_inside() -> None:
    got = lines(f"Pani {LONG_WORD} z Łodzi", BOLD, SIZE, COLUMN)
    assert got[0] == "Pani" and got[-1].endswith(" z Łodzi")
    assert "".join(got[1:])[: -len(" z Łodzi")] == LONG_WORD  # every letter, in order
    assert len(got) >= 3 and all(width(line, BOLD) <= COLUMN for line in got)


def test_the_lines_given_are_kept_and_each_fits() -> None:
    text = "Cité du design\nAkademia Sztuk Pięknych w Katowicach"
    got = lines(text, FONT, SIZE, COLUMN)
    assert got[0] == "Cité du design" and " ".join(got[1:]) == text.split("\n")[1]
    assert all(width(line) <= COLUMN for line in got)


@pytest.mark.parametrize(
    ("given", "broken"),
    [
        ("6 nov. 2026\u2009–\u20094 avr. 2027", ["6 nov. 2026 –", "4 avr. 2027"]),
        ("1 października\u2009–\u20091 listopada 2026", ["1 października –", "1 listopada 2026"]),
        (  # a date too wide for the column: broken at its spaces, from a line of its own
            "28 października 2026\u2009–\u20093 listopada 2027",
            ["28 października", "2026 –", "3 listopada 2027"],
        ),
        ("2–6 lipca 2026", ["2–6 lipca 2026"]),
    ],
)
def test_dates_break_after_their_dash(given: str, broken: list[str]) -> None:
    got = lines(keep_dates(given), FONT, SIZE, 76.0)  # the dates' column
    assert [line.replace(NBSP, " ") for line in got] == broken


def long_names(db: Database) -> None:
    """Two exchanges of 2026 between organisations with long names."""
    ids = {
        name: organisations.create_organisation(db, {"name": name, "side": side}).id
        for side, names in NAMES.items()
        for name in names
    }
    pairs = zip(NAMES["saint_etienne"], NAMES["katowice"], strict=True)
    for number, (se, kt) in enumerate(pairs, 1):
        values = {
            "title": f"Wymiana {number}: {LONG_WORD}", "kind": "visit",
            "organisation_ids": [ids[se], ids[kt]], "status": "completed",
            "starts_on": date(2026, 10, number), "ends_on": date(2026, 11, number),
            "moves_stage": False,
        }  # fmt: skip
        exchanges.create_exchange(db, values, today=date(2027, 1, 10))


@pytest.mark.parametrize("language", ["fr", "pl"])
def test_the_list_prints_each_organisation_s_words_unbroken(
    tmp_path: Path, new_database: Callable[..., Database], language: str
) -> None:
    db = new_database(tmp_path / "names.db", long_names)
    out = tmp_path / f"report-{language}.pdf"
    write_report(db, 2026, language, pdf=out, today=date(2027, 1, 20))
    # -raw: each cell's lines one after the other, as drawn (no hyphen taken away)
    drawn = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"],
                           capture_output=True, check=True, text=True).stdout  # fmt: skip
    assert "Gastronomiczno-\nHotelarskich" in drawn  # broken at its hyphen, not before
    text = " ".join(re.sub(r"-\n", "-", drawn).split())
    for name in (*NAMES["katowice"], *NAMES["saint_etienne"]):
        assert name in text, name  # each word whole, in order, and Polish letters intact
