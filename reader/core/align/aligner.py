"""Pairing the sentences of two articles the way a careful reader would.

Evidence, in order of strength: shared rare terms (names, numbers, unusual words, event words,
weighted by inverse document frequency; see `features` and `evidence`), agreement of neighbours
(a pair whose neighbours also correspond is more likely right), the two leads (news is written
top-down, so the first sentences of two reports of one event usually tell its core: near the
top a little shared evidence is enough, which carries short articles that have no neighbours
to lean on), and position next to pairs already found. Candidates come from an inverted index
over rare terms, so cost grows close to linearly with length; the final one-to-one choice is a
global maximum-weight assignment; then `leftovers` pairs what position explains and merges
neighbours where the other outlet split a fact in two, and `groups` lets a leftover join the
pair of its strongest candidate partner, next to it or apart (the other outlet told the fact
twice or in two parts).

Score scale, in [0, 1]: 1.0 means the same wording after normalisation; 0.7 and above, a light
rewording; 0.45-0.7, a paraphrase that shares most of its key terms; 0.25-0.45, a loose
paraphrase or a pair held together by its neighbours or the leads; pairs below `MIN_SCORE`
are made only by the rules for leftovers (and the lead bonus, which a score shows in part).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from ..collector import paused
from .assignment import Edge, max_weight_matching
from .evidence import Link, Scorer, Vocabulary, Weighted, lexical_score
from .groups import join_strong
from .leftovers import (
    CONTEXT_WEIGHT,
    LEAD_ZONE,
    Matches,
    best_matches,
    fill_by_position,
    merge_splits,
    rescue,
)
from .reading import read

__all__ = ["Link", "align"]

MIN_SCORE = 0.24
SHIFT = 0.2
TOP_TERMS = 6
POSTING_CAP = 24
CANDIDATES = 4
LEAD_WINDOW = 5
"""Sentences from each side's lead that may take the lead bonus: the first five content
sentences (news tells its core event top-down, often over several sentences)."""
LEAD_BONUS = 0.45
LEAD_SHOWN = 0.3
"""The lead bonus counts fully in choosing pairs, but a pair's score, which tells how close
its wording is (and which the fact checks read: `facts.checks.CLOSE_PAIR`), shows only this
much of it: position says which sentences correspond, not that they say the same words."""
LEAD_MIN = 0.04
LEAD_SHARE = 0.35
LEAD_TERMS = 4
LEAD_SHARED = 2
"""Terms outside attributions two leads must share for the lead bonus: one word in common
(`next`) says nothing."""
LEAD_SKEW = 1.0
LEAD_DEPTH = 0.5


def _index(side: list[Weighted]) -> dict[str, list[int]]:
    index: defaultdict[str, list[int]] = defaultdict(list)
    for j, sentence in enumerate(side):
        for term in sentence.weights:
            index[term].append(j)
    return index


def _candidates(
    source: list[Weighted], index: dict[str, list[int]], idf: dict[str, float],
    rank: dict[str, int],
) -> list[list[int]]:
    """For each sentence, the few sentences of the other side sharing most of its rare terms."""
    out: list[list[int]] = []
    by_rank = rank.__getitem__
    usable = {t: (postings, idf[t]) for t, postings in index.items() if len(postings) <= POSTING_CAP}
    for sentence in source:
        found = list(filter(usable.__contains__, sentence.weights))
        if len(found) > TOP_TERMS:
            found.sort(key=by_rank)
            del found[TOP_TERMS:]
        elif len(found) <= 1:  # one term: its sentences, in order, all with the same weight
            out.append(usable[found[0]][0][:CANDIDATES] if found else [])
            continue
        acc: dict[int, float] = {}
        get = acc.get
        for term in found:
            postings, weight = usable[term]
            for j in postings:
                acc[j] = get(j, 0.0) + weight
        if len(acc) <= CANDIDATES:
            out.append(list(acc))
        else:
            out.append(sorted(acc, key=acc.__getitem__, reverse=True)[:CANDIDATES])
    return out


def _lead(side: list[Weighted]) -> int:
    """The first sentence that carries content (not a date line or a one-word heading)."""
    for k, sentence in enumerate(side[:LEAD_ZONE + 2]):
        if sum(1 for t in sentence.weights if not t[0].isdigit() and t[0] != "#") >= LEAD_TERMS:
            return k
    return 0


class Scored(NamedTuple):
    """The candidate pairs of two articles, weighed."""

    edges: list[Edge]
    """Pairs whose final weight (words, neighbours, the leads) reaches `MIN_SCORE`."""
    raw: dict[tuple[int, int], float]
    """The lexical score of every candidate pair."""
    best: Matches
    """Each sentence's best and runner-up lexical match."""
    shown: dict[tuple[int, int], float]
    """The score a pair made with the lead bonus shows, where it differs from its weight."""


