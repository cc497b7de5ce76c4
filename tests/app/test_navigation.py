from __future__ import annotations

from reader.ui.detail_panel import DetailPanel
from reader.ui.entity_sidebar import EntitySidebar
from reader.ui.passage_view import PassageView

from .conftest import ready


async def test_keys_move_the_selection_and_stop_at_the_ends(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        assert view.selected == 0
        assert app.check_action("move", (-1,)) is None
        await pilot.press("j", "j", "down")
        assert view.selected == 3
        await pilot.press("k")
        assert view.selected == 2
        await pilot.press("G")
        assert view.selected == len(app.rows) - 1
        assert app.check_action("move", (1,)) is None
        await pilot.press("j")
        assert view.selected == len(app.rows) - 1
        await pilot.press("g")
        assert view.selected == 0
        assert view.render_line(0).text.startswith("▌")


async def test_jump_to_discrepancy_shows_it(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("x")
        view = app.query_one(PassageView)
        row = app.rows[view.selected]
        assert row.flagged
        detail = str(app.query_one(DetailPanel).render())
        assert "≈ precision (place): B is more specific: Miami is in Florida" in detail
        first = view.selected
        await pilot.press("x")
        assert view.selected > first and app.rows[view.selected].flagged
        await pilot.press("X")
        assert view.selected == first


async def test_jump_to_unmatched_and_changed(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(PassageView)
        await pilot.press("u")
        assert app.rows[view.selected].kind != "pair"
        await pilot.press("g", "d")
        assert app.rows[view.selected].changed


async def test_search_jumps_to_matching_passage(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await pilot.press(*"Kherson")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(PassageView)
        from reader.core.output.rows import row_text

        row = app.rows[view.selected]
        assert "Kherson" in row_text(app.comparison, row, 0) + row_text(app.comparison, row, 1)


async def test_choosing_an_entity_jumps_to_its_mentions(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        sidebar = app.query_one(EntitySidebar)
        key = next(k for k, e in sidebar.entities.items() if e.name == "Miami")
        index = next(i for i in range(sidebar.option_count)
                     if sidebar.get_option_at_index(i).id == key)
        sidebar.focus()
        sidebar.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(PassageView)
        from reader.core.output.rows import row_text

        assert "Miami" in row_text(app.comparison, app.rows[view.selected], 1)
        assert view.marks.entity is not None and view.marks.entity.name == "Miami"


async def test_tab_moves_between_passages_and_sidebar(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert isinstance(app.focused, PassageView)
        await pilot.press("tab")
        assert isinstance(app.focused, EntitySidebar)


async def test_tiny_terminal_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(50, 12)) as pilot:
        await ready(pilot)
        assert app.query_one("#too-small").display and not app.query_one("#main").display
        assert "at least 60×15" in str(app.query_one("#too-small").render())


async def test_resizing_below_the_minimum_and_back(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.resize_terminal(50, 12)
        await pilot.pause(0.1)
        assert app.query_one("#too-small").display and not app.query_one("#main").display
        await pilot.resize_terminal(100, 30)
        await pilot.pause(0.1)
        assert app.query_one("#main").display and not app.query_one("#too-small").display
        assert not app.query_one("#sidebar").display  # narrow: the names start hidden
        await pilot.resize_terminal(160, 45)
        await pilot.pause(0.1)
        assert app.query_one("#sidebar").display


async def test_narrow_terminal_collapses_sidebar(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        sidebar = app.query_one("#sidebar")
        assert not sidebar.display
        await pilot.press("s")
        assert sidebar.display
        await pilot.resize_terminal(82, 24)  # the choice outlasts a resize
        await pilot.pause(0.1)
        assert sidebar.display
        await pilot.press("s")
        assert not sidebar.display


async def test_x_can_skip_precision_differences_and_the_choice_is_kept(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("P", "x")
        view = app.query_one(PassageView)
        detail = str(app.query_one(DetailPanel).render())
        assert "⚠ conflict (number): A: eight people (injured); B: six people (injured)" in detail
        assert all(d.severity == "precision" for row in app.rows[:view.selected] if row.pair
                   for d in row.pair.discrepancies)
    again = make_app()
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert again.skip_precision
        await pilot.press("P")
        assert not again.skip_precision
