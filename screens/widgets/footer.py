"""`KeyBar`: the screen's keys in one line at the bottom, drawn as one widget.

Textual's `Footer` makes a widget per key and fills itself only after the
screen's first frame (it recomposes after a refresh whenever the bindings
change): a screen opened showed an empty bottom line for a frame or three, and
the plan screen spent ~100 ms of CPU on those extra frames. `KeyBar` reads the
same `screen.active_bindings` when it renders, so the keys are in the first
frame, and a change of bindings is one repaint of one line. It looks like the
Footer (same theme variables) and a click on a key presses it.
"""
from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

Shown = tuple[tuple[str, str, str, bool], ...]
"""(key, key as shown, description, enabled) for each key on the bar."""


class KeyBar(Widget, can_focus=False):
    """The keys of the screen (those with `show=True`) and, on the right, the command palette's."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .keybar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .keybar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.compact = compact
        """Less space around each key (the plan screen and the meeting screens, which have many)."""
        self._shown: Shown | None = None
        self._spans: list[tuple[int, int, str, bool]] = []
        """Where each key was drawn: (first cell, end cell, key, enabled), for clicks."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and self._keys() != self._shown:
            self.refresh()

    def _keys(self) -> Shown:
        """The keys to show, one per action (x and space both mark done: x is shown)."""
        seen: set[str] = set()
        keys: list[tuple[str, str, str, bool]] = []
        for _, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            keys.append((binding.key, self.app.get_key_display(binding), binding.description, enabled))
        return tuple(keys)

    def _palette_key(self) -> tuple[str, str, str, bool] | None:
        if not self.app.ENABLE_COMMAND_PALETTE:
            return None
        found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if found is None:
            return None
        _, binding, enabled, _ = found
        return binding.key, self.app.get_key_display(binding), binding.description, enabled

    def _key_text(self, key_display: str, description: str, enabled: bool) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        if self.compact:
            text = Text.assemble((key_display, key_style), (f" {description}", description_style))
        else:
            text = Text.assemble((f" {key_display} ", key_style), (f"{description} ", description_style))
        if not enabled:
            text.stylize("dim")
        return text

    def render(self) -> Text:
        self._shown = self._keys()
        width = self.size.width
        gap = " " if self.compact else ""
        palette = self._palette_key()
        right = Text("")
        if palette:  # "▏^p Kommandoer ", as the Footer draws it in both forms
            right = Text("▏", style="dim")
            right.append(palette[1], style=self.get_component_rich_style("keybar--key"))
            right.append(f" {palette[2]} ", style=self.get_component_rich_style("keybar--description"))
            if not palette[3]:
                right.stylize("dim")
        room = max(0, width - right.cell_len - 1) if palette else width
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str, bool]] = []
        for key, key_display, description, enabled in self._shown:
            part = self._key_text(key_display, description, enabled)
            if line.cell_len + part.cell_len > room:
                break
            start = line.cell_len
            line.append_text(part)
            spans.append((start, line.cell_len, key, enabled))
            line.append(gap)
        if palette:
            line.pad_right(max(0, width - line.cell_len - right.cell_len))
            start = line.cell_len + 1  # after the separator
            line.append_text(right)
            spans.append((start, start + right.cell_len - 1, palette[0], palette[3]))
        self._spans = spans
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key, enabled in self._spans:
            if start <= event.x < end:
                event.stop()
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return
