"""What the first screen loads: not the form system, not the email package, not the exports' gathering and
rendering (they load when first used)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.child import ROOT, assert_python_ok


def test_the_app_and_its_first_screen_load_no_form_system_no_email_and_no_export_renderers() -> None:
    code = (
        "import sys\n"
        "import tui.commands.app, tui.app, screens.citizens\n"
        "late = ('screens.forms.controls', 'screens.forms.screen', 'textual.widgets._text_area', 'email.message',"
        " 'email.policy',"
        " 'store.exports.gather', 'store.exports.minutes', 'store.exports.plan', 'store.exports.html',"
        " 'store.exports.ics')\n"
        "loaded = [m for m in late if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "from screens.forms import FormScreen, TextBox, TextInput\n"
        "from screens.forms.controls import TextInput as same\n"
        "assert TextInput is same and 'screens.forms.controls' in sys.modules\n"
        "from store.exports.mail import mail_address\n"
        "assert str(mail_address('Ole Krogh', 'ole@æblehaven.dk')) == 'Ole Krogh <ole@xn--blehaven-i0a.dk>'\n"
        "print('ok')\n"
    )
    assert_python_ok(code)


def test_the_first_frame_is_drawn_before_the_models_load_and_the_full_store_follows(demo_db: Path) -> None:
    """`rundbord` without --citizen draws the citizens list from a `ListStore` (no pydantic, no models); right
    after the first frame the full store opens on the same connection, and the next screen works with it."""
    code = (
        "import asyncio, sys\n"
        "from screens.i18n import set_language\n"
        "from store.list_store import ListStore\n"
        "from tui.app import RundbordApp\n"
        "from screens.widgets.citizen_list import CitizenList\n"
        "HEAVY = ('pydantic', 'store.models', 'store.store', 'store.db')\n"
        "seen = {}\n"
        f"store = ListStore({str(demo_db)!r}, user='test')\n"
        "set_language('da'); store.use_language('da')\n"
        "app = RundbordApp(store)\n"
        "opens = app._open_full_store\n"
        "def probe():  # what was loaded when the full store starts to open: right after the first frame\n"
        "    seen['loaded'] = [m for m in HEAVY if m in sys.modules]\n"
        "    seen['rows'] = app.screen.query_one(CitizenList).row_count\n"
        "    opens()\n"
        "app._open_full_store = probe\n"
        "async def main():\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        for _ in range(200):\n"
        "            if app._store is not None: break\n"
        "            await asyncio.sleep(0.02)\n"
        "        assert app._store is not None, 'the full store did not open after the first frame'\n"
        "        assert app.store.db.engine is store.db.engine\n"
        "        for _ in range(100):  # the plan screen's code and styles follow the full store\n"
        "            if 'screens.plan' in sys.modules and any(p.endswith('plan.tcss') for p, _ in app.stylesheet.source):\n"
        "                break\n"
        "            await asyncio.sleep(0.02)\n"
        "        else:\n"
        "            raise AssertionError('the plan screen was not prepared while the list waited')\n"
        "        from screens.plan import PlanScreen\n"
        "        read = set(app.stylesheet.source)\n"
        "        await pilot.press('enter')\n"
        "        await pilot.pause()\n"
        "        assert isinstance(app.screen, PlanScreen), app.screen\n"
        "        # every style the plan needs was read while the list waited: the first push parses nothing new\n"
        "        new = sorted(str(where) for _, where in set(app.stylesheet.source) - read)\n"
        "        assert new == [], f'read at the first push, not before (PlanScreen.MOUNTS): {new}'\n"
        "asyncio.run(main())\n"
        "assert seen['loaded'] == [], seen\n"
        "assert seen['rows'] > 0, seen\n"
        "assert 'store.models' in sys.modules\n"
        "renderers = ('store.exports.gather', 'store.exports.minutes', 'store.exports.plan')\n"
        "assert all(m in sys.modules for m in renderers), 'the renderers load with the full store'\n"
        "print('ok')\n"
    )
    assert_python_ok(code)


def test_with_citizen_the_plan_is_the_first_screen_drawn_before_the_models_load(demo_db: Path) -> None:
    """`rundbord --citizen N`: the plan is the first screen (no citizens list under it), drawn from the
    `ListStore`'s plain rows without pydantic, the models, the editors, the dialogs or the exports; right
    after the first frame the full store opens, the shared screen is told what is shown, and escape
    puts the citizens list in the plan's place."""
    code = (
        "import asyncio, sys\n"
        "from screens.i18n import set_language\n"
        "from store.list_store import ListStore\n"
        "from tui.app import RundbordApp\n"
        "HEAVY = ('pydantic', 'store.models', 'store.store', 'store.db', 'store.progression', 'store.removal', 'screens.citizens',"
        " 'screens.editors', 'screens.forms.screen', 'screens.export_dialog',"
        " 'store.exports.gather', 'store.exports.plan', 'email.message')\n"
        "seen = {}\n"
        f"store = ListStore({str(demo_db)!r}, user='test')\n"
        "set_language('da'); store.use_language('da')\n"
        "app = RundbordApp(store, citizen_id=1)\n"
        "opens = app._open_full_store\n"
        "def probe():  # what was loaded when the full store starts to open: right after the first frame\n"
        "    seen['loaded'] = [m for m in HEAVY if m in sys.modules]\n"
        "    seen['stack'] = [type(s).__name__ for s in app.screen_stack]\n"
        "    seen['goals'] = app.screen.goal_list.option_count\n"
        "    seen['focus'] = store.db.query('SELECT citizen_id FROM view_state')\n"
        "    opens()\n"
        "app._open_full_store = probe\n"
        "async def main():\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        for _ in range(200):\n"
        "            if app._store is not None: break\n"
        "            await asyncio.sleep(0.02)\n"
        "        assert app._store is not None, 'the full store did not open after the first frame'\n"
        "        await pilot.pause()\n"
        "        assert app.screen.store is app.store and app.store.db.engine is store.db.engine\n"
        "        assert app.store.view_state().citizen_id == 1\n"
        "        await pilot.press('escape')\n"
        "        await pilot.pause()\n"
        "        seen['after'] = [type(s).__name__ for s in app.screen_stack]\n"
        "asyncio.run(main())\n"
        "assert seen['loaded'] == [], seen\n"
        "assert seen['stack'] == ['PlanScreen'], seen\n"
        "assert seen['goals'] > 4, seen\n"
        "assert [tuple(r) for r in seen['focus']] in ([], [(None,)]), seen\n"
        "assert seen['after'] == ['CitizensScreen'], seen\n"
        "print('ok')\n"
    )
    assert_python_ok(code)


