"""Q and F open the quotes and figures views; enter goes to the passage, escape closes."""

from __future__ import annotations

from textual.widgets import OptionList

from reader.core.output.rows import row_sentences
from reader.ui.passage_view import PassageView
from reader.ui.screens.figures import FiguresScreen
from reader.ui.screens.quotes import QuotesScreen

from .conftest import ready


async def test_quotes_view_lists_speakers_and_jumps_to_the_quote(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("Q")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        options = screen.query_one(OptionList)
        first = options.get_option_at_index(0)
        assert first.disabled and "Vladimir Putin" in str(first.prompt)
        options.focus()
        options.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuotesScreen)
        chosen = screen.rows[0]
        quote = chosen.a or chosen.b
        row = app.rows[app.query_one(PassageView).selected]
        assert (quote.side, quote.sentence) in row_sentences(row)


async def test_figures_view_shows_the_conflict_first_and_closes(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("F")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        assert screen.rows[0].counts == "injured (Odesa)"
        await pilot.press("enter")
        await pilot.pause()
        row = app.rows[app.query_one(PassageView).selected]
        assert (0, 27) in row_sentences(row)
        await pilot.press("F")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FiguresScreen)


async def test_j_and_k_move_through_the_figures_as_through_the_passages(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("F")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        start = options.highlighted
        await pilot.press("j", "j")
        await pilot.pause()
        assert options.highlighted == (start or 0) + 2
        await pilot.press("k")
        await pilot.pause()
        assert options.highlighted == (start or 0) + 1


def test_words_only_one_quote_has_are_underlined_never_struck(make_app):
    from reader.core.compare import analyse, compare_quoted
    from reader.core.sources.load import from_text
    from reader.ui.screens import quotes

    a = analyse(from_text('"The talks were useful and difficult," the minister said.', "a.txt"))
    b = analyse(from_text('"The talks were useful and hard," the minister said.', "b.txt"))
    matched = next(r for r in compare_quoted(a, b)[1]() if r.a and r.b)
    for side in (0, 1):
        spans = quotes._side(matched, side).spans
        assert spans and all("strike" not in str(s.style) for s in spans)
        assert any("underline" in str(s.style) for s in spans)
