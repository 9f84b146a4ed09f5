"""Import inquiries, with their people and organisations, from a CSV or Excel file.

    ImportWizard(ctx, parent).open()

Four pages, each in its own module: the file (import_file_page: its encoding, separator and
row count shown), the column mapping (import_mapping_page: prefilled from the header line,
each file column imported as one column or not at all), the preview (import_preview: a dry
run: what would be created, what matches records already there, every invalid row, and the
rows to confirm of import_possible), and the import itself (import_done: all rows or none).
The work is core.importing; the checks and the import run in the background
(ui.kit.tasks.Operation). The wizard holds what the pages share: the file, its table, the
columns chosen, the preview's report, the links the user made and the import's report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from msek_desktop.core.importing import Decisions, ImportReport, Table
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.import_done import DonePage
from msek_desktop.ui.dialogs.import_file_page import FilePage
from msek_desktop.ui.dialogs.import_mapping_page import MappingPage
from msek_desktop.ui.dialogs.import_possible import Links, decisions_for
from msek_desktop.ui.dialogs.import_preview import PreviewPage
from msek_desktop.ui.i18n import tr

__all__ = ["DonePage", "FilePage", "ImportWizard", "MappingPage", "PreviewPage"]


class ImportWizard(QWizard):
    """Choose a file, map its columns, preview the import, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.path: Path | None = None
        self.table: Table | None = None
        self.columns: dict[str, int] = {}
        self.preview: ImportReport | None = None  # the dry run's report
        self.outcome: ImportReport | None = None  # the import's report, once written
        self.links: Links = {}  # the possible matches the user linked
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.retranslate()
        self.resize(860, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Import", "Import inquiries"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def busy(self) -> bool:
        return any(p.operation is not None for p in (self.preview_page, self.done_page))

    def reject(self) -> None:
        if not self.busy():  # the progress window's Cancel stops the work
            super().reject()

    def set_table(self, path: Path | None, table: Table | None) -> None:
        self.path = path
        self.table = table
        self.preview = None
        self.links.clear()

    def decisions(self) -> Decisions:
        """For the import: each possible match of the preview linked as chosen, or NEW."""
        return decisions_for(self.preview, self.links)
