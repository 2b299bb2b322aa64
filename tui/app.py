"""The Rundbord app and the one factory that builds it (CLI and tests alike)."""
from __future__ import annotations

from textual.app import App

from screens.first_plan import FirstPlanScreen
from store import Store


class RundbordApp(App[None]):
    TITLE = "Rundbord"

    def __init__(self, store: Store, *, lang: str = "da", citizen_id: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.citizen_id = citizen_id

    def on_mount(self) -> None:
        self.push_screen(FirstPlanScreen(self.store, self.citizen_id))


def build_app(store: Store, *, lang: str = "da", citizen_id: int | None = None) -> RundbordApp:
    return RundbordApp(store, lang=lang, citizen_id=citizen_id)
