"""Modules stay readable: at most 400 lines each (data tables aside), no class over 25
methods. Checked here for everything outside msek_desktop/ui."""

from __future__ import annotations

import ast
from pathlib import Path

import msek_desktop

PACKAGE = Path(msek_desktop.__file__).parent
MAX_LINES = 400
MAX_METHODS = 25
DATA_TABLES = {"core/demo/data.py", "core/demo/profiles.py"}  # the demo data's words and texts


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    return [p for p in found if p.relative_to(PACKAGE).parts[0] != "ui"]


def test_the_modules_are_found() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in modules()}
    assert {"cli/__init__.py", "core/db.py", "letters/pdf/__init__.py"} <= names
    assert not any(name.startswith("ui/") for name in names)


def test_no_module_is_over_400_lines() -> None:
    long = {
        name: lines
        for p in modules()
        if (name := p.relative_to(PACKAGE).as_posix()) not in DATA_TABLES
        and (lines := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_no_class_has_over_25_methods() -> None:
    big = {}
    for p in modules():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                methods = [
                    b for b in node.body if isinstance(b, ast.FunctionDef | ast.AsyncFunctionDef)
                ]
                if len(methods) > MAX_METHODS:
                    big[f"{p.relative_to(PACKAGE).as_posix()}:{node.name}"] = len(methods)
    assert big == {}
