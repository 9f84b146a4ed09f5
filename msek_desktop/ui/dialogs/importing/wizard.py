"""The import wizard: say what the file holds and choose it, map its columns, preview the
import, import.

    ImportWizard(ctx, parent).open()  # inquiries first; what="exchanges" for exchanges

The pages are in this package (see its __init__); they share an ImportState, not the wizard.
A file of inquiries goes on to the inquiries' preview and import (preview, done), one of
exchanges to the exchanges' own (exchange_pages).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.importing.done import DonePage
from msek_desktop.ui.dialogs.importing.exchange_pages import ExchangeDonePage, ExchangePreviewPage
from msek_desktop.ui.dialogs.importing.file_page import FilePage
from msek_desktop.ui.dialogs.importing.kinds import EXCHANGES, INQUIRIES, window_title
from msek_desktop.ui.dialogs.importing.mapping_page import MappingPage
from msek_desktop.ui.dialogs.importing.preview import PreviewPage
from msek_desktop.ui.dialogs.importing.state import ImportState

FILE, MAPPING, PREVIEW, DONE, EXCHANGES_PREVIEW, EXCHANGES_DONE = range(6)


class ImportWizard(QWizard):
    """Say what the file holds and choose it, map its columns, preview the import, import."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, what: str = INQUIRIES
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.state = ImportState(ctx, what=what)
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.done_page = DonePage(self.state)
        self.exchanges_preview_page = ExchangePreviewPage(self.state)
        self.exchanges_done_page = ExchangeDonePage(self.state)
        for number, page in enumerate(
            (self.file_page, self.mapping_page, self.preview_page, self.done_page,
             self.exchanges_preview_page, self.exchanges_done_page)
        ):  # fmt: skip
            self.setPage(number, page)
        self.file_page.what_changed.connect(self.retranslate)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.retranslate()
        self.resize(860, 620)

    def nextId(self) -> int:
        """The mapping goes on to the preview of what the file holds; each import ends."""
        current = self.currentId()
        if current == MAPPING:
            return EXCHANGES_PREVIEW if self.state.what == EXCHANGES else PREVIEW
        if current in (DONE, EXCHANGES_DONE):
            return -1
        return {FILE: MAPPING, PREVIEW: DONE, EXCHANGES_PREVIEW: EXCHANGES_DONE}.get(current, -1)

    def retranslate(self) -> None:
        self.setWindowTitle(window_title(self.state.what))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def busy(self) -> bool:
        pages = (
            self.preview_page, self.done_page, self.exchanges_preview_page,
            self.exchanges_done_page,
        )  # fmt: skip
        return any(p.operation is not None for p in pages)

    def reject(self) -> None:
        if not self.busy():  # the progress window's Cancel stops the work
            super().reject()
