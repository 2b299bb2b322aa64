"""A small terminal emulator: what a person would see, from the bytes an app writes.

The benchmark runs Rundbord and the minimal app in a real pseudo-terminal and
feeds what they write into `Screen`. Only what a full-screen Textual app uses
is understood: the alternate screen, cursor moves (`CSI row;col H` and the
relative ones), erasing, auto-wrap on/off, and printable text with its cell
width (Rich's, the width Textual itself lays out with). Each cell also keeps
the SGR parameters (colours, reverse ...) it was drawn with, as one string, so
a cell drawn differently from its neighbour (a text cursor) can be told apart;
other modes are read and dropped.

`Screen.rows_written` says which rows have had text drawn on them since the
alternate screen began (erasing does not count): a frame is complete when every
row has been drawn at least once.
"""
from __future__ import annotations

import codecs
import re

from rich.cells import cell_len

_TOKEN = re.compile(
    r"\x1b\[(?P<csi>[0-?]*[ -/]*[@-~])"        # CSI ... final
    r"|\x1b\](?:[^\x07\x1b]*)(?:\x07|\x1b\\)"   # OSC ... BEL or ST
    r"|\x1b[P_^X](?:[^\x1b]*)\x1b\\"            # DCS / APC / PM / SOS ... ST
    r"|\x1b[()*+].|\x1b#.|\x1b(?P<esc>[^\[\]P_^X()*+#])"
    r"|(?P<ctl>[\x00-\x1a\x1c-\x1f\x7f])"
    r"|(?P<text>[^\x00-\x1f\x1b\x7f]+)"
)


