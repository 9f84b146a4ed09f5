"""Modules the window needs only when asked for something (a backup, a restore ...),
imported on their first use rather than while the window opens."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

__all__ = ["backups", "lazy_module", "retention", "retention_dialog"]


def lazy_module(name: str) -> ModuleType:
    """The module `name`, run on the first access to one of its attributes (the standard
    library's importlib.util.LazyLoader); the module itself when it is already imported."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}")
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


# Each on first use, not while the window opens: with the erasures they replay or make,
# they load ReportLab (a person's tombstone letter).
if TYPE_CHECKING:
    from msek_desktop.core import backups
    from msek_desktop.core.privacy import retention
    from msek_desktop.ui.dialogs import retention as retention_dialog
else:
    backups = lazy_module("msek_desktop.core.backups")
    retention = lazy_module("msek_desktop.core.privacy.retention")
    retention_dialog = lazy_module("msek_desktop.ui.dialogs.retention")
