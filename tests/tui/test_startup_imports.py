"""What the first screen loads: not the form system, not the email package, not the exports' gathering and
rendering (they load when first used)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "ok" in out.stdout
