"""Many letters at once: one PDF or one file each; progress, cancel, names valid on Windows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from letter_facts import pages

from msek_desktop.core import errors, proposals
from msek_desktop.core.proposals import LetterRequest
from msek_desktop.letters import LetterService, safe_filename
from msek_desktop.letters.files import OutputFile

if TYPE_CHECKING:
    from conftest import Office  # tests/letters/conftest.py

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}


def asked(ids: Sequence[int], language: str | None = None) -> list[LetterRequest]:
    return [LetterRequest(i, language=language) for i in ids]


def letters(office: Office, actor: str | None = None) -> LetterService:
    return LetterService(office.db, actor=lambda: actor)


def valid_on_windows(name: str) -> bool:
    stem = name.split(".", maxsplit=1)[0].rstrip(" ")
    return (
        not (set(name) & WINDOWS_FORBIDDEN)
        and not any(ord(c) < 32 for c in name)
        and not name.endswith((" ", "."))
        and stem.upper() not in RESERVED
        and not Path(name).stem.endswith((" ", "."))
    )


def test_one_pdf_with_each_letter_from_a_new_page(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    seen: list[tuple[int, int]] = []
    first, *others = office.inquiry_ids
    requests = [LetterRequest(first, partner_ids=(office.massenet,)), *asked(others)]
    result = letters(office, "anna").batch(
        requests, out, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert result.files == (out,)
    text = pages(out.read_bytes())
    firsts = [n for n, page in enumerate(text) if any(ref in page for ref in office.refs)]
    assert len(firsts) == 3 and firsts[0] == 0
    for n, ref in zip(firsts, office.refs, strict=True):
        assert ref in text[n]
    assert "Conservatoire Massenet (Saint-Étienne)" in text[0]
    assert [r.inquiry_ref for r in result.proposals] == list(office.refs)
    for row in result.proposals:  # each letter is also kept on its own
        assert pages(proposals.get_pdf(office.db, row.id))[0].startswith(text[0][:30])


def test_languages_follow_each_inquiry_unless_one_is_chosen(office: Office, tmp_path: Path) -> None:
    result = letters(office).batch(asked(office.inquiry_ids), tmp_path / "a.pdf")
    assert [r.language for r in result.proposals] == ["pl", "fr", "en"]
    result = letters(office).batch(asked(office.inquiry_ids, "fr"), tmp_path / "b.pdf")
    assert {r.language for r in result.proposals} == {"fr"}


def test_folder_mode_writes_valid_file_names(office: Office, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    result = letters(office, "anna").batch(asked(office.inquiry_ids), folder, folder=True)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in result.files)
    assert f"{office.refs[0]} Wiśniewska.pdf" in names
    assert f"{office.refs[1]} Dupont.pdf" in names
    for name in names:
        assert valid_on_windows(name), name
    for path, row in zip(result.files, result.proposals, strict=True):
        assert path.read_bytes() == proposals.get_pdf(office.db, row.id)


def test_folder_mode_never_overwrites(office: Office, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / f"{office.refs[0]} Wiśniewska.pdf"
    existing.write_bytes(b"mine")
    result = letters(office).batch(asked(office.inquiry_ids[:1]), folder, keep=False, folder=True)
    assert existing.read_bytes() == b"mine"
    assert result.files[0].name == f"{office.refs[0]} Wiśniewska (2).pdf"
    assert result.proposals == ()


class Cancelled(Exception):
    pass


@pytest.mark.parametrize("mode", ["pdf", "folder"])
def test_cancel_writes_and_keeps_nothing(office: Office, tmp_path: Path, mode: str) -> None:
    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    target = tmp_path / ("x.pdf" if mode == "pdf" else "folder")
    with pytest.raises(Cancelled):
        letters(office).batch(
            asked(office.inquiry_ids), target, folder=mode == "folder", progress=progress
        )
    assert not target.exists() or list(target.iterdir()) == []
    assert list(tmp_path.glob(".msek-*")) == []
    for inquiry_id in office.inquiry_ids:
        assert proposals.list_proposals(office.db, inquiry_id) == []


def test_unwritable_output_keeps_nothing(office: Office, tmp_path: Path) -> None:
    with pytest.raises(errors.UserError, match="Cannot write"):
        letters(office).batch(asked(office.inquiry_ids), tmp_path / "missing" / "x.pdf")
    with pytest.raises(errors.UserError, match="it is a folder"):
        letters(office).batch(asked(office.inquiry_ids), tmp_path)
    assert proposals.list_proposals(office.db, office.inquiry_ids[0]) == []


def test_an_empty_batch_is_refused(office: Office, tmp_path: Path) -> None:
    with pytest.raises(errors.UserError, match="at least one"):
        letters(office).batch([], tmp_path / "x.pdf")


@pytest.mark.parametrize(
    ("stem", "name"),
    [
        ("2026-0012 Wiśniewska", "2026-0012 Wiśniewska.pdf"),
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("CON", "_CON.pdf"),
        ("nul.backup", "_nul.backup.pdf"),
        ("COM1 ", "_COM1.pdf"),
        ("ends with dots...  ", "ends with dots.pdf"),
        ("tab\there\nnewline", "tab_here_newline.pdf"),
        ("...", "letter.pdf"),
        ("x" * 300, "x" * 120 + ".pdf"),
    ],
)
def test_safe_filename(stem: str, name: str) -> None:
    assert safe_filename(stem) == name
    assert valid_on_windows(name)


def test_output_file_is_all_or_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "letter.pdf"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), OutputFile(path):
        raise RuntimeError("rendering failed")
    assert path.read_bytes() == b"old"
    assert list(folder.iterdir()) == [path]
    with OutputFile(path) as out:
        out.write(b"new")
    assert path.read_bytes() == b"new"
