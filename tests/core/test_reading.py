"""Reading import files safely: damaged UTF-8, hostile workbooks, files that are not files."""

from __future__ import annotations

import os
import random
import struct
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from msek_desktop.core import errors, reading
from msek_desktop.core.reading import detect_encoding, read_table

POLISH = "first_name;last_name;subject;city\nŁucja;Wiśniewska;Wymiana źdźbeł żółtych;Łódź\n"


def refusal(path: Path) -> str:
    with pytest.raises(errors.UserError) as caught:
        read_table(path)
    message = caught.value.message
    assert "\n" not in message
    return message


# -- point 7: UTF-8 with a few bad bytes is refused, never read as a code page --------------


def test_utf8_with_one_bad_byte_is_refused_naming_line_and_byte(tmp_path: Path) -> None:
    good = POLISH.encode("utf-8") + "Anna;Żak;Koncert;Kraków\n".encode()
    at = good.index("Żak".encode())  # line 3
    data = good[:at] + b"\xff" + good[at:]
    path = tmp_path / "one.csv"
    path.write_bytes(data)
    message = refusal(path)
    assert message == (
        f"The file is UTF-8 text but 1 byte is not UTF-8 (line 3 at byte {at}); "
        "correct the text there and save the file as UTF-8."
    )
    # before: read as Windows-1252, every Polish letter garbled ("Å\x81ucja")
    assert detect_encoding(good) == ("utf-8", good.decode())


def test_many_bad_bytes_name_the_first_five(tmp_path: Path) -> None:
    lines = [f"Łucja;Wiśniewska;Temat {n};Łódź".encode() for n in range(10)]
    damaged = [line.replace("ś".encode(), b"\x9c", 1) for line in lines[:7]] + lines[7:]
    data = b"imie;nazwisko;temat;miasto\n" + b"\n".join(damaged) + b"\n"
    offsets = [i for i, byte in enumerate(data) if byte == 0x9C and data[i - 1] == ord("i")]
    assert len(offsets) == 7
    places = ", ".join(f"line {n + 2} at byte {o}" for n, o in enumerate(offsets[:5]))
    with pytest.raises(errors.UserError) as caught:
        detect_encoding(data)
    assert caught.value.message == (
        f"The file is UTF-8 text but 7 bytes are not UTF-8 ({places} and 2 more); "
        "correct the text there and save the file as UTF-8."
    )


