"""Imports run one way: core ← widgets ← ui ← main. Read from the source's own import
statements (every one, also those inside functions), so no code needs to run."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

# A layer may import only the layers named beside it.
ALLOWED: dict[str, set[str]] = {
    "explainer_core": {"explainer_core"},
    "widgets": {"explainer_core", "widgets"},
    "ui": {"explainer_core", "widgets", "ui", "translations"},
}
# Widgets know neither the data nor the story: only the core's neutral modules.
NEUTRAL_CORE_FOR_WIDGETS = (
    "explainer_core.formatting",
    "explainer_core.figure",
    "explainer_core.layout",
    "explainer_core.precision",
    "explainer_core.templates",
)
PROJECT_PACKAGES = ("explainer_core", "widgets", "ui", "translations", "main")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def violations(layer: str) -> list[str]:
    problems = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for line, module in imported_modules(path):
            top = module.split(".")[0]
            if top not in PROJECT_PACKAGES:
                continue  # the standard library and third-party packages
            where = f"{path.relative_to(ROOT)}:{line} imports {module}"
            if top not in ALLOWED[layer]:
                problems.append(where)
            elif (
                layer == "widgets"
                and top == "explainer_core"
                and not module.startswith(NEUTRAL_CORE_FOR_WIDGETS)
            ):
                problems.append(where + " (a domain module)")
    return problems


def test_the_core_imports_no_widget_and_no_view():
    assert violations("explainer_core") == []


def test_widgets_import_neither_views_nor_the_domain():
    assert violations("widgets") == []


def test_views_never_import_the_command_line():
    assert violations("ui") == []


def test_a_violation_would_be_found(tmp_path, monkeypatch):
    """The check itself: a widget that imports a view is reported."""
    layer = tmp_path / "widgets"
    layer.mkdir()
    (layer / "bad.py").write_text("def f():\n    from ui.shell import theme\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    assert violations("widgets") == ["widgets/bad.py:2 imports ui.shell.theme"]
