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
import math
from math import fsum

from .assignment import Edge, max_weight_matching
from .features import Vocabulary, Weighted, merged, names_of, similarity, terms, tokens

MIN_SCORE = 0.24
NEIGHBOUR_MIN = 0.12
MERGE_CONTAINMENT = 0.4
TOP_TERMS = 6
POSTING_CAP = 24
CANDIDATES = 4
CONTEXT_WEIGHT = 0.2
MASS_MAX = 0.6
MASS_K = 6.0
RESCUE_MIN = 2
ATTACH_MIN = 0.3
ATTACH_COVER = 0.5
LEAD_WINDOW = 3
LEAD_BONUS = 0.3
LEAD_MIN = 0.04
LEAD_TERMS = 4


@dataclass(frozen=True)
class Link:
    """Indices of corresponding sentences on each side and the evidence score."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


class _Scorer:
    def __init__(self, a: list[Weighted], b: list[Weighted], idf: dict[str, float],
                 unit: float) -> None:
        self.a, self.b, self.idf, self.unit = a, b, idf, unit
        self.cache: dict[tuple[int, int], float] = {}

    def lexical(self, i: int, j: int) -> float:
        key = (i, j)
        value = self.cache.get(key)
        if value is None:
            value = _lexical(self.a[i], self.b[j], self.unit)
            self.cache[key] = value
        return value


def _lexical(a: Weighted, b: Weighted, unit: float) -> float:
    """Lexical evidence in [0, 1]: mostly overlap, plus containment for split sentences; long
    sentences that share many rare terms are not held back by what else they say."""
    dice, contained, common = similarity(a, b)
    shared = common / unit
    return max(0.7 * dice + 0.3 * contained * dice ** 0.5, MASS_MAX * shared / (shared + MASS_K))


def _index(side: list[Weighted]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for j, sentence in enumerate(side):
        for term in sentence.weights:
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
        ranked = sorted(sentence.weights, key=by_rank)
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


def _lead(side: list[Weighted]) -> int:
    """The first sentence that carries content (not a date line or a one-word heading)."""
    for k, sentence in enumerate(side[:LEAD_WINDOW + 2]):
        if sum(1 for t in sentence.weights if t[0].isalpha()) >= LEAD_TERMS:
            return k
    return 0


def _edges(scorer: _Scorer) -> list[Edge]:
    idf = scorer.idf
    rank = {t: k for k, t in enumerate(sorted(idf, key=lambda t: (-idf[t], t)))}
    pairs: set[tuple[int, int]] = set()
    for i, js in enumerate(_candidates(scorer.a, _index(scorer.b), idf, rank)):
        pairs.update((i, j) for j in js)
    for j, is_ in enumerate(_candidates(scorer.b, _index(scorer.a), idf, rank)):
        pairs.update((i, j) for i in is_)
    fa, fb = _lead(scorer.a), _lead(scorer.b)
    pairs.update((fa + x, fb + y) for x in range(LEAD_WINDOW) for y in range(LEAD_WINDOW)
                 if fa + x < len(scorer.a) and fb + y < len(scorer.b))
    raw = {pair: scorer.lexical(*pair) for pair in pairs}
    edges: list[Edge] = []
    for (i, j), value in raw.items():
        context = max(raw.get((i - 1, j - 1), 0.0), raw.get((i + 1, j + 1), 0.0))
        score = min(1.0, value + CONTEXT_WEIGHT * context * (1.0 - value))
        x, y = i - fa, j - fb
        if 0 <= x < LEAD_WINDOW and 0 <= y < LEAD_WINDOW and value >= LEAD_MIN:
            bonus = LEAD_BONUS / (1.0 + abs(x - y) + 0.5 * (x + y))
            score = min(1.0, score + bonus * (1.0 - score))
        if score >= MIN_SCORE:
            edges.append((i, j, round(score, 4)))
    return edges, raw


def _best(raw: dict[tuple[int, int], float]) -> tuple[dict[int, tuple[float, int]], dict[int, tuple[float, int]]]:
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), value in sorted(raw.items()):
        if value > best_a.get(i, (0.0, -1))[0]:
            best_a[i] = (value, j)
        if value > best_b.get(j, (0.0, -1))[0]:
            best_b[j] = (value, i)
    return best_a, best_b


def _rescue(raw, match_a, match_b) -> dict[int, float]:
    """Pair leftovers that are each other's best match (no neighbours needed)."""
    best_a, best_b = _best(raw)
    added = {}
    for i, (value, j) in sorted(best_a.items()):
        if i in match_a or j in match_b or value < RESCUE_MIN:
            continue
        if best_b.get(j, (0.0, -1))[1] == i:
            match_a[i], match_b[j] = j, i
            added[i] = round(value, 4)
    return added


