"""Update the .ts sources from the code and compile them to .qm.

    python packaging/translations.py          # update the .ts files + lrelease
    python packaging/translations.py --check  # fail if any entry is unfinished or missing

Strings are found through `tr("Context", "text")` (msek_desktop.ui.i18n.tr), by reading the
code (see "finding the strings" below); pyside6-lrelease compiles. "--check" updates
temporary copies of the .ts files, so a string added to the code without a translation is
reported without touching resources/i18n.
"""

from __future__ import annotations

import argparse
import ast
import html
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "pl", "en")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    files = sorted((ROOT / "msek_desktop" / "ui").rglob("*.py"))
    return [str(f) for f in [*files, ROOT / "msek_desktop" / "app.py"]]


def tool(name: str) -> str:
    """pyside6-lrelease (or another PySide6 tool) next to this Python, else on PATH."""
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


# -- finding the strings: our own reader of tr("Context", "text") calls ----------------------
# lupdate's Python parser changes between PySide6 releases (before 6.12 it misses plurals and
# calls whose count is not a plain name). The rule here is simple and ours: every call
# tr("Context", "literal", ...) in msek_desktop/ui and app.py is a message; one with a count
# (4th argument or n=) is a plural. Existing entries are kept byte for byte, new ones are
# added unfinished, vanished ones dropped; contexts sorted, messages in order of appearance.


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    plural: bool


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in_code() -> dict[str, list[Found]]:
    by_context: dict[str, list[Found]] = {}
    seen: set[tuple[str, str]] = set()
    for file in sources():
        tree = ast.parse(Path(file).read_text(encoding="utf-8"), file)
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        calls.sort(key=lambda n: (n.lineno, n.col_offset))
        for call in calls:
            if not (isinstance(call.func, ast.Name) and call.func.id == "tr"):
                continue
            if len(call.args) < 2:
                continue
            context, source = _literal(call.args[0]), _literal(call.args[1])
            if context is None or source is None or (context, source) in seen:
                continue
            seen.add((context, source))
            plural = len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords)
            by_context.setdefault(context, []).append(Found(context, source, plural))
    return by_context


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(
    r" *<message(?: numerus=\"yes\")?>\s*<source>(.*?)</source>.*?</message>", re.S
)
FORMS = {"pl": 3}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _new_message(found: Found, lang: str) -> str:
    source = _escape(found.source)
    if not found.plural:
        return (
            f"    <message>\n        <source>{source}</source>\n"
            f'        <translation type="unfinished"></translation>\n    </message>'
        )
    forms = "".join("\n            <numerusform></numerusform>" for _ in range(FORMS.get(lang, 2)))
    return (
        f'    <message numerus="yes">\n        <source>{source}</source>\n'
        f'        <translation type="unfinished">{forms}\n        </translation>\n    </message>'
    )


def update_ts(ts: Path, lang: str, quiet: bool = False) -> None:
    """Bring `ts` up to date with the code."""
    before = ts.read_text(encoding="utf-8") if ts.exists() else ""
    kept: dict[tuple[str, str], str] = {}
    for context in _CONTEXT.finditer(before):
        name = html.unescape(context.group(1))
        for message in _MESSAGE.finditer(context.group(2)):
            kept[(name, html.unescape(message.group(1)))] = message.group(0)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{lang}">']  # fmt: skip
    added = 0
    for name, found in sorted(strings_in_code().items()):
        out += ["<context>", f"    <name>{_escape(name)}</name>"]
        for item in found:
            block = kept.get((name, item.source))
            if block is None or ('numerus="yes"' in block) != item.plural:
                block = _new_message(item, lang)
                added += 1
            out.append(block)
        out.append("</context>")
    out.append("</TS>")
    ts.write_text("\n".join(out) + "\n", encoding="utf-8")
    if not quiet:
        print(f"{ts.name}: {added} new or changed entries")


def lrelease(ts: Path, qm: Path, quiet: bool = False) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=quiet
    )


def update(folder: Path = I18N, quiet: bool = False) -> None:
    for lang in LANGUAGES:
        update_ts(folder / f"msek_{lang}.ts", lang, quiet)


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
