"""The floor: a minimal Textual app (Header, one Static, Footer), started the same way as Rundbord."""
from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input, Static


class MinimalApp(App[None]):
    TITLE = "Minimal"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hej")
        yield Footer()


class MinimalInputApp(App[None]):
    """The floor for a keystroke: an Input whose value a Static shows."""

    def compose(self) -> ComposeResult:
        yield Input(id="search")
        yield Static("", id="echo", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one(Static).update(event.value)


def main(argv: list[str] | None = None) -> int:
    """`python bench/minimal_app.py` runs MinimalApp; with `--input`, MinimalInputApp."""
    args = sys.argv[1:] if argv is None else argv
    (MinimalInputApp() if "--input" in args else MinimalApp()).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
