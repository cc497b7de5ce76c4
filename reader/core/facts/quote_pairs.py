"""Which quotes of A and B could report the same remark: the pairs worth weighing.

Weighing every pair of quotes grows with the product of their numbers (two million pairs for
two articles of 5,000 sentences, almost none of them related). Every kind of match
(`quote_match`) needs a number of shared content words that the two quotes' lengths set:

- same, contained or re-edited words, whoever speaks: most of the shorter quote's words;
- outside aligned sentences, a translation (two direct quotes) or a paraphrase (a quote and a
  report, at least three words) of one speaker's remark — the same speaker, or a speaker on
  one side only: a Dice overlap;
- quotes in aligned sentences: any; those pairs are read off the alignment.

Pairs sharing that many words are found by prefix filtering: with words ranked rarest first,
two quotes sharing k words share one among the first n - k + 1 of each (n its length), so
each quote looks up only its rarer words in an index of the other side, and a pair is kept
only when it shares enough. A pair is judged once, at the first word it shares: that word
stands earliest in both quotes, so a pair whose positions there rule it out is ruled out.
Bounds are rounded down: a pair too many costs a weighing, one too few would lose a match.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

Words = Sequence[frozenset[str]]
"""The content words of each quote of one side."""
Ranked = tuple[list[list[str]], list[list[str]]]


def _at_least(value: float) -> int:
    """The least whole number of words not below `value` (a hair under, against rounding)."""
    return math.ceil(value - 1e-9)


def _ranked(words: tuple[Words, Words]) -> Ranked:
    """Each quote's words, rarest first over both sides (ties by spelling, so the order is
    the same on every run)."""
    frequency = Counter(w for side in words for found in side for w in found)
    rank = {w: n for n, w in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}
    return ([sorted(found, key=rank.__getitem__) for found in words[0]],
            [sorted(found, key=rank.__getitem__) for found in words[1]])


class _Pairs:
    def __init__(self, words: tuple[Words, Words]) -> None:
        self.words = words
        self.ranked = _ranked(words)
        self.found: set[tuple[int, int]] = set()
        self._needs: dict[tuple[float, int, bool], list[int]] = {}

    def _need(self, share: float, least: int, pair: bool, longest: int) -> list[int]:
        """Words shared at least, by size: by one quote's size (`pair` false: share / (2 -
        share) of it) or by the two quotes' sizes summed (`pair`: share of half the sum);
        worked out once for each share, as many quote groups ask for the same."""
        key = (share, least, pair)
        table = self._needs.setdefault(key, [])
        for size in range(len(table), longest + 1):
            table.append(max(least, _at_least(share * size / 2 if pair else
                                              share / (2 - share) * size)))
        return table

    def contained(self, share: float, least: int) -> None:
        """Pairs sharing `share` of the shorter quote's words, and `least`: the shorter
        one's rarest words looked up among the longer side's."""
        for side in (0, 1):
            own, other = self.ranked[side], self.ranked[1 - side]
            index: dict[str, list[tuple[int, int]]] = {}
            for m, words in enumerate(other):
                for position, word in enumerate(words):
                    index.setdefault(word, []).append((m, position))
            for n, words in enumerate(own):
                size = len(words)
                need = max(least, _at_least(share * size))
                met: set[int] = set()  # each partner is judged at the first word they share
                for word in words[:max(0, size - need + 1)]:
                    for m, position in index.get(word, ()):
                        if m in met:
                            continue
                        met.add(m)
                        longer = len(other[m])
                        if longer >= size and position <= longer - need:
                            self._keep(side, n, m, need)

    def dice(self, a: Sequence[int], b: Sequence[int], share: float, least: int) -> None:
        """Pairs of quotes `a` of A and `b` of B whose Dice overlap may reach `share`, with
        `least` words shared. A quote of n words shares at least share / (2 - share) * n
        of them with any such partner, which sets the prefix each side keeps."""
        if not a or not b:
            return
        longest = max(len(self.ranked[0][n]) for n in a) + max(len(self.ranked[1][m]) for m in b)
        need = self._need(share, least, False, longest)
        pair_need = self._need(share, least, True, longest)
        index: dict[str, list[tuple[int, int]]] = {}
        for m in b:
            words = self.ranked[1][m]
            for position, word in enumerate(words[:max(0, len(words) - need[len(words)] + 1)]):
                index.setdefault(word, []).append((m, position))
        for n in a:
            words = self.ranked[0][n]
            size = len(words)
            met: set[int] = set()  # each partner is judged at the first word they share
            for at, word in enumerate(words[:max(0, size - need[size] + 1)]):
                for m, position in index.get(word, ()):
                    if m in met:
                        continue
                    met.add(m)
                    other = len(self.ranked[1][m])
                    least_shared = pair_need[size + other]
                    if at <= size - least_shared and position <= other - least_shared:
                        self._keep(0, n, m, least_shared)

    def _keep(self, side: int, n: int, m: int, need: int) -> None:
        pair = (n, m) if side == 0 else (m, n)
        if pair not in self.found and len(self.words[0][pair[0]] & self.words[1][pair[1]]) >= need:
            self.found.add(pair)


def candidates(words: tuple[Words, Words], keys: tuple[Sequence[str | None], Sequence[str | None]],
               direct: tuple[Sequence[bool], Sequence[bool]], aligned: Mapping[int, Sequence[int]],
               contained: float, translated: float, paraphrased: float,
               stand_ins: tuple[Sequence[int], Sequence[int]] = ((), ()),
               named: tuple[Sequence[int], Sequence[int]] = ((), ()), unnamed: float = 1.0
               ) -> list[tuple[int, int]]:
    """The (A quote, B quote) pairs that may match, in order: pairs sharing `contained` of
    the shorter quote's words (two at least); pairs of compatible speakers (the same key, or
    a key on one side only) reaching a Dice overlap of `translated` (two direct quotes) or
    `paraphrased` with three shared words (a report on either side); the same for a quote
    of a `stand_ins` speaker (one described as speaking for someone) and a quote of a
    `named` one on the other side, at an overlap of `unnamed` at least; `aligned` pairs
    (each A quote's B quotes in sentences aligned with its own)."""
    pairs = _Pairs(words)
    pairs.contained(contained, 2)
    groups: tuple[dict[str | None, list[int]], dict[str | None, list[int]]] = ({}, {})
    for side in (0, 1):
        for n, key in enumerate(keys[side]):
            groups[side].setdefault(key, []).append(n)
    keyed = ([n for n, k in enumerate(keys[0]) if k is not None],
             [n for n, k in enumerate(keys[1]) if k is not None])
    compatible = [(own, groups[1][key]) for key, own in groups[0].items()
                  if key is not None and key in groups[1]]
    compatible += [(keyed[0], groups[1].get(None, [])), (groups[0].get(None, []), keyed[1])]
    stood = [(list(stand_ins[0]), list(named[1])), (list(named[0]), list(stand_ins[1]))]
    for k, (a, b) in enumerate(compatible + stood):
        least = unnamed if k >= len(compatible) else 0.0
        quoted_a = [n for n in a if direct[0][n]]
        quoted_b = [m for m in b if direct[1][m]]
        pairs.dice(quoted_a, quoted_b, max(translated, least), 1)
        pairs.dice([n for n in a if not direct[0][n]], b, max(paraphrased, least), 3)
        pairs.dice(quoted_a, [m for m in b if not direct[1][m]], max(paraphrased, least), 3)
    pairs.found.update((i, j) for i, others in aligned.items() for j in others)
    return sorted(pairs.found)
