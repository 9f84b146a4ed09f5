"""The tombstone of an erased letter (core.privacy.tombstone): a one-page A4 PDF that readers
open, saying when the letter was made, its SHA-256 and when and by whom it was erased."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from msek_desktop.core.privacy.tombstone import tombstone_pdf

FACTS = {
    "made_at": datetime(2026, 3, 1, 9, 30),
    "sha256": "0f" * 32,
    "erased_at": datetime(2026, 12, 5, 14, 7),
    "erased_by": "anna",
}


def test_a_tombstone_reads_as_the_facts_only(tmp_path: Path) -> None:
    pdf = tmp_path / "tombstone.pdf"
    pdf.write_bytes(tombstone_pdf(**FACTS))  # type: ignore[arg-type]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == [
        "This letter was erased with the personal data of the person it was about.",
        "Letter made on: 2026-03-01",
        "SHA-256 of the removed letter:",
        "0f" * 32,
        "Erased on: 2026-12-05 14:07 UTC",
        "Erased by: anna",
    ]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout and "595 x 842 pts (A4)" in info.stdout
    assert info.stderr == ""  # no syntax error, no broken cross-reference table


def test_the_same_facts_give_the_same_bytes_and_brackets_stay_text() -> None:
    assert tombstone_pdf(**FACTS) == tombstone_pdf(**FACTS)  # type: ignore[arg-type]
    odd = tombstone_pdf(**{**FACTS, "erased_by": ""})  # type: ignore[arg-type]
    assert b"(Erased by: the office)" in odd
    assert b"\\(x\\)" in tombstone_pdf(**{**FACTS, "erased_by": "(x)"})  # type: ignore[arg-type]
