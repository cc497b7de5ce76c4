from __future__ import annotations

import json

from reader.core.output.rows import row_text
from reader.ui.passage_view import PassageView

from .conftest import ready


async def test_bookmark_and_note_persist_across_a_restart(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("j", "b")
        await pilot.press("m")
        await pilot.press(*"check the dates")
        await pilot.press("enter")
        await pilot.pause()
        first_text = row_text(app.comparison, app.rows[1], 0)
    saved = json.loads((dirs["data"] / "bookmarks.json").read_text())
    assert saved["version"] == 1
    assert [b["note"] for b in saved["bookmarks"]] == ["check the dates"]
    assert saved["bookmarks"][0]["a_text"] == first_text

    again = make_app()
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = again.query_one(PassageView)
        await pilot.pause()
        assert view.marks.bookmarked == {1}
        assert any("★" in line for line in view.row_text_lines(1))
        assert again.marks.items[0].note == "check the dates"
        await pilot.press("j", "b")  # a bookmark with a note: removed once confirmed
        await pilot.pause()
        assert again.marks.items and type(again.screen).__name__ == "ConfirmScreen"
        await pilot.press("y")
        await pilot.pause()
        assert again.marks.items == []
    assert json.loads((dirs["data"] / "bookmarks.json").read_text())["bookmarks"] == []


async def test_bookmark_list_jumps_and_deletes(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "j", "b", "g")
        view = app.query_one(PassageView)
        assert view.selected == 0
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert view.selected == 3
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert app.marks.items == []


async def test_bookmark_list_is_in_reading_order(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "j", "j", "j", "b", "g", "j", "b", "g")
        view = app.query_one(PassageView)
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert view.selected == 1  # the earlier passage first, though bookmarked second


async def test_export_writes_markdown_and_never_overwrites(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("x", "b", "e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        files = list(dirs["work"].glob("*.md"))
        assert len(files) == 1
        text = files[0].read_text()
        assert text.startswith("# Comparison notes")
        assert "## Bookmarks (1)" in text and "> **A ¶7, sentence 7:** Putin’s comments" in text
        assert "~~" not in text  # quoted as written; what changed is said apart
        assert "≈ **Precision** (place): B is more specific: Miami is in Florida" in text
        files[0].write_text("my own notes")
        await pilot.press("e")
        await pilot.pause()
        name = app.screen.query_one("Input").value
        assert name.endswith("-2.md")
        app.screen.query_one("Input").value = str(files[0])
        await pilot.press("enter")
        await pilot.pause()
        assert files[0].read_text() == "my own notes"


async def test_the_memo_lists_discrepancies_then_bookmarks_in_reading_order(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("G", "b", "g", "b")  # the last passage bookmarked first
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        (path,) = dirs["work"].glob("*.md")
        text = path.read_text()
    discrepancies, bookmarks = text.index("## Discrepancies (2)"), text.index("## Bookmarks (2)")
    assert discrepancies < bookmarks  # neither discrepancy is bookmarked, both are listed
    assert text.index("### 1. ≈ Precision") < text.index("### 2. ⚠ Conflict") < bookmarks
    first, last = text.index("Russian President Vladimir Putin has", bookmarks), \
        text.index("Pokrovsk", bookmarks)
    assert first < last
    head = text.split("## Summary")[0]
    assert "`a-aljazeera-putin-interview.txt`" in head and "site-packages" not in text
    assert "Match score" not in text and "(0)" not in text


async def test_corrupt_bookmarks_file_is_set_aside_and_app_runs(make_app, dirs):
    path = dirs["data"] / "bookmarks.json"
    path.write_text("{ this is not json")
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.pause()
        kept = list(dirs["data"].glob("bookmarks.json.corrupt-*"))
        assert len(kept) == 1 and kept[0].read_text() == "{ this is not json"
        assert any("unreadable" in str(n.message) for n in app._notifications)
        await pilot.press("b")
        await pilot.pause()
        assert len(app.marks.items) == 1
    assert kept[0].read_text() == "{ this is not json"


async def test_theme_choice_persists_and_bad_theme_is_reported(make_app, dirs):
    themes = dirs["config"] / "themes"
    themes.mkdir()
    (themes / "broken.toml").write_text("name = [not toml")
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert app.theme == "reader-dark"
        assert any("Theme skipped" in str(n.message) for n in app._notifications)
        await pilot.press("t")
        await pilot.pause()
        chosen = app.theme
        assert chosen != "reader-dark"
    again = make_app()
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert again.theme == chosen


def test_a_stale_window_bookmarking_the_same_passage_makes_no_duplicate(seed_comparison, tmp_path):
    from reader.core.output.rows import build_rows
    from reader.core.store.bookmarks import BookmarkStore
    from reader.ui.bookmarking import Bookmarks

    rows = build_rows(seed_comparison)
    path = tmp_path / "bookmarks.json"
    one, two = Bookmarks(BookmarkStore(path)), Bookmarks(BookmarkStore(path))
    one.attach(seed_comparison)
    two.attach(seed_comparison)
    assert one.toggle(rows[1]) is True
    assert two.toggle(rows[1]) is True  # its view predates the other window's bookmark
    assert len(BookmarkStore(path).load()) == 1
    assert two.find(rows[1]) is not None and len(two.items) == 1
