"""Bookmarks: passages a user marked, kept safely across restarts and processes.

A bookmark stores both sides' text and the two articles' identity (source and content hash),
so it survives a restart and a change of the alignment code. The file is versioned JSON, every
change re-reads it under an exclusive lock and replaces it atomically, so two `reader`
processes adding bookmarks at once lose nothing. A corrupt file is renamed aside and reported,
never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from .files import parse_json, write_json_atomic

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

VERSION = 1


class BookmarkError(Exception):
    """The bookmarks file cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Bookmark:
    """A marked passage of a compared pair, with the user's note."""

    id: str
    a_source: str
    a_digest: str
    b_source: str
    b_digest: str
    a_text: str
    b_text: str
    note: str
    created: float
    updated: float

    def same_pair(self, a_digest: str, b_digest: str) -> bool:
        return self.a_digest == a_digest and self.b_digest == b_digest

    def same_passage(self, a_text: str, b_text: str) -> bool:
        return self.a_text == a_text and self.b_text == b_text


def new_bookmark(a_source: str, a_digest: str, b_source: str, b_digest: str, a_text: str,
                 b_text: str, note: str = "") -> Bookmark:
    now = time.time()
    return Bookmark(uuid.uuid4().hex[:12], a_source, a_digest, b_source, b_digest, a_text,
                    b_text, note, now, now)


class BookmarkStore:
    """Bookmarks in one JSON file; `problem` says why the file was set aside, if it was."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a+") as lock:
            if fcntl is not None:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def _read(self) -> list[Bookmark]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise BookmarkError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        try:
            data = parse_json(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("version") != VERSION:
                raise ValueError("unknown format or version")
            return [Bookmark(**item) for item in data["bookmarks"]]
        except (ValueError, TypeError, KeyError, UnicodeDecodeError):
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            os.replace(self.path, aside)
            self.problem = f"bookmarks file was unreadable; kept it as {aside.name}"
            return []

    def _write(self, bookmarks: list[Bookmark]) -> None:
        data: dict[str, Any] = {"version": VERSION,
                                "bookmarks": [asdict(b) for b in bookmarks]}
        write_json_atomic(self.path, data, indent=1, sync=True)

    def load(self) -> list[Bookmark]:
        """All bookmarks, oldest first."""
        try:
            with self._locked():
                return self._read()
        except BookmarkError:
            raise
        except OSError as exc:
            raise BookmarkError(f"cannot use {self.path.parent}: {exc.strerror or exc}") from None

    def update(self, change: Callable[[list[Bookmark]], list[Bookmark]]) -> list[Bookmark]:
        """Apply `change` to the current bookmarks under the lock and save the result."""
        try:
            with self._locked():
                bookmarks = change(self._read())
                self._write(bookmarks)
                return bookmarks
        except OSError as exc:
            raise BookmarkError(f"cannot save bookmarks: {exc.strerror or exc}") from None

    def add(self, bookmark: Bookmark) -> list[Bookmark]:
        return self.update(lambda items: [*items, bookmark])

    def remove(self, bookmark_id: str) -> list[Bookmark]:
        return self.update(lambda items: [b for b in items if b.id != bookmark_id])

    def set_note(self, bookmark_id: str, note: str) -> list[Bookmark]:
        now = time.time()
        return self.update(lambda items: [
            replace(b, note=note, updated=now) if b.id == bookmark_id else b for b in items
        ])

    def for_pair(self, a_digest: str, b_digest: str) -> list[Bookmark]:
        return [b for b in self.load() if b.same_pair(a_digest, b_digest)]
