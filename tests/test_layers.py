"""The package's layers (docs/architecture.md): no import cycle between modules, and no module
importing one of a higher layer. Read with the standard library's ``ast``: every import counts,
at module level, inside functions and under ``TYPE_CHECKING`` alike."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tacitus"

# lowest first; a module may import its own layer and those below it. A name covers the module
# or the package of that name and everything in it; the root package (the public API) is on top.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # actors.identity (names normalised into keys and ids) imports nothing of Tacitus and the
    # records use it for actor keys: it stands with them, below the rest of actors/
    (
        "foundations",
        ("version", "errors", "records", "actors.identity", "plover", "output", "intervals"),
    ),
    ("resources", ("nlp_attributes", "nlp", "dates", "places", "cameo", "html", "boilerplate")),
    ("sources", ("admission", "inputs", "fetch")),
    ("actors", ("actors",)),
    ("events and quotes", ("events", "quotes")),
    ("pipeline", ("pipeline",)),
    ("store", ("store",)),
    ("stories", ("stories",)),
    ("runs", ("ingest", "batch", "bench", "scale_bench", "evaluate")),
    ("api", ("api",)),
    ("shells", ("cli", "__main__", "")),
)


def modules() -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package's __init__) for every module of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


MODULES = modules()


def _targets(module: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The package's modules an import statement reads (a name imported from a package is
    that submodule when there is one, else the package itself)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name.split(".")[0] == "tacitus"}
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        source = ".".join([*base, *([node.module] if node.module else [])])
    else:
        source = node.module or ""
    if source.split(".")[0] != "tacitus":
        return set()
    return {f"{source}.{a.name}" if f"{source}.{a.name}" in MODULES else source for a in node.names}


def graph() -> dict[str, set[str]]:
    edges = {}
    for module, (path, is_package) in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                found |= _targets(module, is_package, node)
        edges[module] = found - {module}
    return edges


def layer_of(module: str) -> int:
    """The layer of a module: the one naming it or its nearest enclosing package."""
    name = module.removeprefix("tacitus").removeprefix(".")
    matches = [  # (length of the matching name, layer): the longest name decides
        (len(entry), index)
        for index, (_, names) in enumerate(LAYERS)
        for entry in names
        if name == entry or (entry and name.startswith(entry + "."))
    ]
    if not matches:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS and docs/architecture.md")
    return max(matches)[1]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read() -> None:
    """The reading itself: known edges are seen (relative, absolute, inside functions)."""
    edges = graph()
    assert "tacitus.store.database" in edges["tacitus.store"]
    assert "tacitus.stories" in edges["tacitus.ingest"]
    assert "tacitus.places.gazetteer" in edges["tacitus.actors.resolve"]
    assert "tacitus.evaluate.re3d" in edges["tacitus.evaluate"]  # imported inside a function
    node = ast.parse("from ..x import y").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert _targets("tacitus.a.b", False, node) == {"tacitus.x"}


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_a_cycle_would_be_seen() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def test_no_module_imports_a_higher_layer() -> None:
    upward = [
        f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
        for module, targets in graph().items()
        for target in sorted(targets)
        if target in MODULES and layer_of(target) > layer_of(module)
    ]
    assert upward == []


@pytest.mark.parametrize("layer", [name for name, _ in LAYERS])
def test_the_layers_are_documented(layer: str) -> None:
    """docs/architecture.md names every layer and every room in it."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert f"**{layer}**" in text
    names = dict(LAYERS)[layer]
    for name in names:
        if name:
            path = "tacitus/" + name.replace(".", "/")
            assert f"`{path}/`" in text or f"`{path}.py`" in text, name
