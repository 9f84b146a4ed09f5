"""The house rules of the code, checked over the source (no import of the package needed):
no import cycle among msek_desktop's modules, questions to the user only through
ui/kit/questions.py, and in the window's package (ui/) no file over 400 lines and no class
with more than 25 methods (test_module_sizes.py checks the rest of the package)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "msek_desktop"
MAX_LINES = 400
MAX_METHODS = 25
QUESTIONS = "msek_desktop.ui.kit.questions"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The imports run when the module is imported: at its top, or in a try or an if at its
    top (but not `if TYPE_CHECKING:`, which only the type checker reads)."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not is_type_checking(node.test):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            for handler in node.handlers:
                pending += handler.body
    return found


def imported(name: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The msek_desktop modules `node` (in module `name`) imports."""
    if isinstance(node, ast.Import):
        targets = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:  # relative: from the package of `name`
            package = name.split(".")
            if MODULES[name].name != "__init__.py":
                package = package[:-1]
            package = package[: len(package) - node.level + 1]
            base = ".".join([*package, base] if base else package)
        # `from package import module` imports the module; `from module import name` the module
        targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
    found = set()
    for target in targets:
        module = target
        while module and module not in MODULES:
            module = module.rpartition(".")[0]
        if module.startswith("msek_desktop") and module != name:
            found.add(module)
    return found


def import_graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = set().union(*(imported(name, n) for n in top_level_imports(tree)))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for after in sorted(graph[node]):
            if after not in index:
                visit(after)
                low[node] = min(low[node], low[after])
            elif after in on_stack:
                low[node] = min(low[node], index[after])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_checker_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_has_the_package_imports() -> None:
    graph = import_graph()
    assert "msek_desktop.core.db" in graph["msek_desktop.core.store"]
    assert "msek_desktop.ui.window.main_window" in graph["msek_desktop.app"]


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def window_modules() -> dict[str, ast.Module]:
    """The modules of msek_desktop.ui, parsed."""
    return {
        name: ast.parse(path.read_text(encoding="utf-8"))
        for name, path in MODULES.items()
        if name.startswith("msek_desktop.ui.") or name == "msek_desktop.ui"
    }


def methods_of(tree: ast.Module) -> dict[str, int]:
    """How many methods each class of the module defines in its own body."""
    return {
        node.name: sum(isinstance(d, ast.FunctionDef | ast.AsyncFunctionDef) for d in node.body)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }


def test_the_window_modules_are_found() -> None:
    names = set(window_modules())
    assert {"msek_desktop.ui", QUESTIONS, "msek_desktop.ui.window.main_window"} <= names
    assert "msek_desktop.app" not in names


def test_no_window_module_over_400_lines() -> None:
    lines = {name: len(MODULES[name].read_text("utf-8").splitlines()) for name in window_modules()}
    assert {name: n for name, n in lines.items() if n > MAX_LINES} == {}


def test_no_window_class_over_25_methods() -> None:
    counts = {
        f"{name}.{cls}": n
        for name, tree in window_modules().items()
        for cls, n in methods_of(tree).items()
    }
    assert {cls: n for cls, n in counts.items() if n > MAX_METHODS} == {}


STATIC_BOXES = {"information", "warning", "critical", "question", "about"}


def static_boxes(tree: ast.Module) -> list[int]:
    """The lines calling QMessageBox.information(...) and its likes."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in STATIC_BOXES
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "QMessageBox"
    ]


def test_the_checker_sees_a_static_box() -> None:
    assert static_boxes(ast.parse("QMessageBox.warning(None, 't', 'x')\nbox.exec()")) == [1]


def test_questions_to_the_user_only_through_the_questions_module() -> None:
    found = {
        name: lines
        for name, path in MODULES.items()
        if name != QUESTIONS and (lines := static_boxes(ast.parse(path.read_text("utf-8"))))
    }
    assert found == {}
