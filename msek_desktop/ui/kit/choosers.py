"""A path typed or chosen with Choose…, and the file dialogs that choose it.

The dialogs are QFileDialog's static functions, wrapped so a cancelled choice is always "".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

Ask = Callable[[QWidget, str], str]  # (parent, where to start) -> the path chosen, or ""


def documents() -> Path:
    """The user's Documents folder (their home folder if the system names none): where a
    file dialog starts when nothing was chosen before."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def open_file(parent: QWidget | None, title: str, start: str, kinds: str) -> str:
    name, _filter = QFileDialog.getOpenFileName(parent, title, start, kinds)
    return str(name or "")


def save_file(parent: QWidget | None, title: str, start: str, kinds: str) -> str:
    name, _filter = QFileDialog.getSaveFileName(parent, title, start, kinds)
    return str(name or "")


def folder(parent: QWidget | None, title: str, start: str) -> str:
    return str(QFileDialog.getExistingDirectory(parent, title, start) or "")


class PathField(QWidget):
    """The path's line edit with its Choose… button beside it. `ask` opens the file dialog;
    what it chooses is announced by `chosen` (the caller decides whether to take it)."""

    chosen = Signal(str)

    def __init__(self, ask: Ask, path: str = "") -> None:
        super().__init__()
        self.ask = ask
        self.edit = QLineEdit(path)
        self.button = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.choose)

    def choose(self) -> None:
        name = self.ask(self.button, self.edit.text())
        if name:
            self.chosen.emit(name)

    def retranslate(self, text: str, name: str) -> None:
        """The button's text and the name a screen reader says for it."""
        self.button.setText(text)
        self.button.setAccessibleName(name)
