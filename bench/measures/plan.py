"""3: open the big plan (40 goals, 500 agreements; 2,000 readings stored).

- In the store: `store.plan_view(citizen)`, in process.
- On the screen: a real `rundbord --db DB` in a 160x48 pseudo-terminal. The
  big citizen is found by typing its name into the search, `enter` moves to
  the list; then, each run, `enter` opens the plan and `escape` goes back.
  Timed from the moment before `enter` is written:
  - to first frame: the bytes after which every row of the terminal has been
    drawn again since the key and the plan's markers (the citizen's name and
    overall goal) are visible;
  - to last frame: the last bytes before the app is silent for 0.5 s (`QUIET_S`).
  The first run of a session includes loading the plan screen's code, as it
  does for a person opening the first plan of the day. The big plan's openings
  alternate with another citizen's (`alternating_pushes`): the app keeps one
  plan screen and fills it with the next plan, so a measure that opened the
  same plan again and again would not show what opening any plan costs.
"""
from __future__ import annotations

from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bench.report import Row, at_most

from .common import COLS, QUIET_S, ROWS, START_TIMEOUT_S, TYPING_QUIET_S, Context, child_env, ms, now, rundbord_argv
from .markers import citizens_markers, frame_with, plan_markers
from .search import field_row, field_text
from .session import SessionError, TerminalSession

if TYPE_CHECKING:
    from store import Store

ENTER = b"\r"
ESCAPE = b"\x1b"


def measure_store(ctx: Context, store: Store) -> Row:
    big = ctx.meta.big_citizen_id
    store.plan_view(big)  # warm the page cache once
    values: list[float] = []
    for _ in range(ctx.reps(3, ctx.runs * 2)):
        t0 = now()
        store.plan_view(big)
        values.append(ms(now() - t0))
    return Row("3. open the big plan, `store.plan_view` (40 goals, 500 agreements; 2,000 readings stored)", "ms",
               values, at_most(100), note="in process, warm page cache")


def _find(session: TerminalSession, name: str, row: int) -> None:
    """The citizen typed into the search (what was there deleted first); `enter` moves to the list, on it."""
    session.send(b"/")
    session.wait_quiet(TYPING_QUIET_S, timeout=5)
    session.send(b"\x05\x15")  # ctrl+e, ctrl+u: to the end of the field, and everything before it deleted
    session.wait_quiet(TYPING_QUIET_S, timeout=5)
    for ch in name:
        session.send(ch.encode())
        session.wait_quiet(TYPING_QUIET_S, timeout=3)
    session.wait_until(lambda s: field_text(s.line(row)) == name and s.find(name, below=row) is not None,
                       timeout=10, what=f"{name!r} in the list", timed=False)
    session.send(ENTER)  # from the field to the list, on the citizen
    session.wait_quiet(QUIET_S, timeout=5)


def alternating_pushes(db: Path, citizen_ids: Sequence[int], runs: int,
                       ctx: Context | None = None) -> dict[int, tuple[list[float], list[float]]]:
    """(ms to first frame, ms to last frame) per citizen, the citizens' plans opened in turn (A, B, A, B, ...),
    `runs` openings each, in one session: each opening shows another citizen's plan than the one before
    (with more than one citizen), as a person going down the list does; the app keeps one plan screen, so
    this is what keeps its figures true for any citizen, not only the one just shown."""
    from store import Store

    with Store(db, user="bench") as store:
        names = {cid: store.plan_view(cid).citizen.name for cid in citizen_ids}
    markers = {cid: plan_markers(db, cid) for cid in citizen_ids}
    out: dict[int, tuple[list[float], list[float]]] = {cid: ([], []) for cid in citizen_ids}
    with TerminalSession(rundbord_argv("--db", str(db)), cols=COLS, rows=ROWS, env=child_env()) as session:
        session.wait_until(frame_with(citizens_markers(db)), timeout=START_TIMEOUT_S, what="the citizens list")
        session.wait_quiet(QUIET_S, timeout=5)
        row = field_row(session.screen)
        found: int | None = None
        for _ in range(runs):
            for cid in citizen_ids:
                name = names[cid]
                if found != cid:
                    _find(session, name, row)
                    found = cid
                session.screen.rows_written.clear()
                t0 = session.send(ENTER)
                first = session.wait_until(frame_with(markers[cid]), timeout=30, what=f"the plan of {name!r}")
                last = session.wait_quiet(QUIET_S, timeout=10) or first
                out[cid][0].append(ms(first - t0))
                out[cid][1].append(ms(max(first, last) - t0))
                session.send(ESCAPE)
                session.wait_quiet(QUIET_S, timeout=5)
                if field_text(session.screen.line(row)) != name:
                    raise SessionError("escape did not return to the citizens list:\n" + session.tail())
        if ctx is not None:
            ctx.peak("plan screen", session.peak_rss_mib())
    return out


def other_citizen(db: Path, big: int) -> int:
    """A citizen whose plan is opened between the big one's openings: the first other one in the list that
    a search for its name lists first (`enter` from the search field opens the first row)."""
    from store import Store

    with Store(db, user="bench") as store:
        for citizen in store.list_citizens():
            if citizen.id != big and store.list_citizens(citizen.name)[0].id == citizen.id:
                return citizen.id
    raise SessionError("no citizen but the big one is found first by its own name")


def measure_screen(ctx: Context) -> list[Row]:
    runs = ctx.reps(2, ctx.runs)
    big = ctx.meta.big_citizen_id
    other = other_citizen(ctx.db, big)
    pushes = alternating_pushes(ctx.db, [big, other], runs, ctx)
    firsts, lasts = pushes[big]
    how = (f"`enter` on the citizen in a real `rundbord` (160x48 pseudo-terminal), {runs} times in one session, "
           f"each after another citizen's plan (citizen {other}, a plan of the usual size) was open and closed "
           "(the first loads the plan screen's code)")
    return [
        Row("3. open the big plan on the screen: `enter` -> first frame", "ms", firsts,
            note=how + "; to the bytes that complete a whole new frame showing the citizen's name and overall goal"),
        Row("3. open the big plan on the screen: `enter` -> last frame", "ms", lasts, at_most(100),
            note=how + f"; to the last bytes before {QUIET_S:g} s of silence"),
        Row("3. open another plan after the big one: `enter` -> last frame", "ms", pushes[other][1],
            note=f"citizen {other}'s plan, opened between the big plan's openings above, the same way"),
    ]
