from __future__ import annotations

import pytest

from reader.core.output.markdown import escape, to_markdown
from reader.core.output.rows import build_rows, row_text
from reader.core.store.bookmarks import new_bookmark


def test_rows_cover_every_sentence_once_in_reading_order(seed_comparison):
    rows = build_rows(seed_comparison)
    a_seen = [i for row in rows for i in row.a]
    b_seen = sorted(j for row in rows for j in row.b)
    assert a_seen == list(range(len(seed_comparison.a.sentences)))
    assert b_seen == list(range(len(seed_comparison.b.sentences)))


def test_only_b_sits_right_after_its_neighbour_in_b(seed_comparison):
    rows = build_rows(seed_comparison)
    anchored = {j: k for k, r in enumerate(rows) if not r.moved for j in r.b}
    for k, row in enumerate(rows):
        if row.kind != "only_b":
            continue
        before = [j for j in anchored if j < row.b[0] and rows[anchored[j]].kind == "pair"]
        if before:
            anchor = anchored[max(before)]
            assert anchor < k
            assert all(r.kind == "only_b" for r in rows[anchor + 1:k])


def test_moved_pairs_are_marked(seed_comparison):
    rows = build_rows(seed_comparison)
    moved = [r for r in rows if r.moved]
    assert moved and all(r.kind == "pair" for r in moved)
    kept = [r.b[0] for r in rows if r.kind == "pair" and not r.moved]
    assert kept == sorted(kept)


def test_export_without_bookmarks_lists_discrepancies_and_gaps(seed_comparison):
    text = to_markdown(seed_comparison, [], now=0)
    assert text.startswith("# Comparison notes\n")
    assert "1970-01-01 00:00 UTC" in text
    assert "## Discrepancies (2)" in text
    assert "- ⚠ **Conflict** (number): A: eight people (injured); B: six people (injured)" in text
    assert "- ≈ **Precision** (place): B is more specific: Miami is in Florida" in text
    assert "What changed: “eight” → “six”." in text
    assert "## Only in A (17 passages)" in text and "## Only in B (14 passages)" in text
    assert "- **A:** `a-aljazeera-putin-interview.txt`" in text  # a file name, never its folder
    assert "seeds/" not in text


def test_export_with_bookmark_has_note_and_entities(seed_comparison):
    rows = build_rows(seed_comparison)
    row = next(r for r in rows if r.flagged and "Odesa" in row_text(seed_comparison, r, 0))
    a, b = seed_comparison.a, seed_comparison.b
    bookmark = new_bookmark(a.source, a.digest, b.source, b.digest,
                            row_text(seed_comparison, row, 0), row_text(seed_comparison, row, 1),
                            "ask AP *which* count is right")
    text = to_markdown(seed_comparison, [bookmark], now=0)
    assert "## Bookmarks (1)" in text
    assert "Note: ask AP \\*which\\* count is right" in text
    assert "Named: " in text and "Odesa" in text and "Oleh Kiper" in text


def _rendered_text(markdown: str) -> str:
    """The text CommonMark shows for one paragraph of Markdown (markdown-it, as GitHub)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    inline = [t for t in tokens if t.type == "inline"]
    assert len(inline) == 1 and all(c.type in ("text", "softbreak") for c in inline[0].children)
    return "".join(c.content for c in inline[0].children)


@pytest.mark.parametrize("text", [
    "**bold** [link](x) # not a heading", "# heading?", "- a list?", "1. a list?", "3) item",
    "+ plus", "> quote", "a_b_c and *x*", "<b>html</b>", "a | table | row", "~~struck~~",
    "`code`", "&amp; &copy;", "(IWMI) said: 40% (of 100)!", "[1] a note", "x\\y",
])
def test_escape_keeps_article_text_literal(text):
    assert _rendered_text(escape(text)) == text


def test_escape_leaves_plain_punctuation_alone():
    assert escape("The International Water Management Institute (IWMI) said 40%!") == (
        "The International Water Management Institute (IWMI) said 40%!")


def test_the_word_diff_still_reads_each_side_as_its_article_does(seed_comparison):
    from reader.core.facts.diff_sides import side_runs

    pair = next(p for p in seed_comparison.pairs
                if "3-year-old" in seed_comparison.b.passage(p.b))
    b_side = "".join(run for run, _ in side_runs(pair.diff, 1, seed_comparison.b.passage(pair.b)))
    assert "including a 3-year-old girl" in b_side and "three" not in b_side
    for pair in seed_comparison.pairs:
        for side, article in ((0, seed_comparison.a), (1, seed_comparison.b)):
            own = article.passage(pair.a if side == 0 else pair.b)
            marked = "".join(run for run, _ in side_runs(pair.diff, side, own))
            assert " ".join(marked.split()) == " ".join(own.split())
