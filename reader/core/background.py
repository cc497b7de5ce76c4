"""Comparing in a child process while the app starts, so the two overlap on two cores.

The user interface spends its first ~150 ms importing its toolkit; a forked child meanwhile
loads the articles (URLs from the cache or the network), analyses them and sends back, through
a pipe, the loaded sources (or the load error), the comparison and its rows. The names come
last and only once the app asks for them (after its first frame): two busy processes slow
each other down, and the first frame does not need them. Any other failure (no fork, a crash,
a short read) just means the app computes the result itself, as it would without this.
"""

from __future__ import annotations

import os
import pickle
import struct
from typing import Any

from .loading import LoadError, Source

_HEADER = struct.Struct("!Q")


def _send(fd: int, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _child(fd: int, go: int, sources: tuple[Source | str, Source | str], refresh: bool) -> None:
    from .compare import analyse, compare_articles
    from .entities import extract
    from .loading import load
    from .rows import build_rows

    try:
        loaded = [s if isinstance(s, Source) else load(s, refresh=refresh) for s in sources]
    except LoadError as exc:
        _send(fd, LoadError(str(exc)))
        return
    _send(fd, tuple(loaded))
    a, b = analyse(loaded[0]), analyse(loaded[1])
    comparison = compare_articles(a, b, entities=False)
    _send(fd, (comparison, build_rows(comparison)))
    if os.read(go, 1):  # nothing (end of file) when the app has gone or no longer wants them
        _send(fd, extract(a, b))


class Prefetch:
    """A comparison being computed in a child process; read its parts in order."""

    def __init__(self, pid: int, fd: int, go: int) -> None:
        self.pid = pid
        self.fd = fd
        self.go = go

    @classmethod
    def start(cls, sources: tuple[Source | str, Source | str], refresh: bool = False
              ) -> Prefetch | None:
        """Fork the child; None where forking is not possible."""
        if not hasattr(os, "fork"):
            return None
        read_fd, write_fd = os.pipe()
        go_read, go_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (read_fd, write_fd, go_read, go_write):
                os.close(fd)
            return None
        if pid == 0:  # the child: compute, send, and leave without running any cleanup
            code = 0
            try:
                os.close(read_fd)
                os.close(go_write)
                _child(write_fd, go_read, sources, refresh)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        os.close(go_read)
        return cls(pid, read_fd, go_write)

    def want_entities(self) -> None:
        """Let the child go on to find the names (it waits for this)."""
        try:
            os.write(self.go, b"1")
        except OSError:  # the child has ended; receiving will say so
            pass

    def _read_exactly(self, size: int) -> bytes:
        chunks = []
        while size:
            chunk = os.read(self.fd, min(size, 1 << 20))
            if not chunk:
                raise EOFError("child process ended early")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def receive(self) -> Any:
        """The next part sent by the child; raises EOFError when there is none."""
        (size,) = _HEADER.unpack(self._read_exactly(_HEADER.size))
        return pickle.loads(self._read_exactly(size))

    def close(self) -> None:
        for fd in (self.fd, self.go):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