def _covered(extra: Weighted, by: Weighted) -> float:
    if not extra.total:
        return 0.0
    w = by.weights
    return fsum(min(v, w[t]) for t, v in extra.weights.items() if t in w) / extra.total


def _attach(scorer, raw, links, na, nb):
    """A leftover sentence whose best match is already paired joins that pair."""
    best_a, best_b = _best(raw)
    by_a = {i: k for k, l in enumerate(links) for i in l.a}
    by_b = {j: k for k, l in enumerate(links) for j in l.b}
    grow_a: dict[int, list[int]] = {}
    grow_b: dict[int, list[int]] = {}
    for j in range(nb):
        if j in by_b or j not in best_b:
            continue
        value, i = best_b[j]
        if value >= ATTACH_MIN and i in by_a and _covered(scorer.b[j], scorer.a[i]) >= ATTACH_COVER:
            grow_b.setdefault(by_a[i], []).append(j)
    for i in range(na):
        if i in by_a or i not in best_a:
            continue
        value, j = best_a[i]
        if value >= ATTACH_MIN and j in by_b and _covered(scorer.a[i], scorer.b[j]) >= ATTACH_COVER:
            grow_a.setdefault(by_b[j], []).append(i)
    out = []
    for k, l in enumerate(links):
        if k in grow_a or k in grow_b:
            l = Link(tuple(sorted(l.a + tuple(grow_a.get(k, ())))), tuple(sorted(l.b + tuple(grow_b.get(k, ())))), l.score)
        out.append(l)
    return out


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
    tok_a = [tokens(s) for s in a]
    tok_b = [tokens(s) for s in b]
    names = names_of(tok_a + tok_b)
    ta = [terms(t, names) for t in tok_a]
    tb = [terms(t, names) for t in tok_b]
    vocabulary = Vocabulary([ta, tb])
    wa = [vocabulary.weigh(t) for t in ta]
    wb = [vocabulary.weigh(t) for t in tb]
    scorer = _Scorer(wa, wb, vocabulary.idf, math.log(1.0 + vocabulary.size))
    edges, raw = _edges(scorer)
    chosen = max_weight_matching(edges)
    match_a = {i: j for i, j, _ in chosen}
    match_b = {j: i for i, j, _ in chosen}
    scores = {i: w for i, _, w in chosen}
    scores.update(_fill_by_position(scorer, match_a, match_b, len(a), len(b)))
    scores.update(_rescue(raw, match_a, match_b))
    links = [Link((i,), (j,), scores[i]) for i, j in match_a.items()]
    links = _merge_splits(links, wa, wb, scorer.unit)
    links = _attach(scorer, raw, links, len(a), len(b))
    return sorted(links, key=lambda link: (link.a[0], link.b[0]))


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


def _merge_splits(
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
                    whole_other = merged([other[x] for x in other_ids])
                    whole_side = merged([own[x] for x in side_ids])
                    if _explained(own[k], whole_other, whole_side) >= MERGE_CONTAINMENT:
                        side_ids.append(k)
                        used.add(k)
                        grown = True
        if len(a_ids) > 1 or len(b_ids) > 1:
            joined = _lexical(merged([wa[x] for x in a_ids]), merged([wb[x] for x in b_ids]), unit)
            score = max(link.score, round(joined, 4))
            link = Link(tuple(sorted(a_ids)), tuple(sorted(b_ids)), score)
        out.append(link)
    return out
