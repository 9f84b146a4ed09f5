"""`msek-desktop --screenshots DIR`: a picture of every screen and of one inquiry form."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.ui.window.main_window import MainWindow
from msek_desktop.ui.window.screens import SCREENS

SCREENSHOT_SIZE = (1280, 800)


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """Every screen and one inquiry form, as PNG files named after the screen."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    saved = []
    for key, _cls in SCREENS:
        _settled(window.show_screen(key))
        saved.append(_save(window, folder / f"{key}.png"))
    rows = window.show_screen("inquiries").model.rows  # type: ignore[attr-defined]
    form = window.open_inquiry(rows[0].id) if rows else window.new_inquiry()
    form.resize(1000, 760)
    QApplication.processEvents()
    saved.append(_save(form, folder / "inquiry_form.png"))
    form.close()
    return saved


def _settled(screen: QWidget, wait_s: float = 10.0) -> None:
    """Events processed until a screen that reads in the background (the dashboard: its
    `board` None until read) has shown what it read, for at most `wait_s` seconds."""
    deadline = time.monotonic() + wait_s
    QApplication.processEvents()
    while getattr(screen, "board", True) is None and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
    settle = time.monotonic() + (0.5 if hasattr(screen, "board") else 0.0)
    while True:  # then its charts drawn again to their final width (a timer of their own)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.monotonic() >= settle:
            break
        time.sleep(0.02)


def _save(widget: QWidget, target: Path) -> Path:
    if not widget.grab().save(str(target)):
        raise UserError(f"Cannot write the picture {target}.")
    return target
