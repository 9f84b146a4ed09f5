"""Start-up of the desktop program: arguments, QApplication, database, main window.

`msek-desktop [--db PATH] [--lang fr|pl|en] [--screenshots DIR]`. Opening the database
creates it if needed and migrates it to head; a problem the user can act on (a damaged file,
somebody else's database, a locked file) is shown in a message box and ends with exit code 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from msek_desktop import __version__
from msek_desktop.core.errors import UserError
from msek_desktop.core.store import open_database
from msek_desktop.paths import APP_AUTHOR, APP_NAME, default_db_path, resource_path
from msek_desktop.ui.fonts import install_application_font
from msek_desktop.ui.main_window import MainWindow, Summary, read_summary

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "pl", "en")
SCREENSHOT_SIZE = (640, 360)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="msek-desktop",
        description="The office program of the Maison de Saint-Étienne à Katowice.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: MSEK_DB, then the per-user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="save pictures of the window into DIR and exit",
    )
    return parser.parse_args(argv)


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


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


def show_user_error(message: str, *, interactive: bool) -> None:
    print(f"msek-desktop: {message}", file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, APP_NAME, message)


def load(db_arg: str | None) -> tuple[Path, Summary]:
    """Open (creating and migrating) the database, read the summary, close it again."""
    database = open_database(default_db_path(db_arg), create=True)
    try:
        return database.path.absolute(), read_summary(database)
    finally:
        database.dispose()


def save_screenshot(window: QWidget, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    # Painted as if shown but never put on the screen; laying out before show() keeps the
    # offscreen platform from warning that it cannot propagate size hints.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    layout = window.layout()
    if layout is not None:
        layout.activate()
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    target = folder / "main.png"
    if not window.grab().save(str(target)):
        raise UserError(f"Cannot write the picture {target}.")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = make_application()
    QLocale.setDefault(QLocale(args.lang or system_language()))
    interactive = args.screenshots is None
    try:
        db_path, summary = load(args.db)
    except UserError as exc:
        show_user_error(exc.message, interactive=interactive)
        return 1

    window = MainWindow(db_path, summary)
    window.setWindowIcon(app.windowIcon())
    if args.screenshots is not None:
        try:
            save_screenshot(window, args.screenshots)
        except (UserError, OSError) as exc:
            show_user_error(str(exc), interactive=False)
            return 1
        finally:
            window.close()
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
