"""A page of the import wizard that runs one background task at a time (the dry run, the
import) and is complete when it is done; Back cancels a task still running."""

from __future__ import annotations

from typing import Any

from msek_desktop.ui.dialogs.importing.page import ImportPage
from msek_desktop.ui.dialogs.importing.state import ImportState
from msek_desktop.ui.kit.tasks import Operation


class TaskPage(ImportPage):
    """Runs `work` with start(); arrived(result) and show_state() say what it gave."""

    def __init__(self, state: ImportState, name: str) -> None:
        super().__init__(state, name)
        self.operation: Operation | None = None  # while it runs
        self._heeded: Operation | None = None  # the one whose answer counts

    def start(self, work: Any, title: str) -> Operation:
        operation = Operation(self, work, title=title)
        operation.on_success(lambda result: self._arrived(operation, result))
        operation.finished.connect(lambda: self._ended(operation))
        self.operation = self._heeded = operation
        self.completeChanged.emit()
        return operation.run()

    def _arrived(self, operation: Operation, result: Any) -> None:
        # Operation says "finished" before it hands over the result
        if operation is self._heeded:
            self.arrived(result)
            self.show_state()
            self.completeChanged.emit()

    def _ended(self, operation: Operation) -> None:
        if operation is self._heeded:
            self.operation = None
            self.show_state()
            self.completeChanged.emit()

    def cleanupPage(self) -> None:
        """Back: a check still running is cancelled and its answer ignored."""
        if self.operation is not None:
            self.operation.cancel()
        self.operation = self._heeded = None

    def arrived(self, result: Any) -> None:
        raise NotImplementedError

    def show_state(self) -> None:
        raise NotImplementedError
