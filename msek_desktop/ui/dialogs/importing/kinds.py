"""What a file to import holds: inquiries (core.importing) or exchanges
(core.importing.exchanges). Each has its columns, its header names, the columns a row needs,
and its own words in the wizard; guess() tells one from the other by the header line."""

from __future__ import annotations

from collections.abc import Sequence

from msek_desktop.core import importing
from msek_desktop.core.importing import exchange_columns
from msek_desktop.ui.i18n import tr

INQUIRIES = "inquiries"
EXCHANGES = "exchanges"
WHATS = (INQUIRIES, EXCHANGES)


def columns(what: str) -> Sequence[str]:
    """The column codes a file column may be imported as, in the order offered."""
    if what == EXCHANGES:
        return tuple(exchange_columns.COLUMNS)
    return tuple(importing.COLUMNS)


def mapped(what: str, headers: Sequence[str]) -> dict[str, int]:
    """Column code -> position, from the file's header line."""
    if what == EXCHANGES:
        return exchange_columns.map_headers(headers)[0]
    return importing.map_headers(headers)[0]


def guess(headers: Sequence[str]) -> str | None:
    """What the header line says the file holds: exchanges when it names a title and
    organisations and no subject (an exchanges export, or a file made like one), inquiries
    when it names a subject and no title; None when it does not tell."""
    exchange = set(exchange_columns.map_headers(headers)[0])
    inquiry = set(importing.map_headers(headers)[0])
    if "subject" in inquiry and "title" not in exchange:
        return INQUIRIES
    organisations = exchange & set(exchange_columns.ORGANISATION_COLUMNS)
    if "title" in exchange and organisations and "subject" not in inquiry:
        return EXCHANGES
    return None


def missing(what: str, chosen: dict[str, int]) -> list[str]:
    """What the columns chosen lack for a row to be imported, said to staff."""
    problems = []
    if what == EXCHANGES:
        if "title" not in chosen:
            problems.append(tr("Import", "Choose the column that holds the title."))
        if not set(chosen) & set(exchange_columns.ORGANISATION_COLUMNS):
            problems.append(tr("Import", "Choose a column that holds the organisations."))
        return problems
    if "subject" not in chosen:
        problems.append(tr("Import", "Choose the column that holds the subject."))
    if "last_name" not in chosen and "organisation" not in chosen:
        problems.append(
            tr("Import", "Choose the column that holds the last name or the organisation.")
        )
    return problems


def window_title(what: str) -> str:
    if what == EXCHANGES:
        return tr("Import", "Import exchanges")
    return tr("Import", "Import inquiries")


def file_subtitle(what: str) -> str:
    if what == EXCHANGES:
        return tr("Import", "Exchanges with their programme and funding.")
    return tr("Import", "Inquiries with their people and organisations.")


def file_intro(what: str) -> str:
    if what == EXCHANGES:
        return tr(
            "Import",
            "Choose a CSV file or an Excel workbook (.xlsx) with one exchange per row and the "
            "names of the columns in the first row, such as an export of the exchanges. Their "
            "organisations must be recorded already. Nothing is saved before the last step, "
            "and then either every row is imported or none.",
        )
    return tr(
        "Import",
        "Choose a CSV file or an Excel workbook (.xlsx) with one inquiry per row and "
        "the names of the columns in the first row. Nothing is saved before the last "
        "step, and then either every row is imported or none.",
    )


def mapping_intro(what: str) -> str:
    if what == EXCHANGES:
        return tr(
            "Import",
            "The columns were matched by their names. Change any that is wrong, or choose "
            "“Do not import” to leave a column out. Each row needs a title and at least one "
            "organisation. The programme has one item per line: its day, place and what "
            "happens, separated by “|”.",
        )
    return tr(
        "Import",
        "The columns were matched by their names. Change any that is wrong, or choose "
        "“Do not import” to leave a column out. Each row needs a subject, and a last "
        "name or an organisation.",
    )
