"""Reading as a reporter on deadline does: tints rather than strike-through, calm loose
matches, a whole-row selection that stays in view, plain text on demand, a legend, a first-run
hint, names instead of "(no headline)", a plain word when the articles are unrelated, and the
last position of each pair."""

from __future__ import annotations

import json

from reader.core.output.rows import row_text
from reader.ui.comparison_header import ComparisonHeader
from reader.ui.passage_view import PassageView

from .conftest import ready


def _row(app, words, side=0):
    return next(k for k, r in enumerate(app.rows) if words in row_text(app.comparison, r, side))


def _segments_with(view, index, words):
    """The drawn segments of a row whose text holds `words`."""
    return [s for line in view._draw(index) for s in line if words in s.text]


def _tinted(view, index):
    """Text drawn on the diff tints in a row."""
    tints = {view._styles["removed"].bgcolor, view._styles["added"].bgcolor}
    return "".join(s.text for line in view._draw(index) for s in line
                   if s.style is not None and s.style.bgcolor in tints)


async def test_words_one_side_alone_has_are_tinted_not_struck(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        k = _row(app, "Vilkul said the attack")
        (hometown,) = _segments_with(view, k, "hometown")
        assert hometown.style.bgcolor == view._styles["removed"].bgcolor is not None
        assert not hometown.style.strike and not hometown.style.underline


async def test_the_contrast_theme_strikes_and_underlines(make_app, dirs):
    (dirs["config"] / "settings.json").write_text(json.dumps({"theme": "reader-contrast"}))
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        k = _row(app, "Vilkul said the attack")
        (hometown,) = _segments_with(view, k, "hometown")
        assert hometown.style.strike
        (home_town,) = _segments_with(view, k, "home town")
        assert home_town.style.underline


async def test_a_loose_match_marks_names_not_every_word(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        k = _row(app, "In advance of a trip to New Delhi")
        tinted = _tinted(view, k)
        whole = len(row_text(app.comparison, app.rows[k], 0) + row_text(app.comparison,
                                                                        app.rows[k], 1))
        assert tinted and len(tinted) < whole / 4  # the word diff marked nearly all of it
        assert "Kremlin" in tinted and "planned to seize" not in tinted
        (putin,) = [s for s in _segments_with(view, k, "Putin") if s.text.strip() == "Putin"][:1]
        assert putin.style.bold  # a name both sides give


async def test_w_shows_plain_text_and_is_remembered(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        k = _row(app, "Vilkul said the attack")
        assert _tinted(view, k)
        await pilot.press("w")
        assert not _tinted(view, k)
        flagged = _row(app, "Odesa with drones")
        (eight,) = _segments_with(view, flagged, "eight")
        assert eight.style.bgcolor == view._styles["flag"].bgcolor  # flags stay marked
    again = make_app()
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = again.query_one(PassageView)
        assert view.marks.plain and not _tinted(view, _row(again, "Vilkul said the attack"))
        await pilot.press("w")
        assert _tinted(view, _row(again, "Vilkul said the attack"))


async def test_the_whole_selected_row_is_highlighted(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        selected = view.get_component_rich_style("passage-row--selected").bgcolor
        top = view.row_region(0).y - view.scroll_offset.y
        height = view.row_region(0).height
        for y in range(top, top + height - 1):
            strip = view.render_line(y)
            backgrounds = [s.style.bgcolor for s in strip if s.text.strip() == "" and s.style]
            assert backgrounds and all(b == selected for b in backgrounds), y
        below = view.render_line(top + height)
        assert all(s.style.bgcolor != selected for s in below if s.style)


def _in_view(view):
    region = view.row_region(view.selected)
    top, bottom = view.scroll_offset.y, view.scroll_offset.y + view.scrollable_content_region.height
    return region.y >= top and region.y + min(region.height - 1, bottom - top) <= bottom


async def test_the_selection_stays_in_view_when_the_width_changes(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        view.go(30)
        await pilot.pause()
        for step in ("s", (80, 24), "s", (200, 50), "s", (100, 30), (160, 45)):
            if isinstance(step, str):
                await pilot.press(step)
            else:
                await pilot.resize_terminal(*step)
            await pilot.pause(0.1)
            assert view.selected == 30
            assert _in_view(view), step


async def test_help_explains_every_mark(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = " ".join(app.export_screenshot().replace("&#160;", " ").split())
        for meaning in ("only A says these words", "a conflict: the two cannot both be true",
                        "the same words credited to someone else", "a difference of precision",
                        "how sure the match is", "B tells this passage elsewhere",
                        "bookmarked", "the other article has no such passage"):
            assert meaning in text


async def test_a_first_run_hint_shows_once(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        hint = app.query_one("#hint")
        assert "? explains the marks" in str(hint.render())
        await pilot.press("question_mark", "escape")
        await pilot.pause()
        assert not app.query("#hint")
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert not again.query("#hint")


async def test_a_file_without_a_headline_is_named_by_its_file_name(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        header = app.query_one(ComparisonHeader).render_lines(
            app.query_one(ComparisonHeader).region.reset_offset)
        first = "".join(s.text for s in header[0])
        assert "(no headline)" not in first
        assert first.strip().startswith("A a-aljazeera-putin-interview.txt")


async def test_unrelated_articles_are_said_to_be_so_in_full(make_app, tmp_path):
    from ..core.test_same_event import FIRE, FLOOD

    a, b = tmp_path / "flood.txt", tmp_path / "fire.txt"
    a.write_text(FLOOD)
    b.write_text(FIRE)
    app = make_app(a, b)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        header = app.query_one(ComparisonHeader)
        shown = " ".join("".join(s.text for s in line).strip()
                         for line in header.render_lines(header.region.reset_offset))
        assert "do not seem to report the same event" in shown
        assert "No facts are compared between them." in shown
        assert app.comparison.event.why in " ".join(shown.split())


async def test_reopening_a_pair_returns_to_where_it_was_left(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        app.query_one(PassageView).go(12)
        await pilot.pause()
        await pilot.press("q")
    saved = json.loads((dirs["config"] / "positions.json").read_text())
    assert saved["version"] == 1 and len(saved["pairs"]) == 1
    again = make_app()
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.pause(0.1)
        assert again.query_one(PassageView).selected == 12
        assert any("Back at passage 13" in str(n.message) for n in again._notifications)


async def test_moving_repaints_the_row_left_and_the_row_reached(make_app):
    from textual.geometry import Region

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        selected = view.get_component_rich_style("passage-row--selected").bgcolor
        await pilot.press("j", "j")  # away from the first row (leaving an end redraws all)
        await pilot.pause()
        view.render_lines(Region(0, 0, view.size.width, view.size.height))  # all cached now
        await pilot.press("j")
        await pilot.pause()
        shown = view.render_lines(Region(0, 0, view.size.width, view.size.height))

        def lit(index):
            top = view.row_region(index).y - view.scroll_offset.y
            return [any(s.style and s.style.bgcolor == selected for s in shown[y])
                    for y in range(top, top + view.row_region(index).height - 1)]

        assert not any(lit(2)) and all(lit(3))
