"""Every question and notice the window puts to the user, in one place.

Screens, forms and dialogs call these (always as `questions.warn(...)`, never imported by
name) so the wording of the common questions is written once and the tests replace this one
module (the `asked` fixture in tests/ui/conftest.py) instead of patching QMessageBox.

- inform / warn / fail: a notice with an OK button (information, warning, critical).
- about: the program's About box.
- confirm: a Yes/No question; `default` says which button Enter presses.
- ask_unsaved: Save, Discard or Cancel for changes not saved yet.
- ask_reload: after a conflict (someone else saved the record), reload their version?
- ask_save_first: an action works on the saved record; save the changes first?
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from msek_desktop.ui.i18n import tr

Button = QMessageBox.StandardButton


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """A failure the user must see before anything else (a restore that did not happen...)."""
    QMessageBox.critical(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    """The program's About box."""
    QMessageBox.about(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, default: bool = False) -> bool:
    """Yes or No; Enter presses Yes only when `default` is True (No for what cannot be
    undone)."""
    answer = QMessageBox.question(
        parent, title, text, Button.Yes | Button.No, Button.Yes if default else Button.No
    )
    return answer == Button.Yes


def ask_unsaved(parent: QWidget | None, title: str, text: str | None = None) -> Unsaved:
    """Save, Discard or Cancel (Esc): what to do with the changes not saved yet."""
    answer = QMessageBox.question(
        parent,
        title,
        text or tr("RecordForm", "You have changed this record. Save your changes before closing?"),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )
    if answer == Button.Save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if answer == Button.Discard else Unsaved.CANCEL


def ask_reload(parent: QWidget | None) -> bool:
    """After a conflict: reload the record as someone else saved it (losing the edits on
    screen)? No keeps them on screen to copy."""
    return confirm(
        parent,
        tr("RecordForm", "Changed by someone else"),
        tr(
            "RecordForm",
            "Someone else saved this record after you opened it, so your changes were not "
            "saved.\n\nReload it now to see their version? Your changes in this window will "
            "be lost. Choose No to keep them on screen and copy what you need first.",
        ),
        default=True,
    )


def ask_save_first(parent: QWidget | None, title: str, text: str) -> bool:
    """Save or Cancel: the action needs the record saved first."""
    answer = QMessageBox.question(parent, title, text, Button.Save | Button.Cancel, Button.Save)
    return answer == Button.Save
