from __future__ import annotations

from reader.ui.passage_view import PassageView

from .conftest import ready

HOSTILE_A = (
    "The [bold red]council[/bold red] met on Monday to vote on the town budget for next year.\n"
    "Officials said the \x1b[2J\x1b]0;pwned\x07 vote passed with a large majority of members.\n"
)
HOSTILE_B = "The [link=http://x]council[/link] met on Monday to vote on the town budget.\n"


async def test_article_text_is_shown_literally(make_app, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HOSTILE_A)
    b.write_text(HOSTILE_B)
    app = make_app(a, b)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        text = "\n".join(line for k in range(len(app.rows)) for line in view.row_text_lines(k))
        assert "[bold red]council[/bold red]" in text
        assert "[link=http://x]council[/link]" in text
        assert "\x1b" not in text and "\x07" not in text and "\\x1b[2J" in text


async def test_click_selects_a_row(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        top = view.row_region(2).y - view.scroll_offset.y
        await pilot.click(PassageView, offset=(20, top))
        await pilot.pause()
        assert view.selected == 2


async def test_command_palette_lists_every_action(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for description in ("Next discrepancy", "Next passage",
                            "Bookmark the passage (again to remove)", "Export notes to Markdown",
                            "Bookmark list", "Show/hide removed page furniture", "Next theme",
                            "Next difference", "Next unmatched passage", "Previous search match",
                            "Plain text / word differences (remembered)"):
            assert description in titles


async def test_furniture_toggle_shows_what_was_removed(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert not app.query("#furniture")  # built when first wanted
        await pilot.press("f")
        await pilot.pause()
        furniture = app.query_one("#furniture")
        assert furniture.has_class("-shown") and furniture.display
        assert "SCROLL FOR NEXT" in furniture.shown_text()
        await pilot.press("f")
        assert not furniture.display


async def test_help_screen_lists_keys(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert ("x", "Next discrepancy") in app.key_help()
        assert ("j / down", "Next passage") in app.key_help()
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ != "HelpScreen"


async def test_help_scrolls_with_the_reading_keys_on_a_small_terminal(make_app):
    from textual.containers import VerticalScroll

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.query_one(VerticalScroll)
        assert body.max_scroll_y > 0  # the legend and the keys do not fit
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert body.scroll_y == 3
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("k", "g")
        await pilot.pause()
        assert body.scroll_y == 0
        assert app.query_one("PassageView").selected == 0  # the passages did not move


async def test_collection_paused_for_start_up_resumes_after_the_first_frame(make_app):
    import gc

    app = make_app()
    gc.disable()
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            await ready(pilot)
            assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


async def test_collection_left_alone_when_it_was_not_paused(make_app):
    import gc

    app = make_app()
    frozen = gc.get_freeze_count()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert gc.isenabled() and gc.get_freeze_count() == frozen
