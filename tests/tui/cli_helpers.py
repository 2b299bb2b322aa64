"""Run `rundbord` for a test: as a real process, or in this process (`tui.cli.main`) with its output captured.

A real process is the point where the test is about the process: its exit
code and stderr as a shell sees them, byte-exact stdout, which modules it
imports, a process killed or writing at the same time. Elsewhere the command
runs in-process: the same `main(argv)`, the same exit code, what it writes to
stdout and stderr, without the cost of starting Python. `main` sets the
clock (--today or $RUNDBORD_TODAY); the autouse fixture in tests/conftest.py
puts it back after each test.
"""
from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def rundbord(*args: str | Path, timeout: float = 30, env: Mapping[str, str] | None = None,
             text: bool = True) -> subprocess.CompletedProcess[Any]:
    """`python -m tui.cli ARGS` as a real process (RUNDBORD_DEBUG unset: no traceback on purpose)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("RUNDBORD_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *map(str, args)],
        cwd=ROOT, capture_output=True, text=text, timeout=timeout, env=full_env,
    )


@contextlib.contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    names = ["RUNDBORD_DEBUG", *env]
    saved = {name: os.environ.get(name) for name in names}
    os.environ.pop("RUNDBORD_DEBUG", None)
    os.environ.update(env)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def rundbord_here(*args: str | Path, env: Mapping[str, str] | None = None,
                  text: bool = True) -> subprocess.CompletedProcess[Any]:
    """`main(ARGS)` in this process, returned as a real run would be: exit code, stdout, stderr.

    stdout is captured as bytes (the exports write UTF-8 bytes to `sys.stdout.buffer`)
    and decoded unless `text` is false. An argparse refusal (SystemExit) gives its exit
    code, as the process would.
    """
    from tui.cli import main

    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", write_through=True)
    argv = [str(a) for a in args]
    with _environment(env or {}), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:  # a message: Python prints it and exits 1
                print(exc.code, file=sys.stderr)
                code = 1
        out.flush()
        err.flush()
    stdout: Any = out_bytes.getvalue()
    stderr: Any = err_bytes.getvalue()
    if text:  # as subprocess.run(text=True) reads them: universal newlines
        stdout, stderr = (_universal(b.decode("utf-8")) for b in (stdout, stderr))
    return subprocess.CompletedProcess([sys.executable, "-m", "tui.cli", *argv], code, stdout, stderr)


def _universal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def no_traceback(out: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout, out.stderr
