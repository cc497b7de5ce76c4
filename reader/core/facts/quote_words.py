"""The words two quotes are compared by: content stems, names and figures, the words a quote
itself puts in quotation marks, and plain tokens."""

from __future__ import annotations

import re

from ..align.features import STOPWORDS
from ..text.normalize import fold, numbers_to_digits
from .binding import lemma

_STEMS: dict[str, str] = {}
"""Each word's content stem ("" for a stop word), as met: quotes repeat their words."""
WORD = re.compile(r"[^\W_]{2,}")


def stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        found = lemma(word)[:6] if word not in STOPWORDS and (len(word) > 2 or word.isdigit()) \
            else ""
        if len(_STEMS) < 1 << 16:
            _STEMS[word] = found
    return found


def content_words(text: str) -> frozenset[str]:
    return frozenset(map(stem, WORD.findall(fold(text).lower()))) - {""}


def name_words(text: str) -> frozenset[str]:
    """The content stems of a text's capitalised words and figures: what two wordings of one
    announcement keep (`Tara Reid`, `the actress Reid`) where a shared common word may be
    chance."""
    return frozenset(stem(fold(w)) for w in WORD.findall(text)
                     if w[0].isupper() or w[0].isdigit()) - {""}


_FRAGMENT = re.compile("(?<![\\w\u2019'])[\u201c\"\u2018']([^\u201c\u201d\"\u2018\u2019']{3,80})"
                       "[\u201d\"\u2019'](?!\\w)")
"""Words in quotation marks, not between two apostrophes (`Reid's … star's`)."""


def fragments(text: str) -> frozenset[str]:
    """The words a quote itself holds in quotation marks (a report's `a “social drinker”`),
    two content words at least, folded: two reports quoting the same words report the
    same remark, unless the outlets name two different speakers."""
    out = set()
    for found in _FRAGMENT.finditer(text):
        words = WORD.findall(fold(found.group(1)).lower())
        if sum(1 for w in words if stem(w)) >= 2:
            out.add(" ".join(words))
    return frozenset(out)


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", numbers_to_digits(fold(text).lower()))
