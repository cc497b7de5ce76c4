"""Drawing a row: both sides level, every line the full width, heights known before drawing."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.style import Style

from reader.core.output.rows import build_rows
from reader.ui.passage_row import Marks, RowPainter, columns, estimate_height
from reader.ui.passage_view import STYLES

WIDTHS = (58, 80, 127, 199)


@pytest.fixture(scope="module")
def painted(seed_comparison):
    styles = {name: Style(color="red") for name in STYLES}
    return RowPainter(seed_comparison, styles), build_rows(seed_comparison)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_line_fills_the_width_and_the_estimate_is_the_drawn_height(painted, width):
    painter, rows = painted
    console = Console(width=width + 10)
    for index, row in enumerate(rows):
        lines = painter.lines(console, row, index, width, Marks(), Style())
        assert [sum(len(s.text) for s in line) for line in lines] == [width] * len(lines)
        assert estimate_height(painter.comparison, row, width) == len(lines)


def test_the_two_sides_sit_in_fixed_columns(painted):
    painter, rows = painted
    width = 100
    a_width, b_width = columns(width)
    b_start = 5 + 1 + a_width + 2
    row = next(r for r in rows if r.pair is not None and r.a == (0,))
    text = ["".join(s.text for s in line)
            for line in painter.lines(Console(width=120), row, 0, width, Marks(), Style())]
    assert text[0].startswith(f"{row.pair.score:.2f}")
    assert text[0][6:].startswith("Russian President Vladimir Putin has said")
    assert text[0][b_start:].startswith("Russian President Vladimir Putin said")
    assert all(line[b_start - 2:b_start] == "  " for line in text)
    assert text[-1].strip() == ""


def test_a_huge_passage_is_cut_with_a_note_and_exported_whole(tmp_path):
    from reader.core.compare import compare
    from reader.core.output.markdown import to_markdown
    from reader.core.output.rows import row_text
    from reader.core.sources.load import from_text
    from reader.core.store.bookmarks import new_bookmark
    from reader.ui.passage_row import SHOWN_CHARACTERS

    words = " ".join(f"word{k % 97}" for k in range(60_000))
    a = from_text(f"The council met on Monday and said {words} in the end of three days.\n")
    b = from_text(f"The council met on Monday and said {words} in the end of 3 days.\n")
    comparison = compare(a, b)
    (row,) = [r for r in build_rows(comparison) if r.pair is not None]
    own = row_text(comparison, row, 1)
    assert len(own) > 10 * SHOWN_CHARACTERS
    painter = RowPainter(comparison, {name: Style() for name in STYLES})
    width = 120
    lines = ["".join(s.text for s in line)
             for line in painter.lines(Console(width=130), row, 0, width, Marks(), Style())]
    side_width = columns(width)[1]
    assert len(lines) < 2 * SHOWN_CHARACTERS / side_width
    text = " ".join(line.strip() for line in lines)
    assert "more characters: bookmark this passage (b) and export it (e)" in text
    assert text.count("more characters") == 2  # one note under each side
    assert abs(estimate_height(comparison, row, width) - len(lines)) <= 3
    bookmark = new_bookmark(a.name, comparison.a.digest, b.name, comparison.b.digest,
                            row_text(comparison, row, 0), own)
    notes = to_markdown(comparison, [bookmark], now=0)
    assert "What changed: “three” → “3”." in notes and words[-2000:] in notes
