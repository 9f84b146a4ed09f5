"""What the pages of the import wizard share: what the file holds (inquiries or exchanges), the
file, its table, the columns chosen, the preview's report, the possible matches the user
linked and the import's report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from msek_desktop.core.importing import NEW, Decisions, ImportReport, Table
from msek_desktop.core.importing.exchanges import ExchangeImportReport
from msek_desktop.ui.context import AppContext

Links = dict[tuple[int, str], int]  # (line, "contact" or "organisation") -> record id


def decisions_for(report: ImportReport | None, links: Links) -> Decisions:
    """The answer to every possible match of the preview: the record linked, or NEW."""
    if report is None:
        return {}
    return {key: links.get(key, NEW) for key in report.possible_rows()}


@dataclass
class ImportState:
    ctx: AppContext
    what: str = "inquiries"  # kinds.INQUIRIES or kinds.EXCHANGES
    path: Path | None = None
    table: Table | None = None
    columns: dict[str, int] = field(default_factory=dict)
    preview: ImportReport | None = None  # the dry run's report
    outcome: ImportReport | None = None  # the import's report, once written
    links: Links = field(default_factory=dict)  # the possible matches the user linked
    # an import of exchanges: its dry run's report and the import's
    exchanges_preview: ExchangeImportReport | None = None
    exchanges_outcome: ExchangeImportReport | None = None

    def set_table(self, path: Path | None, table: Table | None) -> None:
        """A file was chosen: what was checked or linked for another one no longer counts."""
        self.path = path
        self.table = table
        self.preview = self.exchanges_preview = None
        self.links.clear()

    def decisions(self) -> Decisions:
        """For the import: each possible match of the preview linked as chosen, or NEW."""
        return decisions_for(self.preview, self.links)
