"""Running `reader` in a pseudo-terminal, as a user does: read its screen, press keys.

Each program gets a session of its own, so what it starts (the helper process) is ended with
it when a test gives up on it.
"""

from __future__ import annotations

import os
import re
import select
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ESCAPE = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)")


def reader_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment whose every user directory lies under `tmp`, importing this tree."""
    env = {"PATH": os.environ.get("PATH", ""), "TERM": "xterm-256color", "LANG": "C.UTF-8",
           "PYTHONPATH": str(ROOT), "READER_DATA_DIR": str(tmp / "data"),
           "READER_CONFIG_DIR": str(tmp / "config"), "READER_CACHE_DIR": str(tmp / "cache")}
    env.update(extra)
    return env


class Terminal:
    """`python -m reader ARGS` on a 160×45 pseudo-terminal."""

    def __init__(self, args: Sequence[str], env: dict[str, str], cwd: Path,
                 pass_fds: Sequence[int] = ()) -> None:
        import fcntl  # POSIX only, like the tests that use this
        import termios

        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
        self.proc = subprocess.Popen([sys.executable, "-m", "reader", *args], stdin=slave,
                                     stdout=slave, stderr=slave, env=env, cwd=cwd,
                                     start_new_session=True, pass_fds=tuple(pass_fds))
        os.close(slave)
        self.raw = ""

    @property
    def screen(self) -> str:
        """Everything written so far, without escape sequences."""
        return _ESCAPE.sub("", self.raw)

    def _pump(self, timeout: float) -> None:
        if select.select([self.master], [], [], timeout)[0]:
            try:
                self.raw += os.read(self.master, 1 << 16).decode("utf-8", "replace")
            except OSError:  # the program has ended and closed the terminal
                time.sleep(timeout)

    def wait_for(self, text: str, limit: float = 20.0) -> bool:
        """Whether `text` appears within `limit` seconds."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if text in self.screen:
                return True
            self._pump(0.05)
        return text in self.screen

    def press(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def wait_exit(self, limit: float) -> int | None:
        """The exit status, or None if the program is still running after `limit` seconds."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                self._pump(0)
                return self.proc.returncode
            self._pump(0.05)
        return self.proc.poll()

    def close(self) -> None:
        """End the program and anything it left running (its session's process group, which
        keeps the program's id while any member lives)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        os.close(self.master)
