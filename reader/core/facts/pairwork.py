"""Word diffs and checks for every aligned pair, on all cores when the input is large.

Diffing is the costliest step for long documents and each pair is independent, so above a few
thousand pairs the work is split between processes. Forking is only safe in a process with a
single thread, so anywhere else (the app computes in a worker thread) it runs serially.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from ..model import Discrepancy
from .checks import check
from .diff import Segment, word_diff

PARALLEL_MIN_PAIRS = 1500
Result = tuple[tuple[Segment, ...], tuple[Discrepancy, ...]]


def _one(texts: tuple[str, str]) -> Result:
    a, b = texts
    diff = tuple(word_diff(a, b))
    changed = " ".join(text for op, text in diff if op != "=")
    return diff, check(a, b, changed)


def _chunk(items: Sequence[tuple[str, str]]) -> list[Result]:
    return [_one(item) for item in items]


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def diff_and_check(texts: Sequence[tuple[str, str]]) -> list[Result]:
    """Diff and check each (A text, B text), in order."""
    if len(texts) < PARALLEL_MIN_PAIRS:
        return _chunk(texts)
    import multiprocessing  # costs start-up time, so only for inputs that need it

    workers = _workers()
    if (
        workers < 2
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return _chunk(texts)
    size = -(-len(texts) // workers)
    chunks = [texts[k:k + size] for k in range(0, len(texts), size)]
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(len(chunks)) as pool:
            parts = pool.map(_chunk, chunks)
    except OSError:
        return _chunk(texts)
    return [result for part in parts for result in part]
