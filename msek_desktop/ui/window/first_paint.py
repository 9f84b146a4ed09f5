"""Work the window's start leaves until its first rows are on screen.

    after_first_paint(window, call)
    forget_sources()

`call` runs from the event loop just after `window` next paints (the window is painted
before its children, in one pass: a zero timer set while it paints fires once the whole
window, the list's rows among them, is painted). A zero timer set before the first paint
would fire before it: Qt delivers timers before the expose that paints a new window. A
window that never paints (shown minimised) runs it after FALLBACK_MS all the same; a
window never shown, never.

forget_sources() lets go of the source lines linecache holds after the imports (a traceback
reads them again): since msek_desktop.pyside_sources answers PySide6's import hook from the
files' bytes, only SQLAlchemy's generated functions' and a few modules' (0.1 MB); before, the
hook's reading of every module imported after PySide6 (4 MB at the window's start).
"""

from __future__ import annotations

import linecache
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000  # shown but not painted (minimised): run anyway, this long after show


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, call: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget, self.call = widget, call
        self.armed = widget.isVisible()  # else: from its Show
        self.done = False
        widget.installEventFilter(self)
        if self.armed:
            QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and not self.done:
            kind = event.type()
            if kind == QEvent.Type.Show and not self.armed:
                self.armed = True
                QTimer.singleShot(FALLBACK_MS, self, self._run)
            elif kind == QEvent.Type.Paint:
                QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.call()
        self.deleteLater()


def after_first_paint(widget: QWidget, call: Callable[[], object]) -> None:
    """Run `call` once `widget` has painted (see the module); at most once."""
    _AfterPaint(widget, call)


def forget_sources() -> None:
    """Drop the source lines kept by the imports so far (see the module)."""
    linecache.clearcache()
