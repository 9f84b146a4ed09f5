"""How an email draft leaves the program.

A short text without an attachment goes to the mail program as a mailto: link. Anything else
(the proposal letter attached, a text too long for a link) is written as an .eml draft
(X-Unsent: 1, which Outlook opens ready to send) into the drafts folder of the program's data
folder, and opened with the system's program for .eml files. Drafts older than a week are
removed from that folder the next time one is written: they hold the office's correspondence
and were only ever meant to be handed to the mail program.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from msek_desktop.letters.emails import EmailDraft, eml_bytes, mailto_url
from msek_desktop.letters.files import safe_filename, write_file
from msek_desktop.paths import data_dir

DRAFTS_FOLDER = "drafts"
KEEP_DRAFTS_SECONDS = 7 * 24 * 3600
SUBJECT_IN_NAME = 60  # characters of the subject in the .eml's file name


def drafts_dir() -> Path:
    """Where .eml drafts are written: a folder of the program's per-user data folder."""
    return data_dir() / DRAFTS_FOLDER


@dataclass(frozen=True)
class Opened:
    """What "Open in mail program" did: `url` handed to the system, `path` the .eml
    written (None for a mailto: link), `found` whether a program took it."""

    url: QUrl
    path: Path | None
    found: bool


def open_draft(draft: EmailDraft) -> Opened:
    """The draft handed to the mail program: a mailto: link when it can be one, else an
    .eml file written to the drafts folder. Raises OSError when the file cannot be written
    (letters.files' UserError too)."""
    link = mailto_url(draft)
    if link is not None:
        url = QUrl(link)
        return Opened(url, None, QDesktopServices.openUrl(url))
    path = write_eml(draft)
    url = QUrl.fromLocalFile(str(path))
    return Opened(url, path, QDesktopServices.openUrl(url))


def write_eml(draft: EmailDraft, folder: Path | None = None) -> Path:
    """The draft as an .eml file in a folder of its own under `folder` (the drafts folder),
    so two drafts of the same subject never meet; older drafts removed first."""
    base = folder if folder is not None else drafts_dir()
    base.mkdir(parents=True, exist_ok=True)
    remove_old_drafts(base)
    own = Path(tempfile.mkdtemp(prefix="draft-", dir=base))
    path = own / safe_filename(draft.subject[:SUBJECT_IN_NAME] or "email", ".eml")
    write_file(path, eml_bytes(draft))
    return path


def remove_old_drafts(base: Path, now: float | None = None) -> None:
    """The drafts written more than a week ago go (one still open elsewhere is left)."""
    limit = (time.time() if now is None else now) - KEEP_DRAFTS_SECONDS
    for folder in base.glob("draft-*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < limit:
                shutil.rmtree(folder)
        except OSError:
            continue


def recipient(draft: EmailDraft) -> str:
    """ "Anna Nowak <anna@example.pl>", or the address alone."""
    if draft.to_name and draft.to:
        return f"{draft.to_name} <{draft.to}>"
    return draft.to or draft.to_name


def copied_text(draft: EmailDraft) -> str:
    """What "Copy the text" puts on the clipboard: the subject, a blank line, the text."""
    return f"{draft.subject}\n\n{draft.body}"
