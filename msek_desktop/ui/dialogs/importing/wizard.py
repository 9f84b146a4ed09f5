"""The import wizard: choose a file, map its columns, preview the import, import.

    ImportWizard(ctx, parent).open()

The pages are in this package (see its __init__); they share an ImportState, not the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.importing.done import DonePage
from msek_desktop.ui.dialogs.importing.file_page import FilePage
from msek_desktop.ui.dialogs.importing.mapping_page import MappingPage
from msek_desktop.ui.dialogs.importing.preview import PreviewPage
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.i18n import tr


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
