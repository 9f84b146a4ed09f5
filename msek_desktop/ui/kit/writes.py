"""One write and what the user sees when core refuses it, for every window.

run_write(parent, title, work) runs work() and turns core's refusals into the window's
answers: the fields refused marked under them (`marks`, else listed in a warning), a
conflict (someone else saved first) asked about with questions.ask_reload (`reload` on Yes,
else a warning), an office server that cannot be reached handed to `unreachable` (the form
then says it is not saved yet and saves when the server is back; else a warning), any other
user error (full disk, read-only file...) in a warning. Nothing typed is lost: the window
keeps what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from msek_desktop.core.errors import (
    ConflictError,
    ServerUnreachableError,
    UserError,
    ValidationError,
)
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message

T = TypeVar("T")
Marks = Callable[[Mapping[str, str]], None]


def run_write(
    parent: QWidget,
    title: str,
    work: Callable[[], T],
    *,
    marks: Marks | None = None,
    reload: Callable[[], None] | None = None,
    unreachable: Callable[[ServerUnreachableError], None] | None = None,
) -> T | None:
    """work() (which returns what it wrote, never None), or None when core refused it:
    refused fields go to `marks` (else a warning lists them), a conflict asks whether to
    `reload` (else a warning says it), the office server away goes to `unreachable` (else
    a warning), any other user error is a warning titled `title`."""
    try:
        return work()
    except ValidationError as exc:
        if marks is None:
            questions.warn(parent, title, user_message(exc))
        else:
            marks(exc.by_field())
    except ConflictError as exc:
        if reload is None:
            questions.warn(parent, title, user_message(exc))
        elif questions.ask_reload(parent):
            reload()
    except ServerUnreachableError as exc:
        if unreachable is None:
            questions.warn(parent, title, user_message(exc))
        else:
            unreachable(exc)
    except UserError as exc:  # full disk, read-only file...: what is on screen is kept
        questions.warn(parent, title, user_message(exc))
    return None
