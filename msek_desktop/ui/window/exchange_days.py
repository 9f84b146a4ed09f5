"""Exchanges follow the days: at start-up and on each new day, core.exchanges.catch_up moves
each exchange's status (and its inquiry's stage) as its dates say (planned to running on its
first day, to completed after its last).

The new day is told by the tray's midnight tick (ui.window.tray), which reads every screen
again with ctx.events.data_changed: on any data_changed, a day not yet caught up is caught
up, and the screens are told again when something moved. A read-only database, or an office
server away, moves nothing (said in the log; tried again on the next day or start)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer

from msek_desktop.core.errors import ServerUnreachableError, UserError
from msek_desktop.ui.context import AppContext

log = logging.getLogger(__name__)
CATCH_UP_AFTER_MS = 1500  # the window's start: once its first rows are painted (a write)


class ExchangeDays(QObject):
    """Calls catch_up once a day: now, then whenever data_changed comes on a new day."""

    def __init__(self, parent: QObject, ctx: AppContext, *, at_once: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day: date | None = None  # the day last caught up
        ctx.events.data_changed.connect(self.check)
        if at_once:
            self.check()

    def check(self) -> int:
        """Catch up if the day changed since the last time; how many exchanges moved."""
        today = self.ctx.today()
        if today == self.day or self.ctx.read_only:
            return 0
        from msek_desktop.core import exchanges  # not before the window's first rows

        try:
            moved = exchanges.catch_up(self.ctx.db, today)
        except ServerUnreachableError:
            self.ctx.events.server_unreachable.emit()
            return 0
        except UserError as exc:  # a busy or full database: the next day tries again
            log.warning("exchanges not caught up: %s", exc)
            return 0
        self.day = today
        if moved:
            log.info("%d exchanges followed their dates", moved)
            self.ctx.events.data_changed.emit()  # the lists show the new statuses
        return moved


def install_exchange_days(parent: QObject, ctx: AppContext) -> ExchangeDays:
    """Caught up as the window opens, once its first rows are painted."""
    days = ExchangeDays(parent, ctx, at_once=False)
    QTimer.singleShot(CATCH_UP_AFTER_MS, days, days.check)
    return days
