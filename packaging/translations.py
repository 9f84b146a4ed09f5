"""Update the .ts sources from the code and compile them to .qm.

    python packaging/translations.py          # lupdate + lrelease
    python packaging/translations.py --check  # fail if any entry is unfinished or missing

Strings are found through `tr("Context", "text")` (msek_desktop.ui.i18n.tr).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "pl", "en")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    files = sorted((ROOT / "msek_desktop" / "ui").rglob("*.py"))
    return [str(f) for f in [*files, ROOT / "msek_desktop" / "app.py"]]


def update() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"msek_{lang}.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-tr-function-alias", "translate+=tr",
             "-no-obsolete", "-locations", "none", "-target-language", lang,
             *sources(), "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def release() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"msek_{lang}.ts"
        qm = I18N / f"msek_{lang}.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        bad = {lang: unfinished(I18N / f"msek_{lang}.ts") for lang in LANGUAGES}
        for lang, sources_ in bad.items():
            for source in sources_:
                print(f"{lang}: unfinished: {source}")
        return 1 if any(bad.values()) else 0
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