def test_a_bom_says_utf8_even_without_other_letters(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbflast_name;subject\nNowak;Caf\xe9\n")
    assert "1 byte is not UTF-8 (line 2 at byte 30)" in refusal(path)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # upper-case Polish forms valid UTF-8 pairs by chance: ÓŁ (D3 A3), ÓŻ (D3 AF)
        ("NAZWA;TEMAT\nWSPÓŁPRACA RÓŻNYCH SZKÓŁ;WYMIANA MŁODZIEŻY Z ŁODZI\n", "cp1250"),
        ("Nazwisko;Temat\nWiśniewska;Wymiana źdźbeł żółtych, Łódź\n", "cp1250"),
        ("Nom;Objet\nChâtelain;Fête à l'école « très » jolie, ÉTÉ\n", "cp1252"),
        # no UTF-8 sequence at all, one stray byte: a code page, as before
        ("last_name;subject\nNowak;Hello…\n", "cp1252"),
    ],
)
def test_windows_code_pages_are_still_detected(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "w.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.encoding == encoding
    assert [table.headers, *[cells for _, cells in table.rows]] == [
        line.split(";") for line in text.splitlines()
    ]


def test_cli_import_of_damaged_utf8_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    path = tmp_path / "bad.csv"
    path.write_bytes(POLISH.encode().replace("ż".encode(), b"\xc5", 1))
    result = msek("--db", str(db), "import", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "not UTF-8 (line 2 at byte" in result.stderr
    assert not db.exists()  # the file is refused before the database is opened


# -- point 8: hostile spreadsheets ------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = "</sheetData></worksheet>"


def inline(row: int, *values: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{row}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{row}">{cells}</row>'


def workbook(path: Path, sheet: str | list[str]) -> Path:
    """A workbook written part by part; `sheet` may be a list of pieces to stream."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(SHEET_START.encode())
            for piece in [sheet] if isinstance(sheet, str) else sheet:
                part.write(piece.encode())
            part.write(SHEET_END.encode())
    return path


def bomb(path: Path, megabytes: int) -> Path:
    """One cell of `megabytes` MB of one letter: compresses about 1000:1."""
    run = "A" * 2**20
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>'
    return workbook(path, [head, *[run] * megabytes, "</t></is></c></row>"])


def peak_reading(path: Path) -> tuple[str, int]:
    """read_table(path) in a fresh process: (its outcome, its peak RSS in MB)."""
    child = textwrap.dedent(
        """
        import resource, sys
        from msek_desktop.core import errors, reading
        try:
            table = reading.read_table(sys.argv[1])
            outcome = f"read {len(table.rows)} rows"
        except errors.UserError as exc:
            outcome = exc.message
        # VmHWM belongs to this program's own memory map; ru_maxrss would also count what
        # the parent (a big test run) held when it forked this process
        try:
            with open("/proc/self/status") as status:
                hwm = [l for l in status if l.startswith("VmHWM:")][0]
            peak = int(hwm.split()[1]) // 1024
        except (OSError, IndexError):
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(outcome, peak, sep="\\n")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    outcome, peak = done.stdout.rstrip("\n").rsplit("\n", 1)
    return outcome, int(peak)


def test_the_xlsx_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = bomb(tmp_path / "bomb.xlsx", 600)
    assert path.stat().st_size < 1_000_000  # 600 MB in one cell, in a file under 1 MB
    outcome, peak = peak_reading(path)
    assert outcome == (
        "bomb.xlsx is too large to be read safely: its part xl/worksheets/sheet1.xml "
        "expands to 600 MB (at most 100 MB)."
    )
    assert peak < 200


def test_a_bomb_below_the_size_limit_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = bomb(tmp_path / "small-bomb.xlsx", 60)
    message = refusal(path)
    assert message.startswith("small-bomb.xlsx is too large to be read safely: its part ")
    assert "sheet1.xml expands 1," in message  # about 1000 times
    assert message.endswith("times (at most 100), as a crafted file does.")


def declare_size(path: Path, part: str, size: int) -> None:
    """Write a false uncompressed size for `part` in both its ZIP headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    name = part.encode()
    central = 0
    while True:  # the central directory entries, until the part's
        central = data.index(b"PK\x01\x02", central)
        length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + length]) == name:
            struct.pack_into("<I", data, central + 24, size)
            break
        central += 4
    path.write_bytes(bytes(data))


def test_a_part_larger_than_its_header_says_is_caught_while_decompressing(
    tmp_path: Path,
) -> None:
    rows = [inline(n, f"Nowak{n}", f"Temat {random.Random(n).random()}") for n in range(1, 3000)]
    path = workbook(tmp_path / "lie.xlsx", rows)
    with zipfile.ZipFile(path) as archive:
        real = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    assert real > 100_000
    declare_size(path, "xl/worksheets/sheet1.xml", 1000)
    assert refusal(path) == (
        "lie.xlsx is too large to be read safely: its part xl/worksheets/sheet1.xml holds "
        "more than its header says (1,000 bytes), as a crafted file does."
    )


def test_a_part_smaller_than_its_header_says_is_damaged(tmp_path: Path) -> None:
    path = workbook(tmp_path / "short.xlsx", [inline(1, "last_name", "subject")])
    declare_size(path, "xl/worksheets/sheet1.xml", 50_000)
    assert refusal(path) == (
        "short.xlsx is not a readable XLSX workbook (its part xl/worksheets/sheet1.xml is damaged)."
    )


def test_a_cell_longer_than_the_csv_limit_is_refused_with_its_row(tmp_path: Path) -> None:
    # openpyxl writes at most Excel's 32,767 characters: the parts are written here
    rows = [
        inline(1, "last_name", "subject", "message"),
        inline(2, "Nowak", "Wymiana", "x" * reading.CELL_LIMIT),  # at the limit: read
        inline(3, "Kowalski", "Koncert", "y" * (reading.CELL_LIMIT + 1)),
    ]
    assert refusal(workbook(tmp_path / "long.xlsx", rows)) == (
        "The file cannot be read at row 3: a cell holds more than 131,072 characters."
    )
    assert len(read_table(workbook(tmp_path / "ok.xlsx", rows[:2])).rows[0][1][2]) == 131_072
    text = "last_name;subject;message\nNowak;Wymiana;" + "x" * (reading.CELL_LIMIT + 1) + "\n"
    (tmp_path / "long.csv").write_text(text, encoding="utf-8")
    assert refusal(tmp_path / "long.csv") == (
        "The file cannot be read at line 2: a cell holds more than 131,072 characters."
    )


def test_rows_padded_to_a_far_column_are_refused_before_parsing(tmp_path: Path) -> None:
    # openpyxl fills each row up to its last cell: 200 rows ending at XFD are 3.3 M cells
    rows = [f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="XFD{n}"><v>1</v></c></row>'
            for n in range(1, 201)]  # fmt: skip
    message = refusal(workbook(tmp_path / "wide.xlsx", rows))
    assert message == (
        "wide.xlsx is too large to be read safely: its sheet xl/worksheets/sheet1.xml "
        "has more than 3,000,000 cells."
    )
    beyond = workbook(
        tmp_path / "far.xlsx", '<row r="99999999"><c r="A99999999"><v>1</v></c></row>'
    )
    assert "has a row beyond row 1,048,576" in refusal(beyond)


def test_parts_built_to_be_parsed_whole_are_bounded(tmp_path: Path) -> None:
    # a sheet part under another name (a relationship may name any) is a sheet all the same
    rows = "".join(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(1, 201))
    for other in ("xl/elsewhere/data001.xml", "xl/elsewhere/data001.bin"):
        path = workbook(tmp_path / "renamed.xlsx", rows)
        path.write_bytes(path.read_bytes().replace(b"xl/worksheets/sheet1.xml", other.encode()))
        assert refusal(path).endswith(f"its sheet {other} has more than 3,000,000 cells.")
    # styles openpyxl would build as one tree of 600,000 elements
    path = workbook(tmp_path / "styles.xlsx", inline(1, "last_name", "subject"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        rng = random.Random(3)
        fonts = "".join(f'<font><sz val="{rng.random()}"/></font>' for _ in range(300_000))
        archive.writestr("xl/styles.xml", f"<styleSheet><fonts>{fonts}</fonts></styleSheet>")
    assert refusal(path) == (
        "styles.xlsx is too large to be read safely: its part xl/styles.xml has more than "
        "500,000 elements."
    )
    # a row number of 30 digits, or in other digits than ASCII ones, is no traceback
    path = workbook(tmp_path / "digits.xlsx", '<row r="' + "9" * 30 + '"><c><v>1</v></c></row>')
    assert refusal(path).endswith("has a row beyond row 1,048,576.")
    path = workbook(tmp_path / "arabic.xlsx", '<row r="\u0663"><c><v>1</v></c></row>')
    assert read_table(path).rows == [(3, ["1"])]  # Arabic-Indic 3, as int() reads it
    path = workbook(tmp_path / "square.xlsx", '<row r="\u00b2"><c><v>1</v></c></row>')
    assert refusal(path).startswith("square.xlsx is a damaged XLSX workbook (")


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + "]>"
    )
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        sheet = SHEET_START.replace("?>", "?>" + laughs, 1) + inline(1, "&i;") + SHEET_END
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    assert refusal(path) == (
        "laughs.xlsx is too large to be read safely: its part xl/worksheets/sheet1.xml "
        "declares a DOCTYPE, which workbooks never do."
    )


def test_an_office_workbook_of_10000_rows_is_read(tmp_path: Path) -> None:
    rng = random.Random(10)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["first_name", "last_name", "email", "organisation", "city", "subject",
                  "received_on", "message"])  # fmt: skip
    for n in range(10_000):
        sheet.append([
            rng.choice(["Anna", "Łucja", "Jan", "Hélène"]), f"Wiśniewska{n}",
            f"osoba{n}@szkola.pl", f"Szkoła nr {rng.randint(1, 400)}",
            rng.choice(["Łódź", "Kraków", "Lille"]), "Wymiana młodzieży",
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            " ".join(rng.choice(["żółty", "koncert", "échange", "szkoła"]) for _ in range(30)),
        ])  # fmt: skip
    book.save(tmp_path / "office.xlsx")
    outcome, peak = peak_reading(tmp_path / "office.xlsx")
    assert outcome == "read 10000 rows"
    assert peak < 200
    table = read_table(tmp_path / "office.xlsx")
    assert table.rows[-1][0] == 10_001 and table.rows[-1][1][1] == "Wiśniewska9999"


def test_running_out_of_memory_is_not_called_damage(tmp_path: Path) -> None:
    rng = random.Random(8)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["last_name", "subject"])
    for _ in range(20_000):
        sheet.append([f"Nowak {rng.random()}", "".join(rng.choices("abcdefgh ", k=400))])
    book.save(tmp_path / "big.xlsx")
    child = textwrap.dedent(
        """
        import resource, sys
        import openpyxl.reader.excel
        from msek_desktop.core import errors, reading
        # 10 MB more than now: far less than reading the 8 MB of text in this workbook takes
        size = int(open("/proc/self/statm").read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (size + 10 * 2**20, resource.RLIM_INFINITY))
        try:
            reading.read_table(sys.argv[1])
            print("read")
        except errors.UserError as exc:
            print(exc.message)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path / "big.xlsx")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.stdout == (
        "big.xlsx is too large to read in the memory this computer has left.\n"
    ), done.stderr


def compound_file(streams: list[tuple[str, bytes]]) -> bytes:
    """A minimal OLE compound file (512-byte sectors) holding `streams` of 4096+ bytes."""
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = [fat_sector, end]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for _, data in streams:
        count = -(-len(data) // 512)
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6),
        0, 1, 1, 0, 4096, end, 0, end, 0,
    )  # fmt: skip
    header += struct.pack("<109I", 0, *[free] * 108)

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le").ljust(64, b"\0")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded, len(name) * 2 + 2, kind, 1, free, right, child, bytes(16), 0, 0, 0,
            start, size,
        )  # fmt: skip

    directory = entry("Root Entry", 5, free, 1, end, 0)
    for i, ((name, data), start) in enumerate(zip(streams, starts, strict=True), start=1):
        directory += entry(name, 2, i + 1 if i < len(streams) else free, free, start, len(data))
    directory = directory.ljust(512, b"\0")
    body = b"".join(data.ljust(-(-len(data) // 512) * 512, b"\0") for _, data in streams)
    return header + struct.pack("<128I", *fat) + directory + body


def test_a_password_protected_workbook_is_called_that(tmp_path: Path) -> None:
    info = struct.pack("<HHI", 4, 4, 0x40) + bytes(4090)  # agile encryption, as Excel writes
    package = os.urandom(8192)
    (tmp_path / "secret.xlsx").write_bytes(
        compound_file([("EncryptionInfo", info), ("EncryptedPackage", package)])
    )
    assert refusal(tmp_path / "secret.xlsx") == (
        "secret.xlsx is protected with a password; open it in Excel, save it without a "
        "password, and import that."
    )
    (tmp_path / "old.xls").write_bytes(compound_file([("Workbook", os.urandom(8192))]))
    assert "is an old Excel (.xls) file" in refusal(tmp_path / "old.xls")


# -- point 11: anything but a regular file is refused before it is opened ------------------


def msek(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    db = tmp_path / "office.db"
    # opening a FIFO for reading waits for a writer: the timeout would end this test
    result = msek("--db", str(db), "import", str(fifo), timeout=30)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"msek: {fifo} is not a file but a pipe (FIFO); import a CSV file or an Excel workbook.\n"
    )
    assert not db.exists()


def test_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    result = msek("--db", str(tmp_path / "office.db"), "import", "/dev/zero", timeout=30)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "msek: /dev/zero is not a file but a device; import a CSV file or an Excel workbook.\n"
    )


def test_devices_and_folders_are_refused(tmp_path: Path) -> None:
    assert refusal(Path("/dev/null")) == (
        "/dev/null is not a file but a device; import a CSV file or an Excel workbook."
    )
    assert refusal(tmp_path) == f"{tmp_path} is a folder, not a file."
    assert (
        refusal(tmp_path / "missing.csv") == f"The file {tmp_path / 'missing.csv'} does not exist."
    )


def test_a_300_character_file_name_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 296 + ".csv")
    message = refusal(path)
    assert message.startswith("The file name ") and message.endswith(
        "is too long (300 characters)."
    )
    assert len(message) < 160
    result = msek("--db", str(tmp_path / "office.db"), "import", str(path))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"msek: {message}\n"
