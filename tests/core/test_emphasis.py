"""What a passage marks: the changed words of a close pair, only names and figures on a loose
paraphrase, always on the side's own characters."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.output.emphasis import (
    MentionIndex,
    changed_spans,
    is_loose,
    side_spans,
    what_changed,
)
from reader.core.output.rows import build_rows, row_text
from reader.core.sources.load import from_text


def _row(comparison, words):
    return next(r for r in build_rows(comparison) if words in row_text(comparison, r, 0))


def _marked(comparison, row, side):
    own = row_text(comparison, row, side)
    index = MentionIndex(comparison.entities)
    return [(own[s:e], kind) for s, e, kind in side_spans(comparison, row, side, index)]


def test_a_close_pair_marks_just_the_words_each_side_changed(seed_comparison):
    row = _row(seed_comparison, "Odesa with drones")
    assert not is_loose(row.pair)
    assert _marked(seed_comparison, row, 0) == [("eight", "removed")]
    assert _marked(seed_comparison, row, 1) == [("six", "added")]


def test_spans_fall_on_the_sides_own_spelling(seed_comparison):
    row = next(r for r in build_rows(seed_comparison) if r.pair is not None
               and "3-year-old" in row_text(seed_comparison, r, 1))
    own = row_text(seed_comparison, row, 1)
    for start, end in changed_spans(row.pair, 1, own):
        assert own[start:end] == own[start:end].strip() and own[start:end]
    assert "3-year-old" not in [own[s:e] for s, e in changed_spans(row.pair, 1, own)]


def test_a_loose_paraphrase_marks_only_names_and_figures():
    a = from_text("Officials in Marrowby said 12 people were hurt when the old bridge gave way "
                  "during the Tuesday morning rush, and Mayor Ellen Croft ordered an inquiry.\n",
                  "a.txt")
    b = from_text("The collapse of the old bridge in Marrowby on Tuesday left 12 injured, "
                  "according to Ellen Croft, who has called for an investigation, and 40 "
                  "commuters stranded.\n", "b.txt")
    comparison = compare(a, b)
    (row,) = [r for r in build_rows(comparison) if r.pair is not None]
    assert is_loose(row.pair)
    marked_a = dict(_marked(comparison, row, 0))
    marked_b = dict(_marked(comparison, row, 1))
    assert marked_a["Marrowby"] == marked_b["Marrowby"] == "shared"
    assert marked_a["12"] == marked_b["12"] == "shared"
    assert marked_b["40"] == "added"  # a figure only B gives
    assert "people" not in marked_a and "hurt" not in marked_a  # reworded, not marked
    assert what_changed(comparison, row) == "Told in other words; only B gives 40."


def test_what_changed_in_words(seed_comparison):
    rows = build_rows(seed_comparison)
    assert what_changed(seed_comparison, _row(seed_comparison, "Odesa with drones")) == \
        "“eight” → “six”."
    same = next(r for r in rows if r.pair is not None and not r.pair.changed)
    assert what_changed(seed_comparison, same) == "Same wording."
    only = next(r for r in rows if r.kind == "only_a")
    assert what_changed(seed_comparison, only) == "Only A has this passage."


def test_the_mention_index_names_a_rows_entities_as_the_rows_module_does(seed_comparison):
    from reader.core.output.rows import row_entities

    index = MentionIndex(seed_comparison.entities)
    for row in build_rows(seed_comparison):
        assert index.entities_in(row) == row_entities(seed_comparison, row)
