"""Start-up of the desktop program: arguments, QApplication, database, main window.

`msek-desktop [--db PATH] [--lang fr|pl|en] [--demo] [--screenshots DIR]`. Opening the
database creates it if needed and migrates it to head; a problem the user can act on (a
damaged file, somebody else's database, a locked file) is shown in a message box and ends
with exit code 1. The language and "who am I" are remembered in QSettings ("who am I" apart
for the demo: its staff are made up).

Demo data never go into the office's data: which database a start opens, the office's or the
demo, and what `--demo` means, is msek_desktop.start_place's to say. When the window asks for
the other one (File › Leave the demo data, Help › Try with demo data…), main opens it and a
new window once this one has closed.

Until the window's first rows are painted, only what they need is imported and run; the
rest waits for the first paint (ui.window.first_paint: the background check, the tray's
reminders) or its first use (first_run's questions, the screens, the dialogs).
"""

from __future__ import annotations

# The collector paused until the modules below are imported (see quiet_imports).
from msek_desktop import quiet_imports  # isort: skip

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# No SQLAlchemy before the first paint on a current file (core.opening): the database is
# opened then, or at once (start_place.begin) where the start cannot read it plainly;
# imported after PySide6, they cost no more (msek_desktop.pyside_sources).
from msek_desktop import __version__
from msek_desktop.core.errors import UserError
from msek_desktop.core.opening import Opening
from msek_desktop.paths import (
    APP_AUTHOR,
    APP_NAME,
    check_db_value,
    log_dir,
    resource_path,
)

# isort: split
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from msek_desktop.start_place import (  # begin, is_empty: app's, as before
    Place,
    active_logins,
    begin,
    database_of,
    demo_location,
    first_place,
    is_empty,
    next_place,
    show_user_error,
)
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.fonts import install_application_font
from msek_desktop.ui.i18n import LANGUAGES, Languages, system_language, tr
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.window.crash import install_excepthook
from msek_desktop.ui.window.data_actions import SWITCH_TO_DEMO, SWITCH_TO_OFFICE
from msek_desktop.ui.window.first_paint import after_first_paint, forget_sources
from msek_desktop.ui.window.lazy import lazy_module
from msek_desktop.ui.window.main_window import MainWindow
from msek_desktop.ui.window.recovery import damage_found
from msek_desktop.ui.window.screenshots import SCREENSHOT_SIZE, save_screenshots  # noqa: F401

if TYPE_CHECKING:
    from msek_desktop.core.db import Database
    from msek_desktop.ui.dialogs import first_run
    from msek_desktop.ui.kit.tasks import Operation, Progress
else:  # asked only at a first start (who are you, the demo): loaded then
    first_run = lazy_module("msek_desktop.ui.dialogs.first_run")

forget_sources()  # before the window's objects, which then take the place they held
quiet_imports.imported()
log = logging.getLogger(__name__)

DEMO_INQUIRIES = 2000
ME = "me"  # QSettings: who is at this computer, in the office's data
DEMO_ME = "demo/me"  # ... and in the demo, apart: its staff are made up


def _db_value(text: str) -> str:
    """--db "" is wrong usage, as on the command line (paths.check_db_value)."""
    try:
        return check_db_value(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="msek-desktop",
        description="The office program of the Maison de Saint-Étienne à Katowice.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=_db_value,
        help="database file (default: MSEK_DB, then the per-user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo database (or the new or empty file --db names, filled with demo "
        "data and marked as a demo database), never the office's data",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="save pictures of every screen into DIR and exit",
    )
    args = parser.parse_args(argv)
    if args.demo and args.db is not None:
        try:
            demo_location(args)
        except UserError as exc:
            parser.error(f"argument --db: {exc.message}")
    return args


