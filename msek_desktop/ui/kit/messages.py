"""The core's user errors in the window's language.

Core messages are plain English for the command line and the log. The window shows the
common ones translated, chosen by error class (or, for coded messages, by their code:
ui/kit/error_texts.py);
anything unknown is shown as the core wrote it, never hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from msek_desktop.core import errors
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.error_texts import error_text, field_message

__all__ = ["field_message", "user_message"]

_BY_CLASS: tuple[tuple[type[errors.UserError], Callable[[], str]], ...] = (
    (
        errors.ConflictError,
        lambda: tr(
            "Errors",
            "Someone else saved this record since you opened it. Reload it to see their "
            "changes, then make yours again.",
        ),
    ),
    (
        errors.DatabaseBusyError,
        lambda: tr("Errors", "The database is busy in another program; try again in a moment."),
    ),
    (
        errors.DatabaseReadOnlyError,
        lambda: tr("Errors", "The database is read-only: changes cannot be saved."),
    ),
    (
        errors.DiskFullError,
        lambda: tr(
            "Errors",
            "The disk is full. Free some space and try again; nothing already saved was lost.",
        ),
    ),
    (
        errors.NotFoundError,
        lambda: tr("Errors", "This record no longer exists or was deleted."),
    ),
)
_WITH_DETAILS: tuple[tuple[type[errors.UserError], Callable[[], str]], ...] = (
    (errors.DatabaseDamagedError, lambda: tr("Errors", "The database file is damaged.")),
    (errors.NotAnMsekDatabaseError, lambda: tr("Errors", "This is not an MSEK database file.")),
    (errors.DatabaseMissingError, lambda: tr("Errors", "The database file does not exist.")),
    (
        errors.UnsafePlaceError,
        lambda: tr(
            "Errors",
            "The database is in a place where it can be damaged (a network share or a folder "
            "synced by OneDrive, Dropbox or Google Drive).",
        ),
    ),
    (
        errors.ServerLoginRefusedError,
        lambda: tr("Errors", "The office server refused the login or its password."),
    ),
    (errors.ServerUnreachableError, lambda: tr("Errors", "The office server cannot be reached.")),
    (
        errors.ServerNotYetError,
        lambda: tr("Errors", "This is not available with an office server yet."),
    ),
    (errors.DatabaseError, lambda: tr("Errors", "The database cannot be used.")),
)


def user_message(exc: errors.UserError) -> str:
    """What to show for `exc`: translated, with the core's own words where they add facts."""
    if isinstance(exc, errors.ValidationError):
        return "\n".join(f"{e.field}: {field_message(e.message)}" for e in exc.errors)
    for cls, text in _BY_CLASS:
        if isinstance(exc, cls):
            return text()
    for cls, text in _WITH_DETAILS:
        if isinstance(exc, cls):
            return f"{text()}\n{exc.message}"  # the file's path and SQLite's reason
    return error_text(exc.message)  # a coded one (core.roles) in the window's language
