"""Words written as a tree of shared prefixes match exactly what the plain list of words
matches, so the figures and attributions found with it stay the same."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.core.facts.readings import may_hold_figures
from reader.core.facts.word_pattern import prefix_tree
from reader.core.text.normalize import NUMBER_WORDS, SCALE_WORDS

_WORDS = st.lists(st.text("abt", min_size=1, max_size=4), max_size=8)


@given(_WORDS, st.text("abt .", max_size=30))
def test_a_tree_of_words_finds_what_the_list_of_words_finds(words, text):
    plain = re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\b") if words else None
    tree = re.compile(r"\b" + prefix_tree(words) + r"\b")
    expected = [m.span() for m in plain.finditer(text)] if plain else \
        [m.span() for m in re.finditer(r"\b(?:)\b", text)]
    assert [m.span() for m in tree.finditer(text)] == expected


_HINT = re.compile(r"\d|\b(?:" + "|".join([*NUMBER_WORDS, *SCALE_WORDS, "half"]) + r")\b",
                   re.IGNORECASE)
_PIECES = ["one", "One", "ONE", "eight", "eighteen", "eighty", "Half", "halfway", "none", "4",
           "\u0664", " ", "-", "thousand", "thousands", "\u017fix", "K", "x", "tens", "ten"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_sentences_that_may_hold_figures_are_those_with_a_digit_or_a_number_word(pieces):
    text = "".join(pieces)
    assert may_hold_figures(text) == bool(_HINT.search(text))
