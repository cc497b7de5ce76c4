"""The cyclic garbage collector paused around work that makes many objects and no cycles.

Aligning and finding names build many small tuples and dictionaries that reference
counting frees; the collector, run meanwhile, would walk every object of the process again
and again for next to nothing (a tenth of the time of a long comparison).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside; the collector is left as it was found."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