def make_application() -> QApplication:
    """The QApplication, made once (tests may already have one), named and dressed."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    if not install_application_font(app):
        log.warning("the bundled font could not be loaded; some letters may not show")
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("msek.png", "msek.ico"):
        icon.addFile(str(resource_path("icons", name)))
    return icon


def settings() -> QSettings:
    return QSettings(APP_AUTHOR, APP_NAME)


def choose_language(requested: str | None) -> str:
    remembered = settings().value("language")
    for language in (requested, remembered):
        if isinstance(language, str) and language in LANGUAGES:
            return language
    return system_language()


def who_am_i(db: Database | Opening, *, interactive: bool, demo: bool = False) -> str | None:
    """The remembered staff member if still active; else ask (or, unattended, the first).
    On the office server the login decides, unasked (only its owner and superusers choose).
    The demo's choice is remembered apart from the office's (DEMO_ME)."""
    if db.on_server:
        from msek_desktop.core import roles, staff

        logged_in = staff.logged_in(database_of(db))
        if logged_in is not None or not roles.acts_for_others(database_of(db)):
            return logged_in
    key = DEMO_ME if demo else ME
    active = active_logins(db)
    remembered = settings().value(key)
    if isinstance(remembered, str) and remembered in active:
        return remembered
    if not interactive:
        return active[0] if active else None
    login = first_run.choose_staff_member(database_of(db), demo=demo)
    if login:
        settings().setValue(key, login)
    return login


def fill_demo(db: Database) -> bool:
    """Demo data in the background with progress and cancel, before the window opens;
    False when cancelled or refused (nothing written)."""
    from msek_desktop.core import demo
    from msek_desktop.ui.kit.tasks import Operation

    def work(progress: Progress) -> object:
        return demo.generate(db, inquiries=DEMO_INQUIRIES, seed=1, progress=progress)

    filled: list[object] = []
    loop = QEventLoop()
    operation = Operation(None, work, title=tr("App", "Creating demo data…"))
    operation.on_success(filled.append)
    operation.finished.connect(loop.quit)
    operation.run()
    loop.exec()
    return bool(filled)


def prepare_demo(db: Database, *, interactive: bool) -> bool:
    """Take `db` for the demo (core.demo_place.claim: NotADemoError for the office's data)
    and fill it when it has no demo data yet; False when the filling was cancelled."""
    from msek_desktop.core import demo_place

    demo_place.claim(db)
    if not demo_place.needs_data(db):
        return True
    if interactive:
        return fill_demo(db)
    from msek_desktop.core import demo

    demo.generate(db, inquiries=DEMO_INQUIRIES, seed=1)
    return True


def empty_bin(db: Database) -> int:
    """The documents in the bin for over 30 days deleted for good, once the database is
    checked at start (core.documents.purge_bin); a failure is logged, tried at the next start."""
    from msek_desktop.core import documents

    try:
        return documents.purge_bin(db)
    except UserError as exc:
        log.warning("old documents in the bin were not deleted: %s", exc)
        return 0


def check_later(ctx: AppContext, window: QWidget) -> Operation:
    """quick_check in the background once the window is up (_run starts it once the window
    has painted its first rows), then the bin of documents emptied of what has been there
    over 30 days (empty_bin).

    A deviation from "quick_check before use", measured: the check reads the whole file
    (0.4 s for 100,000 inquiries), which would double the time to the first rows. Nothing
    is written before it ends unless the user saves within that moment. A damaged file is
    reported and, with a verified backup beside it, the newest is offered (damage_found).
    """
    from msek_desktop.core.store import check_quickly
    from msek_desktop.ui.kit.tasks import Operation

    db = ctx.db  # opened here after a plain start (core.opening)

    def work(_progress: Progress) -> None:
        check_quickly(db)
        empty_bin(db)

    return (
        Operation(
            window, work, title=tr("App", "Checking the database…"), cancellable=False,
            show_progress=False,
        )
        .on_user_error(lambda error: damage_found(window, ctx, error))
        .run()
    )  # fmt: skip


def open_later(ctx: AppContext, window: QWidget) -> Operation | None:
    """Once the window has painted its first rows: its Database opened after a plain start
    (core.opening), then checked in the background (check_later). A file that cannot be
    opened after all (it changed since the start: locked, damaged) is said, and the program
    ends with exit code 1."""
    try:
        with quiet_imports.quietly():  # SQLAlchemy and the models imported now
            ctx.db  # noqa: B018 (opens it)
    except UserError as exc:
        show_user_error(exc.message, interactive=window.isVisible(), shown=user_message(exc))
        QApplication.exit(1)
        return None
    return check_later(ctx, window)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshots is not None:
        # Pictures need no screen: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    interactive = args.screenshots is None
    if interactive:
        install_excepthook(log_dir(), QApplication.activeWindow)
    languages = Languages()
    languages.switch(choose_language(args.lang))
    try:
        place = first_place(args, interactive=interactive)
    except UserError as exc:
        show_user_error(exc.message, interactive=interactive, shown=user_message(exc))
        return 1
    offer = True  # the demo is offered at start only, not after leaving it
    while place is not None:
        try:
            outcome = _open_and_run(app, languages, args, place, interactive, offer=offer)
        except UserError as exc:
            show_user_error(exc.message, interactive=interactive, shown=user_message(exc))
            if not (interactive and place.demo and not args.demo):
                return 1
            outcome = SWITCH_TO_OFFICE  # the demo chosen in the window: the office's data
        if isinstance(outcome, int):
            return outcome
        offer = False
        try:
            place = next_place(args, outcome, interactive=interactive)
        except UserError as exc:
            show_user_error(exc.message, interactive=interactive, shown=user_message(exc))
            return 1
    return 0  # the user closed "where does the data live"


def _open_and_run(
    app: QApplication,
    languages: Languages,
    args: argparse.Namespace,
    place: Place,
    interactive: bool,
    *,
    offer: bool,
) -> int | str:
    db = begin(place, interactive=interactive)
    if db is None:
        return 1  # Quit, the office server being away
    try:
        return _run(app, db, languages, args, place, interactive=interactive, offer=offer)
    finally:
        db.dispose()


def _run(
    app: QApplication,
    db: Database | Opening,
    languages: Languages,
    args: argparse.Namespace,
    place: Place,
    *,
    interactive: bool,
    offer: bool = True,
) -> int | str:
    """The window on `db` until it closes: an exit code, or the place it switches to
    (SWITCH_TO_DEMO, SWITCH_TO_OFFICE)."""
    if place.demo:
        if not prepare_demo(database_of(db), interactive=interactive):
            return SWITCH_TO_OFFICE  # the filling was cancelled: the office's data
    elif interactive and offer and is_empty(db) and first_run.offer_demo():
        return SWITCH_TO_DEMO  # the office's data stay empty
    me = who_am_i(db, interactive=interactive, demo=place.demo)
    if interactive and me is None:
        return 0  # the user closed the "who are you" dialog
    ctx = AppContext(db=db, me=me or "", languages=languages)
    window = MainWindow(ctx)
    if args.screenshots is not None:
        try:
            save_screenshots(window, args.screenshots)
        except OSError as exc:
            show_user_error(str(exc), interactive=False)
            return 1
        finally:
            window.close()
        return 0
    window.show()
    after_first_paint(window, lambda: open_later(ctx, window))  # its first rows first
    code = app.exec()
    switch = window.data_actions.switch_to  # type: ignore[attr-defined]
    return switch if switch is not None else code


if __name__ == "__main__":
    sys.exit(main())
