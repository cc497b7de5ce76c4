"""Timing programs in a real terminal: tmux, watched through its control mode.

A control-mode client receives everything the program writes to its pane as it is written, so
the time until a text appears is read without polling `capture-pane` (which forks a process
every few milliseconds and, on a two-core machine, competes with the program being timed).
"""

from __future__ import annotations

import compileall
import re
import select
import subprocess
import time
from pathlib import Path

_OCTAL = re.compile(rb"\\(\d{3})")
_CONTROL = re.compile(rb"\x1b\[[0-9;?<>=]*[A-Za-z]")


def compile_package(package: Path) -> None:
    """Write the package's bytecode, as `pip install` does, so no run pays for compiling."""
    compileall.compile_dir(str(package), quiet=1)


def paint_time(command: str, marker: str, size: tuple[int, int] = (160, 45),
               limit: float = 20.0) -> float:
    """Seconds from starting `command` in a new tmux window until `marker` is written to it.

    Styling escapes are removed before looking, so the marker may span styled segments of
    one line (not a line break)."""
    return paint_times(command, [marker], size, limit)[0]


def paint_times(command: str, markers: list[str], size: tuple[int, int] = (160, 45),
                limit: float = 20.0) -> list[float]:
    """Seconds until each of `markers` is first written, in the order given."""
    name = f"bench{time.monotonic_ns()}"
    start = time.perf_counter()
    client = subprocess.Popen(
        ["tmux", "-C", "new-session", "-s", name, "-x", str(size[0]), "-y", str(size[1]),
         command], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert client.stdout is not None and client.stdin is not None
    seen, found = b"", []
    try:
        while time.perf_counter() - start < limit:
            ready, _, _ = select.select([client.stdout], [], [], 0.5)
            if not ready:
                continue
            line = client.stdout.readline()
            if not line:
                break
            if not line.startswith(b"%output "):
                continue
            data = line.rstrip(b"\n").split(b" ", 2)[2]
            seen += _OCTAL.sub(lambda m: bytes([int(m.group(1), 8)]), data)
            plain = _CONTROL.sub(b"", seen)
            while len(found) < len(markers) and markers[len(found)].encode() in plain:
                found.append(time.perf_counter() - start)
            if len(found) == len(markers):
                return found
        raise RuntimeError(f"{markers[len(found)]!r} not shown within {limit} s by: {command}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
        client.stdin.close()
        client.kill()
        client.wait()


class TmuxServer:
    """Keeps one idle session open, so the tmux server does not exit between measurements."""

    def __enter__(self) -> None:
        subprocess.run(["tmux", "new-session", "-d", "-s", "reader-bench-hold", "sleep 900"],
                       capture_output=True)

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["tmux", "kill-session", "-t", "reader-bench-hold"], capture_output=True)
