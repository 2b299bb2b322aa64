"""When something unexpected goes wrong: a Danish message with no plan data, the details in a private log.

Textual's own crash output prints the traceback with the local variables of
every frame: whatever a screen held (a citizen's goals, names) would be shown
on a screen that may be projected. Instead the app writes the traceback to a
log file only the user can read (0600, in the user's data directory) and
shows one Danish message that names that file and nothing from the plan.
"""
from __future__ import annotations

import os
import traceback
from pathlib import Path

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from store import clock

EXIT_CODE = 70
"""The exit code after an unexpected error (EX_SOFTWARE), as the command line uses."""


def crash_dir() -> Path:
    """The user's data directory for Rundbord (where the default database lives too)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("rundbord"))


def write_crash_log(error: BaseException, folder: Path | None = None) -> Path | None:
    """The traceback (no local variables) in a new 0600 file; None if it could not be written."""
    folder = folder or crash_dir()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for n in range(100):
            path = folder / (f"fejl-{stamp}.log" if n == 0 else f"fejl-{stamp}-{n}.log")
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(f"Rundbord: uventet fejl {clock.now().isoformat(timespec='seconds')}\n\n{text}")
            return path
    except OSError:
        return None
    return None


def crash_message(log: Path | None) -> RenderableType:
    """What the person sees: Danish, calm, no data from the plan."""
    lines = [
        Text("Rundbord stødte på en uventet fejl og er lukket.", style="bold"),
        Text(""),
        Text("Alt, hvad der var gemt (bekræftet på skærmen), er gemt i databasen. "
             "Det, der var ved at blive skrevet, er ikke gemt."),
        Text("Start Rundbord igen for at fortsætte."),
        Text(""),
    ]
    if log is not None:
        lines.append(Text("Detaljer til den, der hjælper med fejlen, er skrevet i filen herunder."))
    else:
        lines.append(Text("Detaljerne kunne ikke skrives til en logfil."))
    panel = Panel(Group(*lines), title="Rundbord – uventet fejl", border_style="red", expand=False)
    if log is None:
        return panel
    # The file's path on a line of its own, outside the frame: whole, to copy, however narrow the terminal.
    return Group(panel, Text(str(log), style="bold", overflow="fold"))
