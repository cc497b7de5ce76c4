"""The key bar: what it offers, what it greys out, and that clicking a key acts."""

from __future__ import annotations

from reader.ui.key_bar import KeyBar
from reader.ui.passage_view import PassageView

from .conftest import ready


def _plain(bar: KeyBar) -> str:
    return bar.render().plain


def _drawn_key_styles(bar: KeyBar) -> dict[str, object]:
    """The style each key is drawn with on screen now (what the terminal shows)."""
    strip = bar.render_lines(bar.region.reset_offset)[0]
    return {segment.text.strip(): (segment.style.color, segment.style.bold)
            for segment in strip if segment.text.strip() and segment.style}


async def test_shows_every_main_key_and_the_palette_when_there_is_room(make_app):
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        text = _plain(app.query_one(KeyBar))
        for hint in ("j/↓ Next", "k/↑ Prev", "x Next ⚠", "d Change", "u Unmatched", "/ Search",
                     "b Bookmark", "m Note", "B Bookmarks", "e Export", "f Furniture",
                     "s Names", "y Copy", "w Plain", "? Help", "q Quit", "^p palette"):
            assert hint in text
        assert text.rstrip().endswith("^p palette")


async def test_a_narrower_bar_keeps_the_keys_that_matter_most(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        text = _plain(app.query_one(KeyBar))
        for hint in ("d Change", "u Unmatched", "m Note", "B Bookmarks", "s Names",
                     "f Furniture", "? Help", "q Quit"):
            assert hint in text
        assert len(text.rstrip()) <= 160
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        text = _plain(app.query_one(KeyBar))
        assert text.rstrip().endswith("? Help  q Quit") and "j/↓ Next" in text
        assert len(text.rstrip()) <= 80


async def test_moves_that_cannot_happen_are_marked_unavailable(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        bar = app.query_one(KeyBar)
        enabled = {k.description: k.enabled for k in bar.keys()[0]}
        assert enabled["Next"] and not enabled["Prev"]
        await pilot.press("G")
        await pilot.pause()
        enabled = {k.description: k.enabled for k in bar.keys()[0]}
        assert enabled["Prev"] and not enabled["Next"]
        await pilot.press("g", "x")  # a jump away from an end makes both moves possible
        await pilot.pause()
        assert app.query_one(PassageView).selected > 1
        drawn = _drawn_key_styles(bar)
        assert drawn["k/↑"] == drawn["j/↓"] == drawn["x"]


async def test_clicking_a_key_does_what_pressing_it_does(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        bar = app.query_one(KeyBar)
        text = _plain(bar)
        await pilot.click(KeyBar, offset=(text.index("Next") + 1, 0))
        await pilot.pause()
        assert app.query_one(PassageView).selected == 1
        await pilot.click(KeyBar, offset=(text.index("Help"), 0))
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"


async def test_drops_the_palette_hint_rather_than_overflow_a_narrow_terminal(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        text = _plain(app.query_one(KeyBar))
        assert "q Quit" in text and "palette" not in text


async def test_a_jump_with_nowhere_to_go_is_marked_unavailable(make_app, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The Marrowby council met on Monday to vote on the town budget for next year.\n\n"
                 "Officials said the vote passed with a large majority of members.\n")
    b.write_text("The Marrowby council met on Monday to vote on the budget for next year.\n\n"
                 "Officials said the vote passed with a large majority.\n")
    app = make_app(a, b)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.pause()
        enabled = {k.description: k.enabled for k in app.query_one(KeyBar).keys()[0]}
        assert not enabled["Next ⚠"]  # nothing disagrees here
        seed = make_app()
    async with seed.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        enabled = {k.description: k.enabled for k in seed.query_one(KeyBar).keys()[0]}
        assert enabled["Next ⚠"]
