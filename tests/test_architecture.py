"""The layers of the house, read from the code's own imports.

Every module under fou/ and bench/ is parsed (nothing is imported), and each
import – at the top of a file or inside a function – becomes an arrow from the
app it stands in to the app it names. The arrows must run one way: down the
layers below, which README's "Layers" section explains.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Bottom first. An app may import the apps of the layers below its own, never
# one of its own layer or above.
LAYERS = (
    ("domain",),
    ("core",),
    ("accounts",),
    ("jobs", "organisations"),
    ("calls",),
    ("applications",),
    ("review", "history", "knowledge"),
    ("allocations",),
    ("decisions", "followup"),
    ("operations", "site"),
    ("demo",),
)
LAYER_OF = {app: number for number, apps in enumerate(LAYERS) for app in apps}
# The project's own modules (settings, urls, wsgi) stand above every app.
PROJECT = "project"


def imported_names(path: Path):
    """(line, dotted name) of every import in the file, however deep it stands."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    return names_in(path.read_text(encoding="utf-8"), package=package)


def names_in(source: str, *, package: tuple[str, ...]):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ((node.module,) if node.module else ()))
            else:
                module = node.module
            yield node.lineno, module
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


def app_of(path: Path) -> str:
    parts = path.relative_to(ROOT / "fou").parts
    return parts[0] if len(parts) > 1 else PROJECT


def production_modules():
    for path in sorted((ROOT / "fou").rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def fou_app(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "fou" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYER_OF else PROJECT


def app_arrows() -> dict[tuple[str, str], list[str]]:
    """(importing app, imported app) → where, as "path:line name"."""
    arrows = defaultdict(list)
    for path in production_modules():
        source = app_of(path)
        for line, name in imported_names(path):
            target = fou_app(name)
            place = f"{path.relative_to(ROOT)}:{line}"
            if (
                target
                and target != source
                and not any(where.startswith(f"{place} ") for where in arrows[(source, target)])
            ):
                arrows[(source, target)].append(f"{place} {name}")
    return dict(arrows)


def cycles(arrows) -> list[list[str]]:
    """The groups of apps that import each other in a loop (strongly connected)."""
    graph = defaultdict(set)
    for source, target in arrows:
        graph[source].add(target)
    index, low, stack, found = {}, {}, [], []

    def visit(app):
        index[app] = low[app] = len(index)
        stack.append(app)
        for other in graph[app]:
            if other not in index:
                visit(other)
                low[app] = min(low[app], low[other])
            elif other in stack:
                low[app] = min(low[app], index[other])
        if low[app] == index[app]:
            group = []
            while not group or group[-1] != app:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for app in sorted(graph):
        if app not in index:
            visit(app)
    return found


def test_every_app_has_its_place_in_the_layers():
    apps = {path.name for path in (ROOT / "fou").iterdir() if (path / "__init__.py").exists()}
    # fou/formats holds Django's format files (FORMAT_MODULE_PATH), not code.
    assert apps - {"formats"} == set(LAYER_OF)


def test_the_apps_import_each_other_in_no_cycle():
    assert cycles(app_arrows()) == []


def test_every_import_between_apps_runs_down_the_layers():
    upward = [
        where
        for (source, target), places in sorted(app_arrows().items())
        if source != PROJECT and (target == PROJECT or LAYER_OF[target] >= LAYER_OF[source])
        for where in places
    ]
    assert upward == []


def test_the_domain_imports_neither_django_nor_any_app():
    found = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in sorted((ROOT / "fou" / "domain").rglob("*.py"))
        for line, name in imported_names(path)
        if name.split(".")[0] == "django" or fou_app(name) not in (None, "domain")
    ]
    assert found == []


def test_the_bottom_layer_imports_no_app():
    found = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in sorted((ROOT / "fou" / "core").rglob("*.py"))
        if "migrations" not in path.parts
        for line, name in imported_names(path)
        if fou_app(name) not in (None, "core", "domain")
    ]
    assert found == []


def test_no_production_module_or_benchmark_imports_the_demo_data():
    modules = [p for p in production_modules() if app_of(p) != "demo" and "demo" not in p.parts]
    modules += sorted((ROOT / "bench").rglob("*.py"))
    found = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in modules
        for line, name in imported_names(path)
        # fou.core.demo: where the demo data stood before it had an app of its own.
        if fou_app(name) == "demo" or name.startswith("fou.core.demo")
    ]
    assert found == []


def test_the_reader_sees_imports_inside_functions_and_relative_ones():
    source = "def load():\n    from fou.demo import build\n\nfrom ..calls import models\n"
    names = {name for _line, name in names_in(source, package=("fou", "applications"))}
    assert {"fou.demo.build", "fou.calls.models"} <= names


def test_a_loop_of_three_apps_is_found():
    arrows = {
        ("calls", "applications"): [],
        ("applications", "review"): [],
        ("review", "calls"): [],
    }
    arrows[("review", "core")] = []
    assert cycles(arrows) == [["applications", "calls", "review"]]
