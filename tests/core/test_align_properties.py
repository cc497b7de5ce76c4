"""Invariants of alignment that must hold for any text."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.aligner import align

WORDS = (
    "mayor council river bridge harbour police minister army talks deal plan troops city "
    "village storm flood school hospital budget election vote court judge farmers prices "
    "Ardle Quillby Marrowby Wenlow Hester Vane Amos Birch Tessa Quill Cobb Derek"
).split()

sentence = st.lists(st.sampled_from(WORDS), min_size=4, max_size=14, unique=True).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
document = st.lists(sentence, min_size=1, max_size=25, unique=True)


def _check_valid(links, a, b):
    seen_a: set[int] = set()
    seen_b: set[int] = set()
    for link in links:
        assert link.a and link.b
        assert all(0 <= i < len(a) for i in link.a)
        assert all(0 <= j < len(b) for j in link.b)
        assert not seen_a & set(link.a) and not seen_b & set(link.b)
        seen_a.update(link.a)
        seen_b.update(link.b)
        assert 0.0 <= link.score <= 1.0


@settings(max_examples=60, deadline=None)
@given(document)
def test_text_aligned_with_itself_pairs_every_sentence_with_itself(doc):
    links = align(doc, doc)
    assert sorted((link.a, link.b) for link in links) == [((i,), (i,)) for i in range(len(doc))]


@settings(max_examples=60, deadline=None)
@given(document, st.randoms(use_true_random=False))
def test_shuffling_b_loses_no_pair(doc, rnd: random.Random):
    order = list(range(len(doc)))
    rnd.shuffle(order)
    shuffled = [doc[k] for k in order]
    links = align(doc, shuffled)
    got = {(link.a, link.b) for link in links}
    assert got == {((k,), (pos,)) for pos, k in enumerate(order)}


@settings(max_examples=80, deadline=None)
@given(document, document)
def test_indices_valid_and_no_sentence_in_two_pairs(a, b):
    _check_valid(align(a, b), a, b)
