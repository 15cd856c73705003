"""The shape of the code: stages keep to their own rooms, and no module imports its way back to itself.

Imports are read from the source (module level and inside functions); imports that
only serve type checking (``if TYPE_CHECKING:``) are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import communique

ROOT = Path(communique.__file__).resolve().parent


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(("communique",) + (parts[:-1] if parts[-1] == "__init__" else parts))


def _runtime_imports(tree: ast.AST) -> list[ast.ImportFrom | ast.Import]:
    found: list[ast.ImportFrom | ast.Import] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        deps: set[str] = set()
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names}
                continue
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            subs = {f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in files}
            deps |= subs if len(subs) == len(node.names) else subs | {target}
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _edges(graph: dict[str, set[str]], src: str, dst: str) -> list[str]:
    return [f"{m} -> {d}" for m, ds in sorted(graph.items()) if m == src or m.startswith(src + ".")
            for d in sorted(ds) if d == dst or d.startswith(dst + ".")]


def test_no_module_imports_its_way_back_to_itself():
    assert cycles(import_graph()) == []


def test_the_store_does_not_drive_the_pipeline():
    graph = import_graph()
    for driver in ("communique.run", "communique.pipeline", "communique.outputs"):
        assert _edges(graph, "communique.store", driver) == []


def test_places_and_store_do_not_import_each_other():
    graph = import_graph()
    assert not (_edges(graph, "communique.places", "communique.store")
                and _edges(graph, "communique.store", "communique.places"))
    assert _edges(graph, "communique.places", "communique.store") == []


#: Where one stage may use another's module: shared resources, not another stage's work.
#: Every stage builds on the language stage's repaired parse and its lemma table.
SHARED = {
    "communique.places.gazetteer",  # the place dictionary (actors: a city named as a target)
    "communique.places.dateline",   # the dateline's place (events: "arrived here today")
    "communique.quotes.marks",      # where quotation marks open and close (actors: "we" outside quotes)
    "communique.quotes.voice",      # transcript speakers' words, first-person words (actors: the same)
    "communique.quotes.data",       # attribution word lists (claims)
    "communique.quotes.speakers",   # the speaker index over mentions (claims)
}


def test_stages_reach_no_other_stage_for_its_work():
    """Stages share the article, the cameo tables, the data loader and a few named resources."""
    graph = import_graph()
    stages = ("actors", "time", "quotes", "events", "places", "claims")
    for a in stages:
        for b in (*stages, "language"):
            if a == b or b == "language":
                continue
            crossings = [e for e in _edges(graph, f"communique.{a}", f"communique.{b}")
                         if e.split(" -> ")[1] not in SHARED]
            assert crossings == [], (a, b)


def test_the_language_stage_builds_on_no_later_stage():
    graph = import_graph()
    for later in ("actors", "time", "quotes", "events", "places", "claims", "store"):
        assert _edges(graph, "communique.language", f"communique.{later}") == []


def test_cycle_finder_finds_a_loop():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
