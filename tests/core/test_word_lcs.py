"""The word diff's core: a minimal diff by bit-parallel longest common subsequence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.facts.diff import _lcs_runs

codes = st.text(alphabet="abcde", max_size=40)


def _lcs_length(x: str, y: str) -> int:
    previous = [0] * (len(y) + 1)
    for cx in x:
        current = [0]
        for k, cy in enumerate(y):
            current.append(previous[k] + 1 if cx == cy else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


@settings(max_examples=300, deadline=None)
@given(codes, codes)
def test_runs_rebuild_both_sides_and_keep_a_longest_common_subsequence(x, y):
    runs = _lcs_runs(x, y)
    assert "".join(text for op, text in runs if op != 1) == x
    assert "".join(text for op, text in runs if op != -1) == y
    assert sum(len(text) for op, text in runs if op == 0) == _lcs_length(x, y)
    assert all(text for _, text in runs)
    assert all(first[0] != second[0] for first, second in zip(runs, runs[1:]))
