"""`rundbord serve` on a free loopback port, loaded in headless Chromium."""
from __future__ import annotations

import asyncio
import contextlib
import http.server
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
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


async def _websocket_text(port: int, token: str, timeout: float) -> str:
    """Connect as the browser page does (the key in the path, the page's own Origin) and collect what the app sends."""
    import aiohttp

    received = bytearray()
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(f"http://127.0.0.1:{port}/ws/{token}?width=100&height=30",
                                      origin=f"http://127.0.0.1:{port}") as ws:
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


async def _browser_screenshot(debug_port: int, url: str, timeout: float, requests: list[str] | None = None) -> bytes:
    """Drive Chromium over its DevTools websocket: open the page, wait until the
    app has sent its first bytes (textual-serve marks the body `-first-byte`)
    then take screenshots until the terminal has painted (or the time is up).
    Every request the page makes (Network domain, websockets included) is
    added to `requests`."""
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
                    if requests is not None and msg.get("method") == "Network.requestWillBeSent":
                        requests.append(str(msg["params"]["request"]["url"]))
                    if requests is not None and msg.get("method") == "Network.webSocketCreated":
                        requests.append(str(msg["params"]["url"]))
                    if msg.get("id") == n:
                        result: dict[str, object] = msg.get("result", {})
                        return result

            await call("Network.enable")
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


@contextlib.contextmanager
def _serving(db_path: Path, tmp_path: Path, *extra: str) -> Iterator[tuple[int, str]]:
    """`rundbord serve` on a free port: (port, key) read from the one line it prints."""
    port = _free_port()
    log_path = tmp_path / "serve.log"
    log = log_path.open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "serve", "--db", str(db_path), "--port", str(port), *extra],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "TEXTUAL_ANIMATIONS": "none"},
        start_new_session=True,
    )
    try:
        _wait_for_port(port, server)
        deadline = time.monotonic() + 30
        found = None
        while found is None and time.monotonic() < deadline:
            found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]+)", log_path.read_text())
            if found is None:
                time.sleep(0.05)
        assert found is not None, log_path.read_text()
        assert int(found.group(1)) == port
        yield port, found.group(2)
        output = log_path.read_text()
        assert output.count(found.group(2)) == 1, "the key is printed once (no access log with it)"
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)
        log.close()


def _status(url: str, headers: dict[str, str] | None = None) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=10) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


async def _handshake(port: int, path: str, origin: str | None) -> int:
    """The HTTP status of a websocket handshake (101 when it opened)."""
    import aiohttp

    headers = {"Origin": origin} if origin is not None else {}
    async with aiohttp.ClientSession(skip_auto_headers=["Origin"]) as session:
        try:
            async with session.ws_connect(f"http://127.0.0.1:{port}{path}?width=80&height=24", headers=headers) as ws:
                await ws.close()
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return int(exc.status)


@pytest.mark.slow
def test_serve_refuses_without_the_key_or_from_another_origin(
    demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path
) -> None:
    demo_store.set_focus(citizen_id=demo_citizen_id)
    with _serving(db_path, tmp_path) as (port, token):
        base = f"http://127.0.0.1:{port}"
        assert _status(f"{base}/") == 403
        assert _status(f"{base}/?token=") == 403
        wrong = token[:-1] + ("y" if token.endswith("x") else "x")  # one character off (a key may end in x)
        assert _status(f"{base}/?token={wrong}") == 403
        assert _status(f"{base}/?token={token}") == 200
        # Another host name for this address (DNS rebinding) is refused, with the key too.
        assert _status(f"{base}/?token={token}", {"Host": f"evil.example.com:{port}"}) == 403
        assert _status(f"{base}/download/x") in (403, 404)
        page = urllib.request.urlopen(f"{base}/?token={token}", timeout=10).read().decode()
        assert f"/ws/{token}" in page and "googleapis" not in page and "https://" not in page
        own = f"http://127.0.0.1:{port}"
        assert asyncio.run(_handshake(port, "/ws/nope", own)) == 403
        assert asyncio.run(_handshake(port, f"/ws/{token}", "http://evil.example.com")) == 403
        assert asyncio.run(_handshake(port, f"/ws/{token}", f"http://localhost:{port + 1}")) == 403
        assert asyncio.run(_handshake(port, f"/ws/{token}", None)) == 403
        text = asyncio.run(_websocket_text(port, token, timeout=30))
        assert "Nanna Kildegaard" in text and "Overordnet" in text
    # The tab's session was logged, its end too (the tab closed: textual-serve asked the view to quit).
    deadline = time.monotonic() + 90  # a bound, not a measure: the view may be slow to quit on a busy machine
    looks = demo_store.access_log(demo_citizen_id)
    while time.monotonic() < deadline and [a.event for a in looks] != ["live_start", "live_end"]:
        time.sleep(0.1)
        looks = demo_store.access_log(demo_citizen_id)
    assert [(a.event, a.detail("channel")) for a in looks] == [("live_start", "serve"), ("live_end", "serve")]


