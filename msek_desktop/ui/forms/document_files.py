"""The parts of the Documents tab that are not the panel itself: its columns, the files
dropped on it, and the read-only copies a document is opened from.

A document is opened from a copy written under the program's data folder
("<data folder>/temp/documents/<a folder per opening>/<its name>"), marked read-only, and
handed to the system's viewer: what the user changes there is not saved back into MSEK (the
panel says so). Copies older than a day are cleared the next time one is opened; one still
open in a viewer (locked on Windows) is left for a later time.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QMimeData,
    QMimeDatabase,
    Qt,
    QTime,
    QTimeZone,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from msek_desktop import paths
from msek_desktop.core import documents
from msek_desktop.core.db import Database
from msek_desktop.core.documents import DocumentRow
from msek_desktop.core.errors import UserError
from msek_desktop.letters.files import safe_filename
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.document_texts import size_text
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import Column

KEEP_COPIES_S = 24 * 3600  # copies opened more than a day ago are cleared


def local_time(at: datetime | None) -> str:
    """A stored UTC time in the user's time zone and locale ("" for none)."""
    if at is None:
        return ""
    utc = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


def type_text(row: DocumentRow) -> str:
    """What kind of file it is, in the window's language ("PDF document", "document PDF",
    "Dokument PDF"); its extension when the system's list of types does not know it."""
    comment = QMimeDatabase().mimeTypeForName(row.media_type).comment()
    if row.media_type == "application/octet-stream" or not comment:
        extension = Path(row.name).suffix.lstrip(".").upper()
        return extension or tr("Documents", "File")
    return comment[:1].upper() + comment[1:]


def document_columns(in_bin: Callable[[], bool]) -> list[Column]:
    """Name, size, type, who added it and when; in the bin, who removed it and when."""
    added: Callable[[Any], str] = lambda r: local_time(r.added_at)  # noqa: E731
    removed: Callable[[Any], str] = lambda r: local_time(r.deleted_at)  # noqa: E731
    return [
        Column("name", lambda: tr("Documents", "Name"), lambda r: r.name),
        Column("size", lambda: tr("Documents", "Size"), lambda r: size_text(r.size)),
        Column("type", lambda: tr("Documents", "Type"), type_text),
        Column(
            "who",
            lambda: tr("Documents", "Removed by") if in_bin() else tr("Documents", "Added by"),
            lambda r: r.deleted_by_name if in_bin() else r.added_by_name,
        ),
        Column(
            "when",
            lambda: tr("Documents", "Removed") if in_bin() else tr("Documents", "Added"),
            lambda r: removed(r) if in_bin() else added(r),
        ),
    ]


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files among what is dragged (Explorer gives file:// URLs); folders and
    other URLs are left out."""
    if not mime.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in found if not p.is_dir()]


def copies_folder() -> Path:
    return paths.data_dir() / "temp" / "documents"


def _make_writable_and_retry(function: Callable[..., Any], path: str, _info: Any) -> None:
    os.chmod(path, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)  # read-only copies on Windows
    function(path)


def clear_old_copies(folder: Path, now: float | None = None) -> None:
    """Remove the copies opened more than KEEP_COPIES_S ago; one in use is left."""
    now = time.time() if now is None else now
    if not folder.is_dir():
        return
    for sub in folder.iterdir():
        try:
            if now - sub.stat().st_mtime > KEEP_COPIES_S:
                shutil.rmtree(sub, onerror=_make_writable_and_retry)
        except OSError:
            continue  # still open in a viewer: next time


def read_only_copy(name: str, data: bytes, folder: Path | None = None) -> Path:
    """`data` written as `name` (made valid on Windows) in a new folder of its own under
    `folder` (copies_folder()), marked read-only; its path. OSError when it cannot be."""
    folder = folder or copies_folder()
    folder.mkdir(parents=True, exist_ok=True)
    clear_old_copies(folder)
    stem, extension = os.path.splitext(name)
    path = Path(tempfile.mkdtemp(prefix="doc-", dir=folder)) / safe_filename(stem, extension)
    path.write_bytes(data)
    path.chmod(stat.S_IREAD)
    return path


def refusal_text(name: str, message: str) -> str:
    """A refusal that names its file: core's coded ones do, others get the name in front."""
    return message if name in message else f"{name}: {message}"


def names(rows: Iterable[DocumentRow]) -> str:
    return ", ".join(row.name for row in rows)


def open_copy(parent: QWidget, name: str, data: bytes) -> Path | None:
    """`data` opened in the system's viewer from a read-only copy (read_only_copy); its
    path, or None when it could not be written or no program opens it (the user is told)."""
    try:
        path = read_only_copy(name, data)
    except OSError as exc:
        text = tr("Documents", "A copy of %1 could not be written to open it.")
        questions.warn(parent, name, f"{text.replace('%1', name)}\n{exc.strerror or exc}")
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        text = tr("Documents", "No program to open %1 was found. Use Save as… to keep it.")
        questions.warn(parent, name, text.replace("%1", name))
        return None
    return path


def checked_content(parent: QWidget, db: Database, row: DocumentRow) -> bytes | None:
    """The document's bytes, checked (core.documents.content), read with a busy cursor;
    None when refused (the user is told why)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return documents.content(db, row.id)
    except UserError as exc:
        questions.warn(parent, row.name, user_message(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
