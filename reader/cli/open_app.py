"""Opening the app on two articles, with their comparison started in a helper process."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.model import Source


def _web_source(location: str, refresh: bool) -> Source | str:
    """A page from the cache, else its address for the app to fetch; a malformed address
    fails here, before the app starts."""
    from ..core.sources.load import cached_source
    from ..core.sources.web import check_url

    check_url(location)
    cached = None if refresh else cached_source(location)
    return cached if cached is not None else location


def run_app(paths: tuple[str, str], refresh: bool = False) -> int:
    if "-" in paths:
        print("reader: the app reads articles from files; use 'reader compare' for standard "
              "input", file=sys.stderr)
        return 2
    from ..core.sources.load import is_url, load
    from . import say_waiting

    # Every file is read here, once, before the screen changes: a pipe or FIFO cannot be
    # read twice, and waiting for one is said on a plain terminal where Ctrl-C ends it.
    sources = [_web_source(p, refresh) if is_url(p) else load(p, waiting=say_waiting)
               for p in paths]
    if not all(stream is not None and stream.isatty() for stream in (sys.stdin, sys.stdout)):
        print("reader: the app needs a terminal; use 'reader compare' in scripts",
              file=sys.stderr)
        return 2
    from ..ui.prefetch import Prefetch

    # Start comparing before the UI toolkit loads, so the two overlap on two cores.
    prefetch = Prefetch.start((sources[0], sources[1]), refresh)
    try:
        from ..ui.app import ReaderApp

        ReaderApp((sources[0], sources[1]), prefetch=prefetch, refresh=refresh).run()
    finally:
        if prefetch is not None:
            prefetch.close()
    return 0
