from __future__ import annotations

import json

from reader.cli import main
from reader.core.store.bookmarks import BookmarkStore, new_bookmark

from ..conftest import SEED_A, SEED_B


def test_export_command_writes_and_refuses_to_overwrite(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "notes.md"
    assert main(["export", str(SEED_A), str(SEED_B), "-o", str(out)]) == 0
    text = out.read_text()
    assert text.startswith("# Comparison notes") and "## Discrepancies (2)" in text
    out.write_text("keep me")
    assert main(["export", str(SEED_A), str(SEED_B), "-o", str(out)]) == 2
    assert "not overwritten" in capsys.readouterr().err
    assert out.read_text() == "keep me"


def test_export_includes_saved_bookmarks_of_the_pair(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    from reader.core.compare import compare_paths

    c = compare_paths(str(SEED_A), str(SEED_B))
    store = BookmarkStore(tmp_path / "bookmarks.json")
    store.add(new_bookmark(c.a.source, c.a.digest, c.b.source, c.b.digest,
                           c.a.sentences[0].text, c.b.sentences[0].text, "lead differs"))
    store.add(new_bookmark("x", "other", "y", "pair", "unrelated", "text", "not this pair"))
    assert main(["export", str(SEED_A), str(SEED_B), "-o", "-"]) == 0
    text = capsys.readouterr().out
    assert "## Bookmarks (1)" in text and "Note: lead differs" in text
    assert "not this pair" not in text


def test_bookmarks_command_lists_and_prints_json(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    assert main(["bookmarks"]) == 0
    assert "No bookmarks yet" in capsys.readouterr().out
    BookmarkStore(tmp_path / "bookmarks.json").add(
        new_bookmark("a.txt", "1", "b.txt", "2", "Side A [bold]x[/bold]", "Side B", "n"))
    assert main(["bookmarks"]) == 0
    out = capsys.readouterr().out
    assert "Side A [bold]x[/bold]" in out and "note: n" in out
    assert main(["bookmarks", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == 1 and doc["bookmarks"][0]["a_text"].startswith("Side A")


def test_bookmarks_command_with_corrupt_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    (tmp_path / "bookmarks.json").write_text("garbage")
    assert main(["bookmarks"]) == 0
    assert "kept it as" in capsys.readouterr().err
    assert list(tmp_path.glob("bookmarks.json.corrupt-*"))[0].read_text() == "garbage"


def test_app_refuses_missing_file_with_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt"), str(SEED_B)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_app_needs_a_terminal(capsys):
    import gc

    assert main([str(SEED_A), str(SEED_B)]) == 2
    assert "needs a terminal" in capsys.readouterr().err
    assert gc.isenabled()  # paused only while the app starts
