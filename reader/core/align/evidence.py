"""How strongly two sentences are linked by their words: weights, similarity, the score.

A term's weight is its inverse document frequency over both articles times its multiplier
(`features.terms`), so a shared `Kryvyi` counts for much more than a shared `war`. The lexical
score mixes weighted Dice overlap, containment (for a sentence split in two by the other outlet)
and, for long sentences that share many rare terms, the shared weight itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

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

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(self.weights)


class Vocabulary:
    """Inverse document frequencies over the sentences of both articles."""

    def __init__(self, documents: Sequence[Sequence[dict[str, float]]]) -> None:
        counts: dict[str, int] = {}
        n = 0
        for document in documents:
            for sentence in document:
                n += 1
                for term in sentence:
                    counts[term] = counts.get(term, 0) + 1
        self.size = max(n, 1)
        self.idf = {t: math.log(1.0 + self.size / c) for t, c in counts.items()}
        """Weight of every term seen in either article."""

    def weigh(self, sentence_terms: dict[str, float]) -> Weighted:
        idf = self.idf
        weights = {t: idf[t] * m for t, m in sentence_terms.items()}
        return Weighted(weights, math.fsum(weights.values()))


def merged(parts: Sequence[Weighted]) -> Weighted:
    """The terms of several sentences read as one (each term at its strongest)."""
    weights: dict[str, float] = {}
    for part in parts:
        for t, w in part.weights.items():
            if weights.get(t, 0.0) < w:
                weights[t] = w
    return Weighted(weights, math.fsum(weights.values()))


def similarity(a: Weighted, b: Weighted) -> tuple[float, float, float]:
    """Weighted Dice similarity, containment (share of the smaller side that is shared) and the
    shared weight itself.

    A shared term counts at its smaller weight on the two sides. Sums are exact (`fsum`), so set
    iteration order, which varies between runs, cannot change a score in its last digit and
    with it a tie-break.
    """
    if not a.total or not b.total:
        return 0.0, 0.0, 0.0
    wa, wb = a.weights, b.weights
    common = math.fsum([min(wa[t], wb[t]) for t in wa.keys() & wb.keys()])
    return 2.0 * common / (a.total + b.total), common / min(a.total, b.total), common


class Scorer:
    """The lexical score of any (A sentence, B sentence), computed once."""

    def __init__(self, a: list[Weighted], b: list[Weighted], idf: dict[str, float],
                 unit: float) -> None:
        self.a, self.b, self.idf, self.unit = a, b, idf, unit
        self.cache: dict[tuple[int, int], float] = {}

    def strong_shared(self, i: int, j: int) -> bool:
        """Whether the two share a term outside any attribution (at its full weight)."""
        wa, wb, idf = self.a[i].weights, self.b[j].weights, self.idf
        return any(w == idf[t] and wb.get(t) == w for t, w in wa.items())

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
    dice, contained, common = similarity(a, b)
    shared = common / unit
    return max(0.7 * dice + 0.3 * contained * dice ** 0.5, MASS_MAX * shared / (shared + MASS_K))
