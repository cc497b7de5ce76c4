"""Comparing in a second process while the app starts, so the two overlap on two cores.

The user interface spends its first ~150 ms importing its toolkit; a helper process meanwhile
loads the articles (URLs from the cache or the network), analyses them and sends back, through
a pipe, the loaded sources (or the load error), the comparison and its rows. The names come
last and only once the app asks for them (after its first frame): the first frame does not
need them.

The helper is a fresh interpreter rather than a fork: after a fork every page the two
processes share is copied on the app's first write to it, well over a thousand copies during
start-up, which cost more than the helper's own start. Any failure (no way to start it, a
crash, a short read) just means the app computes the result itself, as it would without this.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from typing import Any

from ..core.sources.errors import LoadError

_HEADER = struct.Struct("!Q")
_REFRESH = "--refresh"


def _send(fd: int, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _serve(out: int, go: int, locations: list[str], refresh: bool) -> None:
    from ..core.compare import analyse, compare_articles
    from ..core.output.rows import build_rows
    from ..core.sources.load import load

    try:
        loaded = [load(location, refresh=refresh) for location in locations]
    except LoadError as exc:
        _send(out, LoadError(str(exc)))
        return
    _send(out, tuple(loaded))
    a, b = analyse(loaded[0]), analyse(loaded[1])
    comparison = compare_articles(a, b)
    _send(out, (comparison, build_rows(comparison)))
    if os.read(go, 1):  # nothing (end of file) when the app has gone or no longer wants them
        _send(out, comparison.entities)


def main() -> None:
    """The helper: articles as arguments, results on standard output, the app's request for
    the names on standard input."""
    arguments = sys.argv[1:]
    refresh = _REFRESH in arguments
    try:
        _serve(1, 0, [a for a in arguments if a != _REFRESH], refresh)
    except BaseException:  # the app notices the missing part and computes it itself
        os._exit(1)


class Prefetch:
    """A comparison being computed in a helper process; read its parts in order."""

    def __init__(self, pid: int, fd: int, go: int) -> None:
        self.pid = pid
        self.fd = fd
        self.go = go

    @classmethod
    def start(cls, locations: tuple[str, str], refresh: bool = False) -> Prefetch | None:
        """Start the helper on two article locations; None where that is not possible."""
        spawn = getattr(os, "posix_spawn", None)
        if spawn is None or not sys.executable:
            return None
        results, out = os.pipe()
        go_in, go = os.pipe()
        code = "from reader.ui.prefetch import main; main()"
        argv = [sys.executable, "-c", code, *locations, *([_REFRESH] if refresh else [])]
        actions = [(os.POSIX_SPAWN_DUP2, go_in, 0), (os.POSIX_SPAWN_DUP2, out, 1),
                   (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
        try:
            pid = spawn(sys.executable, argv, os.environ, file_actions=actions)
        except OSError:
            pid = 0
        finally:
            os.close(out)
            os.close(go_in)
        if not pid:
            os.close(results)
            os.close(go)
            return None
        return cls(pid, results, go)

    def want_entities(self) -> None:
        """Let the helper go on to find the names (it waits for this)."""
        try:
            os.write(self.go, b"1")
        except OSError:  # the helper has ended; receiving will say so
            pass

    def _read_exactly(self, size: int) -> bytes:
        chunks = []
        while size:
            chunk = os.read(self.fd, min(size, 1 << 20))
            if not chunk:
                raise EOFError("helper process ended early")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def receive(self) -> Any:
        """The next part sent by the helper; raises EOFError when there is none."""
        (size,) = _HEADER.unpack(self._read_exactly(_HEADER.size))
        return pickle.loads(self._read_exactly(size))

    def close(self) -> None:
        """Stop the helper, whatever it is doing, and release its pipes."""
        for fd in (self.fd, self.go):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
