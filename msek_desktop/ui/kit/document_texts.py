"""Documents' sizes and core.documents' coded refusals in the window's language.

A size is said as the locale says it ("1.2 MB", "1,2 Mo", "1,2 MB"), in megabytes of
1024 × 1024 bytes as Windows Explorer counts them. TEXTS joins ui/kit/error_texts.TEXTS.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QLocale

from msek_desktop.ui.i18n import tr

Params = Mapping[str, Any]


def size_text(size: int, precision: int = 1) -> str:
    """`size` bytes as the locale says it: "532 bytes", "1.2 MB", "1,2 Mo"."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(size, precision, traditional)


def limit_text() -> str:
    """The largest document, in the locale's words: "25 MB", "25 Mo"."""
    from msek_desktop.core.documents import MAX_BYTES  # a refusal's words: not at start

    return size_text(MAX_BYTES, 0)


def _too_large(p: Params) -> str:
    size = int(p.get("size", 0))  # bytes (the English says them in words)
    shown = size_text(size)
    from msek_desktop.core.documents import MAX_BYTES

    if shown == size_text(MAX_BYTES):  # a tenth of a megabyte over: say it in bytes
        shown = tr("Documents", "%1 bytes").replace("%1", QLocale().toString(size))
    text = tr("Documents", "%1 is %2; a document may be at most %3.")
    return text.replace("%1", str(p["name"])).replace("%2", shown).replace("%3", limit_text())


def _record_deleted(p: Params) -> str:
    if p.get("kind") == "inquiry":
        text = tr("Documents", "The inquiry %1 is deleted: restore it before attaching documents.")
    elif p.get("kind") == "exchange":
        text = tr("Documents", "The exchange %1 is deleted: restore it before attaching documents.")
    else:
        text = tr(
            "Documents", "The organisation %1 is deleted: restore it before attaching documents."
        )
    return text.replace("%1", str(p.get("name", p["what"])))


TEXTS: dict[str, Callable[[Params], str]] = {
    "document_too_large": _too_large,
    "document_empty": lambda p: tr("Documents", "%1 is empty: there is nothing to attach.").replace(
        "%1", str(p["name"])
    ),
    "document_not_file": lambda p: tr(
        "Documents", "%1 is not a file but a pipe, a device or another special file."
    ).replace("%1", str(p["path"])),
    "document_record_deleted": _record_deleted,
    "document_damaged": lambda p: tr(
        "Documents",
        "%1 is damaged in the database: its bytes no longer match the checksum recorded when "
        "it was attached. Restore a backup to get it back.",
    ).replace("%1", str(p["name"])),
    "document_unwritable": lambda p: (
        tr("Documents", "%1 cannot be written: %2.")
        .replace("%1", str(p["path"]))
        .replace("%2", str(p["reason"]))
    ),
}
