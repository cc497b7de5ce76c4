"""Reading an article file or standard input as text."""

from __future__ import annotations

import sys
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
    stream = stdin if stdin is not None else sys.stdin.buffer
    return decode_checked(read_bytes(stream, "standard input"), "stdin")


def read_file(location: str) -> tuple[str, str | None]:
    """The text of the file at a path (`~` expanded), and a warning if its encoding was a
    guess; raises LoadError."""
    path = Path(location).expanduser()
    try:
        if path.is_dir():
            raise LoadError(f"{location}: is a directory, not a file")
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
