"""`rundbord serve`'s web server: textual-serve behind a key and an Origin check.

textual-serve starts one `rundbord view` process per browser tab and streams it
over a websocket; it has no access control, accepts any Origin and its page
loads a font from the internet. `GuardedServer` subclasses its `Server` and
builds the aiohttp app itself:

- a random token made at start is the key: the page (`/?token=...`) and the
  websocket (`/ws/<token>`) answer 403 without it;
- the websocket's Origin must be the served page's own (`http://<Host>`), and
  the Host must be a name of the served address (no DNS rebinding): a page on
  another site cannot open it, even in the facilitator's browser;
- the page is Rundbord's own (`tui/serve/page.html`): the terminal's font is
  served from here, and a Content-Security-Policy lets it load nothing from
  elsewhere;
- no download route, no directory listing, no access log (the token would be
  in every line of it).

Only this module imports textual-serve and aiohttp (`pip install 'rundbord[serve]'`).
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import ipaddress
import secrets
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp.web_runner import GracefulExit
from textual_serve.server import Server, to_int

PAGE_DIR = Path(__file__).resolve().parent / "serve"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
REFUSED = (
    "Adgang nægtet. Den fælles skærm kræver den adresse med nøglen, som 'rundbord serve' skrev, "
    "da den startede."
)
FOREIGN_ORIGIN = "Adgang nægtet: forbindelsen kommer fra en anden side end den fælles skærm."
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _host_name(host: str) -> str:
    """The name part of a Host header ('127.0.0.1:8000' -> '127.0.0.1', '[::1]:80' -> '::1')."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _all_interfaces(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False


class GuardedServer(Server):
    """textual-serve's Server with a key, an Origin check and a page that stays on this machine."""

    def __init__(self, command: str, *, host: str, port: int, token: str, title: str = "Rundbord") -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=PAGE_DIR)
        self.token = token
        self.allowed_names = self._names(host)

    @staticmethod
    def _names(host: str) -> frozenset[str] | None:
        """The host names the page may be reached by (None: any, when served on every interface)."""
        if _all_interfaces(host):
            return None
        name = _host_name(host)
        if name in LOOPBACK_NAMES or _is_loopback(name):
            return LOOPBACK_NAMES | {name}
        return frozenset({name})

    def initialize_logging(self) -> None:
        """textual-serve's own messages, plainly: no tracebacks with local variables (they would show
        the request, the key in its path), and the key itself never written."""
        token = self.token

        class _HideKey(logging.Filter):
            def filter(self, record: logging.LogRecord) -> bool:
                record.msg = str(record.getMessage()).replace(token, "…")
                record.args = ()
                record.exc_info = None
                record.exc_text = None
                return True

        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("rundbord serve: %(message)s"))
        handler.addFilter(_HideKey())
        root = logging.getLogger()
        root.handlers[:] = [handler]
        root.setLevel(logging.DEBUG if self.debug else logging.WARNING)

    @property
    def url(self) -> str:
        """The address with the key, printed once at start."""
        host = self.host if not _all_interfaces(self.host) else "127.0.0.1"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}/?token={self.token}"

    def _token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def _host_ok(self, request: web.Request) -> bool:
        return self.allowed_names is None or _host_name(request.host) in self.allowed_names

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith(("/static/", "/local/")):
            return await handler(request)  # the script, the styles and the font: no personal data
        if not self._host_ok(request):
            raise web.HTTPForbidden(text=REFUSED)
        if request.path == "/":
            if not self._token_ok(request.query.get("token")):
                raise web.HTTPForbidden(text=REFUSED)
        elif request.path.startswith("/ws/"):
            if not self._token_ok(request.match_info.get("token")):
                raise web.HTTPForbidden(text=REFUSED)
            origin = request.headers.get("Origin", "")
            if not origin or origin.lower() != f"http://{request.host}".lower():
                raise web.HTTPForbidden(text=FOREIGN_ORIGIN)
        response = await handler(request)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(str(self.templates_path)), autoescape=True)
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws/{token}", self.handle_websocket, name="websocket"),
            web.static("/static", self.statics_path, show_index=False, name="static"),
            web.static("/local", PAGE_DIR, show_index=False, name="local"),
        ])
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page, built from the request's own host (so it works as localhost as well as 127.0.0.1)."""
        host = request.host
        context: dict[str, Any] = {
            "title": self.title,
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "static": "/static/",
            "local": "/local/",
            "websocket_url": f"ws://{host}/ws/{self.token}",
            "websocket_origin": f"ws://{host}",
        }
        return aiohttp_jinja2.render_template("page.html", request, context)

    async def on_startup(self, app: web.Application) -> None:
        """Print the address with the key, once (textual-serve would print its logo and the command)."""
        from .commands.common import say

        print(say("Den fælles skærm: {url}", url=self.url), flush=True)
        print(say("Adressen indeholder nøglen: vis den kun på skærmen i mødelokalet. Ctrl+C stopper."), flush=True)

    def serve(self, debug: bool = False) -> None:
        """Run until Ctrl+C, without an access log (it would write the key in every line)."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        except NotImplementedError:  # pragma: no cover - not on Linux
            pass
        try:
            web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop,
                        access_log=None, print=lambda *args: None)
        except GracefulExit:  # pragma: no cover - run_app handles it
            pass


def _is_loopback(name: str) -> bool:
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def origin_of(url: str) -> str:
    """'http://host:port' of a URL (tests)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
