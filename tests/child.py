"""Python code run in a child process of its own, from the project's root: a fresh interpreter, so what a
module loads (or does not) is seen as a newcomer's process would see it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str, *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -c code` in the project's root, its output captured as text."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def assert_python_ok(code: str, *, timeout: float = 120) -> None:
    """`code` ran to its end in a child (it prints 'ok' last): every assertion in it held."""
    out = run_python(code, timeout=timeout)
    assert out.returncode == 0, out.stderr
    assert "ok" in out.stdout
