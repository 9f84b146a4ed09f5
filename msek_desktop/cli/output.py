"""What the command line prints: text with terminal controls escaped, JSON, rows.

Stored text is printed with terminal controls escaped (ESC, C0 and C1 controls, bidi
overrides), so a record cannot move the cursor or recolour the terminal; --json escapes them
as \\uXXXX.
"""

from __future__ import annotations

import argparse
import re
import sys
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


def utf8_when_piped() -> None:
    """`msek ... --json > file` on Windows would write the ANSI code page and fail on
    Polish letters; piped or redirected output is UTF-8 everywhere."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and not sys.stdout.isatty():
        reconfigure(encoding="utf-8")


def _default(obj: Any) -> Any:
    if isinstance(obj, date | datetime):
        return obj.isoformat()
    raise TypeError(f"cannot encode {type(obj).__name__}")


def to_json(value: Any) -> str:
    import json  # here: `msek --help` needs none of it

    text = json.dumps(value, default=_default, ensure_ascii=False, indent=2)
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
    """The rows as one JSON list with --json, else a line each; each row written as it
    comes (`rows` may be a generator reading the database in batches).

    What exists before (modules, the ORM's mappings: hundreds of thousands of objects) is
    left out of the garbage collector's full passes meanwhile (gc.freeze): rows written as
    they come keep few objects alive, which makes those passes frequent, and each walked
    all of it (a third of `msek followups --json`'s time)."""
    import gc

    gc.freeze()
    try:
        if args.json:
            write_json_list(as_json(r) for r in rows)
        else:
            for r in rows:
                print(printable(line(r)))
    finally:
        gc.unfreeze()


def write_json_list(items: Iterable[Any]) -> None:
    """Print the items as to_json(list(items)) would, byte for byte, one item at a time:
    a list of 100,000 inquiries is never held whole, as objects or as text."""
    write = sys.stdout.write
    first = True
    for item in items:
        # an item one level down: every line of its own text indented two more spaces
        # (JSON escapes a newline inside a string, so each newline here is the layout's)
        text = to_json(item).replace("\n", "\n  ")
        write(("[\n  " if first else ",\n  ") + text)
        first = False
    write("[]\n" if first else "\n]\n")


def write_json_object(value: dict[str, Any]) -> None:
    """Print `value` as print(to_json(value)) would, byte for byte, a list's items one at a
    time: the JSON text of a preview of 100,000 inquiries is never held whole."""
    write = sys.stdout.write
    if not value:
        write("{}\n")
        return
    for n, (key, item) in enumerate(value.items()):
        write(("{\n  " if n == 0 else ",\n  ") + to_json(key) + ": ")
        if isinstance(item, list) and item:
            for m, element in enumerate(item):  # two levels down: four more spaces a line
                write(
                    ("[\n    " if m == 0 else ",\n    ") + to_json(element).replace("\n", "\n    ")
                )
            write("\n  ]")
        else:
            write(to_json(item).replace("\n", "\n  "))
    write("\n}\n")


_PLAIN_WORD = re.compile(r"[\w@%+=:,./-]+")


def shell_word(text: str) -> str:
    """`text` as one word of a command to copy into a terminal: as it is when it holds only
    plain characters, else in double quotes (the quoting both a POSIX shell and the Windows
    command prompt read; an address's `?host=...&port=...` would otherwise run in the
    background or be cut at `&`)."""
    return text if _PLAIN_WORD.fullmatch(text) else f'"{text}"'
