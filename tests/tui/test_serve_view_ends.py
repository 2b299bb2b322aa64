"""A served view never outlives the server that started it.

textual-serve runs each browser tab's view through a shell. The command begins with `exec`, so the
shell becomes the view (a signal to end the tab reaches the view itself), and the view asks Linux
for SIGTERM when its parent dies: here the "server" is killed with SIGKILL, and the view still ends
as after ctrl+q, logging the end of the session (who looked). Before, the view kept running with
the plan open and its session never ended in the log.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import Store
from tui.commands.serve import view_command

FAKE_SERVER = """
import asyncio, os, sys
async def main():
    env = {**os.environ, "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver", "COLUMNS": "80", "ROWS": "24"}
    out = open(sys.argv[2], "wb")
    proc = await asyncio.create_subprocess_shell(sys.argv[1], stdin=asyncio.subprocess.PIPE, stdout=out,
                                                 stderr=out, env=env)
    print(proc.pid, flush=True)
    await asyncio.sleep(600)
asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie has ended
        return fh.read().split(") ")[-1][0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_served_view_ends_when_its_server_is_killed(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                        tmp_path: Path) -> None:
    demo_store.set_focus(citizen_id=demo_citizen_id)
    command = view_command(db_path)
    assert command.startswith("exec ")
    server = subprocess.Popen([sys.executable, "-c", FAKE_SERVER, command, str(tmp_path / "view.out")],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    view_pid = 0
    try:
        assert server.stdout is not None
        view_pid = int(server.stdout.readline())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if any(a.event == "live_start" for a in demo_store.access_log(demo_citizen_id)):
                break
            time.sleep(0.1)
        else:
            pytest.fail("the served view never started: " + (tmp_path / "view.out").read_text(errors="replace"))
        with open(f"/proc/{view_pid}/cmdline", "rb") as fh:
            assert b"tui.cli" in fh.read()  # the shell became the view: no shell between them
        server.kill()  # SIGKILL: the server cannot pass anything on
        server.wait(timeout=10)
        deadline = time.monotonic() + 30
        while _alive(view_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(view_pid), "the view outlived its server"
        events = [a.event for a in demo_store.access_log(demo_citizen_id)]
        assert events.count("live_end") == events.count("live_start") >= 1
    finally:
        if server.poll() is None:
            server.kill()
        if view_pid and _alive(view_pid):
            os.kill(view_pid, signal.SIGKILL)
