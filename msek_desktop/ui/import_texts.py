"""The import's words in the window's language: column names, file facts and problems.

The core (core/importing.py) reports in plain English for the command line; the wizard shows
the same facts translated. Messages it does not know are shown as the core wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from msek_desktop.core.errors import UserError
from msek_desktop.core.importing import MatchFound, PossibleMatch, Table
from msek_desktop.ui.error_texts import error_text
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.messages import user_message

Text = Callable[[], str]

# the import columns of core.importing.COLUMNS, as staff name them
COLUMN_NAMES: dict[str, Text] = {
    "first_name": lambda: tr("Import", "First name"),
    "last_name": lambda: tr("Import", "Last name"),
    "email": lambda: tr("Import", "Email"),
    "phone": lambda: tr("Import", "Phone"),
    "organisation": lambda: tr("Import", "Organisation"),
    "organisation_kind": lambda: tr("Import", "Kind of organisation"),
    "city": lambda: tr("Import", "City"),
    "country": lambda: tr("Import", "Country"),
    "side": lambda: tr("Import", "Side"),
    "field": lambda: tr("Import", "Fields of exchange"),
    "language": lambda: tr("Import", "Language"),
    "channel": lambda: tr("Import", "Channel"),
    "received_on": lambda: tr("Import", "Received on"),
    "subject": lambda: tr("Import", "Subject"),
    "message": lambda: tr("Import", "Message"),
}

ENCODINGS: dict[str, Text] = {
    "utf-8": lambda: "UTF-8",
    "utf-16": lambda: tr("Import", "UTF-16 (Excel Unicode text)"),
    "cp1250": lambda: tr("Import", "Windows-1250 (Central European)"),
    "cp1252": lambda: tr("Import", "Windows-1252 (Western European)"),
    "latin-1": lambda: "Latin-1",
}

DELIMITERS: dict[str, Text] = {
    ";": lambda: tr("Import", "semicolon"),
    ",": lambda: tr("Import", "comma"),
    "\t": lambda: tr("Import", "tab"),
}

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

# core.importing.read_table's refusals
_FILE_RULES: list[Rule] = [
    (
        re.compile(r"^The file (.+) does not exist\.$", re.S),
        lambda m: tr("Import", "The file %1 does not exist.").replace("%1", m[1]),
    ),
    (
        re.compile(r"^(.+) is a folder, not a file\.$", re.S),
        lambda m: tr("Import", "%1 is a folder, not a file.").replace("%1", m[1]),
    ),
    (
        re.compile(r"^The file (.+) cannot be read: (.*)\.$", re.S),
        lambda m: (
            tr("Import", "The file %1 cannot be read: %2.").replace("%1", m[1]).replace("%2", m[2])
        ),
    ),
    (
        re.compile(r"^(.+) is an old Excel \(\.xls\) file", re.S),
        lambda m: tr(
            "Import",
            "%1 is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook "
            "(.xlsx) or as CSV, and import that.",
        ).replace("%1", m[1]),
    ),
    (
        re.compile(r"^(.+) is not a readable XLSX workbook", re.S),
        lambda m: tr("Import", "%1 is not an Excel workbook that can be read.").replace("%1", m[1]),
    ),
    (
        re.compile(r"^(.+) is a damaged XLSX workbook", re.S),
        lambda m: tr("Import", "%1 is a damaged Excel workbook.").replace("%1", m[1]),
    ),
    (
        re.compile(r"^The file cannot be read at line (\d+): a cell holds more than ([\d,]+) "),
        lambda m: (
            tr(
                "Import",
                "The file cannot be read at line %1: a cell holds more than %2 characters.",
            )
            .replace("%1", m[1])
            .replace("%2", m[2])
        ),
    ),
    (
        re.compile(r"^The file cannot be read at row (\d+): a cell holds more than ([\d,]+) "),
        lambda m: (
            tr("Import", "The file cannot be read at row %1: a cell holds more than %2 characters.")
            .replace("%1", m[1])
            .replace("%2", m[2])
        ),
    ),
    (
        re.compile(r"^The file is UTF-8 text but \d+ bytes? (?:is|are) not UTF-8 \((.*)\); ", re.S),
        lambda m: tr(
            "Import",
            "The file is UTF-8 text, but some bytes in it are not UTF-8 (%1). Correct the "
            "text there and save the file as UTF-8.",
        ).replace("%1", bad_bytes(m[1])),
    ),
    (
        re.compile(r"^(.+) is protected with a password; ", re.S),
        lambda m: tr(
            "Import",
            "%1 is protected with a password. Open it in Excel, save it without a password, "
            "and import that.",
        ).replace("%1", m[1]),
    ),
    (
        re.compile(r"^(.+) is too large to be read safely: ", re.S),
        lambda m: tr(
            "Import",
            "%1 cannot be read safely: unpacked, it would be far larger than a workbook "
            "should be, or it is built to look smaller than it is. Save the sheet to import "
            "as CSV and import that.",
        ).replace("%1", m[1]),
    ),
    (
        re.compile(r"^(.+) is too large to import \(([\d,]+) MB; at most (\d+) MB\)\.$", re.S),
        lambda m: (
            tr("Import", "%1 is too large to import (%2 MB; at most %3 MB).")
            .replace("%1", m[1])
            .replace("%2", m[2])
            .replace("%3", m[3])
        ),
    ),
    (
        re.compile(r"^(.+) is too large to read in the memory this computer has left\.$", re.S),
        lambda m: tr(
            "Import", "%1 is too large to read in the memory this computer has left."
        ).replace("%1", m[1]),
    ),
    (
        re.compile(r"^(.+) is not a file\b", re.S),
        lambda m: tr(
            "Import",
            "%1 is not a file but a pipe, a device or another special file; choose a CSV "
            "file or an Excel workbook.",
        ).replace("%1", m[1]),
    ),
    (
        re.compile(r"^The file name (.+) is too long \((\d+) characters\)\.$", re.S),
        lambda m: (
            tr("Import", "The file name %1 is too long (%2 characters).")
            .replace("%1", m[1])
            .replace("%2", m[2])
        ),
    ),
    (
        re.compile(r"^The file cannot be read at line (\d+): (.*)\.$", re.S),
        lambda m: (
            tr("Import", "The file cannot be read at line %1: %2.")
            .replace("%1", m[1])
            .replace("%2", m[2])
        ),
    ),
]


def _apply(rules: list[Rule], message: str) -> str | None:
    for pattern, make in rules:
        if found := pattern.search(message):
            return make(found)
    return None


def bad_bytes(places: str) -> str:
    """core.reading's "line 3 at byte 57, line 9 at byte 301 and 2 more", translated."""
    shown = [
        tr("Import", "line %1, byte %2").replace("%1", line).replace("%2", offset)
        for line, offset in re.findall(r"line (\d+) at byte (\d+)", places)
    ]
    if more := re.search(r" and (\d+) more$", places):
        shown.append(tr("Import", "and %1 more").replace("%1", more[1]))
    return "; ".join(shown)


