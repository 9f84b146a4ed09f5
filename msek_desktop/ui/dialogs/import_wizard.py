"""Import inquiries, with their people and organisations, from a CSV or Excel file.

    ImportWizard(ctx, parent).open()

Four pages, each in its own module: the file (import_file_page: its encoding, separator and
row count shown), the column mapping (import_mapping_page: prefilled from the header line,
each file column imported as one column or not at all), the preview (import_preview: a dry
run: what would be created, what matches records already there, every invalid row, and the
rows to confirm of import_possible), and the import itself (import_done: all rows or none).
The work is core.importing; the checks and the import run in the background
(ui.kit.tasks.Operation). The pages share an ImportState (import_state: the file, its table,
the columns chosen, the preview's report, the links the user made and the import's report),
not the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.import_done import DonePage
from msek_desktop.ui.dialogs.import_file_page import FilePage
from msek_desktop.ui.dialogs.import_mapping_page import MappingPage
from msek_desktop.ui.dialogs.import_preview import PreviewPage
from msek_desktop.ui.dialogs.import_state import ImportState
from msek_desktop.ui.i18n import tr

__all__ = ["DonePage", "FilePage", "ImportWizard", "MappingPage", "PreviewPage"]


class ImportWizard(QWizard):
    """Choose a file, map its columns, preview the import, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.state = ImportState(ctx)
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.done_page = DonePage(self.state)
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
