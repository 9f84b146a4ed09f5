"""Fixtures the window tests share: the language switcher, and `asked`: every question and notice
(ui/kit/questions.py) recorded and answered instead of blocking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.questions import Unsaved

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def languages() -> Iterator[Languages]:
    """The window's languages; English and the locale as they were again after the test.
    A module whose texts must start in English overrides it with one that switches first."""
    before = QLocale()
    langs = Languages()
    yield langs
    langs.switch("en")
    QLocale.setDefault(before)


@dataclass
class Asked:
    """What the window asked or told the user (kind, title, text), and the answers to give:
    `answers[kind]` is a value, or a list taken one answer a question."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)

    def texts(self, *kinds: str) -> list[str]:
        return [text for kind, _title, text in self.shown if not kinds or kind in kinds]

    def answer(self, kind: str, default: Any) -> Any:
        given = self.answers.get(kind, default)
        return given.pop(0) if isinstance(given, list) else given


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every question and notice goes to `Asked` instead of a blocking box. Unless a test
    says otherwise: confirm is No, unsaved changes are discarded, a reload is declined and an
    action needing a save is cancelled."""
    record = Asked()

    def notice(kind: str) -> Any:
        return lambda _parent, title, text: record.shown.append((kind, title, text))

    def question(kind: str, default: Any) -> Any:
        def ask(_parent: Any, title: str = "", text: str | None = None, **_kw: Any) -> Any:
            record.shown.append((kind, title, text or ""))
            return record.answer(kind, default)

        return ask

    for kind in ("inform", "warn", "fail", "about"):
        monkeypatch.setattr(questions, kind, notice(kind))
    monkeypatch.setattr(questions, "confirm", question("confirm", False))
    monkeypatch.setattr(questions, "ask_unsaved", question("ask_unsaved", Unsaved.DISCARD))
    monkeypatch.setattr(questions, "ask_save_first", question("ask_save_first", False))
    monkeypatch.setattr(questions, "ask_reload", question("ask_reload", False))
    return record


@pytest.fixture(scope="session")
def english_sources() -> Callable[[str, set[str]], set[str]]:
    """english_sources(lang, contexts): the English texts of `contexts` whose `lang`
    translation differs from them (none of them may show in a window in `lang`)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    i18n = Path(__file__).resolve().parents[2] / "resources" / "i18n"

    def sources(lang: str, contexts: set[str]) -> set[str]:
        found = set()
        for context in ET.parse(i18n / f"msek_{lang}.ts").getroot().iter("context"):
            if context.findtext("name") not in contexts:
                continue
            for message in context.iter("message"):
                source = message.findtext("source", "")
                forms = [f.text for f in message.iter("numerusform")]
                if source not in (forms or [message.findtext("translation")]):
                    found.add(source)
        return found

    return sources


@pytest.fixture
def shown(qtbot: Any) -> Callable[[W], W]:
    """shown(widget): `widget` shown now, closed and deleted after the test."""

    def show(widget: W) -> W:
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return show


@pytest.fixture
def speak(
    qtbot: Any, languages: Languages, english_sources: Callable[[str, set[str]], set[str]]
) -> Callable[[str, set[str], Any], set[str]]:
    """speak(lang, contexts, window): the window switched to `lang`, once `window`'s title
    is said in it; returns the English texts of `contexts` that must no longer show."""

    def switch(lang: str, contexts: set[str], window: Any) -> set[str]:
        english = english_sources(lang, contexts)
        languages.switch(lang)
        qtbot.waitUntil(lambda: window.windowTitle() not in english)
        return english

    return switch


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


@pytest.fixture
def screen(qtbot: Any, db: Any) -> Any:
    """The Inquiries screen over the module's `db`, as anowak, its first page loaded (modules
    about another screen define their own `screen`)."""
    from msek_desktop.ui.context import AppContext
    from msek_desktop.ui.screens.inquiries import InquiriesScreen

    widget = InquiriesScreen(AppContext(db=db, me="anowak", languages=Languages()))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget
