"""Comparing in a second process while the app starts, so the two overlap on two cores.

The user interface spends its first ~150 ms importing its toolkit; a helper process meanwhile
analyses the articles and sends back, through a pipe, the sources it had to load (URLs from
the cache or the network) or the load error, then the comparison and its rows. The names come
last and only once the app asks for them (after its first frame): the first frame does not
need them.

The command line reads every file itself (once: a pipe or FIFO cannot be read twice) and hands
the helper the texts on its standard input; the helper (`helper.py`) only loads what is still
an address. It is a fresh interpreter rather than a fork: after a fork every page the two
processes share is copied on the app's first write to it, well over a thousand copies during
start-up, which cost more than the helper's own start. It starts with `-P`, so nothing in the
current directory (a `pickle.py`, a `reader/` folder where the user keeps articles) is ever
imported.

The app owns the helper: Ctrl-C is the app's to handle (the helper ignores it), the app stops
the helper when it quits, and a helper that ends early is reported, never redone in the app's
own process. Only when no helper could be started does the app compare by itself.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.model import Source
from .helper import HEADER, Article, HelperEnded, send

if TYPE_CHECKING:
    from ..core.model import Comparison
    from ..core.output.rows import Row

_POLL = 0.05
"""Seconds between checks whether the app still wants what it waits for."""


class Cancelled(Exception):
    """The app stopped waiting (it is quitting, or wants something else now)."""


def _ended(status: int | None) -> str:
    if status is None:
        return "the comparison process ended early"
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"the comparison process was stopped ({name})"
    return f"the comparison process ended early (exit status {os.waitstatus_to_exitcode(status)})"


class Prefetch:
    """A comparison being computed in a helper process; ask for its parts in order.

    Every wait can be given `cancelled` (checked every 50 ms, so a quitting app is never held
    up) and a `deadline` (time.monotonic()) after which `TimeoutError` says the part has not
    started to arrive. The child is reaped as soon as its last part arrives or it ends, and
    `close` may be called any number of times, from the thread that waited or after it."""

    def __init__(self, pid: int, fd: int, go: int, articles: tuple[Article, Article],
                 sender: threading.Thread) -> None:
        self.pid = pid
        self.fd = fd
        self.go = go
        self._articles = articles
        self._sender = sender
        self._parts: list[object] = []
        self._lock = threading.Lock()
        """Held while waiting for a part, so the pipes are never closed under a reader."""
        self._reap_lock = threading.Lock()
        self._status: int | None = None
        self._reaped = False
        self._closed = False

    @classmethod
    def start(cls, articles: tuple[Article, Article], refresh: bool = False) -> Prefetch | None:
        """Start the helper on two articles (loaded sources, or addresses it loads itself);
        None where that is not possible."""
        spawn = getattr(os, "posix_spawn", None)
        if spawn is None or not sys.executable:
            return None
        results, out = os.pipe()
        go_in, go = os.pipe()
        code = "from reader.ui.helper import main; main()"
        argv = [sys.executable, "-P", "-c", code]
        actions = [(os.POSIX_SPAWN_DUP2, go_in, 0), (os.POSIX_SPAWN_DUP2, out, 1),
                   (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
        try:
            # Ctrl-C goes to the whole foreground group: blocked in the helper from its
            # first instruction (it ignores it once running), so only the app gets it.
            pid = spawn(sys.executable, argv, os.environ, file_actions=actions,
                        setsigmask=(signal.SIGINT,))
        except OSError:
            pid = 0
        finally:
            os.close(out)
            os.close(go_in)
        if not pid:
            os.close(results)
            os.close(go)
            return None
        # Texts can be larger than a pipe holds: written alongside, while the app loads.
        sender = threading.Thread(target=cls._hand_over, args=(go, (articles, refresh)),
                                  name="reader-prefetch-send", daemon=True)
        sender.start()
        return cls(pid, results, go, articles, sender)

    @staticmethod
    def _hand_over(go: int, work: object) -> None:
        try:
            send(go, work)
        except OSError:  # the helper has ended; waiting for its results will say so
            pass

    def sources(self, cancelled: Callable[[], bool] | None = None,
                deadline: float | None = None) -> tuple[Source, Source]:
        """Both articles as loaded; raises the `LoadError` of one that could not be."""
        got = self._part(0, cancelled, deadline)
        assert isinstance(got, tuple)
        a, b = (given if isinstance(given, Source) else loaded
                for given, loaded in zip(self._articles, got))
        return a, b

    def comparison(self, cancelled: Callable[[], bool] | None = None,
                   deadline: float | None = None) -> tuple[Comparison, list[Row]]:
        """The comparison (without names) and the rows the app shows."""
        return self._part(1, cancelled, deadline)

    def completed(self, cancelled: Callable[[], bool] | None = None) -> Comparison:
        """The comparison with its names and the facts that need them; ask for it with
        `want_names` first."""
        found = self._part(2, cancelled, None)
        self._reap()  # the last part: the helper has exited or is about to
        return found

    def want_names(self) -> None:
        """Let the helper go on to find the names (it waits for this)."""
        with self._lock:
            if self._closed or self._reaped:
                return
            try:
                os.write(self.go, b"1")
            except OSError:  # the helper has ended; receiving will say so
                pass

    def _part(self, index: int, cancelled: Callable[[], bool] | None,
              deadline: float | None) -> Any:
        with self._lock:
            while len(self._parts) <= index:
                if self._parts and isinstance(self._parts[-1], Exception):
                    raise self._parts[-1]  # an error is the last part: nothing follows it
                if self._closed:
                    raise HelperEnded("the comparison process was stopped")
                self._parts.append(self._receive(cancelled, deadline))
        part = self._parts[index]
        if isinstance(part, Exception):
            raise part
        return part

    def _receive(self, cancelled: Callable[[], bool] | None, deadline: float | None) -> object:
        """The next part; a helper that ended instead is reaped and reported."""
        if not self._readable(cancelled, deadline):
            raise TimeoutError("the comparison is not ready yet")
        try:
            (size,) = HEADER.unpack(self._read(HEADER.size, cancelled))
            data = self._read(size, cancelled)
        except EOFError:  # the helper closed its end: it is exiting
            self._reap()
            return HelperEnded(_ended(self._status))
        try:
            part = pickle.loads(data)
        except Exception:  # garbled: stop it rather than wait for more
            self._reap(stop=True)
            return HelperEnded("the comparison process sent something unreadable")
        if isinstance(part, Exception):  # a load error or a failure: nothing follows
            self._reap()
        return part

    def _readable(self, cancelled: Callable[[], bool] | None, deadline: float | None) -> bool:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled
            step = _POLL if cancelled is not None else None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                step = left if step is None else min(step, left)
            if select.select([self.fd], [], [], step)[0]:
                return True

    def _read(self, size: int, cancelled: Callable[[], bool] | None) -> bytes:
        chunks = []
        while size:
            self._readable(cancelled, None)
            chunk = os.read(self.fd, min(size, 1 << 20))
            if not chunk:
                raise EOFError("the helper ended early")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def _reap(self, stop: bool = False) -> None:
        """Collect the ended helper (stopping it first if asked), once: after that its pid
        may belong to another process and is never signalled."""
        with self._reap_lock:
            if self._reaped:
                return
            if stop:
                try:
                    os.kill(self.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            try:
                _, self._status = os.waitpid(self.pid, 0)
            except ChildProcessError:  # reaped elsewhere (SIGCHLD ignored)
                pass
            self._reaped = True

    def close(self) -> None:
        """Stop the helper, whatever it is doing, and release its pipes; once, however often
        it is called."""
        if self._closed:
            return
        self._reap(stop=True)  # a wait in another thread ends with it
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._sender.join()
            os.close(self.fd)
            os.close(self.go)
