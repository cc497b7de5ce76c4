"""The app's speed: first paint in a real terminal (tmux) against a bare two-pane Textual app,
measured in the same run, and the time per key press when moving between passages, beside
a do-nothing Textual app's in the same run (on a loaded machine both grow).

Needs tmux for the first part. Run: python bench/bench_app.py
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from terminal import TmuxServer, compile_package, paint_time, paint_times

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARKER = "Russian President Vladimir Putin"
SCRIPT = Path(sys.executable).with_name("reader")
READER = str(SCRIPT) if SCRIPT.exists() else f"{sys.executable} -m reader"
"""What users run: the installed `reader` script beside this interpreter, if there is one."""


def _wait_for(session: str, text: str, limit: float = 10.0, start: float | None = None) -> float:
    """Seconds from `start` (default: now) until `text` is on the tmux screen."""
    start = time.perf_counter() if start is None else start
    while time.perf_counter() - start < limit:
        screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                                capture_output=True, text=True).stdout
        if text in screen:
            return time.perf_counter() - start
        time.sleep(0.002)
    raise RuntimeError(f"timed out waiting for {text!r}")


def key_latency_in_terminal(a: str, b: str, label: str, presses: int = 30,
                            bare: bool = False) -> None:
    """Time from a key sent to tmux until the screen shows the next passage selected; with
    `bare`, the same for a Textual app that only counts (`bare_keys.py`): the floor that
    the toolkit, tmux and the machine's load set, measured in the same run."""
    session = f"keys{time.monotonic_ns()}"
    with tempfile.TemporaryDirectory() as tmp:
        command = f"READER_DATA_DIR={tmp}/d READER_CONFIG_DIR={tmp}/c {READER} {a} {b}"
        if bare:
            command = f"{sys.executable} {HERE / 'bare_keys.py'}"
        subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "45",
                        command], check=True)
        try:
            _wait_for(session, "Passage 1:", limit=30.0)
            time.sleep(0.5)
            times = []
            for k in range(presses):
                t = time.perf_counter()
                subprocess.run(["tmux", "send-keys", "-t", session, "j"], check=True)
                _wait_for(session, f"Passage {k + 2}:")
                times.append(time.perf_counter() - t)
            idle = []
            for _ in range(10):
                t = time.perf_counter()
                subprocess.run(["tmux", "send-keys", "-t", session, ""], check=True)
                subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True)
                idle.append(time.perf_counter() - t)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    print(f"{label}: moving between passages in tmux: median "
          f"{statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms from key to screen ({presses} presses; tmux's own "
          f"send+capture round trip is {statistics.median(idle) * 1000:.1f} ms of that)")


def first_paint(runs: int = 21) -> None:
    """Reader and a bare two-pane Textual app, alternately, each until the seed text shows."""
    if shutil.which("tmux") is None:
        print("tmux not found: first-paint comparison skipped")
        return
    from reader.core.store.resources import seed_paths

    compile_package(ROOT / "reader")
    a, b = seed_paths()
    with tempfile.TemporaryDirectory() as tmp:
        env = f"READER_DATA_DIR={tmp}/d READER_CONFIG_DIR={tmp}/c"
        commands = {"bare": f"{sys.executable} {HERE / 'bare_app.py'} {a} {b}",
                    "reader": f"{env} {READER} {a} {b}"}
        timings: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm the page cache
            paint_time(command, MARKER)
        for _ in range(runs):
            for name, command in commands.items():
                timings[name].append(paint_time(command, MARKER))
    bare_t = statistics.median(timings["bare"])
    reader_t = statistics.median(timings["reader"])
    paired = statistics.median(r / b for r, b in zip(timings["reader"], timings["bare"]))
    print(f"first paint, median of {runs} alternating runs: bare two-pane app "
          f"{bare_t * 1000:.0f} ms, reader {reader_t * 1000:.0f} ms, ratio "
          f"{reader_t / bare_t:.2f}; median ratio within a round {paired:.2f} (fastest runs: "
          f"{min(timings['bare']) * 1000:.0f} vs {min(timings['reader']) * 1000:.0f} ms)")


async def _keys(presses: int = 60) -> None:
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_DATA_DIR"] = f"{tmp}/d"
        os.environ["READER_CONFIG_DIR"] = f"{tmp}/c"
        from reader.core.sources.load import load
        from reader.core.store.resources import seed_paths
        from reader.ui.app import ReaderApp

        app = ReaderApp(tuple(load(p) for p in seed_paths()))  # type: ignore[arg-type]
        async with app.run_test(size=(160, 45)) as pilot:
            while not (app.rows and app.comparison and app.comparison.entities):
                await pilot.pause(0.02)
            await pilot.pause()
            times = []
            for k in range(presses):
                key = "j" if (k // 10) % 2 == 0 else "k"
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times.append(time.perf_counter() - t)
    print(f"moving between passages: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms per key press ({presses} presses, headless, "
          "until the screen is refreshed)")


def large_pair(sentences: int = 1500) -> None:
    """A long pair (from `corpus.py`): when its rows and its names appear, and a move."""
    from corpus import article_pair

    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        text_a, text_b = article_pair(sentences)
        a.write_text(text_a, encoding="utf-8")
        b.write_text(text_b, encoding="utf-8")
        env = f"READER_DATA_DIR={tmp}/d READER_CONFIG_DIR={tmp}/c"
        command = f"{env} {READER} {a} {b}"
        runs = [paint_times(command, ["aligned passage", "People ("], limit=60.0)
                for _ in range(3)]
        rows = statistics.median(r[0] for r in runs)
        names = statistics.median(r[1] for r in runs)
        from reader.core.compare import compare_paths
        from reader.core.output.rows import build_rows

        passages = len(build_rows(compare_paths(str(a), str(b))))
        print(f"large pair ({sentences} sentences a side, {passages} passages): rows on screen "
              f"after {rows:.2f} s, names after {names:.2f} s (median of 3)")
        key_latency_in_terminal(str(a), str(b), "large pair")


if __name__ == "__main__":
    if shutil.which("tmux") is None:
        print("tmux not found: nothing measured")
        sys.exit(0)
    from reader.core.store.resources import seed_paths

    with TmuxServer():
        first_paint()
        key_latency_in_terminal(*seed_paths(), "seed pair")
        key_latency_in_terminal(*seed_paths(), "do-nothing Textual app", bare=True)
        large_pair()
