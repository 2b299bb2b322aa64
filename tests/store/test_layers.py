"""store/ never imports Textual; screens/ and tui/ never touch SQL directly."""
from __future__ import annotations

import ast
from pathlib import Path

from tests.child import ROOT, assert_python_ok


def test_store_imports_without_textual() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'textual' or name.startswith('textual.'):\n"
        "            raise ImportError('textual is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import store\n"
        "for m in pkgutil.walk_packages(store.__path__, 'store.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    assert_python_ok(code)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_dependencies_point_one_way() -> None:
    for path in (ROOT / "store").rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in {"textual", "screens", "tui", "rich"}}
        assert not bad, f"{path} imports {bad}"
    for path in (ROOT / "screens").rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in {"tui", "sqlite3", "sqlite_utils"}}
        assert not bad, f"{path} imports {bad}"
    for path in (ROOT / "tui").rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in {"sqlite3", "sqlite_utils"}}
        assert not bad, f"{path} imports {bad}"


def _imports_by_string(path: Path) -> list[str]:
    """Calls that import a module named by a string (`importlib.import_module`, `__import__`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if "importlib" in names:
                found.append(f"{path.name}:{node.lineno}: imports importlib")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("import_module", "__import__"):
                found.append(f"{path.name}:{node.lineno}: {name}()")
    return found


def test_screens_and_the_shell_import_only_what_the_layer_test_can_see() -> None:
    """A screen that loaded another by a string would hide a screens -> tui import from the test above."""
    found = [f for folder in ("screens", "tui") for path in (ROOT / folder).rglob("*.py") for f in _imports_by_string(path)]
    assert not found, found


def test_the_string_import_check_finds_them(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import importlib\nm = importlib.import_module('tui.app')\nn = __import__('tui')\n")
    assert len(_imports_by_string(probe)) == 3


def test_every_string_catalogue_is_merged() -> None:
    from screens.i18n import CATALOGUES

    listed = {m.__name__.rsplit(".", 1)[1] for m in CATALOGUES if m.__name__.startswith("screens.")}
    assert "store.vocabulary" in {m.__name__ for m in CATALOGUES}
    present = {p.stem for p in (ROOT / "screens" / "strings").glob("*.py") if p.stem != "__init__"}
    assert listed == present


def test_a_small_store_module_loads_alone() -> None:
    """`import store.clock` does not load pydantic, the models or the use cases (store/__init__ is lazy),
    and the names `store` offers still come when asked for."""
    code = (
        "import sys\n"
        "import store.clock\n"
        "assert 'pydantic' not in sys.modules and 'store.models' not in sys.modules, sorted(sys.modules)\n"
        "from store import Store, InputError\n"
        "assert Store.__module__ == 'store.store' and 'pydantic' in sys.modules\n"
        "print('ok')\n"
    )
    assert_python_ok(code)
