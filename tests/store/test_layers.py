"""store/ never imports Textual; screens/ and tui/ never touch SQL directly."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "ok" in out.stdout


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
