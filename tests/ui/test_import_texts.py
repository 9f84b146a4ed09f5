"""The window's words for core.reading's refusals: each real refusal has its own text."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from msek_desktop.core import errors
from msek_desktop.core.reading import read_table
from msek_desktop.ui.dialogs.importing.texts import file_problem
from msek_desktop.ui.i18n import Languages


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
    # the same words in English, chosen by the code core gave
    core, window = problem(long_name)
    assert window == core and errors.code_of(core) == "file_name_too_long"
    assert core.startswith("The file name ") and core.endswith(" is too long (300 characters).")


def test_every_refusal_of_the_reader_is_coded_and_translated(
    tmp_path: Path, qapp: object, languages: Languages
) -> None:
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    fake = tmp_path / "fake.xlsx"
    fake.write_text("last_name;subject\n", encoding="utf-8")
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(100))
    one_bad = tmp_path / "one.csv"
    one_bad.write_bytes("nazwisko;temat\nWiśniewska;Wymiana\n".encode() + b"Nowak;\xff\n")
    refused = {
        tmp_path / "missing.csv": "file_missing",
        folder: "file_folder",
        old: "file_xls",
        fake: "xlsx_not_zip",
        damaged: "xlsx_unreadable",
        one_bad: "bad_utf8_one",
    }
    languages.switch("fr")
    for path, code in refused.items():
        core, window = problem(path)
        assert errors.code_of(core) == code
        named = path.name if code != "bad_utf8_one" else "(ligne 3, octet 41)"
        assert window != core and named in window, (code, window)
    assert problem(tmp_path / "missing.csv")[1] == (
        f"Le fichier {tmp_path / 'missing.csv'} n’existe pas."
    )
