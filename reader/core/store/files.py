"""Reading and writing the small files reader keeps (settings, bookmarks, themes, cache).

A write never leaves half a file behind after a crash or on a full disk: the new content goes
to a temporary file in the same folder, which then replaces the old one in a single rename; on
any failure the temporary file is removed and the old file is intact. Temporary files left by
a process killed mid-write are removed by a later write once they are clearly abandoned. A
file that must not be overwritten is set aside under a name no other file has. The json module
is imported on first use only: the app looks for its settings before its first frame and, on
a first run, finds none.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import Any

MAX_SMALL_FILE = 256 * 1024
"""Settings and theme files are a few hundred bytes; anything this large is not one."""

STALE_TEMP_SECONDS = 60.0
"""A temporary file this old belongs to no write in progress (writes take milliseconds)."""


class TooLarge(ValueError):
    """A file meant to be small is not."""


def read_small(path: Path, limit: int = MAX_SMALL_FILE) -> bytes:
    """The bytes of a file meant to be small, read no further than `limit`; raises TooLarge
    beyond it (and OSError as reading does)."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"too large (over {limit // 1024} KB)")
    return data


def parse_json(text: str) -> Any:
    """The value of a JSON document; raises ValueError when it is not one (nesting too deep
    for the parser included)."""
    import json

    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def set_aside(path: Path, tag: str) -> Path:
    """Rename `path` to `<name>.<tag>-<time>` (then `-2`, `-3`… if taken), never replacing an
    existing file; returns the new path."""
    stamp = int(time.time())
    for n in range(1, 10_000):
        aside = path.with_name(f"{path.name}.{tag}-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            os.link(path, aside)  # fails if the name is taken, unlike a rename on POSIX
        except FileExistsError:
            continue
        except OSError:  # no hard links here (some file systems): rename to a free name
            if aside.exists():
                continue
            os.rename(path, aside)
            return aside
        os.unlink(path)
        return aside
    raise FileExistsError(f"no free name to keep {path.name} aside")


def _remove_stale_temps(path: Path) -> None:
    """Delete temporary files of earlier writes to `path` that were killed midway."""
    now = time.time()
    for leftover in path.parent.glob(f".{path.stem}-*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                leftover.unlink()


def write_json_atomic(path: Path, data: Any, *, indent: int | None = None,
                      sync: bool = False) -> None:
    """Replace `path` with `data` as JSON; `sync` waits until it is on disk."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=indent)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
