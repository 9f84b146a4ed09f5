"""Exporting inquiries, people, organisations, follow-ups and exchanges to CSV or XLSX.

CSV is written the way Excel in France and Poland opens it without a wizard: UTF-8 with a BOM,
`;` between cells, CRLF line ends. XLSX is written with openpyxl (write-only mode). The format
follows the file's extension. Column headers are English codes, the same names the importer
reads where they overlap, so an inquiries export imports again.

A cell whose text starts with = + - @ tab or CR is neutralised with a leading single quote
(OWASP "CSV injection"), in CSV and XLSX alike; a text that already starts with quotes followed
by such a character gets one more quote, so the importer's `unneutralise` (strip one quote)
gives back exactly the original text. Dates are ISO (YYYY-MM-DD). The file is written beside
its final place and moved there with os.replace, so a failed export never leaves half a file.

An export never replaces what it must not (check_target), whatever the name or link leads
there: the open database or its -wal, -shm or -journal file (by real path, and by device and
inode, so a hard link or a symlink is caught too), anything in the database's backups
folder, any existing file that begins with the SQLite header (another database), a folder,
a pipe or a device, or a read-only file. A symlink is followed: the file it points to is
replaced and the link stays. A replaced file keeps its permission bits; a new one is made
readable by its owner only (it holds people's data). The refusal is an ExportRefused whose
`reason` the window translates; the command line prints its English message.

cells: cells and file names; target: where an export may go; files: writing CSV and XLSX;
records: what is exported; exchanges: the exchanges' table (read back by
core.importing.exchanges); exchange_programme: an exchange's programme in one cell.
"""

from msek_desktop.core.exporting.cells import (
    DANGEROUS,
    WHATS,
    cell_text,
    neutralise,
    safe_filename,
    suggested_filename,
    unneutralise,
)
from msek_desktop.core.exporting.files import _XML_ILLEGAL as _XML_ILLEGAL  # as tests write XLSX
from msek_desktop.core.exporting.files import write_table
from msek_desktop.core.exporting.records import HEADERS, ExportResult, export
from msek_desktop.core.exporting.target import ExportRefused, check_target

__all__ = [
    "DANGEROUS",
    "HEADERS",
    "WHATS",
    "ExportRefused",
    "ExportResult",
    "cell_text",
    "check_target",
    "export",
    "neutralise",
    "safe_filename",
    "suggested_filename",
    "unneutralise",
    "write_table",
]
