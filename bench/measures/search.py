"""2: search as you type in the citizens list.

- In the store: `store.list_citizens(prefix)` per keystroke, in process.
- On the screen: a real `rundbord --db DB` in a 160x48 pseudo-terminal; `/`
  focuses the search field, then one key at a time is written to the terminal.
  Each keystroke is timed from the moment before the key is written to the
  arrival of the bytes after which the screen shows both the search field
  holding exactly the typed text and the list the store gives for it (the
  first rows, in order; or the "no match" sentence). The expected rows are read
  from the store before the key is sent. Between keys the harness waits until
  the app is silent for 0.3 s (the app may redraw the list after the frame
  that already shows it; the next key is not sent into that work).
- The floor: bench/minimal_app.py's `MinimalInputApp` (an Input and a Static
  echoing it), timed the same way to the echo.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from time import process_time
from typing import TYPE_CHECKING

from bench.report import Row, at_most

from .common import COLS, ROWS, START_TIMEOUT_S, TYPING_QUIET_S, Context, child_env, minimal_argv, ms, now, rundbord_argv, visible_part
from .markers import citizens_markers, frame_with
from .session import SessionError, TerminalSession
from .terminal import Screen

if TYPE_CHECKING:
    from store import Store

CTRL_U = b"\x15"  # Input: delete everything left of the cursor
ROWS_CHECKED = 8
"""How many of the expected list rows must be on the screen, in order."""
BORDER = "▊▉█▋▌▍▎▏│┃▐▕"
MINIMAL_FIELD_ROW = 1
"""`MinimalInputApp`: the Input is the first widget (rows 0-2, its text on row 1); the echo is below it."""


def keystrokes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def field_text(line: str) -> str:
    """What a one-line Input shows, without its border and padding (trailing spaces do not show)."""
    return line.strip().strip(BORDER).strip()


def field_shows(screen: Screen, row: int, text: str) -> bool:
    """The one-line Input on `row` holds exactly `text` with the cursor right after it.

    A trailing space is seen by where the cursor is: the cursor's cell is drawn
    differently from the blank cell after it (Textual shows the cursor right
    after a key, whatever the blink).
    """
    line = screen.line(row)
    start = len(line) - len(line.lstrip(" " + BORDER))
    end = start + len(text)
    if line[start:end] != text or line[end:].strip(" " + BORDER):
        return False
    return screen.style(row, end) != screen.style(row, end + 1)


# -- in the store -----------------------------------------------------------------------
def measure_store(ctx: Context, store: Store) -> Row:
    meta = ctx.meta
    words = (meta.search_name, meta.search_name.split()[0][:3] + "z", "Jeg vil gå")
    for word in words:  # warm the page cache, not counted (as the plan row's first call)
        for prefix in keystrokes(ctx.typed(word)):
            store.list_citizens(prefix)
    values: list[float] = []
    slowest = (0.0, 0.0, "", 0)  # wall ms, CPU ms, the text searched, its place in the run
    for _ in range(ctx.reps(1, ctx.runs)):
        for word in words:
            for prefix in keystrokes(ctx.typed(word)):
                t0, c0 = now(), process_time()
                store.list_citizens(prefix)
                wall, cpu = ms(now() - t0), ms(process_time() - c0)
                values.append(wall)
                if wall > slowest[0]:
                    slowest = (wall, cpu, prefix, len(values))
    return Row("2. search as you type, `store.list_citizens` per keystroke", "ms", values, at_most(30),
               note=f"in process, warm page cache (each text typed once before, not counted); typing "
               f"{words[0]!r}, a name that matches nothing ({words[1]!r}) and goal words ({words[2]!r}), "
               f"{ctx.reps(1, ctx.runs)} times; the slowest call: "
               f"{slowest[2]!r}, call {slowest[3]} of {len(values)}, {slowest[0]:.1f} ms "
               f"({slowest[1]:.1f} ms of it CPU)")


# -- on the screen ----------------------------------------------------------------------
def _expected(store: Store, prefix: str) -> list[str]:
    from screens.citizens import PAGE

    rows = store.list_citizens(prefix, limit=PAGE + 1)
    return [visible_part(r.name, 20) for r in rows[:ROWS_CHECKED]]


def _no_match(prefix: str) -> str:
    from screens.i18n import catalogue

    return visible_part(catalogue("da")["citizens.no_match"].format(text=prefix), 60)


def list_shows(field_row: int, prefix: str, names: list[str]) -> Callable[[Screen], bool]:
    """The search field holds `prefix` and the list below it starts with `names`, one per row."""
    no_match = _no_match(prefix) if not names else ""

    def shown(screen: Screen) -> bool:
        if not field_shows(screen, field_row, prefix):
            return False
        lines = screen.lines()[field_row + 1:]
        if not names:
            return any(no_match in line for line in lines)
        for j in range(len(lines) - len(names) + 1):
            if all(names[i] in lines[j + i] for i in range(len(names))):
                return True
        return False

    return shown


def type_and_time(session: TerminalSession, text: str, shown_for: Callable[[str], Callable[[Screen], bool]],
                  what: str) -> list[float]:
    """Type `text` one key at a time; ms from each key to the frame `shown_for(prefix)` accepts."""
    values: list[float] = []
    for prefix in keystrokes(text):
        shown = shown_for(prefix)
        t0 = session.send(prefix[-1].encode())
        t = session.wait_until(shown, timeout=10, what=f"{what} after typing {prefix!r}")
        values.append(ms(t - t0))
        session.wait_quiet(TYPING_QUIET_S, timeout=3)
    return values


def field_row(screen: Screen) -> int:
    from screens.i18n import catalogue

    placeholder = visible_part(catalogue("da")["citizens.search_placeholder"], 20)
    row = screen.find(placeholder)
    if row is None:
        raise SessionError(f"the search field ({placeholder!r}) is not on the citizens screen")
    return row


def keystroke_frames(db: Path, text: str, runs: int, ctx: Context | None = None) -> list[float]:
    """Keystroke -> frame on the citizens screen of `rundbord --db db`, `text` typed `runs` times."""
    from store import Store

    markers = citizens_markers(db)
    values: list[float] = []
    with Store(db, user="bench") as store, \
            TerminalSession(rundbord_argv("--db", str(db)), cols=COLS, rows=ROWS, env=child_env()) as session:
        session.wait_until(frame_with(markers), timeout=START_TIMEOUT_S, what="the citizens list")
        session.wait_quiet(TYPING_QUIET_S, timeout=5)
        session.send(b"/")
        session.wait_quiet(TYPING_QUIET_S, timeout=5)
        row = field_row(session.screen)
        for _ in range(runs):
            values += type_and_time(session, text, lambda p: list_shows(row, p, _expected(store, p)),
                                    "the search field and the list")
            session.send(CTRL_U)
            session.wait_quiet(TYPING_QUIET_S, timeout=5)
        if ctx is not None:
            ctx.peak("citizens list, searching", session.peak_rss_mib())
    return values


def screen_row(citizens: int, values: list[float], note: str) -> Row:
    return Row(f"2. search keystroke -> frame on the citizens screen ({citizens:,} citizens)", "ms", values,
               at_most(30), note=note)


def measure_screen(ctx: Context) -> Row:
    text = ctx.typed(ctx.meta.search_name)
    runs = ctx.reps(1, ctx.runs)
    values = keystroke_frames(ctx.db, text, runs, ctx)
    return screen_row(ctx.meta.counts.get("citizen", 0), values,
                      note=f"typing {text!r} {runs} times into a real `rundbord` in a 160x48 pseudo-terminal: from "
               "writing the key to the bytes after which the field shows the text and the list shows the "
               f"store's first {ROWS_CHECKED} matches in order")


def measure_floor(ctx: Context) -> Row:
    """The same keystroke measure on the minimal app: what Textual itself costs per key."""
    text = ctx.typed(ctx.meta.search_name)
    with TerminalSession(minimal_argv("--input"), cols=COLS, rows=ROWS, env=child_env()) as session:
        session.wait_until(lambda s: s.complete, timeout=START_TIMEOUT_S, what="the minimal input app")
        session.wait_quiet(TYPING_QUIET_S, timeout=5)

        def echoed(prefix: str) -> Callable[[Screen], bool]:
            echo = prefix.rstrip()
            return lambda s: field_shows(s, MINIMAL_FIELD_ROW, prefix) and \
                any(line.strip() == echo for line in s.lines()[MINIMAL_FIELD_ROW + 2:])

        values: list[float] = []
        for _ in range(ctx.reps(1, ctx.runs)):
            values += type_and_time(session, text, echoed, "the echo")
            session.send(CTRL_U)
            session.wait_quiet(TYPING_QUIET_S, timeout=5)
    return Row("2. keystroke floor: minimal app with an Input (reference)", "ms", values,
               note="`python bench/minimal_app.py --input`: an Input and a Static echoing it; from writing "
               "the key to the bytes after which the echo shows the text")
