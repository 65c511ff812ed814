"""Import rules that the layers contract cannot express; run by ``make lint``.

- No import loops between the project's modules, counting imports made inside functions
  and those of a package's ``__init__``.
- No project module is imported inside a function, where it would hide a loop from the
  layers: only an ``AppConfig.ready()`` may, to connect signal receivers as Django asks,
  and a function that defers a module only one configuration can load says so in a
  comment starting "Deferred:" on the line above the import.
"""

import ast
import re
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFERRED = re.compile(r"\s*# Deferred: ")
PACKAGES = (
    "core",
    "search",
    "minutes",
    "networks",
    "privacy",
    "home",
    "editorial",
    "subscriptions",
    "importers",
    "demo",
    "config",
)


def import_loops(graph):
    """Each group of modules that import one another, directly or through others."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def is_ready_method(function, parents):
    """Whether ``function`` is the ``ready()`` of an ``AppConfig``."""
    return (
        function.name == "ready"
        and bool(parents)
        and isinstance(parents[-1], ast.ClassDef)
        and any(getattr(base, "id", None) == "AppConfig" for base in parents[-1].bases)
    )


def is_deferred(node, lines):
    line = getattr(node, "lineno", 0)
    return line > 1 and DEFERRED.match(lines[line - 2]) is not None


def imports_inside_functions(path):
    """``(line, module)`` of each project import made inside a function of ``path``."""
    source = path.read_text()
    tree = ast.parse(source, str(path))
    lines = source.splitlines()
    found = []

    def walk(node, parents, function):
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = child if function is None else function
                if function is None and is_ready_method(child, parents):
                    inner = "ready"
            if function not in (None, "ready") and not is_deferred(child, lines):
                names = []
                if isinstance(child, ast.ImportFrom):
                    names = [child.module or ""] if not child.level else ["."]
                elif isinstance(child, ast.Import):
                    names = [alias.name for alias in child.names]
                found.extend(
                    (child.lineno, name)
                    for name in names
                    if name == "." or name.split(".")[0] in PACKAGES
                )
            walk(child, [*parents, child], inner)

    walk(tree, [], None)
    return found


def main():
    problems = []
    graph = grimp.build_graph(*PACKAGES)
    for group in import_loops(graph):
        problems.append("import loop: " + " <-> ".join(group))
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, module in imports_inside_functions(path):
                where = path.relative_to(ROOT)
                problems.append(f"{where}:{line}: imports {module} inside a function")
    for problem in problems:
        sys.stdout.write(problem + "\n")
    sys.stdout.write(f"{len(problems)} import problem(s) in {len(graph.modules)} modules\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