class _OtherSite(http.server.BaseHTTPRequestHandler):
    """A page on another origin (a site the facilitator's browser happens to have open)."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = b"<!DOCTYPE html><title>anden side</title><p>anden side</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.slow
def test_serve_renders_the_live_view_in_chromium(
    demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path
) -> None:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed here (.ci/run installs Debian's chromium where it can)")
    demo_store.set_focus(citizen_id=demo_citizen_id)
    changes = _change_rows(demo_store)
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OtherSite)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    chromium: subprocess.Popen[bytes] | None = None
    try:
        with _serving(db_path, tmp_path) as (port, token):
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
            # Without the key: 403 and the Danish sentence, nothing of the plan.
            status, body = asyncio.run(_browser_status(debug_port, f"http://127.0.0.1:{port}/", timeout=30))
            assert status == 403 and "Adgang nægtet" in body and "Nanna" not in body
            # With the key: the view renders, and every request the page made stayed on this server.
            requests: list[str] = []
            png = asyncio.run(_browser_screenshot(debug_port, f"http://127.0.0.1:{port}/?token={token}",
                                                  timeout=60, requests=requests))
            shot.write_bytes(png)
            rows = _png_colours(png)
            print(f"\nscreenshot {shot} ({len(png)} bytes, {rows} distinct pixel rows); requests: {requests}")
            assert rows > PAINTED_ROWS, "the page looks blank"
            assert any(u.startswith(f"ws://127.0.0.1:{port}/ws/{token}") for u in requests), requests
            assert any("fonts/RobotoMono" in u for u in requests), requests
            outside = [u for u in requests if not u.startswith((f"http://127.0.0.1:{port}/", f"ws://127.0.0.1:{port}/"))]
            assert outside == [], f"requests that left the server: {outside}"
            # A page on another origin that knows the key still cannot open the websocket;
            # the served page itself can.
            ws_url = f"ws://127.0.0.1:{port}/ws/{token}?width=80&height=24"
            foreign = asyncio.run(_browser_websocket(debug_port, f"http://localhost:{other.server_port}/", ws_url))
            assert foreign == "refused"
            own = asyncio.run(_browser_websocket(debug_port, f"http://127.0.0.1:{port}/?token={token}", ws_url))
            assert own == "open"
        # The keys sent from the "browser" changed no data: the only new audit rows say who looked.
        assert _change_rows(demo_store) == changes
        looks = demo_store.access_log(demo_citizen_id)
        assert looks and {a.detail("channel") for a in looks} == {"serve"}
        assert {a.event for a in looks} >= {"live_start"}
        assert demo_store.verify_audit_chain().ok
    finally:
        other.shutdown()
        if chromium is not None and chromium.poll() is None:
            chromium.terminate()
            try:
                chromium.wait(timeout=10)
            except subprocess.TimeoutExpired:
                chromium.kill()
                chromium.wait(timeout=10)


def _change_rows(store: Store) -> int:
    return len(store.db.query("SELECT id FROM audit_log WHERE action IN ('insert', 'update', 'delete')"))


async def _devtools(debug_port: int) -> str:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            async with session.get(f"http://127.0.0.1:{debug_port}/json/list") as resp:
                pages = [t for t in await resp.json() if t.get("type") == "page"]
            if pages:
                return str(pages[0]["webSocketDebuggerUrl"])
            await asyncio.sleep(0.2)
    raise AssertionError("no Chromium page to drive")


async def _browser_run(debug_port: int, url: str, expression: str, timeout: float = 30) -> tuple[int, object]:
    """Open `url` in Chromium, then evaluate `expression` (awaiting a promise): (document status, value)."""
    import aiohttp

    target = await _devtools(debug_port)
    status = 0
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(target, max_msg_size=0) as ws:
            ids = iter(range(1, 1_000_000))
            deadline = time.monotonic() + timeout

            async def call(method: str, **params: object) -> dict[str, object]:
                nonlocal status
                n = next(ids)
                await ws.send_str(json.dumps({"id": n, "method": method, "params": params}))
                while True:
                    msg = json.loads((await ws.receive(timeout=max(1.0, deadline - time.monotonic()))).data)
                    if msg.get("method") == "Network.responseReceived" and msg["params"].get("type") == "Document":
                        status = int(msg["params"]["response"]["status"])
                    if msg.get("id") == n:
                        result: dict[str, object] = msg.get("result", {})
                        return result

            await call("Network.enable")
            await call("Page.enable")
            await call("Page.navigate", url=url)
            loaded = False
            while not loaded and time.monotonic() < deadline:
                result = await call("Runtime.evaluate", expression="document.readyState", returnByValue=True)
                value = result.get("result", {})
                loaded = isinstance(value, dict) and value.get("value") == "complete"
                if not loaded:
                    await asyncio.sleep(0.1)
            result = await call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
            value = result.get("result", {})
            return status, value.get("value") if isinstance(value, dict) else None


async def _browser_status(debug_port: int, url: str, timeout: float) -> tuple[int, str]:
    status, text = await _browser_run(debug_port, url, "document.body ? document.body.innerText : ''", timeout)
    return status, str(text)


async def _browser_websocket(debug_port: int, page: str, ws_url: str) -> str:
    """From a page at `page`, open a websocket to `ws_url`: 'open' or 'refused'."""
    script = (
        "new Promise(done => { const ws = new WebSocket(%s); "
        "ws.onopen = () => { ws.close(); done('open'); }; "
        "ws.onerror = () => done('refused'); setTimeout(() => done('timeout'), 15000); })"
    ) % json.dumps(ws_url)
    _, value = await _browser_run(debug_port, page, script)
    return str(value)
