"""Texts and accessible names given in one call: what a screen's retranslate() repeats.

Every text still comes from a literal tr() call at the caller (packaging/translations.py reads
them there); these helpers only hand each one to its widget.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QWidget


class Texted(Protocol):
    """A widget with a visible text: a label, a button, a check box."""

    def setText(self, text: str, /) -> None: ...

    def setAccessibleName(self, name: str, /) -> None: ...


def name_all(*rows: tuple[Texted, str] | tuple[Texted, str, str]) -> None:
    """(widget, text) or (widget, text, accessible name): the text shown, and the name a
    screen reader says when it differs from the text."""
    for widget, text, *name in rows:
        widget.setText(text)
        if name:
            widget.setAccessibleName(name[0])


def name_only(*rows: tuple[QWidget, str]) -> None:
    """(widget, accessible name) for widgets that show no text of their own."""
    for widget, name in rows:
        widget.setAccessibleName(name)


def label_fields(
    *rows: tuple[QLabel, QWidget, str] | tuple[QLabel, QWidget, str, str], suffix: str = ""
) -> None:
    """(label, field, text) or (label, field, text, name): the label says `text` (and
    `suffix`); the field is named `name`, or `text` when no name is given."""
    for label, field, text, *name in rows:
        label.setText(text + suffix)
        field.setAccessibleName(name[0] if name else text)
