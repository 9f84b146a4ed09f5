"""The annual activity report (msek_desktop.reports): its PDF's text (read back with
pdftotext) and its workbook carry the figures of a small hand-made office (report_office),
in French, Polish and English, with their letters intact and user text printed as typed."""

from __future__ import annotations

import re
import subprocess
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
import report_office as ro
from reportlab.lib.pagesizes import A4

from msek_desktop.core import errors, figures
from msek_desktop.core.db import Database
from msek_desktop.core.vocab import ExchangeKind, ExchangeStatus, InquiryKind, LostReason, Stage
from msek_desktop.paths import resource_path
from msek_desktop.reports import charts as report_charts
from msek_desktop.reports import gather, write_report
from msek_desktop.reports import pdf as report_pdf
from msek_desktop.reports.workbook import SHEET_NAME_MAX

LABELS = {
    "fr": {
        "new_inquiries": "Nouvelles demandes", "exchanges": "Échanges (hors annulés)",
        "participants_saint_etienne": "Participants de Saint-Étienne",
        "participants_katowice": "Participants de Katowice",
        "participants_total": "Participants au total",
        "median_answer": "Délai médian de première réponse (jours)",
        "answered": "Demandes ayant reçu une réponse",
        "saint_etienne": "Saint-Étienne", "katowice": "Katowice", "other": "Ailleurs",
        "music": "Musique", "design": "Design", "no_answer": "Pas de réponse",
        "withdrawn": "Demande retirée", "reason_other": "Autre motif",
    },
    "pl": {
        "new_inquiries": "Nowe zapytania", "exchanges": "Wymiany (bez odwołanych)",
        "participants_saint_etienne": "Uczestnicy z Saint-Étienne",
        "participants_katowice": "Uczestnicy z Katowic",
        "participants_total": "Uczestnicy łącznie",
        "median_answer": "Mediana czasu do pierwszej odpowiedzi (dni)",
        "answered": "Zapytania z odpowiedzią",
        "saint_etienne": "Saint-Étienne", "katowice": "Katowice", "other": "Inne miejsce",
        "music": "Muzyka", "design": "Design", "no_answer": "Brak odpowiedzi",
        "withdrawn": "Wycofane", "reason_other": "Inny powód",
    },
}  # fmt: skip
TITLES = {"fr": "Rapport d’activité 2026", "pl": "Sprawozdanie z działalności za rok 2026",
          "en": "Activity report 2026"}  # fmt: skip
DECIMAL = {"fr": ",", "pl": ",", "en": "."}


