"""What the pages of the import wizard share: the state they work on (state.py), their
texts said again when the language changes, and the wrapping labels they are made of."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWizardPage

from msek_desktop.ui.dialogs.importing.state import ImportState


def wrapping_label(name: str = "") -> QLabel:
    """A label of sentences (an introduction, a summary), wrapped to the page's width."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ImportPage(QWizardPage):
    """A page of the import wizard, named `name`; retranslate() says its texts."""

    def __init__(self, state: ImportState, name: str) -> None:
        super().__init__()
        self.state = state
        self.setObjectName(name)

    def set_heading(self, title: str, subtitle: str) -> None:
        self.setTitle(title)
        self.setSubTitle(subtitle)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
