"""Acting on what is read: notes are never lost to a keystroke, search finds what a person
typed whatever the quote style, Esc clears highlights, the sidebar has its own keys and
filter, the furniture panel scrolls, notices never hide the panels, and `y` copies a passage
with its citation."""

from __future__ import annotations

import json

from reader.core.output.rows import row_text
from reader.ui.detail_panel import DetailPanel
from reader.ui.entity_sidebar import EntitySidebar
from reader.ui.furniture_panel import FurniturePanel, shortened
from reader.ui.key_bar import KeyBar
from reader.ui.passage_view import PassageView

from .conftest import ready


def _detail(app) -> str:
    return str(app.query_one(DetailPanel).render())


async def _type(pilot, text):
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def _screen(pilot, name: str) -> bool:
    """Wait (on a busy machine) until the screen called `name` is on top."""
    for _ in range(100):
        if type(pilot.app.screen).__name__ == name:
            return True
        await pilot.pause(0.02)
    return False


async def test_b_on_a_noted_bookmark_asks_and_keeps_the_note_unless_told(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("m")
        assert await _screen(pilot, "PromptScreen")
        await _type(pilot, "call the ministry")
        await pilot.press("enter")
        assert await _screen(pilot, "Screen")
        await pilot.press("b")
        assert await _screen(pilot, "ConfirmScreen")
        await pilot.press("n")
        assert await _screen(pilot, "Screen")
        assert [b.note for b in app.marks.items] == ["call the ministry"]
        await pilot.press("b")
        assert await _screen(pilot, "ConfirmScreen")
        await pilot.press("escape")
        assert await _screen(pilot, "Screen")
        assert [b.note for b in app.marks.items] == ["call the ministry"]
        await pilot.press("b")
        assert await _screen(pilot, "ConfirmScreen")
        await pilot.press("y")
        assert await _screen(pilot, "Screen")
        await pilot.pause()
        assert app.marks.items == []
        await pilot.press("b")  # no note: toggles at once
        await pilot.pause()
        assert len(app.marks.items) == 1 and type(app.screen).__name__ != "ConfirmScreen"


async def test_deleting_a_noted_bookmark_from_the_list_asks_first(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("m")
        assert await _screen(pilot, "PromptScreen")
        await _type(pilot, "ask the agency")
        await pilot.press("enter")
        assert await _screen(pilot, "Screen")
        for answer, left in (("n", ["ask the agency"]), ("y", [])):
            await pilot.press("B")
            assert await _screen(pilot, "BookmarkListScreen")
            for _ in range(100):  # the list highlights its first line once mounted
                if app.screen.query_one("OptionList").highlighted is not None:
                    break
                await pilot.pause(0.02)
            await pilot.press("delete")
            assert await _screen(pilot, "ConfirmScreen")
            await pilot.press(answer)
            assert await _screen(pilot, "Screen")
            await pilot.pause()
            assert [b.note for b in app.marks.items] == left


async def test_search_ignores_quote_style_and_case_and_counts(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        await pilot.press("slash")
        await _type(pilot, "PREVIOUS DAY'S")  # the article has "previous day’s"
        await pilot.press("enter")
        await pilot.pause()
        assert "previous day’s" in row_text(app.comparison, app.rows[view.selected], 0)
        assert "search: 1 of 1" in _detail(app)
        await pilot.press("slash")
        app.screen.query_one("Input").value = ""
        await _type(pilot, "kushner")
        await pilot.press("enter")
        await pilot.pause()
        hits = app.search_hits
        assert len(hits) >= 3
        assert f"search: 1 of {len(hits)}" in _detail(app) and view.selected == hits[0]
        notices = len(app._notifications)
        await pilot.press("n", "n")
        assert view.selected == hits[2] and f"search: 3 of {len(hits)}" in _detail(app)
        await pilot.press("N")
        assert view.selected == hits[1] and f"search: 2 of {len(hits)}" in _detail(app)
        assert len(app._notifications) == notices  # the panel counts; no pile of notices
        await pilot.press("g", "N")  # round the start to the last match
        assert view.selected == hits[-1]


async def test_escape_clears_a_name_highlight_and_a_search(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        sidebar = app.query_one(EntitySidebar)
        key = next(k for k, e in sidebar.entities.items() if e.name == "Kherson")
        sidebar.focus()
        sidebar.highlighted = next(i for i in range(sidebar.option_count)
                                   if sidebar.get_option_at_index(i).id == key)
        await pilot.press("enter")
        await pilot.pause()
        assert view.marks.entity is not None
        await pilot.press("escape")  # in the sidebar, with no filter typed
        await pilot.pause()
        assert view.marks.entity is None
        await pilot.press("enter", "tab", "slash", "k", "y", "i", "v", "enter")
        await pilot.pause()
        assert view.marks.entity is not None and view.marks.search is not None
        await pilot.press("escape")
        await pilot.pause()
        assert view.marks.entity is None and view.marks.search is None
        assert "search:" not in _detail(app)


async def test_the_key_bar_shows_the_sidebars_keys_while_it_has_focus(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        bar = app.query_one(KeyBar)
        await pilot.press("tab")
        await pilot.pause()
        text = bar.render().plain
        assert "enter Highlight & jump" in text and "esc Clear" in text and "tab Passages" in text
        assert "b Bookmark" not in text and "x Next" not in text
        await pilot.press("tab")
        await pilot.pause()
        assert "b Bookmark" in bar.render().plain


async def test_the_sidebar_widens_with_the_terminal_and_filters_as_you_type(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        narrow = app.query_one("#sidebar").size.width
        await pilot.resize_terminal(200, 50)
        await pilot.pause(0.1)
        assert app.query_one("#sidebar").size.width > narrow
        sidebar = app.query_one(EntitySidebar)
        await pilot.press("tab", "k", "h")
        await pilot.pause()
        shown = {e.name for e in sidebar.entities.values()}
        assert shown == {"Kherson", "Kharkiv", "Maria Zakharova"}
        assert app.query_one(PassageView).selected == 0  # the letters did not move passages
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(PassageView).marks.entity.name in shown
        await pilot.press("backspace")
        assert len(sidebar.entities) > 2
        await pilot.press("escape")
        assert sidebar.typed == "" and len(sidebar.entities) == len(app.comparison.entities)


async def test_the_furniture_panel_scrolls_and_cuts_at_words(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        panel = app.query_one(FurniturePanel)
        assert app.focused is panel and panel.max_scroll_y > 0
        await pilot.press("down", "down")
        await pilot.pause(0.3)
        assert panel.scroll_y > 0
        assert "↑↓ Scroll" in app.query_one(KeyBar).render().plain
        await pilot.press("f")
        assert app.focused is app.query_one(PassageView)
    long = "Russian President Vladimir Putin, third right, attends talks with " * 8
    cut = shortened(long, 100)
    assert cut.endswith(" …") and long.startswith(cut[:-2])
    assert not long[len(cut) - 2].isalnum()  # "Putin" whole, the comma after it dropped


async def test_notices_sit_above_the_detail_panel_and_the_prompt(make_app):
    from textual.widgets._toast import Toast

    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        app.notify("A notice long enough to wrap over two or three lines of the toast box.")
        await pilot.pause(0.2)
        detail = app.query_one(DetailPanel).region
        for toast in app.screen.query(Toast):
            assert not toast.region.overlaps(detail)
        await pilot.press("slash")
        await pilot.pause()
        app.notify("Another notice while the search box is open.")
        await pilot.pause(0.2)
        box = app.screen.query_one("Input").region
        toasts = list(app.screen.query(Toast))
        assert toasts and all(not t.region.overlaps(box) for t in toasts)


async def test_the_bookmark_line_stays_when_names_fill_the_panel(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("x", "m")  # many names, a discrepancy, and now a note
        await _type(pilot, "ask which state")
        await pilot.press("enter")
        await pilot.pause()
        lines = _detail(app).splitlines()
        assert len(lines) <= 4 and lines[1] == "★ ask which state"


async def test_a_bad_theme_file_is_shown_on_screen(make_app, dirs):
    from textual.widgets._toast import Toast

    themes = dirs["config"] / "themes"
    themes.mkdir()
    (themes / "broken.toml").write_text('name = "broken"\nprimary = "#12345"\n')
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ready(pilot)
        await pilot.pause(0.2)
        shown = [str(t.render()) for t in app.screen.query(Toast)]
        assert any("broken.toml" in text for text in shown), shown
        await pilot.press("question_mark")  # and after the notice has gone, in help
        await pilot.pause()
        assert "Theme skipped: broken.toml" in app.export_screenshot().replace("&#160;", " ")


async def test_y_copies_the_passage_with_its_citation(make_app, monkeypatch):
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("STY", raising=False)
    monkeypatch.setenv("TERM_PROGRAM", "test")
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("x", "x", "y")
        await pilot.pause()
        copied = app.clipboard
        assert copied.startswith("A ¶23, sentence 28 — a-aljazeera-putin-interview.txt:\n")
        assert "“Russia also struck Odesa with drones, injuring eight people," in copied
        assert "What changed: “eight” → “six”." in copied
        assert any("Copied passage" in str(n.message) for n in app._notifications)
        monkeypatch.setenv("TERM_PROGRAM", "Apple_Terminal")
        app._clipboard = ""
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == ""
        assert any("Not copied: Apple's Terminal" in str(n.message) for n in app._notifications)


async def test_positions_are_remembered_for_a_bounded_number_of_pairs(tmp_path):
    from reader.core.store import positions

    path = tmp_path / "positions.json"
    for n in range(positions.KEEP + 30):
        positions.save(path, f"a{n}:b", positions.Position(n, None, n), now=float(n))
    saved = json.loads(path.read_text())["pairs"]
    assert len(saved) == positions.KEEP
    assert "a0:b" not in saved and f"a{positions.KEEP + 29}:b" in saved
    assert positions.load(path, "a229:b") == positions.Position(229, None, 229)
    path.write_text("{not json")
    assert positions.load(path, "a229:b") is None
    positions.save(path, "x:y", positions.Position(None, 3, 7))
    assert positions.load(path, "x:y") == positions.Position(None, 3, 7)
