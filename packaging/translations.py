"""Update the .ts sources from the code and compile them to .qm.

    python packaging/translations.py          # lupdate + lrelease
    python packaging/translations.py --check  # fail if any entry is unfinished or missing

Strings are found through `tr("Context", "text")` (msek_desktop.ui.i18n.tr).
"--check" runs lupdate on temporary copies of the .ts files, so a string added to the code
without a translation is reported without touching resources/i18n.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "pl", "en")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    files = sorted((ROOT / "msek_desktop" / "ui").rglob("*.py"))
    return [str(f) for f in [*files, ROOT / "msek_desktop" / "app.py"]]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


def lupdate(ts: Path, lang: str, quiet: bool = False) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-tr-function-alias", "translate+=tr",
         "-no-obsolete", "-locations", "none", "-target-language", lang,
         *sources(), "-ts", str(ts)],
        check=True, capture_output=quiet,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path, quiet: bool = False) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=quiet
    )


def update(folder: Path = I18N, quiet: bool = False) -> None:
    for lang in LANGUAGES:
        lupdate(folder / f"msek_{lang}.ts", lang, quiet)


def release(folder: Path = I18N, out: Path | None = None, quiet: bool = False) -> None:
    for lang in LANGUAGES:
        lrelease(folder / f"msek_{lang}.ts", (out or folder) / f"msek_{lang}.qm", quiet)


def unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing or marked unfinished."""
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            problems.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(source)
    return problems


def check(folder: Path = I18N) -> dict[str, list[str]]:
    """Unfinished entries per language, counting strings in the code not yet in the .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for lang in LANGUAGES:
            shutil.copy(folder / f"msek_{lang}.ts", copy / f"msek_{lang}.ts")
        update(copy, quiet=True)
        return {lang: unfinished(copy / f"msek_{lang}.ts") for lang in LANGUAGES}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        bad = check()
        for lang, sources_ in bad.items():
            for source in sources_:
                print(f"{lang}: unfinished: {source}")
        return 1 if any(bad.values()) else 0
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
