"""The session's first process wrote the bytecode the workers and child processes read (tests/precompile.py)."""
from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from _pytest.assertion import rewrite

from tests.precompile import PACKAGES, ROOT


def _header_matches(source: Path, pyc: Path) -> bool:
    """The .pyc was made from this very source (its time and size, as Python and pytest check them)."""
    data = pyc.read_bytes()[:16]
    stat = source.stat()
    mtime, size = struct.unpack("<LL", data[8:16])
    return (data[:4] == importlib.util.MAGIC_NUMBER and mtime == int(stat.st_mtime) & 0xFFFFFFFF
            and size == stat.st_size & 0xFFFFFFFF)


def test_every_project_module_has_current_bytecode() -> None:
    sources = [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]
    assert len(sources) > 100
    stale = [str(p.relative_to(ROOT)) for p in sources
             if not Path(importlib.util.cache_from_source(str(p))).is_file()
             or not _header_matches(p, Path(importlib.util.cache_from_source(str(p))))]
    assert stale == []


def test_every_test_module_has_its_rewritten_asserts_cached() -> None:
    modules = [p for p in sorted((ROOT / "tests").rglob("*.py")) if p.name.startswith("test_") or p.name == "conftest.py"]
    assert len(modules) > 100
    missing = [str(p.relative_to(ROOT)) for p in modules
               if rewrite._read_pyc(p, rewrite.get_cache_dir(p) / (p.name[:-3] + rewrite.PYC_TAIL)) is None]
    assert missing == []