def _edges(scorer: Scorer) -> Scored:
    """Candidate pairs scored: final weights, raw lexical scores, best matches."""
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
    a, b, unit = scorer.a, scorer.b, scorer.unit
    raw = {pair: lexical_score(a[pair[0]], b[pair[1]], unit) for pair in pairs}
    scorer.cache.update(raw)
    found = best_matches(raw)
    top_a, top_b = found.best_a, found.best_b
    nothing = (0.0, 0)
    edges: list[Edge] = []
    shown: dict[tuple[int, int], float] = {}
    for (i, j), value in raw.items():
        context = max(raw.get((i - 1, j - 1), 0.0), raw.get((i + 1, j + 1), 0.0))
        score = min(1.0, value + CONTEXT_WEIGHT * context * (1.0 - value))
        x, y = i - fa, j - fb
        if 0 <= x < LEAD_WINDOW and 0 <= y < LEAD_WINDOW and value >= LEAD_MIN \
                and value >= LEAD_SHARE * max(top_a.get(i, nothing)[0], top_b.get(j, nothing)[0]) \
                and scorer.strong_count(i, j) >= LEAD_SHARED:
            bonus = 1.0 / (1.0 + LEAD_SKEW * abs(x - y) + LEAD_DEPTH * (x + y))
            plain = score
            score = min(1.0, plain + LEAD_BONUS * bonus * (1.0 - plain))
            if score >= MIN_SCORE:
                shown[i, j] = round(min(1.0, plain + LEAD_SHOWN * bonus * (1.0 - plain)), 4)
        if score >= MIN_SCORE:
            edges.append((i, j, round(score, 4)))
    return Scored(edges, raw, found, shown)


def align(a: Sequence[str], b: Sequence[str]) -> list[Link]:
    """Links between sentences of A and of B, ordered by their first sentence in A.

    Aligning makes many small dictionaries and tuples (terms, candidate pairs, scores) that
    form no cycle and are freed by reference counting; the cyclic garbage collector, run
    meanwhile, would walk every object of the process again and again (about a tenth of the
    time on a long pair). It is paused while aligning.
    """
    with paused():
        return _align(a, b)


def _align(a: Sequence[str], b: Sequence[str]) -> list[Link]:
    ta, tb = read(a, b)
    vocabulary = Vocabulary([ta, tb])
    wa = [vocabulary.weigh(t) for t in ta]
    wb = [vocabulary.weigh(t) for t in tb]
    scorer = Scorer(wa, wb, vocabulary.idf, math.log(1.0 + vocabulary.size))
    edges, raw, best, shown = _edges(scorer)
    weight = {(i, j): w for i, j, w in edges}
    chosen = max_weight_matching([(i, j, round(w - SHIFT, 4)) for i, j, w in edges])
    match_a = {i: j for i, j, _ in chosen}
    match_b = {j: i for i, j, _ in chosen}
    scores = {i: shown.get((i, j), weight[i, j]) for i, j, _ in chosen}
    scores.update(fill_by_position(scorer, match_a, match_b, len(a), len(b)))
    scores.update(rescue(scorer, best, match_a, match_b))
    links = [Link((i,), (j,), scores[i]) for i, j in match_a.items()]
    links = merge_splits(links, wa, wb, scorer.unit)
    links = join_strong(edges, links)
    return sorted(links, key=lambda link: (link.a[0], link.b[0]))


