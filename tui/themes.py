"""Rundbord's themes: light, dark and a high-contrast one for projectors.

Colour never carries meaning alone in Rundbord (statuses also have a word and a
symbol), so a theme only has to keep text readable on the wall.
"""
from __future__ import annotations

from textual.theme import Theme

LIGHT = Theme(
    name="rundbord-lys",
    primary="#1F5FA8",
    secondary="#4A6D8C",
    accent="#B35900",
    foreground="#1A1A1A",
    background="#F7F7F4",
    surface="#FFFFFF",
    panel="#E3E8EE",
    success="#2E7D32",
    warning="#A35F00",
    error="#B3261E",
    dark=False,
)

DARK = Theme(
    name="rundbord-moerk",
    primary="#7FB2F0",
    secondary="#9FB8D0",
    accent="#F0A050",
    foreground="#ECECEC",
    background="#16181D",
    surface="#1F2229",
    panel="#2A2F38",
    success="#7BC67E",
    warning="#E8B04A",
    error="#F2867E",
    dark=True,
)

PROJECTOR = Theme(
    name="rundbord-projektor",
    primary="#0030A0",
    secondary="#000000",
    accent="#8A0000",
    foreground="#000000",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#D8D8D8",
    success="#005A00",
    warning="#7A3E00",
    error="#A00000",
    dark=False,
    variables={"border": "#000000", "footer-key-foreground": "#0030A0"},
)

THEMES: tuple[Theme, ...] = (LIGHT, DARK, PROJECTOR)
THEME_LABEL_KEYS: dict[str, str] = {
    LIGHT.name: "theme.light",
    DARK.name: "theme.dark",
    PROJECTOR.name: "theme.projector",
}
"""Theme name -> catalogue key of its label."""
SHORT_NAMES: dict[str, str] = {"light": LIGHT.name, "dark": DARK.name, "projector": PROJECTOR.name}
"""What `--theme` accepts."""
DEFAULT_THEME = LIGHT.name


def next_theme(current: str) -> str:
    """The theme after `current` in the cycle light -> dark -> projector -> light."""
    names = [th.name for th in THEMES]
    if current not in names:
        return names[0]
    return names[(names.index(current) + 1) % len(names)]
