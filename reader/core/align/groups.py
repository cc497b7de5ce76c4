"""Growing pairs into groups where the final weights of candidate pairs say one fact is told
in several sentences.

The one-to-one assignment gives each sentence one partner; but one outlet often tells a fact
twice (in the lead and again lower down) or in two parts. The final weights (`aligner`: words,
neighbours, the leads) of the candidate pairs the assignment left out say where: a leftover
sentence whose strongest candidate pair is with a sentence already paired joins that pair when
that pair of sentences would have been strong enough to be made on its own (`JOIN_EDGE`).
Pairs are not merged with each other: two pairs that each link to the other's sentence are
mostly near repeats that a reader wants side by side one by one.
"""

from __future__ import annotations

from .assignment import Edge
from .evidence import Link

JOIN_EDGE = 0.3
"""The final weight a candidate pair needs to grow a group: a little above the weight that
makes a pair (`aligner.MIN_SCORE`)."""


def join_strong(edges: list[Edge], links: list[Link]) -> list[Link]:
    """A leftover sentence joins the pair of its strongest candidate partner when that pair of
    sentences weighs at least `JOIN_EDGE` (ties: the earlier partner)."""
    by_a = {i: k for k, link in enumerate(links) for i in link.a}
    by_b = {j: k for k, link in enumerate(links) for j in link.b}
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for i, j, w in edges:
        if i not in by_a and (w, -j) > best_a.get(i, (0.0, 0)):
            best_a[i] = (w, -j)
        if j not in by_b and (w, -i) > best_b.get(j, (0.0, 0)):
            best_b[j] = (w, -i)
    grow_a: dict[int, list[int]] = {}
    grow_b: dict[int, list[int]] = {}
    for i, (w, j) in sorted(best_a.items()):
        if w >= JOIN_EDGE and -j in by_b:
            grow_a.setdefault(by_b[-j], []).append(i)
    for j, (w, i) in sorted(best_b.items()):
        if w >= JOIN_EDGE and -i in by_a:
            grow_b.setdefault(by_a[-i], []).append(j)
    if not grow_a and not grow_b:
        return links
    return [Link(tuple(sorted(link.a + tuple(grow_a.get(k, ())))),
                 tuple(sorted(link.b + tuple(grow_b.get(k, ())))), link.score)
            if k in grow_a or k in grow_b else link for k, link in enumerate(links)]
