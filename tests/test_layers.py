"""Layers point one way: no import circle in graph/, and no stage imports from a later one.

Every import counts, those inside functions too (a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "graph"

#: The stages, first to last. A module may import from its own layer and the layers before it.
LAYERS = [
    ("shared helpers", {"errors", "model", "contract", "display", "iris", "text", "unionfind"}),
    ("reading articles", {"ingest", "nlp", "lookups", "extract", "parallel"}),
    ("resolving", {"resolve", "identity", "claims"}),
    ("building", {"build", "corrections"}),
    ("writing", {"rdf", "layout", "render", "stats", "describe", "export", "store"}),
    ("reading back", {"load", "query", "results", "from_rdf", "figures", "entities", "validate", "evaluate", "pool", "browse", "push"}),
    ("serving", {"server"}),
    ("orchestrating", {"pipeline", "cli", "__main__", "__init__"}),
]


#: The two halves of the package (graph/building, graph/using): folders, not units of their own.
HALVES = ("building", "using")


def _unit(module: str) -> str:
    """graph.building.extract.quotes -> extract; graph.using.rdf -> rdf; graph.model -> model."""
    parts = [p for i, p in enumerate(module.split(".")) if not (i == 1 and p in HALVES)]
    return parts[1] if len(parts) > 1 else "__init__"


def _exists(unit: str) -> bool:
    return any((folder / unit).is_dir() or (folder / f"{unit}.py").is_file()
               for folder in (PACKAGE, *(PACKAGE / half for half in HALVES)))


def _imports() -> dict[str, set[str]]:
    """unit -> the units of graph it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        module = ".".join(rel.parts)
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        if path.name == "__init__.py":
            module = module.rsplit(".", 1)[0] + ".__init__" if module.count(".") == 1 else module
        unit = _unit(module.replace(".__init__", "") if module != "graph.__init__" else "graph.__init__")
        targets = found.setdefault(unit, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    stem = ".".join(base + ([node.module] if node.module else []))
                else:
                    stem = node.module or ""
                names = [stem] if node.module else [f"{stem}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name == "graph" or name.startswith("graph."):
                    target = _unit(name) if name != "graph" else "__init__"
                    if not _exists(target):
                        target = "__init__"  # a name the package itself holds (__version__)
                    if target != unit:
                        targets.add(target)
    return found


def test_every_module_has_a_layer():
    placed = set().union(*(units for _, units in LAYERS))
    assert set(_imports()) <= placed, f"put {sorted(set(_imports()) - placed)} in a layer of tests/test_layers.py"


def test_no_stage_imports_from_a_later_one():
    rank = {unit: i for i, (_, units) in enumerate(LAYERS) for unit in units}
    wrong = sorted(f"{unit} ({LAYERS[rank[unit]][0]}) imports {target} ({LAYERS[rank[target]][0]})"
                   for unit, targets in _imports().items() for target in targets
                   if target in rank and rank[target] > rank[unit] and target != "__init__")
    assert not wrong, "\n".join(wrong)


def test_no_import_circle():
    graph = _imports()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(unit: str) -> list[str] | None:
        state[unit] = 1
        path.append(unit)
        for target in sorted(graph.get(unit, ())):
            if target == "__init__":
                continue
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if not state.get(target):
                found = visit(target)
                if found:
                    return found
        state[unit] = 2
        path.pop()
        return None

    for unit in sorted(graph):
        if not state.get(unit):
            circle = visit(unit)
            assert circle is None, " -> ".join(circle)


def test_every_library_error_lives_in_errors_py():
    # the query pool passes errors back by the names errors.py holds; one defined elsewhere came back as QueryError
    from graph import errors
    from graph.using.pool import _ERRORS

    bases = "|".join(errors.__all__)
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name != "errors.py":
            found = re.findall(rf"^class (\w+)\((?:\w+\.)?(?:{bases})\)", path.read_text(encoding="utf-8"), re.M)
            assert not found, f"{path.relative_to(ROOT)} defines {found} outside graph/errors.py"
    for name in ("ExportError", "NotAcceptable"):
        assert _ERRORS[name] is getattr(errors, name)


def test_the_two_halves_hold_the_stages_they_are_named_for():
    """`ls graph/` shows the split: graph/building/ reads, resolves and builds; graph/using/ writes, reads back, serves."""
    rank = {unit: i for i, (_, units) in enumerate(LAYERS) for unit in units}
    first_using = next(i for i, (name, _) in enumerate(LAYERS) if name == "writing")
    halves = {half: {p.stem if p.is_file() else p.name for p in (PACKAGE / half).iterdir()
                     if p.name != "__init__.py" and p.name != "__pycache__"} for half in HALVES}
    assert halves["building"] and halves["using"]
    assert all(rank[u] < first_using for u in halves["building"]), halves["building"]
    assert all(first_using <= rank[u] < len(LAYERS) - 1 for u in halves["using"]), halves["using"]
