from __future__ import annotations

import json
import multiprocessing

import pytest

from reader.core.store.bookmarks import BookmarkError, BookmarkStore, new_bookmark


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
    path.write_text('{"version": "one", "bookmarks": []}')
    store = BookmarkStore(path)
    assert store.load() == []
    assert store.problem and "kept it as" in store.problem
    aside = list(tmp_path.glob("bookmarks.json.corrupt-*"))
    assert len(aside) == 1 and json.loads(aside[0].read_text())["version"] == "one"
    store.add(new_bookmark("a", "1", "b", "2", "x", "y"))
    assert json.loads(aside[0].read_text())["version"] == "one"
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


GOOD_ITEM = {"id": "abc", "a_source": "a.txt", "a_digest": "1", "b_source": "b.txt",
             "b_digest": "2", "a_text": "x", "b_text": "y", "note": "", "created": 1.0e9,
             "updated": 1.0e9}


def _file_with(item_changes: dict | None = None, raw: str | None = None) -> str:
    if raw is not None:
        return raw
    item = {**GOOD_ITEM, **(item_changes or {})}
    return json.dumps({"version": 1, "bookmarks": [item]})


BAD_FILES = {
    "created-text": _file_with({"created": "x"}),
    "created-huge": _file_with(raw=_file_with().replace("1000000000.0, \"updated\"", "1e400, \"updated\"")),
    "created-nan": _file_with(raw=_file_with().replace("1000000000.0, \"updated\"", "NaN, \"updated\"")),
    "created-bool": _file_with({"created": True}),
    "created-negative": _file_with({"created": -5}),
    "created-far-future": _file_with({"updated": 10 ** 30}),
    "note-number": _file_with({"note": 5}),
    "id-missing": json.dumps({"version": 1, "bookmarks": [{k: v for k, v in GOOD_ITEM.items() if k != "id"}]}),
    "id-empty": _file_with({"id": ""}),
    "item-list": json.dumps({"version": 1, "bookmarks": [["abc"]]}),
    "bookmarks-object": json.dumps({"version": 1, "bookmarks": {}}),
    "version-zero": json.dumps({"version": 0, "bookmarks": []}),
    "nested": '{"version": 1, "bookmarks": [' + "[" * 100_000 + "]" * 100_000 + "]}",
    "top-list": "[]",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_valid_json_with_bad_values_is_set_aside_and_listing_works(dirs, capsys, name):
    from reader.cli import main

    path = dirs["data"] / "bookmarks.json"
    path.write_text(BAD_FILES[name])
    code = main(["bookmarks"])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err
    assert "kept it as bookmarks.json.corrupt-" in err and err.count("\n") == 1
    assert "No bookmarks yet" in out
    (aside,) = dirs["data"].glob("bookmarks.json.corrupt-*")
    assert aside.read_text() == BAD_FILES[name]
    assert not path.exists()


def test_three_corruptions_in_one_second_keep_three_files(tmp_path):
    path = tmp_path / "bookmarks.json"
    store = BookmarkStore(path)
    originals = [f'{{"version": 1, "bookmarks": "broken {n}"}}' for n in range(3)]
    for original in originals:
        path.write_text(original)
        assert store.load() == []
    kept = sorted(p.read_text() for p in tmp_path.glob("bookmarks.json.corrupt-*"))
    assert kept == sorted(originals)


def test_a_newer_file_is_read_and_its_unknown_fields_kept(tmp_path):
    path = tmp_path / "bookmarks.json"
    item = {**GOOD_ITEM, "colour": "red", "tags": ["flood", "bridge"]}
    path.write_text(json.dumps({"version": 2, "synced": {"at": 5}, "bookmarks": [item]}))
    store = BookmarkStore(path)
    (loaded,) = store.load()
    assert store.problem is None and loaded.note == "" and loaded.a_text == "x"
    store.set_note(loaded.id, "checked")
    store.add(new_bookmark("a.txt", "1", "b.txt", "2", "other", "passage"))
    saved = json.loads(path.read_text())
    assert saved["version"] == 2 and saved["synced"] == {"at": 5}
    first = saved["bookmarks"][0]
    assert first["colour"] == "red" and first["tags"] == ["flood", "bridge"]
    assert first["note"] == "checked"
    assert not list(tmp_path.glob("bookmarks.json.corrupt-*"))


def test_stale_temporary_files_are_removed_on_the_next_write(tmp_path):
    import os
    import time

    path = tmp_path / "bookmarks.json"
    stale, fresh = tmp_path / ".bookmarks-k1ll3d.tmp", tmp_path / ".bookmarks-writing.tmp"
    for leftover in (stale, fresh):
        leftover.write_text('{"version": 1, "bookm')
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    BookmarkStore(path).add(new_bookmark("a", "1", "b", "2", "x", "y"))
    assert not stale.exists()
    assert fresh.exists()  # may belong to another process writing right now


def test_listing_creates_no_directory(tmp_path, monkeypatch, capsys):
    from reader.cli import main

    data = tmp_path / "never-made"
    monkeypatch.setenv("READER_DATA_DIR", str(data))
    assert main(["bookmarks"]) == 0
    assert BookmarkStore(data / "bookmarks.json").load() == []
    assert not data.exists()
    data.mkdir()
    assert main(["bookmarks"]) == 0
    assert list(data.iterdir()) == []  # not even a lock file


def test_read_only_data_directory_still_lists(dirs, monkeypatch, capsys):
    import errno
    import os

    from reader.cli import main
    from reader.core.store import bookmarks

    path = dirs["data"] / "bookmarks.json"
    BookmarkStore(path).add(new_bookmark("a.txt", "1", "b.txt", "2", "kept text", "y"))
    (dirs["data"] / "bookmarks.json.lock").unlink()

    def read_only(lock_path):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(lock_path))

    monkeypatch.setattr(bookmarks, "_open_lock", read_only)  # as on a read-only mount
    os.chmod(dirs["data"], 0o555)
    try:
        code = main(["bookmarks"])
        out, err = capsys.readouterr()
        assert code == 0 and err == "" and "kept text" in out
        with pytest.raises(BookmarkError, match="cannot save"):
            BookmarkStore(path).add(new_bookmark("a.txt", "1", "b.txt", "2", "new", "z"))
    finally:
        os.chmod(dirs["data"], 0o755)
    assert not (dirs["data"] / "bookmarks.json.lock").exists()


