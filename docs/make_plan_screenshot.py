"""Write docs/plan-screen.svg: the plan screen on the demo case at 100x30.

Run from the repository root: .venv/bin/python docs/make_plan_screenshot.py
"""
from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import Store  # noqa: E402
from store.demo import write_demo  # noqa: E402
from tui.app import build_app  # noqa: E402

DAY = date(2026, 11, 23)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.db", user="demo")
        citizen_id = write_demo(store, DAY)
        app = build_app(store, citizen_id=citizen_id, today=DAY)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.save_screenshot(filename="plan-screen.svg", path=str(ROOT / "docs"))
        store.close()


if __name__ == "__main__":
    asyncio.run(main())
