"""PySide6's import hook answered from the modules' files (msek_desktop.pyside_sources, put
in place by quiet_imports, which the window's program imports first): the same "does its
source say PySide6?" as PySide6's own _mod_uses_pyside, nothing kept in linecache. In
processes of their own: the test run has imported PySide6 and SQLAlchemy already."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# Modules of the test's own, in a folder put on sys.path: one that mentions PySide6 in a
# comment only, one that does not, one in Latin-1 that does, one in a zip archive (no file of
# its own) that does.
MODULES = {
    "says_it.py": b"# made for PySide6\nVALUE = 1\n",
    "does_not.py": b"VALUE = 2\n",
    "latin_says_it.py": "# -*- coding: latin-1 -*-\nV = 'caf\u00e9'  # PySide6\n".encode("latin-1"),
}
ZIPPED = {"zipped_says_it.py": "VALUE = 3  # PySide6\n"}

IMPORT_AFTER_PYSIDE = """
import json, linecache, sys
{install}
import PySide6.QtWidgets
sys.path[:0] = [{folder!r}, {archive!r}]
import says_it, does_not, latin_says_it, zipped_says_it
import sqlalchemy, sqlalchemy.orm
import sqlite3, _sqlite3, json.decoder, msek_desktop.ui.window.first_paint
feature = sys.modules["shibokensupport.feature"]
ours = feature._mod_uses_pyside
original = getattr(ours, "replaces", ours)
kept = sorted(  # before the original below reads some again
    name for name in linecache.cache
    if name.startswith(sqlalchemy.__path__[0]) and linecache.cache[name][2]
)
names = ["says_it", "does_not", "latin_says_it", "zipped_says_it", "sqlalchemy", "sqlite3",
         "_sqlite3", "sys", "json.decoder", "shibokensupport.feature",
         "msek_desktop.ui.window.first_paint"]
print(json.dumps({{
    "replaced": ours is not original,
    "feature": {{name: feature.pyside_feature_dict.get(name) for name in names}},
    "original": {{name: original(sys.modules[name]) for name in names}},
    "ours": {{name: ours(sys.modules[name]) for name in names}},
    "sqlalchemy_lines": kept,
}}))
"""


def _after_pyside(tmp_path: Path, install: str) -> dict:
    folder = tmp_path / "modules"
    folder.mkdir(exist_ok=True)
    for name, text in MODULES.items():
        (folder / name).write_bytes(text)
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, text in ZIPPED.items():
            zipped.writestr(name, text)
    script = IMPORT_AFTER_PYSIDE.format(install=install, folder=str(folder), archive=str(archive))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.parametrize(
    "install",
    [
        "import msek_desktop.quiet_imports",  # the window's program: before PySide6
        "import PySide6, msek_desktop.quiet_imports",  # e.g. under pytest-qt: after it
    ],
)
def test_modules_imported_after_pyside_are_answered_alike_from_their_files(
    tmp_path: Path, install: str
) -> None:
    seen = _after_pyside(tmp_path, install)
    assert seen["replaced"]
    assert seen["ours"] == seen["original"]
    assert seen["original"] == {
        "says_it": True,
        "does_not": False,
        "latin_says_it": True,
        "zipped_says_it": True,  # from its loader, as PySide6's own function reads it
        "sqlalchemy": False,
        "sqlite3": False,
        "_sqlite3": False,  # an extension
        "sys": False,  # builtin
        "json.decoder": False,
        "shibokensupport.feature": False,  # in PySide6's embedded archive: no source
        "msek_desktop.ui.window.first_paint": True,
    }
    # What PySide6's hook recorded for the modules imported after it (`import a.b` hands
    # it the package a: a.b is not recorded, by PySide6's own hook either).
    assert seen["feature"]["says_it"] == 0
    assert seen["feature"]["does_not"] == -1
    assert seen["feature"]["latin_says_it"] == 0
    assert seen["feature"]["zipped_says_it"] == 0
    assert seen["feature"]["sqlalchemy"] == -1
    assert seen["feature"]["_sqlite3"] == -1
    assert seen["sqlalchemy_lines"] == []


def test_pyside_s_own_hook_keeps_the_lines_it_read(tmp_path: Path) -> None:
    """What the above saves: without it, SQLAlchemy's sources stay in linecache."""
    seen = _after_pyside(tmp_path, "")
    assert not seen["replaced"]
    assert seen["feature"]["says_it"] == 0
    assert seen["feature"]["does_not"] == -1
    assert len(seen["sqlalchemy_lines"]) > 10


def test_left_alone_without_pyside_s_feature_module() -> None:
    """Another PySide6 (no shibokensupport.feature): nothing done, no error."""
    script = """
import sys, PySide6
feature = sys.modules.pop("shibokensupport.feature")
import msek_desktop.quiet_imports
import json.decoder, email.mime.text  # new modules: the finder looks again
print(feature._mod_uses_pyside.__module__)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["shibokensupport.feature"]


def test_the_collector_s_pause_imports_no_pyside() -> None:
    """The window's program imports SQLAlchemy before PySide6 or after, as it chooses."""
    script = """
import sys
import msek_desktop.quiet_imports
print("PySide6" in sys.modules)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False"]
