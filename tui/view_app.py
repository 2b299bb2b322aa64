"""The read-only presentation app: what `rundbord view` (and `rundbord serve`) runs.

The same app family as the facilitator's app, showing the same
`PresentationScreen` that the facilitator's mirror mode pushes. It has no
editing keys, no command palette, and nothing in it can change data: the only
keys it answers are Textual's own ctrl+q (quit) and ctrl+c (how to quit).

`--status-file` makes the view rewrite a small JSON file (atomically) after
every repaint: what it shows, the change marker it saw, and when. Tests and
monitoring read it; it holds no more than the screen does.
"""
from __future__ import annotations

import asyncio
import json
import os
import signal
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual.app import App

from screens.i18n import set_language, t
from screens.live import LiveContent, PresentationScreen
from store import Store
from store import clock
from store.access import Channel


class ViewApp(App[None]):
    """Rundbord on the projector: the plan for the room, read-only."""

    TITLE = "Rundbord"
    ENABLE_COMMAND_PALETTE = False

    def __init__(
        self,
        store: Store,
        *,
        citizen_id: int | None = None,
        lang: str = "da",
        status_file: Path | None = None,
        today: Callable[[], date] = clock.today,
        channel: Channel = Channel.VIEW,
    ) -> None:
        super().__init__()
        set_language(lang)
        store.use_language(lang)  # plan types and meeting kinds as the room reads them
        self.channel = channel
        self.store = store
        self.citizen_id = citizen_id
        self.status_file = status_file
        self.today = today
        self.refreshes = 0
        self.title = t("live.title")

    def on_mount(self) -> None:
        # Closed from outside (the terminal window closed, `kill`, the served tab gone): end as after
        # ctrl+q, so the end of the session is logged (who looked).
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGHUP):
            try:
                loop.add_signal_handler(sig, self.exit)
            except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover - not the main thread
                pass
        self.push_screen(
            PresentationScreen(self.store, citizen_id=self.citizen_id, follow=self.citizen_id is None,
                               today=self.today, escape_returns=False, channel=self.channel)
        )

    def on_presentation_screen_refreshed(self, message: PresentationScreen.Refreshed) -> None:
        self.refreshes += 1
        if self.status_file is not None:
            write_status(self.status_file, message.content, message.marker, self.refreshes)


def write_status(path: Path, content: LiveContent, marker: tuple[int, int], refreshes: int) -> None:
    """Replace the status file in one step (write a temporary file, then rename)."""
    data = {
        "seen_at": time.monotonic(),  # system-wide on Linux: comparable with another process's
        "refreshes": refreshes,
        "data_version": marker[0],
        "marker": list(marker),
        "citizen_id": content.citizen_id,
        "message": content.message,
        "name": content.name,
        "overall_goal": content.overall_goal,
        "goals": [g.text for g in content.goals],
        "agreements": [a.what for a in content.agreements],
    }
    fd, tmp = tempfile.mkstemp(prefix=".status-", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def build_view_app(
    store: Store,
    *,
    citizen_id: int | None = None,
    lang: str = "da",
    status_file: Path | None = None,
    today: Callable[[], date] = clock.today,
    channel: Channel = Channel.VIEW,
) -> ViewApp:
    """The one factory for the presentation app (the CLI and the tests); `channel` says whether it
    runs in a terminal (`rundbord view`) or in a browser tab (`rundbord serve`), for the access log."""
    return ViewApp(store, citizen_id=citizen_id, lang=lang, status_file=status_file, today=today, channel=channel)
