"""Rows for any alignment: every sentence once, A in order, and each sentence only B has
right after the passage holding B's nearest earlier sentence (long one-sided runs included)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import Article, Comparison, Coverage, Pair, Sentence
from reader.core.output.rows import build_rows


def _article(side: str, n: int) -> Article:
    sentences = tuple(Sentence(i, f"{side}{i}.", i) for i in range(n))
    return Article(source=side, title=None, sentences=sentences, removed=(), paragraphs=n)


@st.composite
def comparisons(draw: st.DrawFn) -> Comparison:
    n_a = draw(st.integers(0, 60))
    n_b = draw(st.integers(0, 60))
    a_ids = draw(st.lists(st.integers(0, max(n_a - 1, 0)), unique=True, max_size=min(n_a, n_b)))
    b_ids = draw(st.permutations(range(n_b)))[: len(a_ids)] if n_a else []
    pairs = tuple(sorted((Pair((i,), (j,), 0.5) for i, j in zip(a_ids, b_ids)),
                         key=lambda p: p.a))
    used_a = {p.a[0] for p in pairs}
    used_b = {p.b[0] for p in pairs}
    coverage = Coverage((len(pairs),) * 2, (n_a, n_b), (0, 0), (n_a, n_b))
    return Comparison(_article("A", n_a), _article("B", n_b), pairs, coverage,
                      tuple(i for i in range(n_a) if i not in used_a),
                      tuple(j for j in range(n_b) if j not in used_b))


@settings(max_examples=150, deadline=None)
@given(comparisons())
def test_one_sided_sentences_sit_after_their_neighbour(comparison):
    rows = build_rows(comparison)
    assert [i for r in rows for i in r.a] == list(range(len(comparison.a.sentences)))
    assert sorted(j for r in rows for j in r.b) == list(range(len(comparison.b.sentences)))
    in_order = {j: k for k, r in enumerate(rows) if r.kind == "pair" and not r.moved
                for j in r.b}
    for k, row in enumerate(rows):
        if row.kind != "only_b":
            continue
        earlier = [j for j in in_order if j < row.b[0]]
        anchor = in_order[max(earlier)] if earlier else -1
        assert anchor < k
        assert all(r.kind == "only_b" for r in rows[anchor + 1:k])
        assert all(r.b[0] < row.b[0] for r in rows[anchor + 1:k])
