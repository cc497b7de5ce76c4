"""Reading an article file or standard input as text."""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..model import SourceKind
from .decoding import decode_checked, read_bytes
from .errors import LoadError


def kind_for(name: str) -> SourceKind:
    """Markdown for the usual Markdown file names, plain text otherwise."""
    return "markdown" if name.lower().endswith((".md", ".markdown", ".mdown")) else "text"


def read_stdin(stdin: BinaryIO | None = None) -> tuple[str, str | None]:
    """The text piped in on standard input, and a warning if its encoding was a guess."""
    if stdin is None and sys.stdin is None:
        raise LoadError("stdin: standard input is closed")
    stream = stdin if stdin is not None else sys.stdin.buffer
    return decode_checked(read_bytes(stream, "standard input"), "stdin")


def read_file(location: str, waiting: Callable[[str], None] | None = None
              ) -> tuple[str, str | None]:
    """The text of the file at a path (`~` expanded), and a warning if its encoding was a
    guess; raises LoadError.

    A pipe, FIFO or device is read to its end once; when nothing has arrived on it after a
    moment, `waiting` is told in one line what is awaited (Ctrl-C stops the wait)."""
    try:
        path = Path(location).expanduser()
    except RuntimeError:  # `~name` of a user this system does not know
        user = location.split("/", 1)[0]
        raise LoadError(f"{location}: no such file (no home directory for {user})") from None
    try:
        if path.is_dir():
            raise LoadError(f"{location}: is a directory, not a file")
        if os.name == "posix" and path.exists() and not path.is_file():
            data = _read_stream(path, location, waiting)
        else:
            with path.open("rb") as handle:
                data = read_bytes(handle, location)
    except FileNotFoundError:
        raise LoadError(f"{location}: no such file") from None
    except PermissionError:
        raise LoadError(f"{location}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{location}: is a directory, not a file") from None
    except OSError as exc:
        raise LoadError(f"{location}: cannot be read ({exc.strerror or exc})") from None
    return decode_checked(data, location)


def _read_stream(path: Path, location: str, waiting: Callable[[str], None] | None) -> bytes:
    """Read a FIFO, pipe or device: opened without waiting for a writer, then read to its
    end once something has been written (or the writer has gone)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not select.select([fd], [], [], 0.2)[0]:
            if waiting is not None:
                waiting(f"{location}: nothing written to it yet; waiting (Ctrl-C to stop)")
            select.select([fd], [], [])
        os.set_blocking(fd, True)
        with open(fd, "rb", closefd=False) as handle:
            return read_bytes(handle, location)
    finally:
        os.close(fd)