class Screen:
    """A `cols` x `rows` character grid fed incrementally with `feed(bytes)`."""

    def __init__(self, cols: int, rows: int) -> None:
        self.cols = cols
        self.rows = rows
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""
        self.alternate = False
        """True between `CSI ?1049h` (or 1047/47) and its `l`."""
        self.alternate_seen = False
        self.autowrap = True
        self.rows_written: set[int] = set()
        """Rows drawn on since the alternate screen began (0-based)."""
        self._grid: list[list[str]] = self._blank()
        self._styles: list[list[str]] = self._blank("")
        self._sgr = ""
        self._x = 0
        self._y = 0
        self._saved = (0, 0)

    def _blank(self, fill: str = " ") -> list[list[str]]:
        return [[fill] * self.cols for _ in range(self.rows)]

    # -- reading -------------------------------------------------------------------
    def line(self, y: int) -> str:
        return "".join(self._grid[y])

    def style(self, y: int, x: int) -> str:
        """The SGR parameters cell (x, y) was drawn with ('' for the default)."""
        return self._styles[y][x] if 0 <= x < self.cols else ""

    def lines(self) -> list[str]:
        return ["".join(row) for row in self._grid]

    def text(self) -> str:
        return "\n".join(self.lines())

    def find(self, needle: str, *, below: int = -1) -> int | None:
        """The first row (after row `below`) showing `needle` on one line, or None."""
        for y, line in enumerate(self.lines()):
            if y > below and needle in line:
                return y
        return None

    def shows(self, *needles: str) -> bool:
        """Every needle is visible, each on one line."""
        lines = self.lines()
        return all(any(n in line for line in lines) for n in needles)

    @property
    def complete(self) -> bool:
        """Every row drawn since the alternate screen began: one whole frame is on the screen."""
        return self.alternate_seen and len(self.rows_written) == self.rows

    # -- writing -------------------------------------------------------------------
    def feed(self, data: bytes) -> None:
        text = self._pending + self._decoder.decode(data)
        self._pending = ""
        last = text.rfind("\x1b")
        if last >= 0 and _TOKEN.match(text, last) is None:  # a sequence cut off: wait for the rest
            self._pending = text[last:]
            text = text[:last]
        for m in _TOKEN.finditer(text):
            kind = m.lastgroup
            if kind == "text":
                self._put(m.group("text"))
            elif kind == "csi":
                self._csi(m.group("csi"))
            elif kind == "ctl":
                self._control(m.group("ctl"))
            elif kind == "esc":
                self._esc(m.group("esc"))

    def _put(self, run: str) -> None:
        if run.isascii() or cell_len(run) == len(run):
            self._put_narrow(run)
            return
        for ch in run:  # wide or zero-width characters: one at a time
            width = cell_len(ch)
            if width == 0:
                continue
            if self._x + width > self.cols:
                if not self.autowrap:
                    self._x = self.cols - width
                else:
                    self._newline(wrap=True)
            self._grid[self._y][self._x] = ch
            self._styles[self._y][self._x] = self._sgr
            if width == 2:
                self._grid[self._y][self._x + 1] = ""
                self._styles[self._y][self._x + 1] = self._sgr
            self._x += width
            self.rows_written.add(self._y)

    def _put_narrow(self, run: str) -> None:
        while run:
            room = self.cols - self._x
            if room <= 0:
                if self.autowrap:
                    self._newline(wrap=True)
                    room = self.cols
                else:  # no auto-wrap: the rest overwrites the last column
                    self._grid[self._y][self.cols - 1] = run[-1]
                    self._styles[self._y][self.cols - 1] = self._sgr
                    self.rows_written.add(self._y)
                    return
            part, run = run[:room], run[room:]
            self._grid[self._y][self._x:self._x + len(part)] = list(part)
            self._styles[self._y][self._x:self._x + len(part)] = [self._sgr] * len(part)
            self.rows_written.add(self._y)
            self._x += len(part)

    def _newline(self, *, wrap: bool = False) -> None:
        if wrap:
            self._x = 0
        if self._y == self.rows - 1:
            self._grid.pop(0)
            self._grid.append([" "] * self.cols)
            self._styles.pop(0)
            self._styles.append([""] * self.cols)
        else:
            self._y += 1

    def _control(self, ch: str) -> None:
        if ch == "\r":
            self._x = 0
        elif ch == "\n" or ch == "\x0b" or ch == "\x0c":
            self._newline()
        elif ch == "\b":
            self._x = max(0, self._x - 1)
        elif ch == "\t":
            self._x = min(self.cols - 1, (self._x // 8 + 1) * 8)

    def _esc(self, ch: str) -> None:
        if ch == "7":
            self._saved = (self._x, self._y)
        elif ch == "8":
            self._x, self._y = self._saved
        elif ch == "M":
            self._y = max(0, self._y - 1)
        elif ch == "c":
            self._grid, self._styles = self._blank(), self._blank("")
            self._x = self._y = 0

    def _csi(self, body: str) -> None:
        final = body[-1]
        params = body[:-1]
        private = params[:1] in ("?", ">", "<", "=")
        if private:
            if params[0] == "?" and final in "hl" and not params.endswith("$"):
                self._mode(params[1:], final == "h")
            return
        nums = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []

        def arg(i: int, default: int = 1) -> int:
            return nums[i] if len(nums) > i and nums[i] else default

        if final == "m":
            self._sgr = "" if params in ("", "0") else (f"{self._sgr};{params}" if self._sgr else params)
        elif final in "Hf":
            self._y = min(self.rows, arg(0)) - 1
            self._x = min(self.cols, arg(1)) - 1
        elif final == "A":
            self._y = max(0, self._y - arg(0))
        elif final in "Be":
            self._y = min(self.rows - 1, self._y + arg(0))
        elif final in "Ca":
            self._x = min(self.cols - 1, self._x + arg(0))
        elif final == "D":
            self._x = max(0, self._x - arg(0))
        elif final in "G`":
            self._x = min(self.cols, arg(0)) - 1
        elif final == "d":
            self._y = min(self.rows, arg(0)) - 1
        elif final == "J":
            self._erase_display(nums[0] if nums else 0)
        elif final == "K":
            self._erase_line(nums[0] if nums else 0)
        elif final == "X":
            end = min(self.cols, self._x + arg(0))
            self._grid[self._y][self._x:end] = [" "] * (end - self._x)
            self._styles[self._y][self._x:end] = [""] * (end - self._x)

    def _mode(self, params: str, on: bool) -> None:
        for p in params.split(";"):
            if p in ("1049", "1047", "47"):
                self.alternate = on
                self._grid, self._styles = self._blank(), self._blank("")
                if on:
                    self.alternate_seen = True
                    self.rows_written = set()
                    if p == "1049":
                        self._saved = (self._x, self._y)
                        self._x = self._y = 0
            elif p == "7":
                self.autowrap = on

    def _erase_line(self, how: int) -> None:
        start, end = {0: (self._x, self.cols), 1: (0, self._x + 1)}.get(how, (0, self.cols))
        self._grid[self._y][start:end] = [" "] * (end - start)
        self._styles[self._y][start:end] = [""] * (end - start)

    def _erase_display(self, how: int) -> None:
        if how in (2, 3):
            self._grid, self._styles = self._blank(), self._blank("")
        elif how == 0:
            self._erase_line(0)
            for y in range(self._y + 1, self.rows):
                self._grid[y], self._styles[y] = [" "] * self.cols, [""] * self.cols
        elif how == 1:
            self._erase_line(1)
            for y in range(self._y):
                self._grid[y], self._styles[y] = [" "] * self.cols, [""] * self.cols
