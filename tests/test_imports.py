"""The package's imports, read from the source (function-level imports too): no cycles except
the ones named here, and the library never imports the command line."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from support import ROOT

PACKAGE = ROOT / "speechparse"

# Cycles that are allowed, each with the reason. A cycle is named by its modules.
ALLOWED: dict[frozenset[str], str] = {
    # `Document.outline()` and `Document.to_markdown()` are the API's conveniences: they import
    # their renderer when called (both modules are loaded by then); the renderers import the
    # model for its classes. Nothing runs at import time in a loop.
    frozenset({"speechparse.model", "speechparse.render.markdown", "speechparse.render.outline"}):
        "convenience methods of the model call their renderer at call time",
    # the registry: markers/__init__ imports each family module to collect it, and each family
    # takes the Family class from the package (defined before the families are imported)
    frozenset({"speechparse.markers", *(f"speechparse.markers.{m}" for m in
                                        ("arabic", "bare", "circled", "cn", "dash", "di", "qi", "shi_yao"))}):
        "the marker registry collects its families",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The module of the package an imported name lives in (`a.b.c` may be a function c of a.b)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [_resolve(alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            # `from a import b`: the module a.b if there is one, else the name b of module a
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else _resolve(base)
                       for alias in node.names]
        else:
            continue
        out.update(t for t in targets if t is not None and t != module)
    return out


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node, function bodies included, except `if TYPE_CHECKING:` blocks (never run)."""
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))
    return out


@cache
def graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (read once, when a test first asks)."""
    return {m: imports_of(m) for m in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[frozenset[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_graph_is_read():
    # not vacuous: function-level imports are seen (the CLI imports the parser inside functions)
    assert "speechparse.api" in graph()["speechparse.cli.parse"] | graph()["speechparse.corpus"]
    assert "speechparse.cli.output" in graph()["speechparse.cli.parse"]
    assert len(graph()) > 50


def test_no_import_cycles_but_the_named_ones():
    found = {c: sorted(c) for c in cycles(graph())}
    unexplained = [names for c, names in found.items() if c not in ALLOWED]
    assert not unexplained, unexplained
    stale = [sorted(c) for c in ALLOWED if c not in found]
    assert not stale, f"allowed cycles that are gone: remove them from ALLOWED: {stale}"


def test_the_cycle_finder_finds_cycles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [frozenset("abc")]


def test_the_library_never_imports_the_command_line():
    library = [m for m in graph() if not m.startswith("speechparse.cli") and m != "speechparse.__main__"]
    offenders = {m: sorted(t for t in graph()[m] if t.startswith("speechparse.cli")) for m in library}
    assert not {m: t for m, t in offenders.items() if t}
