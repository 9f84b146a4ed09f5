"""People › Duplicates… and Organisations › Duplicates…: the records of one kind probably the
same, merged field by field (PairsPage), and the merges made, undone while allowed
(MergesPage). DuplicatesButton is the screens' button opening it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.log_activity import insert_before
from msek_desktop.ui.dialogs.merging.merges import MergesPage
from msek_desktop.ui.dialogs.merging.pairs import PairsPage
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.layouts import dialog_buttons


class DuplicatesDialog(QDialog):
    """Duplicates of people (kind "person") or of organisations ("organisation")."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.setObjectName("duplicatesDialog")
        self.pairs = PairsPage(ctx, kind)
        self.merges = MergesPage(ctx, kind)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("duplicatesTabs")
        self.tabs.addTab(self.pairs, "")
        self.tabs.addTab(self.merges, "")
        self.pairs.merged.connect(lambda _result: self.merges.refresh())
        self.merges.undone.connect(lambda _result: self.pairs.load())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons: QDialogButtonBox = dialog_buttons(
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(1100, 700)
        self.pairs.load()

    def retranslate(self) -> None:
        if self.kind == "person":
            self.setWindowTitle(tr("Duplicates", "Duplicate people"))
        else:
            self.setWindowTitle(tr("Duplicates", "Duplicate organisations"))
        self.tabs.setTabText(0, tr("Duplicates", "Probable duplicates"))
        self.tabs.setTabText(1, tr("Duplicates", "Merges"))
        self.close_button.setText(tr("Duplicates", "Close"))
        self.pairs.retranslate()
        self.merges.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DuplicatesButton(QPushButton):
    """ "Duplicates…" on the People or Organisations screen, put before `before` in its row;
    it opens the dialog (one at a time)."""

    def __init__(self, screen: QWidget, kind: str, *, before: QWidget) -> None:
        super().__init__(screen)
        self.owner, self.kind = screen, kind
        self.ctx: AppContext = screen.ctx  # type: ignore[attr-defined]
        self.dialog: DuplicatesDialog | None = None
        self.setObjectName("duplicatesButton")
        self.setAutoDefault(False)
        self.clicked.connect(self.open_dialog)
        insert_before(before, self)
        self.retranslate()

    def open_dialog(self) -> DuplicatesDialog:
        if self.dialog is None:
            self.dialog = DuplicatesDialog(self.ctx, self.kind, self.owner)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def retranslate(self) -> None:
        self.setText(tr("Duplicates", "Duplicates…"))
        self.setToolTip(tr("Duplicates", "People or organisations recorded twice, to merge"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
