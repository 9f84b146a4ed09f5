"""`msek proposal REF --out FILE.pdf [--lang fr|pl|en] [--partner ORG_ID ...]`."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pypdf
import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import contacts, inquiries, organisations, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[Path, str, int]:
    """A database with one Polish inquiry; returns its path (or the office server's
    address), the ref and a partner's id."""
    db = databases.open(tmp_path / "office.db")
    try:
        ref, partner = databases.build(db, make_office)
    finally:
        db.dispose()
    return db.location, ref, partner


def make_office(db: Database) -> tuple[str, int]:
    lodz, ste = two_schools(db)
    # a proposal presents its partners in the letter's language (or is refused)
    organisations.update_organisation(
        db, ste.id, {"description_pl": "Konserwatorium, 1600 uczniów.",
                     "description_en": "A conservatory with 1,600 pupils."},
    )  # fmt: skip
    anna = contacts.create_contact(
        db,
        {"honorific": "ms", "first_name": "Anna", "last_name": "Wiśniewska", "language": "pl",
         "side": "katowice", "organisation_id": lodz.id},
    )  # fmt: skip
    row = inquiries.create_inquiry(
        db, {"subject": "Wymiana nauczycieli", "contact_id": anna.id, "assignee": "anowak"}
    )
    return row.ref, ste.id


def kept(path: Path, ref: str) -> list[proposals.ProposalRow]:
    db = open_database(path)
    try:
        return proposals.list_proposals(db, inquiries.get_by_ref(db, ref).row.id)
    finally:
        db.dispose()


def test_makes_the_letter_and_keeps_it(
    office: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ref, partner = office
    out = tmp_path / "letter.pdf"
    code, stdout, err = run(
        capsys, "--db", str(path), "proposal", ref, "--out", str(out), "--partner", str(partner)
    )
    assert (code, err) == (0, "")
    assert stdout.strip() == str(out)
    text = text_of(out.read_bytes())
    assert "Szanowna Pani," in text
    assert "Conservatoire Massenet (Saint-Étienne): Konserwatorium, 1600 uczniów." in text
    (row,) = kept(path, ref)
    assert row.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert [p.id for p in row.partners] == [partner]


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", "Madame,"), ("en", "Dear Ms Wiśniewska,"), ("pl", "Szanowna Pani,")],
)
def test_language_option(
    office: tuple[Path, str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    words: str,
) -> None:
    path, ref, _ = office
    out = tmp_path / f"{language}.pdf"
    code, _, _ = run(capsys, "--db", str(path), "proposal", ref, "--out", str(out),
                     "--lang", language)  # fmt: skip
    assert code == 0
    assert words in text_of(out.read_bytes())
    assert kept(path, ref)[0].language == language


def test_versions_on_each_run(
    office: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ref, _ = office
    for name in ("a.pdf", "b.pdf"):
        assert (
            run(capsys, "--db", str(path), "proposal", ref, "--out", str(tmp_path / name))[0] == 0
        )
    assert [r.number for r in kept(path, ref)] == [2, 1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1999-0001"], "msek: There is no inquiry '1999-0001'.\n"),
        (["{ref}", "--partner", "999"], "msek: --partner: organisation 999 does not exist.\n"),
        (["{ref}", "--out", "{tmp}/missing/x.pdf"], "msek: Cannot write {tmp}/missing/x.pdf"),
        (["{ref}", "--out", "{tmp}"], "msek: Cannot write {tmp}: it is a folder.\n"),
    ],
)
def test_user_errors_exit_1_with_one_line_and_keep_nothing(
    office: tuple[Path, str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    path, ref, _ = office
    argv = [a.format(ref=ref, tmp=tmp_path) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "x.pdf")]
    code, out, err = run(capsys, "--db", str(path), "proposal", *argv)
    assert code == 1 and out == ""
    assert err.startswith(message.format(tmp=tmp_path)) and err.count("\n") == 1
    assert kept(path, ref) == []
    assert not (tmp_path / "x.pdf").exists()
    assert list(tmp_path.glob(".msek-*")) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["proposal", "2026-0001"],  # --out is required
        ["proposal", "--out", "x.pdf"],
        ["proposal", "2026-0001", "--out", "x.pdf", "--lang", "de"],
        ["proposal", "2026-0001", "--out", "x.pdf", "--partner", "one"],
    ],
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err


def test_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.db"
    code, _, err = run(
        capsys, "--db", str(missing), "proposal", "2026-0001", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and str(missing) in err
    assert not missing.exists()


def test_no_traceback_in_a_real_process(office: tuple[Path, str, int], tmp_path: Path) -> None:
    path, _, _ = office
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(path), "proposal", "1999-0009",
         "--out", str(tmp_path / "x.pdf")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "msek: There is no inquiry '1999-0009'.\n"


def test_a_300_character_file_name_is_one_line(
    office: tuple[Path, str, int], tmp_path: Path
) -> None:
    path, ref, _ = office
    out = tmp_path / ("l" * 300 + ".pdf")
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(path), "proposal", ref,
         "--out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"msek: Cannot write {out}: File name too long.\n"
    assert kept(path, ref) == []
    assert [*tmp_path.glob("*.pdf"), *tmp_path.glob(".msek-*")] == []


def _set_setting(path: Path, key: str, value: str) -> None:
    """As if the value had been saved when it was valid (settings.save checks the logo)."""
    import json

    from msek_desktop.core.models import Setting

    db = open_database(path)
    try:
        with db.write() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
    finally:
        db.dispose()


def test_a_logo_that_no_longer_loads_is_one_warning_and_the_letter_is_made(
    office: tuple[Path, str, int], tmp_path: Path
) -> None:
    path, ref, _ = office
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really" * 100)
    _set_setting(path, "office.logo", str(logo))
    out = tmp_path / "letter.pdf"
    for _ in range(2):  # on every letter: a warning, never a traceback
        result = subprocess.run(
            [sys.executable, "-m", "msek_desktop.cli", "--db", str(path), "proposal", ref,
             "--out", str(out)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert (result.returncode, result.stdout) == (0, f"{out}\n")
        assert result.stderr == (
            f"msek: warning: The letterhead logo {logo} cannot be used: the image is damaged "
            "or incomplete; the letter is made without it.\n"
        )
        assert out.read_bytes().startswith(b"%PDF")
    assert len(kept(path, ref)) == 2


def test_characters_outside_the_font_are_named_with_their_field(
    office: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ref, _ = office
    db = open_database(path)
    try:
        inquiry = inquiries.get_by_ref(db, ref)
        assert inquiry.organisation is not None or inquiry.contact is not None
        org_id = inquiry.contact.organisation_id if inquiry.contact else None
        assert org_id is not None
        organisations.update_organisation(db, org_id, {"name": "東京 Szkoła Muzyczna"})
    finally:
        db.dispose()
    out = tmp_path / "letter.pdf"
    code, stdout, err = run(capsys, "--db", str(path), "proposal", ref, "--out", str(out))
    assert (code, stdout) == (0, f"{out}\n")
    assert err == (
        "msek: warning: The organisation name contains characters the letter font cannot "
        "print: 東京 (U+6771 U+4EAC); they will show as boxes.\n"
    )
    assert len(kept(path, ref)) == 1
