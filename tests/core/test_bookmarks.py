from __future__ import annotations

import json
import multiprocessing

from reader.core.store.bookmarks import BookmarkStore, new_bookmark


def _add_many(path: str, worker: int, n: int) -> None:
    store = BookmarkStore(__import__("pathlib").Path(path))
    for k in range(n):
        store.add(new_bookmark("a.txt", "da", "b.txt", "db", f"A {worker}/{k}", "B", ""))


def test_two_processes_adding_at_once_lose_nothing(tmp_path):
    path = tmp_path / "bookmarks.json"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(path), w, 25)) for w in range(2)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(60)
    texts = {b.a_text for b in BookmarkStore(path).load()}
    assert texts == {f"A {w}/{k}" for w in range(2) for k in range(25)}


def test_corrupt_file_is_kept_aside_never_overwritten(tmp_path):
    path = tmp_path / "bookmarks.json"
    path.write_text('{"version": 99, "bookmarks": []}')
    store = BookmarkStore(path)
    assert store.load() == []
    assert store.problem and "kept it as" in store.problem
    aside = list(tmp_path.glob("bookmarks.json.corrupt-*"))
    assert len(aside) == 1 and json.loads(aside[0].read_text())["version"] == 99
    store.add(new_bookmark("a", "1", "b", "2", "x", "y"))
    assert json.loads(aside[0].read_text())["version"] == 99
    assert len(store.load()) == 1


def test_note_and_remove(tmp_path):
    store = BookmarkStore(tmp_path / "b.json")
    bookmark = new_bookmark("a", "1", "b", "2", "x", "y")
    store.add(bookmark)
    store.set_note(bookmark.id, "verify")
    assert store.load()[0].note == "verify"
    assert store.for_pair("1", "2")[0].id == bookmark.id
    assert store.for_pair("1", "3") == []
    store.remove(bookmark.id)
    assert store.load() == []


def test_unreadable_file_is_reported_not_replaced(tmp_path):
    import os

    import pytest

    from reader.core.store.bookmarks import BookmarkError

    path = tmp_path / "b.json"
    path.mkdir()  # a directory where the file should be: cannot be read as a file
    with pytest.raises(BookmarkError):
        BookmarkStore(path).load()
    assert os.path.isdir(path)


def test_unusable_data_directory_is_one_clear_error(tmp_path):
    import pytest

    from reader.core.store.bookmarks import BookmarkError

    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    store = BookmarkStore(blocker / "bookmarks.json")
    with pytest.raises(BookmarkError, match="cannot use"):
        store.load()
    with pytest.raises(BookmarkError):
        store.add(new_bookmark("a", "1", "b", "2", "x", "y"))
