"""`Hanging` (the plan's goal lines) wraps its text once per width and draws the same lines each time."""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from screens.widgets.plan_text import Hanging


def _lines(console: Console, renderable: Hanging, width: int) -> list[str]:
    return [
        "".join(seg.text for seg in line).rstrip()
        for line in console.render_lines(renderable, console.options.update_width(width), pad=False)
    ]


def test_wrapped_lines_are_reused_and_equal_a_fresh_wrap() -> None:
    console = Console(width=80)
    words = Text("Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre om natten")
    state = Text("Seneste måling: 6  ·  ● Aktiv")
    goal = Hanging("•", words, state)
    first = _lines(console, goal, 30)
    assert first[0].startswith("• Jeg vil gå") and all(line.startswith("  ") for line in first[1:])
    assert _lines(console, goal, 30) == first  # drawn again at the same width: the same lines
    marked = goal.with_mark("▶ ")
    assert _lines(console, marked, 30) == ["▶" + first[0][1:], *first[1:]]
    narrower = _lines(console, marked, 20)  # another width wraps anew
    assert narrower == _lines(console, Hanging("▶", words.copy(), state.copy()), 20)
    assert len(narrower) > len(first)
