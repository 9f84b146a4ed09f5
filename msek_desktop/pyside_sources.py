"""PySide6's import hook answered without reading the modules' sources into linecache.

    answer_from_files()

PySide6 (6.11) replaces builtins.__import__: after each module is first imported, its
shibokensupport.feature.feature_imported asks _mod_uses_pyside(module) whether the module's
source holds the text "PySide6" (such a module may switch on a `from __feature__ import`),
through inspect.getsource, which reads, decodes and keeps in linecache every line of every
module imported after PySide6 (known upstream, napari issue 8584). SQLAlchemy and the models
imported after PySide6 rather than before: 0.05 s more CPU, 20 MB more resident.

answer_from_files() puts in place of _mod_uses_pyside the same answer read from the module's
file as bytes (a module without a .py file of its own, builtin, extension or zipped, is asked
of the original, as before): at once if PySide6 is imported already, else as soon as its
function exists, during PySide6's import (an import finder, asked first for each module not
imported yet, finds none but looks). A PySide6 without that function is left alone.
"""

from __future__ import annotations

import io
import sys
from types import FunctionType, ModuleType

PYSIDE = "PySide6"  # what PySide6's _mod_uses_pyside looks for in a module's source


def answer_from_files() -> None:
    """PySide6's import hook answered from the files' bytes, now or once PySide6 is imported."""
    if not _put_in_place():
        sys.meta_path.insert(0, _WhenPySideIsThere())


def _put_in_place() -> bool:
    """Whether PySide6's _mod_uses_pyside is replaced (now or before)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not isinstance(original, FunctionType):
        return False
    if not hasattr(original, "replaces"):
        feature._mod_uses_pyside = _from_the_file(original)  # type: ignore[union-attr]
    return True


class _WhenPySideIsThere:
    """An import finder that finds nothing; first asked for each module not imported yet, it
    puts the answer in place as soon as PySide6's function exists. Left in sys.meta_path:
    removing it while the import system walks the list would skip the next finder."""

    def __init__(self) -> None:
        self.done = False

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if not self.done:
            self.done = _put_in_place()


def _from_the_file(original: FunctionType) -> FunctionType:
    """_mod_uses_pyside's answer, read from the module's .py file when it has one."""
    marker = PYSIDE.encode()

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None) if isinstance(module, ModuleType) else None
        if not (isinstance(path, str) and path.endswith(".py")):
            return bool(original(module))
        try:
            with open(path, "rb", buffering=0) as file:
                source = file.read()
        except OSError:  # e.g. inside a zip: its loader has the source
            return bool(original(module))
        # The text only where the bytes have it (decoding is what may fail, as in linecache).
        return marker in source and PYSIDE in _source_text(source)

    uses_pyside.replaces = original  # type: ignore[attr-defined]
    return uses_pyside  # type: ignore[return-value]


def _source_text(source: bytes) -> str:
    """`source` decoded as linecache reads it (its coding cookie); "" where it cannot."""
    import tokenize

    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        return source.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return ""
