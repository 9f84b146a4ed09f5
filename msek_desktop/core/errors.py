"""Errors the user can act on, kept apart from bugs.

Everything derived from UserError carries a plain message meant for the office staff and is
shown as such (one line on the command line, a message box in the window). Any other exception
is a bug: it reaches the crash dialog / traceback with full details.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """A problem caused by input or by the environment, explained in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(UserError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("ValidationError needs at least one field error")
        self.errors = errors
        first = errors[0]
        text = f"{first.field}: {first.message}"
        if len(errors) > 1:
            text += f" (and {len(errors) - 1} more)"
        super().__init__(text)

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([FieldError(field, message)])

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class NotFoundError(UserError):
    """A record named by the user does not exist (or was deleted)."""


class ConflictError(UserError):
    """Someone else saved the same record since it was loaded."""


class DatabaseError(UserError):
    """The database file cannot be used: missing, damaged, locked, read-only, disk full."""


class DatabaseMissingError(DatabaseError):
    pass


class DatabaseDamagedError(DatabaseError):
    pass


class NotAnMsekDatabaseError(DatabaseError):
    pass


class DatabaseBusyError(DatabaseError):
    pass


class DatabaseReadOnlyError(DatabaseError):
    pass


class DiskFullError(DatabaseError):
    pass


class UnsafePlaceError(DatabaseError):
    """The database is on a network share or in a cloud-synced folder (OneDrive, Dropbox,
    Google Drive), where SQLite files get damaged; refused before anything is opened."""
