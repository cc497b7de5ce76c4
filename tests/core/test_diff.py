from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.facts.diff import word_diff
from reader.core.facts.diff_sides import side_runs, side_text
from reader.core.text.normalize import for_matching


def test_changed_number_is_the_only_difference():
    assert word_diff("injuring eight people, while", "injuring six people, while") == [
        ("=", "injuring "), ("-", "eight"), ("+", "six"), ("=", " people, while"),
    ]


def test_equivalent_spellings_are_not_differences():
    a = "including a three-year-old girl, “he said”  it’s\u00a0done"
    b = 'including a 3-year-old girl, "he said" it\'s done'
    assert word_diff(a, b) == [("=", a)]


def test_changes_read_as_phrases():
    diff = word_diff("Vilkul said the attack damaged more than 40 buildings.",
                     "He said the strike damaged over 40 buildings.")
    assert ("-", "more than") in diff and ("+", "over") in diff
    assert ("-", "Vilkul") in diff and ("+", "He") in diff


def _shown(diff: list, side: int, own: str | None = None) -> str:
    """One side of a diff as a front end shows it."""
    return "".join(text for text, _ in side_runs(diff, side, own))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
@example(a=":0", b=":\x85")
@example(a="0:", b="\x85:")
def test_side_a_is_recovered_exactly_from_the_diff(a, b):
    assert _squash(side_text(word_diff(a, b), 0)) == _squash(a)


words = st.lists(st.sampled_from(["the", "The", "three-year-old", "3-year-old", "“said”",
                                  '"said"', "mayor", "river", ",", ".", "eight", "six"]),
                 max_size=20).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(words, words)
def test_side_b_is_recovered_up_to_equivalent_spellings(a, b):
    assert _squash(for_matching(side_text(word_diff(a, b), 1))) == _squash(for_matching(b))


@settings(max_examples=150, deadline=None)
@given(words, words)
@example(a="including a three-year-old “said”", b='including a 3-year-old "said"')
def test_each_side_is_shown_in_its_own_words(a, b):
    diff = word_diff(a, b)
    for side, own in ((0, a), (1, b)):
        assert re.sub(r"\s+", "", _shown(diff, side, own)) == re.sub(r"\s+", "", own)


def test_one_side_reads_cleanly_without_the_other_sides_changes():
    diff = word_diff("top Ukrainian negotiator Rustem Umerov in Florida on Thursday",
                     "lead negotiator, Rustem Umerov, on Thursday in Miami")
    assert _shown(diff, 0) == "top Ukrainian negotiator Rustem Umerov in Florida on Thursday"
    assert _shown(diff, 1) == "lead negotiator, Rustem Umerov, on Thursday in Miami"
    assert ("in Miami", True) in side_runs(diff, 1)


def test_a_space_only_b_has_stays_on_bs_side():
    diff = word_diff("Ushakov said documents were being discussed.",
                     "Ushakov said documents were being discussed at the talks.")
    assert _shown(diff, 0) == "Ushakov said documents were being discussed."
    assert _shown(diff, 1) == "Ushakov said documents were being discussed at the talks."
    assert ("at the talks", True) in side_runs(diff, 1)
    assert word_diff("the", "the the") == [("=", "the"), ("+", " the")]


def test_a_limited_side_is_the_start_of_the_whole_side(seed_comparison):


    for pair in seed_comparison.pairs:
        for side, article in ((0, seed_comparison.a), (1, seed_comparison.b)):
            own = article.passage(pair.a if side == 0 else pair.b)
            whole = "".join(text for text, _ in side_runs(pair.diff, side, own))
            for limit in (1, 12, 60, 10_000):
                start = "".join(text for text, _ in side_runs(pair.diff, side, own, limit))
                assert whole.startswith(start) and len(start) <= limit
                assert start.strip() or not whole.strip()


def test_a_limited_long_side_keeps_its_own_spelling():


    filler = " ".join(f"item{k}" for k in range(5000))
    a = f"A three-year-old girl was hurt, officials said, {filler}."
    b = f"A 3-year-old girl was hurt, officials said, {filler}!"
    runs = side_runs(word_diff(a, b), 1, b, limit=200)
    shown = "".join(text for text, _ in runs)
    assert shown.startswith("A 3-year-old girl was hurt") and len(shown) <= 200


def test_diffs_are_the_same_when_the_table_of_word_codes_starts_again(monkeypatch):
    """Words keep one code across diffs, up to a bound; a table started anew (here after
    every few words) gives every diff exactly as before."""
    from reader.core.facts import diff as diff_module

    pairs = [("injuring eight people, while", "injuring six people, while"),
             ("Vilkul said the attack damaged more than 40 buildings.",
              "He said the strike damaged over 40 buildings."),
             ("the the the a a b", "a the b the a the")]
    before = [word_diff(a, b) for a, b in pairs]
    monkeypatch.setattr(diff_module, "_CODES_KEPT", 3)
    assert [word_diff(a, b) for a, b in pairs * 2] == before * 2