APP_LINES = [
    [], ["--db", "a.db"], ["--db=a.db", "--citizen", "3"], ["--citizen", "2", "--db", "demo", "--lang", "en"],
    ["--theme", "projector", "--user", "Karsten Bro", "--today", "2026-11-23"], ["--db", "--citizen"],
]


def test_a_command_line_that_starts_the_app_is_read_the_same_without_the_subcommands() -> None:
    """`rundbord [options]` is parsed without the subcommands' modules and parsers (~20 ms of the start): the
    same values as the whole command line; anything else (a subcommand, help, an abbreviation) gets it whole."""
    from tui.cli import build_parser, starts_the_app

    for argv in APP_LINES:
        assert starts_the_app(argv), argv
        if argv == ["--db", "--citizen"]:
            continue  # refused by both: "--db" without its value
        assert build_parser(subcommands=False).parse_args(argv) == build_parser().parse_args(argv), argv
    for argv in (["demo", "--db", "a.db"], ["--help"], ["-h"], ["--cit", "1"], ["--db"], ["--db", "a.db", "x"],
                 ["export", "minutes", "1"]):
        assert not starts_the_app(argv), argv


def test_the_apps_command_line_loads_no_subcommand() -> None:
    code = (
        "import sys\n"
        "from tui.cli import build_parser, starts_the_app\n"
        "argv = ['--db', 'a.db', '--citizen', '1']\n"
        "build_parser(subcommands=not starts_the_app(argv)).parse_args(argv)\n"
        "loaded = [m for m in sys.modules if m.startswith('tui.commands.') and m != 'tui.commands.common']\n"
        "assert not loaded, loaded\n"
        "print('ok')\n"
    )
    assert_python_ok(code)


def test_the_store_alone_does_not_load_the_renderers_the_live_view_never_uses() -> None:
    """The app loads the minutes' and the plan's renderers in its thread after the first frame (the test
    above); the store itself does not, so `rundbord view` does not pay for them before its first frame."""
    code = (
        "import sys\n"
        "import store.store\n"
        "loaded = [m for m in ('store.exports.gather', 'store.exports.minutes', 'store.exports.plan') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "print('ok')\n"
    )
    assert_python_ok(code)


def test_a_citizen_that_is_not_there_is_said_before_the_terminal_is_taken(demo_db: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(demo_db), "--citizen", "999"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode != 0
    assert "Der findes ingen borger nr. 999" in out.stderr
    assert "\x1b[" not in out.stdout  # the screen was never drawn