def column_name(code: str) -> str:
    """An import column (or "header", the file's first line) as staff name it."""
    if code == "header":
        return tr("Import", "Header line")
    name = COLUMN_NAMES.get(code)
    return name() if name is not None else code


def row_reason(message: str) -> str:
    """Why a row cannot be imported, in the window's language."""
    return error_text(message)


def file_problem(exc: UserError) -> str:
    """Why a file cannot be read, in the window's language."""
    return _apply(_FILE_RULES, exc.message) or user_message(exc)


# core.identity.REASONS: why a row is, or may be, a record already there
REASONS: dict[str, Text] = {
    "email": lambda: tr("Import", "same email"),
    "name": lambda: tr("Import", "same name"),
    "name_ending": lambda: tr(
        "Import", "same name, the last name in its feminine or masculine form"
    ),
    "confirmed": lambda: tr("Import", "confirmed by you"),
    "organisation": lambda: tr("Import", "same name, another organisation"),
    "first_name": lambda: tr("Import", "same last name, a similar first name"),
    "no_first_name": lambda: tr("Import", "same last name, one first name missing"),
    "last_name": lambda: tr("Import", "same first name, a similar last name"),
    "ending_gender": lambda: tr(
        "Import", "same first name, the last name in the form of the other gender"
    ),
    "close": lambda: tr("Import", "a similar name"),
    "several": lambda: tr("Import", "several records of this name"),
}


def reason_text(code: str) -> str:
    text = REASONS.get(code)
    return text() if text is not None else code


def matched_by(match: MatchFound | PossibleMatch) -> str:
    if isinstance(match, MatchFound) and match.by in ("email", "confirmed"):
        return reason_text(match.by)
    return reason_text(match.reason)


def record_kind(match: MatchFound | PossibleMatch) -> str:
    if match.kind == "organisation":
        return tr("Import", "Organisation")
    return tr("Import", "Person")


def data_rows(table: Table) -> int:
    """Rows below the header with something in them (spreadsheets leave blank ones)."""
    return sum(1 for _line, cells in table.rows if any(c.strip() for c in cells))


def file_facts(table: Table) -> str:
    """What was found in the file: its kind, encoding and separator, and the row count."""
    if table.encoding is None:
        kind = tr("Import", "Excel workbook (first sheet).")
    else:
        encoding = ENCODINGS.get(table.encoding, lambda: str(table.encoding))()
        separator = DELIMITERS.get(table.delimiter or "", lambda: repr(table.delimiter))()
        kind = (
            tr("Import", "Text file (CSV), encoding %1, columns separated by %2.")
            .replace("%1", encoding)
            .replace("%2", separator)
        )
    rows = tr("Import", "%n rows below the header line.", None, data_rows(table))
    columns = tr("Import", "%n columns.", None, len(table.headers))
    return f"{kind}\n{rows} {columns}"
