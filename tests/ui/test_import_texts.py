"""The window's words for core.reading's refusals: each real refusal has its own text."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from msek_desktop.core import errors
from msek_desktop.core.reading import read_table
from msek_desktop.ui.import_texts import _FILE_RULES, _apply, file_problem


def problem(path: Path) -> tuple[str, str]:
    """(the core's message, the window's) for reading `path`."""
    with pytest.raises(errors.UserError) as caught:
        read_table(path)
    return caught.value.message, file_problem(caught.value)


def test_damaged_utf8_lists_the_places_in_the_window_words(tmp_path: Path) -> None:
    lines = [f"Łucja;Wiśniewska;Temat {n}".encode() for n in range(8)]
    data = b"imie;nazwisko;temat\n" + b"\n".join(b"\xff" + line for line in lines) + b"\n"
    (tmp_path / "bad.csv").write_bytes(data)
    core, window = problem(tmp_path / "bad.csv")
    offsets = [i for i, byte in enumerate(data) if byte == 0xFF]
    assert core.startswith("The file is UTF-8 text but 8 bytes are not UTF-8 (line 2 at byte")
    places = "; ".join(f"line {n + 2}, byte {o}" for n, o in enumerate(offsets[:5]))
    assert window == (
        f"The file is UTF-8 text, but some bytes in it are not UTF-8 ({places}; and 3 more). "
        "Correct the text there and save the file as UTF-8."
    )


def test_each_new_refusal_has_a_window_text(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    long_name = tmp_path / ("n" * 296 + ".csv")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet>" + "A" * 5_000_000)
    long_cell = tmp_path / "long.csv"
    long_cell.write_text("last_name;subject\nNowak;" + "x" * 200_000 + "\n", encoding="utf-8")
    expected = {
        fifo: f"{fifo} is not a file but a pipe, a device or another special file; "
        "choose a CSV file or an Excel workbook.",
        Path("/dev/zero"): "/dev/zero is not a file but a pipe, a device or another special "
        "file; choose a CSV file or an Excel workbook.",
        bomb: "bomb.xlsx cannot be read safely: unpacked, it would be far larger than a "
        "workbook should be, or it is built to look smaller than it is. Save the sheet to "
        "import as CSV and import that.",
        long_cell: "The file cannot be read at line 2: a cell holds more than 131,072 characters.",
    }
    for path, window in expected.items():
        assert problem(path)[1] == window
    # the same words in English: the rule that would translate them matches
    core, window = problem(long_name)
    assert window == core and _apply(_FILE_RULES, core) == core
    assert core.startswith("The file name ") and core.endswith(" is too long (300 characters).")
