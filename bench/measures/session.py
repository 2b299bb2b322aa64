"""A command running in a real pseudo-terminal, read the way a terminal would show it.

`TerminalSession` forks the command onto a new pseudo-terminal of a fixed size
(`pty.fork`: the command gets its own session and controlling terminal, like a
program started in a terminal window), reads every byte it writes from the
master side and feeds it to a `Screen`. Each chunk is stamped with
`time.monotonic()` as soon as it is read, before it is parsed; the parse runs
only when nothing more is waiting to be read, so parsing does not delay the
stamp of a later chunk.

Times returned are those stamps: "the moment these bytes reached the terminal".
"""
from __future__ import annotations

import errno
import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .terminal import Screen

CTRL_Q = b"\x11"


class SessionError(RuntimeError):
    """The command did not show what was waited for; the message says what the screen showed."""


class TerminalSession:
    """`argv` in a `cols` x `rows` pseudo-terminal. Use as a context manager or call `close()`."""

    def __init__(self, argv: Sequence[str], *, cols: int = 160, rows: int = 48,
                 env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
        self.argv = [str(a) for a in argv]
        self.cols = cols
        self.rows = rows
        self.env = dict(os.environ if env is None else env)
        self.env["TERM"] = "xterm-256color"  # the same for every command measured
        for name in ("COLUMNS", "LINES"):  # the size comes from the terminal, not the environment
            self.env.pop(name, None)
        self.cwd = cwd
        self.screen = Screen(cols, rows)
        self.pid = 0
        self.fd = -1
        self.spawned_at = 0.0
        self.exited = False
        self.exit_code: int | None = None
        self.chunks = 0
        self._unparsed: list[tuple[float, bytes]] = []

    # -- start and stop -------------------------------------------------------------
    def start(self) -> float:
        """Fork and exec the command; returns the moment just before the fork."""
        winsize = struct.pack("HHHH", self.rows, self.cols, 0, 0)
        self.spawned_at = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:  # the child: set the size on its terminal, then become the command
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                if self.cwd is not None:
                    os.chdir(self.cwd)
                os.execve(self.argv[0], self.argv, self.env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        os.set_blocking(fd, False)
        return self.spawned_at

    def __enter__(self) -> TerminalSession:
        if not self.pid:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def peak_rss_mib(self) -> float:
        """The command's own peak resident memory (`VmHWM` of /proc/PID/status), read while it runs.

        Not `ru_maxrss`: that is carried over from the parent at fork/exec, so a child of a
        large process reports the parent's peak.
        """
        with open(f"/proc/{self.pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        raise SessionError(f"no VmHWM in /proc/{self.pid}/status")

    def close(self, *, quit_keys: bytes = CTRL_Q, grace: float = 5.0) -> int | None:
        """Ask the command to quit with `quit_keys`; end it if it has not within `grace` s."""
        if not self.pid:
            return None
        if not self.exited and quit_keys:
            try:
                self.send(quit_keys)
            except OSError:
                pass
        deadline = time.monotonic() + grace
        while not self._reap() and time.monotonic() < deadline:
            self._read_some(0.05)
        if not self.exited:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    break
                end = time.monotonic() + 2
                while not self._reap() and time.monotonic() < end:
                    self._read_some(0.05)
                if self.exited:
                    break
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        return self.exit_code

    def _reap(self) -> bool:
        if self.exit_code is not None:
            return True
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            self.exited = True
            return True
        if pid == 0:
            return False
        self.exited = True
        self.exit_code = os.waitstatus_to_exitcode(status)
        return True

    # -- input and output --------------------------------------------------------------
    def send(self, data: bytes) -> float:
        """Write keys to the terminal; returns the moment just before the write."""
        t = time.monotonic()
        view = memoryview(data)
        while view:
            try:
                n = os.write(self.fd, view)
            except BlockingIOError:
                self._read_some(0.001)
                continue
            view = view[n:]
        return t

    def _read_some(self, timeout: float) -> bool:
        """Wait up to `timeout` s for output; read all that is waiting, stamping each chunk. True if any."""
        if self.fd < 0:
            return False
        try:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        except InterruptedError:
            return False
        got = False
        while ready:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            except OSError as exc:  # EIO: the command closed the terminal (it exited)
                if exc.errno != errno.EIO:
                    raise
                self.exited = True
                break
            if not data:
                self.exited = True
                break
            self._unparsed.append((time.monotonic(), data))
            got = True
        return got

    def _parse(self, until: Callable[[Screen], bool] | None) -> float | None:
        """Feed the read chunks to the screen; the stamp of the first after which `until` holds."""
        hit: float | None = None
        while self._unparsed:
            stamp, data = self._unparsed.pop(0)
            self.screen.feed(data)
            self.chunks += 1
            if hit is None and until is not None and until(self.screen):
                hit = stamp
        return hit

    def wait_until(self, shown: Callable[[Screen], bool], *, timeout: float, what: str = "",
                   timed: bool = True) -> float:
        """The moment the bytes arrived after which `shown(screen)` holds.

        A timed wait refuses a change that is already on the screen before the bytes waited
        for (there would be nothing to time); `timed=False` returns at once then.
        """
        self._parse(None)
        if shown(self.screen):
            if timed:
                raise SessionError(f"already on the screen before waiting, nothing to time: {what}")
            return time.monotonic()
        deadline = time.monotonic() + timeout
        while True:
            hit = self._parse(shown)
            if hit is not None:
                return hit
            if self.exited or self._reap():
                self._read_some(0)
                hit = self._parse(shown)
                if hit is not None:
                    return hit
                raise SessionError(f"{self.argv[0]} exited ({self.exit_code}) before {what or 'it showed'}:\n"
                                   + self.tail())
            left = deadline - time.monotonic()
            if left <= 0:
                raise SessionError(f"not on the screen within {timeout:g} s: {what}\n" + self.tail())
            self._read_some(min(left, 0.05))

    def wait_quiet(self, quiet: float, *, timeout: float) -> float | None:
        """Read until no output for `quiet` s; the stamp of the last chunk (None: nothing came).

        Gives up after `timeout` s of steady output and returns the last stamp so far.
        """
        last: float | None = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._read_some(quiet):
                last = self._unparsed[-1][0]
                self._parse(None)
            else:
                break
        self._parse(None)
        return last

    def pause(self, seconds: float) -> None:
        """Let `seconds` pass while reading (so the command never blocks on a full terminal)."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self._read_some(left)
        self._parse(None)

    def tail(self, lines: int = 12) -> str:
        shown = [line.rstrip() for line in self.screen.lines()]
        while shown and not shown[-1]:
            shown.pop()
        return "\n".join(shown[-lines:]) or "(the screen is empty)"
