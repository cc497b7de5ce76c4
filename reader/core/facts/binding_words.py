"""The words around each figure of a sentence: those within a few words of it, and those
nearer to it than to any other figure, which say what sets it apart from its neighbours."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..align.features import STOPWORDS
from ..names import lexicon as name_words
from ..text.normalize import MONTHS, WEEKDAYS
from . import lexicon
from .lemmas import lemma
from .quantities import Figure
from .tokens import Token, is_number_word

_WINDOW = 5
_NEAR = 4
BOUNDARY_SIGNS = frozenset(",;:()[]\u2014\u2013")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
"""Capitalised words that name a day or a month, not whom a figure is about (`died on
Thursday at the age of 91`)."""
BOUNDARY_WORDS = frozenset("and but while whereas when after as because although though "
                            "including plus compared versus whereas".split())


def context_words(tokens: list[Token], first: int, last: int) -> frozenset[str]:
    words: set[str] = set()
    for k in list(range(max(0, first - _WINDOW), first)) + list(
            range(last + 1, min(len(tokens), last + 1 + _WINDOW))):
        word = tokens[k].lower
        if tokens[k].is_word and len(word) > 2 and word not in STOPWORDS and \
                not is_number_word(word):
            words.add(lemma(word)[:6])
    return frozenset(words)


@lru_cache(maxsize=1)
def qualifying_words() -> frozenset[str]:
    """Every word of the qualifier phrases (`more`, `than`, `about`)."""
    return frozenset(w for phrase in lexicon.qualifiers() for w in phrase.split())


def nearest_words(tokens: list[Token], figures: list[Figure], masked: list[tuple[int, int]]
                   ) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each figure, the content words (and years) nearer to it than to any other figure,
    counting distance in content words, up to `_NEAR` of them."""
    if not figures:
        return []
    inside = {k for f in figures for k in range(f.first, f.last + 1)}
    qualifying = qualifying_words()
    content: list[tuple[int, str]] = []
    capitalised: set[int] = set()
    for k, token in enumerate(tokens):
        word = token.lower
        dated = token.is_digits and len(word) == 4 and any(
            s <= token.start < e for s, e in masked)
        if k in inside or not (token.is_word or dated) or len(word) <= 2 or \
                word in STOPWORDS or word in qualifying or is_number_word(word):
            continue
        content.append((k, word))
        if token.is_word and token.text[:1].isupper() and k and tokens[k - 1].text not in \
                ".!?\"\u201c(" and word not in _CALENDAR and token.text not in name_words.DEMONYMS:
            capitalised.add(k)  # a name, not `the 40-year-old American`
    positions = [k for k, _ in content]
    walls = [0]
    for k, token in enumerate(tokens):
        after_name = token.text == "(" and k and tokens[k - 1].text[:1].isupper()
        walls.append(walls[-1] + ((token.text in BOUNDARY_SIGNS and not after_name)
                                  or token.lower in BOUNDARY_WORDS))
    near: list[set[str]] = [set() for _ in figures]
    names: list[set[str]] = [set() for _ in figures]
    groups: dict[str, list[int]] = {}
    for index, f in enumerate(figures):  # a word describes the nearest figure of each kind:
        groups.setdefault(f.dimension, []).append(index)  # an age between two shares
    for members in groups.values():  # does not take the share's words
        firsts = [figures[c].first for c in members]
        reach: set[int] = set()  # only words this close to a figure in content words can be
        for c in members:  # nearest to it: the others are skipped unread
            f = figures[c]
            reach.update(range(max(0, bisect_left(positions, f.first) - _NEAR - 1),
                               min(len(content), bisect_left(positions, f.last) + _NEAR + 1)))
        for n in sorted(reach):
            k, word = content[n]
            following = bisect_left(firsts, k)
            candidates = [members[c] for c in (following - 1, following)
                          if 0 <= c < len(members)]
            distances = []
            crossings = []
            for c in candidates:
                f = figures[c]
                if k < f.first:
                    crossed = walls[f.first] - walls[k]
                    apart = bisect_left(positions, f.first) - n + 2 * crossed
                else:
                    crossed = walls[k] - walls[f.last]
                    apart = n - bisect_left(positions, f.last) + 1 + 2 * crossed
                distances.append(apart)
                crossings.append(crossed)
            best = min(distances)
            if distances.count(best) == 1 and best <= _NEAR:
                at = distances.index(best)
                word = lemma(word)[:6]
                near[candidates[at]].add(word)
                if k in capitalised and not crossings[at]:
                    names[candidates[at]].add(word)
    for index, f in enumerate(figures):
        owner = _bracket_owner(tokens, f.first)
        if owner >= 0:
            names[index].add(lemma(tokens[owner].lower)[:6])
    return [(frozenset(words), frozenset(found)) for words, found in zip(near, names)]


def _bracket_owner(tokens: list[Token], first: int) -> int:
    """The name a bracket holding the figure follows (`Rahman (45-7-2, 36 KOs)`), or -1: what
    the bracket says is about that name."""
    for k in range(first - 1, max(-1, first - _BRACKET_REACH), -1):
        text = tokens[k].text
        if text in ")\u201d\"." or tokens[k].lower in BOUNDARY_WORDS:
            return -1
        if text == "(":
            owner = k - 1
            return owner if owner >= 0 and tokens[owner].is_word and \
                tokens[owner].text[:1].isupper() and tokens[owner].lower not in STOPWORDS else -1
    return -1


_BRACKET_REACH = 8