@pytest.fixture
def office(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "report.db", ro.fill)


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text: laid out as on the page (a table's rows on their lines), or in
    reading order, each block whole (a table's cells one after the other)."""
    mode = ["-layout"] if layout else []
    done = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True, text=True)  # fmt: skip
    return done.stdout


def flat(path: Path) -> str:
    """The text in reading order, on one line."""
    return " ".join(pdf_text(path, layout=False).split())


def after(text: str, label: str, count: int) -> list[str]:
    """The first `count` words after `label` on its line (a table row: the year, the year
    before, the change)."""
    for line in text.splitlines():
        if line.lstrip().startswith(label + "  "):
            return line.lstrip()[len(label) :].split()[:count]
    raise AssertionError(f"no row {label!r} in:\n{text}")


def shown(value: float, language: str) -> str:
    return (
        f"{value:.1f}".replace(".", DECIMAL[language]) if isinstance(value, float) else str(value)
    )


@pytest.mark.parametrize("language", ["fr", "pl"])
def test_the_pdf_carries_the_year_and_the_year_before(
    office: Database, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"report-{language}.pdf"
    write_report(office, ro.YEAR, language, pdf=out, today=ro.TODAY)
    text = pdf_text(out)
    labels = LABELS[language]
    assert TITLES[language] in text
    for key in (
        "new_inquiries",
        "exchanges",
        "participants_saint_etienne",
        "participants_katowice",
        "participants_total",
        "median_answer",
        "answered",
    ):
        now, before = ro.ANSWERS[key]
        assert after(text, labels[key], 2) == [shown(now, language), shown(before, language)]
    assert after(text, labels["new_inquiries"], 4)[2:] in (["+167", "%"], ["+167%"])
    for group in ("by_side", "by_field", "lost_reasons"):
        for code, (now, before) in ro.ANSWERS[group].items():  # type: ignore[union-attr]
            label = labels["reason_other" if group == "lost_reasons" and code == "other" else code]
            assert after(text, label, 2) == [str(now), str(before)], code
    whole = flat(out)
    for name in ro.LISTED:  # the exchanges of the year, their letters intact
        assert ro.TITLES[name] in whole
    for name in ("x4", "x5", "x6"):  # cancelled, in the bin, the year before
        assert ro.TITLES[name] not in whole
    for name, _side in ro.ORGANISATIONS.values():  # each one's words in order (cells wrap)
        assert re.search(r"\s.*?".join(map(re.escape, name.split())), whole), name
    assert all(re.search(rf"{a}\s*/\s*{b}", whole) for a, b in ((2, 22), (3, 3), (0, 2)))
    for paragraph in ro.HIGHLIGHTS[language].split("\n\n"):
        assert paragraph in whole


def test_user_text_prints_as_typed_never_as_markup(office: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(office, ro.YEAR, "pl", pdf=out, today=ro.TODAY)
    whole = flat(out)
    assert "Łódź, Żywiec & <b>Katowice</b>." in whole  # the highlights
    assert ro.TITLES["x2"] in whole  # an exchange's title, "<b>" and all


def test_the_pdf_is_a4_with_its_fonts_embedded_and_pages_numbered(
    office: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    write_report(office, ro.YEAR, "fr", pdf=out, today=ro.TODAY)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            round(A4[0]), round(A4[1]),
        )  # fmt: skip
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("DejaVuSerif" in f for f in fonts) and any("DejaVuSans" in f for f in fonts)
    assert f"Page 2/{len(reader.pages)}" in pdf_text(out)
    assert reader.metadata is not None and reader.metadata.title == TITLES["fr"]


def test_no_highlights_written_says_so(office: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(office, ro.YEAR, "en", pdf=out, today=ro.TODAY)
    whole = flat(out)
    assert "No highlights were written for 2026." in whole
    assert "Activity report 2026" in whole and "The year 2026, compared with 2025" in whole


def test_a_year_with_nothing_still_makes_a_report_saying_so(
    office: Database, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "2023.pdf", tmp_path / "2023.xlsx"
    write_report(office, 2023, "fr", pdf=pdf, xlsx=xlsx, today=ro.TODAY)
    whole = flat(pdf)
    assert "Aucune demande et aucun échange n’ont été enregistrés en 2023." in whole
    assert "Aucun échange n’a commencé en 2023." in whole
    assert "Aucun fait marquant n’a été rédigé pour 2023." in whole
    book = openpyxl.load_workbook(xlsx)
    assert book.worksheets[0]["B2"].value == 0  # new inquiries


def test_a_year_not_over_is_counted_to_the_day_the_report_is_made(
    office: Database, tmp_path: Path
) -> None:
    today = date(2026, 6, 1)  # a6 was received that day; a7 and a8 come later
    content = gather(office, 2026, "fr", today=today)
    assert content.partial and content.figures.new_inquiries.now == 6
    assert [x.title for x in content.exchanges] == [ro.TITLES["x1"]]
    out = tmp_path / "june.pdf"
    write_report(office, 2026, "fr", pdf=out, today=today)
    assert "Du 1er janvier 2026 au 1er juin 2026, comparé à la même période de 2025" in flat(out)


@pytest.mark.parametrize("language", ["fr", "pl", "en"])
def test_the_workbook_holds_the_figures_as_numbers(
    office: Database, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "report.xlsx"
    write_report(office, ro.YEAR, language, xlsx=out, today=ro.TODAY)
    book = openpyxl.load_workbook(out)
    names = book.sheetnames
    assert len(names) == 9 and len(set(names)) == 9
    assert all(len(n) <= SHEET_NAME_MAX for n in names)
    shipped = tomllib.loads(resource_path("reports", f"{language}.toml").read_text("utf-8"))
    assert names[0] == shipped["sheets"]["summary"] and names[-1] == shipped["sheets"]["exchanges"]
    summary = {row[0]: row[1:] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    for key in ("new_inquiries", "exchanges", "participants_total", "median_answer"):
        assert summary[shipped["figures"][key]] == ro.ANSWERS[key]
    f = figures.year_figures(office, ro.YEAR)
    by_stage = [row[1:] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert by_stage == [(b.now, b.before) for b in f.by_stage]
    exchanges = list(book.worksheets[-1].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in exchanges] == [ro.TITLES[x] for x in ro.LISTED]
    assert exchanges[0][3].date() == date(2026, 5, 12) and exchanges[0][-2:] == (2, 22)


def test_a_year_to_come_or_an_unknown_language_writes_nothing(
    office: Database, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    with pytest.raises(errors.ValidationError, match="year: must be between 1990 and 2027"):
        write_report(office, 2028, "fr", pdf=pdf, xlsx=xlsx, today=ro.TODAY)
    with pytest.raises(errors.ValidationError, match="language"):
        write_report(office, 2026, "de", pdf=pdf, today=ro.TODAY)
    assert not pdf.exists() and not xlsx.exists()
    assert not list(tmp_path.glob(".msek-*"))  # no temporary file left either


def test_each_language_has_every_text_and_every_code() -> None:
    def keys(data: dict[str, object], prefix: str = "") -> set[str]:
        out: set[str] = set()
        for key, value in data.items():
            out |= keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
        return out

    shipped = {
        lang: tomllib.loads(resource_path("reports", f"{lang}.toml").read_text("utf-8"))
        for lang in ("fr", "pl", "en")
    }
    assert keys(shipped["fr"]) == keys(shipped["pl"]) == keys(shipped["en"])
    groups = {"stages": Stage, "inquiry_kinds": InquiryKind, "lost_reasons": LostReason,
              "exchange_statuses": ExchangeStatus, "exchange_kinds": ExchangeKind}  # fmt: skip
    for data in shipped.values():
        for group, vocab in groups.items():
            assert set(data[group]) == {v.value for v in vocab}, group
        for name in data["sheets"].values():
            assert len(name) <= SHEET_NAME_MAX and not re.search(r"[\[\]:*?/\\]", name)


def test_a_long_year_lists_its_first_exchanges_and_names_the_workbook(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    write_report(office, ro.YEAR, "fr", pdf=pdf, today=ro.TODAY)
    assert "juil." in flat(pdf)  # the timeline's months
    monkeypatch.setattr(report_pdf, "LIST_MAX", 2)
    monkeypatch.setattr(report_charts, "TIMELINE_MAX", 2)
    write_report(office, ro.YEAR, "fr", pdf=pdf, xlsx=xlsx, today=ro.TODAY)
    whole = flat(pdf)
    assert ro.TITLES["x1"] in whole and ro.TITLES["x2"] in whole
    assert ro.TITLES["x3"] not in whole and "juil." not in whole
    assert "Cette liste présente les 2 premiers des 3 échanges de 2026" in whole
    listed = list(openpyxl.load_workbook(xlsx).worksheets[-1].iter_rows(min_row=2))
    assert len(listed) == 3
