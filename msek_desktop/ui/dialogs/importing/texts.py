"""The import's words in the window's language: column names, file facts and problems, what
an import adds.

The core (core/importing.py) reports in plain English for the command line; the wizard shows
the same facts translated. Messages it does not know are shown as the core wrote them.
"""

from __future__ import annotations

from msek_desktop.core.errors import UserError, code_of
from msek_desktop.core.importing import ImportReport, MatchFound, PossibleMatch, RowError, Table
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.error_texts import error_text
from msek_desktop.ui.kit.labels import Text
from msek_desktop.ui.kit.messages import user_message

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
    "description_fr": lambda: tr("Import", "Organisation's description in French"),
    "description_pl": lambda: tr("Import", "Organisation's description in Polish"),
    "description_en": lambda: tr("Import", "Organisation's description in English"),
    "offers": lambda: tr("Import", "What the organisation offers"),
    "seeks": lambda: tr("Import", "What the organisation seeks"),
    "tags": lambda: tr("Import", "Organisation's tags"),
    "audiences": lambda: tr("Import", "Organisation's audiences"),
    "languages": lambda: tr("Import", "Organisation's working languages"),
    "capacity": lambda: tr("Import", "Visitors the organisation can host"),
    "active": lambda: tr("Import", "Organisation active"),
    "legal_basis": lambda: tr("Import", "Legal basis"),
    "no_letters": lambda: tr("Import", "No letters"),
    "no_email": lambda: tr("Import", "No email"),
    "no_phone": lambda: tr("Import", "No phone"),
    "consents": lambda: tr("Import", "Consents"),
    "consent_given_on": lambda: tr("Import", "Consents given on"),
    "consent_how": lambda: tr("Import", "Consents given by"),
}

# the columns of an exchanges import (core.importing.exchange_columns.COLUMNS)
EXCHANGE_COLUMN_NAMES: dict[str, Text] = {
    "title": lambda: tr("ExchangeForm", "Title"),
    "kind": lambda: tr("Import", "Kind of exchange"),
    "status": lambda: tr("ExchangeForm", "Status"),
    "cancel_reason": lambda: tr("ExchangeForm", "Why cancelled"),
    "cancel_note": lambda: tr("ExchangeForm", "Cancellation note"),
    "starts_on": lambda: tr("Import", "First day"),
    "ends_on": lambda: tr("Import", "Last day"),
    "programme": lambda: tr("ExchangeForm", "Programme"),
    "organisations_saint_etienne": lambda: tr("Import", "Organisations in Saint-Étienne"),
    "organisations_katowice": lambda: tr("Import", "Organisations in Katowice"),
    "organisations_other": lambda: tr("Import", "Organisations elsewhere"),
    "organisations": lambda: tr("Import", "Organisations (any side)"),
    "fields": lambda: tr("Import", "Fields of exchange"),
    "planned_saint_etienne": lambda: tr("ExchangeForm", "Planned from Saint-Étienne"),
    "planned_katowice": lambda: tr("ExchangeForm", "Planned from Katowice"),
    "actual_saint_etienne": lambda: tr("ExchangeForm", "Took part from Saint-Étienne"),
    "actual_katowice": lambda: tr("ExchangeForm", "Took part from Katowice"),
    "funding": lambda: tr("ExchangeForm", "Funding"),
    "outcome": lambda: tr("ExchangeForm", "Outcome"),
    "inquiry_ref": lambda: tr("Import", "Inquiry (its reference)"),
    "moves_stage": lambda: tr("ExchangeForm", "The inquiry’s stage follows this exchange"),
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


def column_name(code: str) -> str:
    """An import column (or "header", the file's first line) as staff name it."""
    if code == "header":
        return tr("Import", "Header line")
    name = COLUMN_NAMES.get(code) or EXCHANGE_COLUMN_NAMES.get(code)
    return name() if name is not None else code


def row_reason(message: str) -> str:
    """Why a row cannot be imported, in the window's language."""
    return error_text(message)


def file_problem(exc: UserError) -> str:
    """Why a file cannot be read, in the window's language."""
    if code_of(exc.message) is not None:
        return error_text(exc.message)
    return user_message(exc)


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


# -- what an import adds, in the preview and after the import ---------------------------


def bullets(lines: list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


def created_lines(report: ImportReport) -> list[str]:
    c = report.created
    return [
        tr("Import", "%n inquiries", None, c["inquiries"]),
        tr("Import", "%n new people", None, c["contacts"]),
        tr("Import", "%n new organisations", None, c["organisations"]),
    ]


def linked_lines(report: ImportReport) -> list[str]:
    m = report.matched
    lines = []
    if m["contacts"]:
        lines.append(tr("Import", "%n people", None, m["contacts"]))
    if m["organisations"]:
        lines.append(tr("Import", "%n organisations", None, m["organisations"]))
    return lines


def what_is_added(head: str, report: ImportReport) -> str:
    text = head + "\n" + bullets(created_lines(report))
    linked = linked_lines(report)
    if linked:
        text += "\n" + tr("Import", "Linked to records already there, which stay unchanged:")
        text += "\n" + bullets(linked)
    return text


def error_lines(errors: list[RowError]) -> int:
    """How many lines of the file have at least one error."""
    return len({e.line for e in errors})
