"""Bookmarks: passages a user marked, kept safely across restarts and processes.

A bookmark stores both sides' text and the two articles' identity (source and content hash),
so it survives a restart and a change of the alignment code. The file is versioned JSON; every
change re-reads it under an exclusive lock (POSIX `flock`, or `msvcrt.locking` on Windows) and
replaces it atomically, so two `reader` processes adding bookmarks at once lose nothing, and an
add decided under that lock never duplicates a bookmark another window made. Every field is
checked on reading: a file that is not valid is renamed aside under a name of its own,
reported, never overwritten. Fields written by a newer reader are kept as they were. Reading
creates nothing: without a data directory there are no bookmarks, and a read-only one is read
without the lock.
"""

from __future__ import annotations

import contextlib
import errno
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from .files import parse_json, read_small, set_aside, write_json_atomic

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None  # type: ignore[assignment]

VERSION = 1
MAX_BYTES = 64 * 1024 * 1024
"""No real bookmarks file comes near this; reading one larger would exhaust memory."""
TEXT_FIELDS = ("id", "a_source", "a_digest", "b_source", "b_digest", "a_text", "b_text", "note")
TIME_FIELDS = ("created", "updated")
_LATEST = 253402300799.0
"""The last second of the year 9999: later times cannot be shown as dates."""
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)
_WINDOWS_WAIT = 60.0
"""Seconds to wait for another process's lock on Windows before giving up with an error."""


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
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Fields of a newer version of reader, written back as they were read."""

    def same_pair(self, a_digest: str, b_digest: str) -> bool:
        return self.a_digest == a_digest and self.b_digest == b_digest

    def same_passage(self, a_text: str, b_text: str) -> bool:
        return self.a_text == a_text and self.b_text == b_text

    def fields(self) -> dict[str, Any]:
        """The fields this version knows, by name (what `reader bookmarks --json` lists)."""
        return {name: getattr(self, name) for name in TEXT_FIELDS + TIME_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        """The bookmark as stored, newer fields included."""
        return {**self.extra, **self.fields()}


def new_bookmark(a_source: str, a_digest: str, b_source: str, b_digest: str, a_text: str,
                 b_text: str, note: str = "") -> Bookmark:
    now = time.time()
    return Bookmark(uuid.uuid4().hex[:12], a_source, a_digest, b_source, b_digest, a_text,
                    b_text, note, now, now)


def _bookmark(item: object) -> Bookmark:
    """A bookmark from its stored form; ValueError says what is wrong with it."""
    if not isinstance(item, dict):
        raise ValueError("a bookmark is not an object")
    for name in TEXT_FIELDS:
        if not isinstance(item.get(name), str):
            raise ValueError(f"a bookmark's '{name}' is not text")
    if not item["id"]:
        raise ValueError("a bookmark has an empty 'id'")
    for name in TIME_FIELDS:
        value = item.get(name)
        # The range test also refuses NaN and infinity, and compares huge integers exactly.
        if isinstance(value, bool) or not isinstance(value, int | float) or \
                not 0 <= value <= _LATEST:
            raise ValueError(f"a bookmark's '{name}' is not a time")
    known = TEXT_FIELDS + TIME_FIELDS
    values: dict[str, Any] = {name: item[name] for name in TEXT_FIELDS}
    values.update((name, float(item[name])) for name in TIME_FIELDS)
    return Bookmark(**values, extra={k: v for k, v in item.items() if k not in known})


@dataclass
class _Contents:
    """What the file holds: the bookmarks, and what a newer version put around them."""

    bookmarks: list[Bookmark]
    version: int = VERSION
    extra: dict[str, Any] = field(default_factory=dict)


def _contents(data: object) -> _Contents:
    if not isinstance(data, dict):
        raise ValueError("not a bookmarks file")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < VERSION:
        raise ValueError("unknown format or version")
    items = data.get("bookmarks")
    if not isinstance(items, list):
        raise ValueError("no list of bookmarks")
    return _Contents([_bookmark(item) for item in items], version,
                     {k: v for k, v in data.items() if k not in ("version", "bookmarks")})


class _NoLock(Exception):
    """The lock file cannot be made here (a read-only directory)."""


def _open_lock(path: Path) -> IO[str]:
    return open(path, "a+")


def _lock(handle: IO[str]) -> None:
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
    elif msvcrt is not None:  # Windows: lock the first byte, waiting for other processes
        handle.seek(0)
        deadline = time.monotonic() + _WINDOWS_WAIT
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


def _unlock(handle: IO[str]) -> None:
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    elif msvcrt is not None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


class BookmarkStore:
    """Bookmarks in one JSON file; `problem` says why the file was set aside, if it was."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None

    @contextlib.contextmanager
    def _locked(self, create: bool = True) -> Iterator[None]:
        """Hold the lock; `create` makes the folder first (for writing). Raises _NoLock when
        reading and the lock file cannot be made."""
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            handle = _open_lock(lock_path)
        except OSError as exc:
            if not create and exc.errno in _READ_ONLY:
                raise _NoLock from None
            raise
        with handle:
            _lock(handle)
            try:
                yield
            finally:
                _unlock(handle)

    def _read(self, locked: bool = True) -> _Contents:
        try:
            raw = read_small(self.path, MAX_BYTES)
        except FileNotFoundError:
            return _Contents([])
        except OSError as exc:
            raise BookmarkError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        except ValueError as exc:  # too large
            reason = str(exc)
        else:
            try:
                return _contents(parse_json(raw.decode("utf-8")))
            except UnicodeDecodeError:
                reason = "not UTF-8 text"
            except ValueError as exc:
                reason = str(exc)
        if not locked:  # another process may be replacing it: leave it for a later write
            self.problem = f"bookmarks file is unreadable ({reason}); left it as it is"
            return _Contents([])
        aside = set_aside(self.path, "corrupt")
        self.problem = f"bookmarks file was unreadable ({reason}); kept it as {aside.name}"
        return _Contents([])

    def _write(self, bookmarks: list[Bookmark], contents: _Contents) -> None:
        data: dict[str, Any] = {**contents.extra, "version": contents.version,
                                "bookmarks": [b.to_dict() for b in bookmarks]}
        write_json_atomic(self.path, data, indent=1, sync=True)

    def load(self) -> list[Bookmark]:
        """All bookmarks, oldest first. Creates nothing: no folder means no bookmarks, and a
        folder where the lock cannot be made is read without it."""
        folder = self.path.parent
        if not folder.exists() or folder.is_dir() and not self.path.exists():
            return []  # writes replace the file whole, so its absence needs no lock to see
        try:
            if not folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "not a directory")
            try:
                with self._locked(create=False):
                    return self._read().bookmarks
            except _NoLock:
                return self._read(locked=False).bookmarks
        except OSError as exc:
            raise BookmarkError(f"cannot use {folder}: {exc.strerror or exc}") from None

    def update(self, change: Callable[[list[Bookmark]], list[Bookmark]]) -> list[Bookmark]:
        """Apply `change` to the current bookmarks under the lock and save the result."""
        try:
            with self._locked():
                contents = self._read()
                bookmarks = change(contents.bookmarks)
                self._write(bookmarks, contents)
                return bookmarks
        except OSError as exc:
            raise BookmarkError(f"cannot save bookmarks: {exc.strerror or exc}") from None

    def add(self, bookmark: Bookmark) -> list[Bookmark]:
        """Add a bookmark unless the file already has one on the same passage of the same
        pair (another window may have made it): then that one takes the note, if any."""
        def change(items: list[Bookmark]) -> list[Bookmark]:
            for k, item in enumerate(items):
                if item.same_pair(bookmark.a_digest, bookmark.b_digest) and \
                        item.same_passage(bookmark.a_text, bookmark.b_text):
                    if bookmark.note and bookmark.note != item.note:
                        items[k] = replace(item, note=bookmark.note, updated=bookmark.updated)
                    return items
            return [*items, bookmark]

        return self.update(change)

    def remove(self, bookmark_id: str) -> list[Bookmark]:
        return self.update(lambda items: [b for b in items if b.id != bookmark_id])

    def set_note(self, bookmark_id: str, note: str) -> list[Bookmark]:
        now = time.time()
        return self.update(lambda items: [
            replace(b, note=note, updated=now) if b.id == bookmark_id else b for b in items
        ])

    def for_pair(self, a_digest: str, b_digest: str) -> list[Bookmark]:
        return [b for b in self.load() if b.same_pair(a_digest, b_digest)]
