"""What the command line prints: text with terminal controls escaped, JSON, rows.

Stored text is printed with terminal controls escaped (ESC, C0 and C1 controls, bidi
overrides), so a record cannot move the cursor or recolour the terminal; --json escapes them
as \\uXXXX.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

Row = TypeVar("Row")

# Terminal controls: C0 (tab and newline are kept where text may span lines), DEL, C1 (ESC
# and CSI among them) and the bidi embeddings, overrides and isolates.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What json.dumps(ensure_ascii=False) leaves raw (it escapes C0 itself)
_JSON_RAW_CONTROLS = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(found: re.Match[str]) -> str:
    char = found[0]
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, lines: bool = False) -> str:
    """`text` safe to write to a terminal: controls shown as \\x1b, \\u202e, \\n...
    With lines=True, newlines and tabs are kept (a message shown as it was typed; a Windows
    line end counts as a newline, a lone carriage return is shown)."""
    if lines:
        return _CONTROLS_BUT_LINES.sub(_escape, text.replace("\r\n", "\n"))
    return _CONTROLS.sub(_escape, text)


def to_json(value: Any) -> str:
    def default(obj: Any) -> Any:
        if isinstance(obj, date | datetime):
            return obj.isoformat()
        raise TypeError(f"cannot encode {type(obj).__name__}")

    text = json.dumps(value, default=default, ensure_ascii=False, indent=2)
    # these can only stand inside strings, where \uXXXX means the same character
    return _JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def cell(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_rows(
    args: argparse.Namespace,
    rows: Iterable[Row],
    as_json: Callable[[Row], dict[str, Any]],
    line: Callable[[Row], str],
) -> None:
    """The rows as one JSON list with --json, else a line each."""
    if args.json:
        print(to_json([as_json(r) for r in rows]))
    else:
        for r in rows:
            print(printable(line(r)))


_PLAIN_WORD = re.compile(r"[\w@%+=:,./-]+")


def shell_word(text: str) -> str:
    """`text` as one word of a command to copy into a terminal: as it is when it holds only
    plain characters, else in double quotes (the quoting both a POSIX shell and the Windows
    command prompt read; an address's `?host=...&port=...` would otherwise run in the
    background or be cut at `&`)."""
    return text if _PLAIN_WORD.fullmatch(text) else f'"{text}"'
