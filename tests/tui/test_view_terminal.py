"""`rundbord view` in a real terminal (tmux): escape sequences in every text field change nothing.

Finding 2 of issue 16: a goal containing ESC]0;…BEL retitled the terminal, ESC[2J
cleared it, ESC[31m recoloured it, ESC[?1049l left the alternate screen. Here
every text field of a case holds those sequences; the view runs in a tmux
pane; the pane's title, the alternate screen and the whole screen are what
the same case with plain text of the same length gives (each control
character is one visible picture, ␛, where the plain case has "?").
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import Store
from store.textrules import control_pictures
from tests.hostile_case import fill_case

from .cli_helpers import ROOT

TMUX = shutil.which("tmux")
HOSTILE = "Nanna \x1b]0;PWNED\x07 \x1b]2;PWNED\x1b\\ \x1b[2J\x1b[H \x1b[31mrød \x1b[?1049l \x1bc slut"
PLAIN = "".join("?" if control_pictures(ch) != ch else ch for ch in HOSTILE)
SIZE = (120, 40)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(TMUX is None, reason="tmux is not installed")]


def _tmux(socket: str, *args: str) -> str:
    assert TMUX is not None
    out = subprocess.run([TMUX, "-L", socket, *args], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _case(path: Path, text: str) -> int:
    with Store(path, user="test") as store:
        case = fill_case(store, text, close=False)
        assert case.refused == [], case.refused
        store.set_focus(citizen_id=case.citizen_id, meeting_id=case.meetings[0])
        return case.citizen_id


def _view_in_tmux(socket: str, db: Path, citizen_id: int, marker: str) -> tuple[str, str, str]:
    """Run the view in a tmux pane until it shows `marker`: (screen, pane title, alternate screen on)."""
    _tmux(socket, "new-session", "-d", "-s", "v", "-x", str(SIZE[0]), "-y", str(SIZE[1]), "sleep 600")
    _tmux(socket, "set-option", "-t", "v", "remain-on-exit", "on")
    _tmux(socket, "select-pane", "-t", "v", "-T", "rundbord-test")
    env = f"PYTHONPATH={ROOT} RUNDBORD_TODAY={os.environ['RUNDBORD_TODAY']} HOME={os.environ['HOME']} " \
          f"XDG_CONFIG_HOME={os.environ['XDG_CONFIG_HOME']} TEXTUAL_ANIMATIONS=none"
    _tmux(socket, "respawn-pane", "-k", "-t", "v",
          f"cd {ROOT} && env {env} {sys.executable} -m tui.cli view --db {db} --citizen {citizen_id}")
    deadline = time.monotonic() + 60
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(socket, "capture-pane", "-p", "-t", "v")
        if marker in screen and "Aftaler" in screen:
            break
        time.sleep(0.2)
    time.sleep(1.0)  # a repaint after the first frame would show in the next capture
    screen = _tmux(socket, "capture-pane", "-p", "-t", "v")
    title = _tmux(socket, "display-message", "-p", "-t", "v", "#{pane_title}").strip()
    alternate = _tmux(socket, "display-message", "-p", "-t", "v", "#{alternate_on}").strip()
    return screen, title, alternate


def test_escape_sequences_in_every_field_leave_the_terminal_intact(tmp_path: Path) -> None:
    hostile_db, plain_db = tmp_path / "fjendtlig.db", tmp_path / "almindelig.db"
    hostile_id, plain_id = _case(hostile_db, HOSTILE), _case(plain_db, PLAIN)
    assert hostile_id == plain_id
    shown: dict[str, tuple[str, str, str]] = {}
    for name, db in (("hostile", hostile_db), ("plain", plain_db)):
        socket = f"rundbord-{os.getpid()}-{name}"
        try:
            shown[name] = _view_in_tmux(socket, db, hostile_id, "Nanna")
        finally:
            subprocess.run([TMUX or "tmux", "-L", socket, "kill-server"], capture_output=True, timeout=30)
    screen, title, alternate = shown["hostile"]
    print("\n" + screen)
    assert title == "rundbord-test", f"the pane was retitled: {title!r}"
    assert alternate == "1", "the view left the alternate screen"
    assert "␛]0;PWNED␇" in screen and "␛[2J" in screen and "␛[?1049l" in screen
    assert screen.splitlines()[0].lstrip().startswith("Nanna"), "the header is not where it belongs"
    for landmark in ("Overordnet mål", "Dagsorden", "Aftaler"):
        assert landmark in screen, landmark
    # The layout: cell for cell the plain case's screen, each picture where the plain case has "?".
    pictures = {control_pictures(ch) for ch in HOSTILE if control_pictures(ch) != ch}
    same_width = "".join("?" if ch in pictures else ch for ch in screen)
    assert same_width == shown["plain"][0]
    assert shown["plain"][1] == "rundbord-test" and shown["plain"][2] == "1"
