"""French typography for the demo's French texts, as a French office writes them: the
apostrophe ’ (never '), a no-break space before : ; ? ! and » and after «.

The word lists are written plainly (data.py, profiles.py, generated.py); their French entries
go through `french` once, when the modules are imported, never record by record.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar, cast

NBSP = "\u00a0"

T = TypeVar("T")

_BEFORE = re.compile(r"(?<=\S)[ \u00a0\u202f]?([:;?!»])")  # "mot :" -> "mot\u00a0:"
_AFTER = re.compile(r"«[ \u00a0\u202f]?")


def french(text: str) -> str:
    """`text` in French typography; unchanged when it already is."""
    text = text.replace("'", "’")
    text = _BEFORE.sub(NBSP + r"\1", text)
    return _AFTER.sub("«" + NBSP, text)


def in_french(value: T) -> T:
    """Every string in `value` (a string, or tuples and dicts of them) in French typography."""
    found: Any = value
    if isinstance(found, str):
        return cast(T, french(found))
    if isinstance(found, tuple):
        return cast(T, tuple(in_french(v) for v in found))
    if isinstance(found, dict):
        return cast(T, {k: in_french(v) for k, v in found.items()})
    return value
