"""After the one-to-one assignment: pairing what is left where position or strong evidence
says so, and growing pairs into one-to-many where the other outlet split a fact in two.

- A leftover sentence between two pairs, sharing some content with the sentence at the matching
  place on the other side, is paired with it (neighbour evidence, for long articles).
- Two leftovers that are each other's best match, clearly ahead of any other (`RESCUE_MARGIN`,
  less clearly in short articles), sharing at least `RESCUE_TERMS` terms outside attributions,
  are paired even below the usual threshold: short articles have no neighbours to lend support.
- Neighbouring sentences that repeat the other side's terms are merged into their pair.
"""

from __future__ import annotations

from math import fsum
from typing import NamedTuple

from .evidence import Link, Scorer, Weighted, lexical_score, merged

NEIGHBOUR_MIN = 0.12
MERGE_CONTAINMENT = 0.4
LEAD_ZONE = 3
"""The first sentences of each side, where news tells its core event (see `aligner`)."""
RESCUE_MIN = 0.15
RESCUE_MARGIN = 0.7
"""A rescued pair's runner-ups, on either side, score at most this share of it."""
SHORT_MARGIN = 0.95
SHORT = 30
"""Articles of at most this many sentences (the shorter side) rescue with `SHORT_MARGIN`: they
have few neighbours to lend support and few sentences to compete with; in long articles, more
sentences share a few words by chance."""
RESCUE_TERMS = 3
CONTEXT_WEIGHT = 0.2


Best = dict[int, tuple[float, int]]


class Matches(NamedTuple):
    """Each sentence's best-scoring candidate on the other side (ties: the earlier one), and the
    score of its runner-up (0 when it has one candidate)."""

    best_a: Best
    best_b: Best
    second_a: dict[int, float]
    second_b: dict[int, float]


def best_matches(raw: dict[tuple[int, int], float]) -> Matches:
    """Best and runner-up scores of every sentence of A and of B, in one pass (a tie goes to
    the earlier sentence, and makes the runner-up as strong as the best)."""
    best_a: Best = {}
    best_b: Best = {}
    second_a: dict[int, float] = {}
    second_b: dict[int, float] = {}
    for (i, j), value in raw.items():
        if value <= 0.0:
            continue
        _keep(best_a, second_a, i, j, value)
        _keep(best_b, second_b, j, i, value)
    return Matches(best_a, best_b, second_a, second_b)


def _keep(best: Best, second: dict[int, float], own: int, other: int, value: float) -> None:
    """Note `value` for sentence `own` against `other`: its best (ties to the earlier other
    sentence) and the value of its second best."""
    current = best.get(own)
    if current is None:
        best[own] = (value, other)
    elif value > current[0] or (value == current[0] and other < current[1]):
        best[own] = (value, other)
        if current[0] > second.get(own, 0.0):
            second[own] = current[0]
    elif value > second.get(own, 0.0):
        second[own] = value


def rescue(scorer: Scorer, found: Matches, match_a: dict[int, int],
           match_b: dict[int, int]) -> dict[int, float]:
    """Pair leftovers that are each other's best match by a clear margin."""
    best_b, second_a, second_b = found.best_b, found.second_a, found.second_b
    short = min(len(scorer.a), len(scorer.b)) <= SHORT
    margin = SHORT_MARGIN if short else RESCUE_MARGIN
    added = {}
    for i, (value, j) in sorted(found.best_a.items()):
        if i in match_a or j in match_b or value < RESCUE_MIN:
            continue
        if max(second_a.get(i, 0.0), second_b.get(j, 0.0)) > margin * value:
            continue
        if scorer.strong_count(i, j) < RESCUE_TERMS:
            continue
        if best_b.get(j, (0.0, -1))[1] == i:
            match_a[i], match_b[j] = j, i
            added[i] = round(value, 4)
    return added


def fill_by_position(
    scorer: Scorer, match_a: dict[int, int], match_b: dict[int, int], a_n: int, b_n: int
) -> dict[int, float]:
    """Pair leftover sentences that sit between two pairs and share some content."""
    added: dict[int, float] = {}
    changed = True
    while changed:
        changed = False
        for i in range(a_n):
            if i in match_a:
                continue
            options = []
            if i - 1 in match_a:
                options.append(match_a[i - 1] + 1)
            if i + 1 in match_a:
                options.append(match_a[i + 1] - 1)
            for j in options:
                if 0 <= j < b_n and j not in match_b:
                    value = scorer.lexical(i, j)
                    if value >= NEIGHBOUR_MIN:
                        score = min(1.0, value + CONTEXT_WEIGHT * (1.0 - value))
                        match_a[i], match_b[j] = j, i
                        added[i] = round(score, 4)
                        changed = True
                        break
    return added


def _explained(extra: Weighted, own: Weighted, partner: Weighted) -> float:
    """Share of `extra` found in `own`; terms `partner` already covers count half.

    A sentence that only repeats what its neighbour already matched adds nothing, so it must
    bring at least one term of its own.
    """
    if not extra.total:
        return 0.0
    weights = extra.weights
    shared = weights.keys() & own.weights.keys()
    fresh = shared - partner.weights.keys()
    if not fresh:
        return 0.0
    return (fsum(weights[t] for t in fresh) + 0.5 * fsum(weights[t] for t in shared - fresh)) / extra.total


def _whole(weighted: list[Weighted], ids: list[int]) -> Weighted:
    return weighted[ids[0]] if len(ids) == 1 else merged([weighted[x] for x in ids])


def merge_splits(
    links: list[Link], wa: list[Weighted], wb: list[Weighted], unit: float
) -> list[Link]:
    """Turn 1-1 links into 1-n or n-1 where the other outlet split a sentence in two."""
    used_a = {i for link in links for i in link.a}
    used_b = {j for link in links for j in link.b}
    out: list[Link] = []
    for link in links:
        a_ids, b_ids = list(link.a), list(link.b)
        for side_ids, other_ids, own, other, used in (
            (b_ids, a_ids, wb, wa, used_b),
            (a_ids, b_ids, wa, wb, used_a),
        ):
            grown = True
            while grown:
                grown = False
                for k in (min(side_ids) - 1, max(side_ids) + 1):
                    if not 0 <= k < len(own) or k in used:
                        continue
                    if _explained(own[k], _whole(other, other_ids),
                                  _whole(own, side_ids)) >= MERGE_CONTAINMENT:
                        side_ids.append(k)
                        used.add(k)
                        grown = True
        if len(a_ids) > 1 or len(b_ids) > 1:
            joined = lexical_score(_whole(wa, a_ids), _whole(wb, b_ids), unit)
            score = max(link.score, round(joined, 4))
            link = Link(tuple(sorted(a_ids)), tuple(sorted(b_ids)), score)
        out.append(link)
    return out
