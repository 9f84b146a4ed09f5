"""Fixtures the window tests share: the language switcher, message boxes that record instead
of blocking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from msek_desktop.ui.forms import record_form
from msek_desktop.ui.i18n import Languages

Button = QMessageBox.StandardButton


@pytest.fixture
def languages() -> Iterator[Languages]:
    """The window's languages; English and the locale as they were again after the test.
    A module whose texts must start in English overrides it with one that switches first."""
    before = QLocale()
    langs = Languages()
    yield langs
    langs.switch("en")
    QLocale.setDefault(before)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The text of every information, warning and critical box shown, by kind."""
    shown: dict[str, list[str]] = {"information": [], "warning": [], "critical": []}
    for kind in shown:
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, body, *_a, k=kind: shown[k].append(body)
        )
    return shown


@pytest.fixture
def no_blocking_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes must not block a test; a form left with changes is discarded at teardown."""
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text))
    )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: Button.No))
    monkeypatch.setattr(record_form, "ask_unsaved", lambda _parent: Button.Discard)
    return warnings


@pytest.fixture(autouse=True)
def widgets_deleted_after_the_test() -> Iterator[None]:
    """Windows a test left open are closed and deleted before the next test (deleteLater waits
    for an event loop a test may never run; app.main's window outlives it): thousands of
    widgets left alive make every later language switch and window slower."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets()) if QApplication.instance() else set()
    yield
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget not in before:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
