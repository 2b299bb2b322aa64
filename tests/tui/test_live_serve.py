"""`rundbord serve` on a free loopback port, loaded in headless Chromium."""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.request
import zlib
from pathlib import Path

import pytest

from store import Store
from tui.commands.serve import is_loopback, warning_for

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PAINTED_ROWS = 20
"""A screenshot with more distinct pixel rows than this shows a painted terminal, not a blank page."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"rundbord serve stopped with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("rundbord serve did not listen in time")


def _png_colours(png: bytes) -> int:
    """How many distinct pixel rows the PNG has (a blank page has one)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(png):
        length = struct.unpack(">I", png[pos:pos + 4])[0]
        kind = png[pos + 4:pos + 8]
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", data[:8])
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = len(raw) // height
    return len({raw[r * stride + 1:(r + 1) * stride] for r in range(height)})


async def _websocket_text(port: int, timeout: float) -> str:
    """Connect as the browser page does and collect what the app sends."""
    import aiohttp

    received = bytearray()
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(f"http://127.0.0.1:{port}/ws?width=100&height=30") as ws:
            await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and "Overordnet" not in received.decode("utf-8", "replace"):
                try:
                    msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
                except asyncio.TimeoutError:
                    break
                if msg.type == aiohttp.WSMsgType.BINARY:
                    received += msg.data
                elif msg.type == aiohttp.WSMsgType.TEXT:
                    received += msg.data.encode()
                else:
                    break
            # Keys typed in the browser reach the app: they must change nothing.
            for key in ("e", "n", "a", "s", "d", "x", " ", "\r", "\x1b[3~", "\x10"):  # ... delete, ctrl+p
                await ws.send_str(json.dumps(["stdin", key]))
            settle = time.monotonic() + 1.0  # let the app read them before the tab closes
            while time.monotonic() < settle:
                try:
                    await ws.receive(timeout=max(0.05, settle - time.monotonic()))
                except asyncio.TimeoutError:
                    break
            await ws.close()
    return received.decode("utf-8", "replace")


async def _browser_screenshot(debug_port: int, url: str, timeout: float) -> bytes:
    """Drive Chromium over its DevTools websocket: open the page, wait until the
    app has sent its first bytes (textual-serve marks the body `-first-byte`)
    then take screenshots until the terminal has painted (or the time is up)."""
    import base64

    import aiohttp

    async with aiohttp.ClientSession() as session:
        deadline = time.monotonic() + timeout
        target = None
        while target is None and time.monotonic() < deadline:
            async with session.get(f"http://127.0.0.1:{debug_port}/json/list") as resp:
                pages = [t for t in await resp.json() if t.get("type") == "page"]
            target = pages[0]["webSocketDebuggerUrl"] if pages else None
            if target is None:
                await asyncio.sleep(0.2)
        assert target is not None, "no Chromium page to drive"
        async with session.ws_connect(target, max_msg_size=0) as ws:
            ids = iter(range(1, 1_000_000))

            async def call(method: str, **params: object) -> dict[str, object]:
                n = next(ids)
                await ws.send_str(json.dumps({"id": n, "method": method, "params": params}))
                while True:
                    msg = json.loads((await ws.receive(timeout=max(1.0, deadline - time.monotonic()))).data)
                    if msg.get("id") == n:
                        result: dict[str, object] = msg.get("result", {})
                        return result

            await call("Page.enable")
            await call("Page.navigate", url=url)
            first_byte = "document.body !== null && document.body.classList.contains('-first-byte')"
            ready = False
            while not ready and time.monotonic() < deadline:
                result = await call("Runtime.evaluate", expression=first_byte, returnByValue=True)
                value = result.get("result", {})
                ready = isinstance(value, dict) and value.get("value") is True
                if not ready:
                    await asyncio.sleep(0.2)
            assert ready, "the app never sent its first bytes to the page"
            while True:  # the terminal draws on a canvas: shoot until it has painted
                shot = await call("Page.captureScreenshot", format="png")
                png = base64.b64decode(str(shot["data"]))
                if _png_colours(png) > PAINTED_ROWS or time.monotonic() >= deadline:
                    return png
                await asyncio.sleep(0.2)


def test_loopback_and_the_danish_warning() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert warning_for("127.0.0.1") is None
    warning = warning_for("0.0.0.0")
    assert warning is not None and "følsomme personoplysninger" in warning


@pytest.mark.slow
def test_serve_renders_the_live_view_in_chromium(
    demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path
) -> None:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed here (.ci/run installs Debian's chromium where it can)")
    demo_store.set_focus(citizen_id=demo_citizen_id)
    audit_rows = len(demo_store.db.query("SELECT id FROM audit_log"))
    version = demo_store.data_version()  # moves when any other connection commits
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "serve", "--db", str(db_path), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "TEXTUAL_ANIMATIONS": "none"},
        start_new_session=True,
    )
    chromium: subprocess.Popen[bytes] | None = None
    try:
        _wait_for_port(port, server)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().decode()
        assert "textual-terminal" in page and "/ws" in page

        text = asyncio.run(_websocket_text(port, timeout=30))
        assert "Nanna Kildegaard" in text and "Overordnet" in text

        shot = tmp_path / "page.png"
        debug_port = _free_port()
        chromium = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1280,800",
             f"--remote-debugging-port={debug_port}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        _wait_for_port(debug_port, chromium)
        png = asyncio.run(_browser_screenshot(debug_port, f"http://127.0.0.1:{port}/", timeout=60))
        shot.write_bytes(png)
        rows = _png_colours(png)
        print(f"\nscreenshot {shot} ({len(png)} bytes, {rows} distinct pixel rows)")
        assert rows > PAINTED_ROWS, "the page looks blank"
        # The keys sent from the "browser" above changed nothing: no other
        # connection committed, and the audit log has no new row.
        assert demo_store.data_version() == version
        assert len(demo_store.db.query("SELECT id FROM audit_log")) == audit_rows
    finally:
        for proc in (chromium, server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)
        log.close()
