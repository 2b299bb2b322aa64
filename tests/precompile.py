"""Bytecode written once per test session, before the workers start (issue 14, the suite's speed).

Where `PYTHONDONTWRITEBYTECODE` is set (this machine, and likely CI) and the project is an
editable install, no `.pyc` is ever written for `store/`, `screens/`, `tui/` or the tests:

- every xdist worker and every child process the tests start (the command line, the live
  view, crash tests, the benchmark) compiles the project's modules from source again;
- every worker rewrites the asserts of every test module again (pytest caches a rewritten
  module only where it may write bytecode): ~4 s CPU per worker, the biggest part of collection.

The session's first process (the xdist controller, or the only process under `-n 0`) writes both
once: `compileall` for the packages, and pytest's own cache file of each rewritten test module
(the same file pytest writes where bytecode may be written, checked by pytest against the
source's time and size before use). Reading bytecode is allowed with the variable set; nothing
here changes what a test runs: a stale or missing file is rewritten from source as before.
"""
from __future__ import annotations

import compileall
import fnmatch
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("store", "screens", "tui", "bench")
"""The project's packages (what the workers and the child processes import)."""


def precompile(config: pytest.Config) -> None:
    """Write the project's bytecode and the rewritten test modules, once per session."""
    try:
        for package in PACKAGES:
            if (ROOT / package).is_dir():
                compileall.compile_dir(str(ROOT / package), quiet=2)
        _rewrite_test_modules(config)
        _hypothesis_unicode_tables()
    except OSError:  # a checkout that may not be written: every process compiles from source as before
        return


def _hypothesis_unicode_tables() -> None:
    """Hypothesis's tables of Unicode categories and of what UTF-8 encodes, written to `.hypothesis/` once.

    `st.text()` needs both. Hypothesis reads them from its storage directory, or computes them
    (~1.9 s CPU, a loop over every code point) and writes them there; on a fresh clone the four
    workers start together and each computed them. The first process computes and writes them
    now; the workers read them (~0.01 s). The same tables either way: nothing a test draws changes.
    Hypothesis warns about storage touched while plugins load (it would slow every start); here
    that is the point, so its `HypothesisSideeffectWarning` is not printed for these two calls.
    """
    try:
        from hypothesis.errors import HypothesisSideeffectWarning
        from hypothesis.internal.charmap import charmap, intervals_from_codec
    except ImportError:  # pragma: no cover - another hypothesis: each worker computes them as before
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HypothesisSideeffectWarning)
        charmap()
        intervals_from_codec("utf-8")


def _rewrite_test_modules(config: pytest.Config) -> None:
    """Pytest's cached rewrite of every test module and conftest under tests/ not yet up to date.

    Uses pytest's assertion rewriting itself (the functions its import hook calls); if a
    pytest version moves them, nothing is written and each worker rewrites as before.
    """
    if config.getoption("assertmode", "rewrite") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite as rw
        state = config.stash[rw.assertstate_key]
        write_pyc, rewrite_test, read_pyc = rw._write_pyc, rw._rewrite_test, rw._read_pyc
        cache_dir_of, tail = rw.get_cache_dir, rw.PYC_TAIL
    except (ImportError, AttributeError, KeyError):  # pragma: no cover - another pytest
        return
    patterns = [*config.getini("python_files"), "conftest.py"]
    for source in sorted((ROOT / "tests").rglob("*.py")):
        if not any(fnmatch.fnmatch(source.name, pattern) for pattern in patterns):
            continue
        cache_dir = cache_dir_of(source)
        pyc = cache_dir / (source.name[:-3] + tail)
        if read_pyc(source, pyc) is not None:
            continue
        cache_dir.mkdir(exist_ok=True)
        stat, code = rewrite_test(source, config)
        write_pyc(state, code, stat, pyc)
