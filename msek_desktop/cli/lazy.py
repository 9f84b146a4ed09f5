"""What the command line imports only when a command runs (cli's docstring: the arguments are
parsed before anything heavy is imported)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

Handler = Callable[[argparse.Namespace], int]


def lazy(target: str) -> Handler:
    """The command function "module:function", imported only when the command runs."""
    module, _, name = target.partition(":")

    def run(args: argparse.Namespace) -> int:
        function: Handler = getattr(importlib.import_module(module), name)
        return function(args)

    run.__qualname__ = run.__name__ = name
    return run


class LazyModule:
    """A module imported at its first attribute read: a command module names what its work
    needs at the top, as usual, and it is imported only if that work runs. Written

        if TYPE_CHECKING:
            from msek_desktop.core import staff
        else:
            staff = LazyModule("msek_desktop.core.staff")

    so that type checkers see the module itself."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)

    def __repr__(self) -> str:
        return f"LazyModule({self._name!r})"


if TYPE_CHECKING:
    from msek_desktop.core import errors
else:  # its dataclasses import costs `msek --help` a third of its time
    errors = LazyModule("msek_desktop.core.errors")

__all__ = ["Handler", "LazyModule", "errors", "lazy"]
