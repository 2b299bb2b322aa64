"""Every UI string is used: a key in screens/strings/ that no code names is dead text to translate and keep.

A key counts as used when its full name is written in the code (screens/, tui/), or when it belongs
to a family the code builds by name (`t(f"role.{role.value}")`): those families are listed here.
A new family goes in `BUILT_BY_NAME`; a key nothing uses is deleted (in DA and EN).
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import screens.strings

ROOT = Path(__file__).resolve().parents[2]
BUILT_BY_NAME = (
    "palette.system.", "palette.kind.", "area.", "role.", "level.", "goal_status.", "agreement_status.",
    "meeting_status.", "ed.smart.q.", "history.", "meet.decision.", "meet.smtte.", "meet.pdsa.", "meet.part_name.",
    "minutes.audience.", "plan.confirm_delete.", "activities.key.", "records.key.", "participants.key.",
    "notes.key.", "gas.level.", "gas.editor.", "duelist.col.", "duelist.kind.", "sharing.", "ed.note.sharing.",
    "consents.col.", "consents.kind.", "ed.consent.capacity.", "month.", "export.what.", "export.audience.",
    "export.format.",
)


def all_keys() -> dict[str, str]:
    out: dict[str, str] = {}
    for info in pkgutil.iter_modules(screens.strings.__path__):
        module = importlib.import_module(f"screens.strings.{info.name}")
        for key in getattr(module, "DA", {}):
            out[key] = info.name
    return out


def test_every_string_key_is_used() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for room in ("screens", "tui") for p in (ROOT / room).rglob("*.py")
                     if "strings" not in p.parts)
    unused = [f"{module}: {key}" for key, module in all_keys().items()
              if f'"{key}"' not in code and f"'{key}'" not in code and not key.startswith(BUILT_BY_NAME)]
    assert not unused, "strings no code uses (use them or delete them):\n" + "\n".join(unused)
