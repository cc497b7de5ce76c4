"""Pairing the sentences of two articles the way a careful reader would.

Evidence, in order of strength: shared rare terms (names, numbers, unusual words, weighted by
inverse document frequency), agreement of neighbours (a pair whose neighbours also correspond is
more likely right), and position next to pairs already found. Candidates come from an inverted
index over rare terms, so cost grows close to linearly with length; the final one-to-one choice
is a global maximum-weight assignment; then sentences split in two by the other outlet are
merged into one-to-many pairs.

Score scale, in [0, 1]: 1.0 means the same wording after normalisation; 0.7 and above, a light
rewording; 0.45-0.7, a paraphrase that shares most of its key terms; 0.25-0.45, a loose
paraphrase or a pair held together by its neighbours; pairs below `MIN_SCORE` are not made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import fsum

from .assignment import Edge, max_weight_matching
from .features import Vocabulary, Weighted, similarity, terms

MIN_SCORE = 0.24
NEIGHBOUR_MIN = 0.12
MERGE_CONTAINMENT = 0.4
TOP_TERMS = 6
POSTING_CAP = 24
CANDIDATES = 4
CONTEXT_WEIGHT = 0.2


@dataclass(frozen=True)
class Link:
    """Indices of corresponding sentences on each side and the evidence score."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


class _Scorer:
    def __init__(self, a: list[Weighted], b: list[Weighted], idf: dict[str, float]) -> None:
        self.a, self.b, self.idf = a, b, idf
        self.cache: dict[tuple[int, int], float] = {}

    def lexical(self, i: int, j: int) -> float:
        key = (i, j)
        value = self.cache.get(key)
        if value is None:
            value = _lexical(self.a[i], self.b[j], self.idf)
            self.cache[key] = value
        return value


def _lexical(a: Weighted, b: Weighted, idf: dict[str, float]) -> float:
    """Lexical evidence in [0, 1]: mostly overlap, plus containment for split sentences."""
    dice, contained = similarity(a, b, idf)
    return 0.7 * dice + 0.3 * contained * dice ** 0.5


def _index(side: list[Weighted]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for j, sentence in enumerate(side):
        for term in sentence.terms:
            index.setdefault(term, []).append(j)
    return index


def _candidates(
    source: list[Weighted], index: dict[str, list[int]], idf: dict[str, float],
    rank: dict[str, int],
) -> list[list[int]]:
    """For each sentence, the few sentences of the other side sharing most of its rare terms."""
    out: list[list[int]] = []
    by_rank = rank.__getitem__
    for sentence in source:
        ranked = sorted(sentence.terms, key=by_rank)
        acc: dict[int, float] = {}
        used = 0
        for term in ranked:
            postings = index.get(term)
            if not postings or len(postings) > POSTING_CAP:
                continue
            weight = idf[term]
            for j in postings:
                acc[j] = acc.get(j, 0.0) + weight
            used += 1
            if used >= TOP_TERMS:
                break
        if len(acc) <= CANDIDATES:
            out.append(list(acc))
        else:
            best = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
            out.append([j for j, _ in best])
    return out


def _edges(scorer: _Scorer) -> list[Edge]:
    idf = scorer.idf
    rank = {t: k for k, t in enumerate(sorted(idf, key=lambda t: (-idf[t], t)))}
    pairs: set[tuple[int, int]] = set()
    for i, js in enumerate(_candidates(scorer.a, _index(scorer.b), idf, rank)):
        pairs.update((i, j) for j in js)
    for j, is_ in enumerate(_candidates(scorer.b, _index(scorer.a), idf, rank)):
        pairs.update((i, j) for i in is_)
    raw = {pair: scorer.lexical(*pair) for pair in pairs}
    edges: list[Edge] = []
    for (i, j), value in raw.items():
        context = max(raw.get((i - 1, j - 1), 0.0), raw.get((i + 1, j + 1), 0.0))
        score = min(1.0, value + CONTEXT_WEIGHT * context * (1.0 - value))
        if score >= MIN_SCORE:
            edges.append((i, j, round(score, 4)))
    return edges


def _fill_by_position(
    scorer: _Scorer, match_a: dict[int, int], match_b: dict[int, int], a_n: int, b_n: int
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


def align(a: Sequence[str], b: Sequence[str]) -> list[Link]:
    """Links between sentences of A and of B, ordered by their first sentence in A."""
    ta = [terms(s) for s in a]
    tb = [terms(s) for s in b]
    vocabulary = Vocabulary([ta, tb])
    wa = [vocabulary.weigh(t) for t in ta]
    wb = [vocabulary.weigh(t) for t in tb]
    scorer = _Scorer(wa, wb, vocabulary.idf)
    chosen = max_weight_matching(_edges(scorer))
    match_a = {i: j for i, j, _ in chosen}
    match_b = {j: i for i, j, _ in chosen}
    scores = {i: w for i, _, w in chosen}
    scores.update(_fill_by_position(scorer, match_a, match_b, len(a), len(b)))
    links = [Link((i,), (j,), scores[i]) for i, j in match_a.items()]
    links = _merge_splits(links, wa, wb, vocabulary)
    return sorted(links, key=lambda link: (link.a[0], link.b[0]))


def _explained(extra: Weighted, own: Weighted, partner: Weighted, idf: dict[str, float]) -> float:
    """Share of `extra` found in `own`; terms `partner` already covers count half.

    A sentence that only repeats what its neighbour already matched adds nothing, so it must
    bring at least one term of its own.
    """
    if not extra.total:
        return 0.0
    shared = extra.terms & own.terms
    fresh = shared - partner.terms
    if not fresh:
        return 0.0
    return (fsum(idf[t] for t in fresh) + 0.5 * fsum(idf[t] for t in shared - fresh)) / extra.total


def _merge_splits(
    links: list[Link], wa: list[Weighted], wb: list[Weighted], vocabulary: Vocabulary
) -> list[Link]:
    """Turn 1-1 links into 1-n or n-1 where the other outlet split a sentence in two."""
    idf = vocabulary.idf
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
                    whole_other = _union(other, other_ids, vocabulary)
                    whole_side = _union(own, side_ids, vocabulary)
                    if _explained(own[k], whole_other, whole_side, idf) >= MERGE_CONTAINMENT:
                        side_ids.append(k)
                        used.add(k)
                        grown = True
        if len(a_ids) > 1 or len(b_ids) > 1:
            merged = _lexical(_union(wa, a_ids, vocabulary), _union(wb, b_ids, vocabulary), idf)
            score = max(link.score, round(merged, 4))
            link = Link(tuple(sorted(a_ids)), tuple(sorted(b_ids)), score)
        out.append(link)
    return out


def _union(side: list[Weighted], ids: list[int], vocabulary: Vocabulary) -> Weighted:
    merged: frozenset[str] = frozenset().union(*(side[i].terms for i in ids))
    return vocabulary.weigh(merged)
