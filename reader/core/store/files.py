"""Reading and writing the small JSON files reader keeps (settings, bookmarks, cache).

A write never leaves half a file behind after a crash or on a full disk: the new content goes
to a temporary file in the same folder, which then replaces the old one in a single rename; on
any failure the temporary file is removed and the old file is intact. The json module is
imported on first use only: the app looks for its settings before its first frame and, on a
first run, finds none.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any


def parse_json(text: str) -> Any:
    """The value of a JSON document; raises ValueError when it is not one."""
    import json

    return json.loads(text)


def write_json_atomic(path: Path, data: Any, *, indent: int | None = None,
                      sync: bool = False) -> None:
    """Replace `path` with `data` as JSON; `sync` waits until it is on disk."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
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
