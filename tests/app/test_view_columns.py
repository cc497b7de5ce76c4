"""The rows of the quotes and figures views: cells side by side, each wrapped to its share."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.ui.screens.columns import Columns


def test_cells_sit_side_by_side_and_wrap_within_their_share():
    row = Columns([Text("one two three four five six"), Text("seven")], [1, 1],
                  head=Text("variant"))
    laid, height = row.layout(22)
    lines = laid.plain.split("\n")
    assert height == len(lines) == 4
    assert lines[0] == "variant"
    assert lines[1].startswith("one two") and lines[1].rstrip().endswith("seven")
    assert all(len(line) <= 22 for line in lines)
    left = " ".join(line[:10].strip() for line in lines[1:])
    assert left == "one two three four five six"


def test_outside_words_stay_as_written_and_keep_their_marks():
    quote = Text("[bold]not markup[/bold] ")
    quote.append("struck", style="strike")
    laid, _ = Columns([quote, Text("—")], [1, 1]).layout(80)
    assert "[bold]not markup[/bold] struck" in laid.plain
    assert any("strike" in str(span.style) for span in laid.spans)


async def test_a_list_of_rows_shows_every_cell():
    rows = [Columns([Text(f"left {n} " * 6), Text(f"right {n}")], [1, 1]) for n in range(30)]

    class Rows(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(*[Option(row) for row in rows])

    app = Rows()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "right 0" in shown and "left 0" in shown
        options = app.query_one(OptionList)
        assert options.virtual_size.height == sum(r.layout(options.scrollable_content_region.width
                                                           )[1] for r in rows)
