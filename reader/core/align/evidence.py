"""How strongly two sentences are linked by their words: weights, similarity, the score.

A term's weight is its inverse document frequency over both articles times its multiplier
(`reading`), so a shared `Kryvyi` counts for much more than a shared `war`. The lexical
score mixes weighted Dice overlap, containment (for a sentence split in two by the other outlet)
and, for long sentences that share many rare terms, the shared weight itself.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

MASS_MAX = 0.6
MASS_K = 6.0


@dataclass(frozen=True)
class Link:
    """Indices of corresponding sentences on each side and the evidence score."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Weighted:
    """A sentence's terms with their weights (idf x multiplier) and the total, precomputed."""

    weights: dict[str, float]
    total: float
    plain: bool = False
    """Whether every weight is the term's idf (no attribution words): then two plain
    sentences share a term at the same weight, and their overlap needs no `min`."""


class Vocabulary:
    """Inverse document frequencies over the sentences of both articles."""

    def __init__(self, documents: Sequence[Sequence[dict[str, float]]]) -> None:
        counts = Counter(chain.from_iterable(chain.from_iterable(documents)))
        self.size = max(sum(map(len, documents)), 1)
        size = self.size
        self.idf = {t: math.log(1.0 + size / c) for t, c in counts.items()}
        """Weight of every term seen in either article."""

    def weigh(self, sentence_terms: dict[str, float]) -> Weighted:
        idf = self.idf
        if not sentence_terms or min(sentence_terms.values()) == 1.0:
            weights = dict(zip(sentence_terms, map(idf.__getitem__, sentence_terms)))
            return Weighted(weights, math.fsum(weights.values()), True)
        weights = {t: idf[t] * m for t, m in sentence_terms.items()}
        return Weighted(weights, math.fsum(weights.values()))


def merged(parts: Sequence[Weighted]) -> Weighted:
    """The terms of several sentences read as one (each term at its strongest)."""
    weights: dict[str, float] = {}
    for part in parts:
        for t, w in part.weights.items():
            if weights.get(t, 0.0) < w:
                weights[t] = w
    return Weighted(weights, math.fsum(weights.values()), all(part.plain for part in parts))


class Scorer:
    """The lexical score of any (A sentence, B sentence), computed once."""

    def __init__(self, a: list[Weighted], b: list[Weighted], idf: dict[str, float],
                 unit: float) -> None:
        self.a, self.b, self.idf, self.unit = a, b, idf, unit
        self.cache: dict[tuple[int, int], float] = {}

    def strong_count(self, i: int, j: int) -> int:
        """How many terms the two share outside any attribution."""
        wa, wb, idf = self.a[i].weights, self.b[j].weights, self.idf
        return sum(1 for t, w in wa.items() if w == idf[t] and wb.get(t) == w)

    def lexical(self, i: int, j: int) -> float:
        key = (i, j)
        value = self.cache.get(key)
        if value is None:
            value = lexical_score(self.a[i], self.b[j], self.unit)
            self.cache[key] = value
        return value


def lexical_score(a: Weighted, b: Weighted, unit: float) -> float:
    """Lexical evidence in [0, 1]: mostly overlap, plus containment for split sentences; long
    sentences that share many rare terms are not held back by what else they say."""
    if not a.total or not b.total:
        return 0.0
    wa, wb = a.weights, b.weights
    if a.plain and b.plain:
        common = math.fsum(map(wa.__getitem__, wa.keys() & wb.keys()))
    else:
        common = math.fsum([min(wa[t], wb[t]) for t in wa.keys() & wb.keys()])
    dice = 2.0 * common / (a.total + b.total)
    contained = common / min(a.total, b.total)
    shared = common / unit
    return max(0.7 * dice + 0.3 * contained * dice ** 0.5, MASS_MAX * shared / (shared + MASS_K))
