"""Controls from outside (C1, ESC, bidirectional overrides, zero-width characters) never reach
the terminal raw: not in JSON, not in error lines, not in reports."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from reader.cli import main
from reader.cli.report import render
from reader.core.compare import compare_paths
from reader.core.store.bookmarks import BookmarkStore, new_bookmark

from ..conftest import SEED_B

RAW = ("\x1b", "\x07", "\x9b", "\x85", "\x7f", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff")

HIDDEN = (
    "The council met on Monday in Marrowby to vote on the town budget \x9b2J for next year.\n\n"
    "Officials said the vote \u202epassed\u202c with a large\u200b majority of members present.\n"
)
OTHER = (
    "The council met on Tuesday in Marrowby to vote on the town budget for next year.\n\n"
    "Officials said the vote failed with a small majority of members present.\n"
)


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HIDDEN)
    b.write_text(OTHER)
    return str(a), str(b)


def test_json_escapes_c1_and_invisible_characters(pair, capsys):
    code, out, err = run(["compare", *pair, "--json"], capsys)
    assert code == 0 and err == ""
    assert not any(ch in out for ch in RAW)
    assert "\\u009b" in out and "\\u202e" in out and "\\u200b" in out
    sentences = json.loads(out)["articles"][0]["sentences"]
    assert any("\x9b2J" in s for s in sentences)  # a script still gets the exact text
    assert any("\u202epassed\u202c" in s for s in sentences)


def test_bookmarks_json_escapes_c1(dirs, capsys):
    BookmarkStore(dirs["data"] / "bookmarks.json").add(
        new_bookmark("a\x9b.txt", "1", "b.txt", "2", "x \u202e y", "z", "note \x85 here"))
    code, out, _ = run(["bookmarks", "--json"], capsys)
    assert code == 0 and not any(ch in out for ch in RAW)
    item = json.loads(out)["bookmarks"][0]
    assert (item["a_source"], item["note"]) == ("a\x9b.txt", "note \x85 here")


@pytest.mark.parametrize("name", ["gone-\x1b]52;c;cHduZWQ=\x07.txt", "gone-\x9b2J.txt",
                                  "gone-\u202etxt.exe"])
def test_error_line_shows_a_file_name_inert(tmp_path, capsys, name):
    code, out, err = run(["compare", str(tmp_path / name), str(SEED_B)], capsys)
    assert code == 2 and err.count("\n") == 1 and "no such file" in err
    assert not any(ch in err for ch in RAW)
    assert "gone-\\x" in err or "gone-\\u202e" in err


def test_export_error_line_shows_the_path_inert(pair, tmp_path, capsys, dirs):
    target = tmp_path / "missing-dir" / "n\x1b[2J.md"
    code, _, err = run(["export", *pair, "-o", str(target)], capsys)
    assert code == 2 and "\x1b" not in err and "n\\x1b[2J.md" in err


def test_usage_error_shows_arguments_inert(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["compare", "--bogus\x1b[2J\u202e"])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert "\x1b" not in err and "\u202e" not in err and "--bogus\\x1b[2J\\u202e" in err


def test_reports_show_bidi_and_zero_width_visibly(pair, capsys):
    code, out, _ = run(["compare", *pair], capsys)
    assert code == 0 and not any(ch in out for ch in RAW)
    assert "\\u202epassed\\u202c" in out and "large\\u200b" in out and "\\x9b2J" in out
    console = Console(file=io.StringIO(), width=160, color_system=None)
    render(compare_paths(*pair), console)
    rich_out = console.file.getvalue()
    assert not any(ch in rich_out for ch in RAW)
    assert "\\u202epassed\\u202c" in rich_out and "\\x9b2J" in rich_out