def test_windows_locking_takes_and_releases_the_lock(tmp_path, monkeypatch):
    from reader.core.store import bookmarks

    calls = []

    class FakeMsvcrt:
        LK_NBLCK, LK_UNLCK = 2, 0

        @staticmethod
        def locking(fd, mode, size):
            calls.append((mode, size))
            if len(calls) == 1:  # another process holds it at first
                raise OSError("locked")

    monkeypatch.setattr(bookmarks, "fcntl", None)
    monkeypatch.setattr(bookmarks, "msvcrt", FakeMsvcrt)
    store = BookmarkStore(tmp_path / "bookmarks.json")
    store.add(new_bookmark("a", "1", "b", "2", "x", "y"))
    assert calls == [(2, 1), (2, 1), (0, 1)]
    assert len(store.load()) == 1


def test_a_stale_window_does_not_add_a_duplicate(tmp_path):
    path = tmp_path / "bookmarks.json"
    mine, other = BookmarkStore(path), BookmarkStore(path)
    other.add(new_bookmark("a", "1", "b", "2", "same A", "same B"))
    mine.add(new_bookmark("a", "1", "b", "2", "same A", "same B"))  # its view predates that
    assert len(mine.load()) == 1
    mine.add(new_bookmark("a", "1", "b", "2", "same A", "same B", note="from the note key"))
    (only,) = other.load()
    assert only.note == "from the note key"
