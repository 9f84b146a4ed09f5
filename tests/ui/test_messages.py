"""User errors from the core, shown in the window's language."""

from PySide6.QtWidgets import QApplication

from msek_desktop.core import errors
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.messages import user_message


def test_known_errors_get_their_own_sentence() -> None:
    conflict = errors.ConflictError("Inquiry 2026-0001 was changed by someone else ...")
    assert user_message(conflict).startswith("Someone else saved this record")
    assert "disk is full" in user_message(errors.DiskFullError("The disk holding x is full"))


def test_database_errors_keep_the_core_details() -> None:
    damaged = errors.DatabaseDamagedError("The database file C:/msek.db is damaged: page 7")
    shown = user_message(damaged)
    assert shown.splitlines() == ["The database file is damaged.", damaged.message]


def test_validation_lists_every_field() -> None:
    problem = errors.ValidationError(
        [errors.FieldError.coded("email", "email", reason="x"),
         errors.FieldError.coded("subject", "required"),
         errors.FieldError("login", "'anna' is already taken")]
    )  # fmt: skip
    assert user_message(problem).splitlines() == [
        "email: This is not a valid email address.",
        "subject: Required.",
        "login: 'anna' is already taken",  # not coded: as core wrote it
    ]


def test_unknown_user_error_is_shown_as_written() -> None:
    assert user_message(errors.UserError("Something plain.")) == "Something plain."


def test_office_server_errors_are_said_in_the_window_language(
    qapp: QApplication, languages: Languages
) -> None:
    languages.switch("pl")
    away = errors.ServerUnreachableError("The office server msek-01 cannot be reached (timeout)")
    assert user_message(away).splitlines() == [
        "Nie można połączyć się z serwerem biura.",
        away.message,  # the server's name and the reason
    ]
    not_yet = errors.ServerNotYetError("Taking a backup")
    assert user_message(not_yet).startswith(
        "Ta funkcja nie jest jeszcze dostępna z serwerem biura."
    )
