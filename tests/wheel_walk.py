"""Run by tests/test_wheel.py in a child process whose path holds only an unpacked wheel.

Not a test module (pytest does not collect it). It proves the installed
package runs: every module of the three packages imports from the unpacked
wheel, and the real app, headless on the demo case, opens every editor, the
meetings, a meeting, the minutes preview, the change log, the progression,
the follow-up year and the live view without a stylesheet or import error.

    python -P tests/wheel_walk.py UNPACKED_DIR DB_PATH
"""
from __future__ import annotations

import asyncio
import importlib
import pkgutil
import sys
from pathlib import Path

UNPACKED = Path(sys.argv[1]).resolve()
DB = Path(sys.argv[2])

# The developer's editable install must not answer for the wheel: drop its finder.
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in getattr(f, "__module__", "").lower()
                    and "editable" not in getattr(f, "__name__", "").lower()]


def import_everything() -> None:
    for package in ("store", "screens", "tui"):
        module = importlib.import_module(package)
        origin = Path(module.__file__ or "").resolve()
        assert UNPACKED in origin.parents, f"{package} came from {origin}, not from the wheel"
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)


async def walk() -> list[str]:
    from store import Store
    from store.demo import write_demo
    from tui.app import build_app
    from tui.view_app import build_view_app

    seen: list[str] = []
    store = Store(DB, user="wheel")
    citizen_id = write_demo(store)
    app = build_app(store, citizen_id=citizen_id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        async def visit(keys: list[str], back: int = 1) -> None:
            await pilot.press(*keys)
            await pilot.pause()
            seen.append(type(app.screen).__name__)
            for _ in range(back):
                await pilot.press("escape")
                await pilot.pause()

        assert type(app.screen).__name__ == "PlanScreen", app.screen
        for key in ("e", "o", "c", "a", "s", "b", "h"):  # the goal, overall goal, citizen, agreement, reading, sign, history
            await visit([key])
        await visit(["t"])  # activities list
        await visit(["p"])  # participants list
        await visit(["g"])  # progression of the goal
        await visit(["l"])  # change log
        await visit(["v"])  # the live view (mirror)
        await visit(["m"])  # meetings
        await pilot.press("m")
        await pilot.pause()
        await visit(["enter"], back=0)  # the first meeting (closed: read-only)
        await visit(["r"])  # its minutes preview
        await visit(["i"])  # an addendum: a meeting dialog
        for _ in range(3):  # back to the citizens list
            await pilot.press("escape")
            await pilot.pause()
        await visit(["w"])  # the follow-up year
        seen.append(type(app.screen).__name__)
    async with build_view_app(store, citizen_id=citizen_id).run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        seen.append(type(pilot.app.screen).__name__)
    store.close()
    return seen


def main() -> int:
    import_everything()
    seen = asyncio.run(walk())
    print(" ".join(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
