"""Work started ahead in another process, when the machine has a second core to give it.

A long comparison has stages that need only the analysed articles (every sentence's figures,
the names) beside stages that need the alignment. `ahead(steps)` runs the first kind in a
forked child while the parent aligns; the parent collects each step's value in order when it
needs it, and the child goes on with the next meanwhile. Forking is only safe in a process
with a single thread, so anywhere else (the app computes in a worker thread), or on one core,
`ahead` starts nothing and the caller runs the steps itself; a step the child failed to give
(it died, or raised) is run by the parent when asked for.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import IO, Any


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking is safe here and has a second core to run on."""
    return cores() >= 2 and threading.active_count() == 1 and hasattr(os, "fork")


def ahead(steps: Sequence[Callable[[], Any]]) -> Ahead | None:
    """The steps started in a forked child, one after another; None where forking is
    unsafe or has no second core to run on."""
    if not can_fork():
        return None
    try:
        return Ahead(steps)
    except OSError:  # no process or pipe to be had (a limit reached): the caller does it all
        return None


class Ahead:
    """Steps running in a forked child; `next()` gives their values in order."""

    def __init__(self, steps: Sequence[Callable[[], Any]]) -> None:
        self._steps = list(steps)
        self._done = 0
        read, write = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                pass
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            raise
        if pid == 0:  # the child: never returns, never runs the parent's exit handlers
            os.close(read)
            try:
                with os.fdopen(write, "wb") as out:
                    for step in self._steps:
                        pickle.dump(step(), out, protocol=pickle.HIGHEST_PROTOCOL)
                        out.flush()
            finally:
                os._exit(0)
        os.close(write)
        self._pid = pid
        self._given: IO[bytes] | None = os.fdopen(read, "rb")

    def next(self) -> Any:
        """The next step's value: the child's, or computed here if it has none to give."""
        step = self._steps[self._done]
        self._done += 1
        if self._given is not None:
            try:
                return pickle.load(self._given)
            except Exception:  # the child died or failed: its output is cut short or empty
                self.close()
        return step()

    def close(self) -> None:
        """Stop the child, whether or not its values were all collected."""
        if self._given is not None:
            self._given.close()
            self._given = None
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:  # pragma: no cover - already reaped
                pass
            os.waitpid(self._pid, 0)
