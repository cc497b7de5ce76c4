"""The helper process: compares the articles the app hands it and sends the results back.

Started by `Prefetch.start` as `python -P -c "from reader.ui.helper import main; main()"`
(`-P`: the current directory, where the user keeps articles, is never on the import path).
It reads the articles and options from standard input, writes each result to standard output
as a length-prefixed pickle, and waits on standard input for the app to ask for the names. It
ignores Ctrl-C, which the app handles, and ends as soon as its last result is written. No
user-interface toolkit is imported here: the helper's start must stay cheap.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct

from ..core.model import Source
from ..core.sources.errors import LoadError

HEADER = struct.Struct("!Q")

Article = Source | str
"""An article as the helper gets it: loaded already, or an address still to load."""


class HelperEnded(Exception):
    """The helper ended without sending what it owed: killed, crashed or failed."""


def send(fd: int, value: object) -> None:
    """Write one value as a length-prefixed pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read(fd: int, size: int) -> bytes:
    chunks = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError("the app ended early")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _serve(out: int, go: int, articles: tuple[Article, Article], refresh: bool) -> None:
    from ..core.compare import analyse_both, compare_articles, with_names
    from ..core.output.rows import build_rows
    from ..core.sources.load import load

    try:
        loaded = [a if isinstance(a, Source) else load(a, refresh=refresh) for a in articles]
    except LoadError as exc:
        send(out, LoadError(str(exc)))
        return
    # What the app has already it does not get back.
    send(out, tuple(None if isinstance(a, Source) else s for a, s in zip(articles, loaded)))
    a, b = analyse_both(loaded[0], loaded[1])  # long ones side by side, as the commands do
    comparison = compare_articles(a, b, names=False)
    send(out, (comparison, build_rows(comparison)))
    if os.read(go, 1):  # nothing (end of file) when the app has gone or no longer wants them
        send(out, with_names(comparison))


def main() -> None:
    """The helper: the articles on standard input, results on standard output, then the
    app's request for the names on standard input."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the app decides when the helper stops
    try:
        (size,) = HEADER.unpack(_read(0, HEADER.size))
        articles, refresh = pickle.loads(_read(0, size))
        try:
            _serve(1, 0, articles, refresh)
        except Exception as exc:  # a failure of the engine: the app reports it
            send(1, HelperEnded(f"{type(exc).__name__}: {exc}"))
    except BaseException:  # the app has gone: nothing to report to
        os._exit(1)
    os._exit(0)  # at once: tearing down what was built only delays the app's reaping
