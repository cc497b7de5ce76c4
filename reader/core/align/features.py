"""The lexical evidence alignment rests on: content terms weighted by how rare they are.

Each sentence becomes a set of light-stemmed content terms (numbers in digits, `United States`
folded to `us`). A term's weight is its inverse document frequency over both articles, so a shared
`Kryvyi` counts for much more than a shared `war`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text.normalize import NUMBER_WORDS, fold_chars, strip_accents
from ..text.wordlists import words

STOPWORDS = words(Path(__file__).resolve().parent / "data" / "words", "stopwords")
_ALIASES = (
    (re.compile(r"\b(the )?United States( of America)?\b|\bU\.S\.(A\.)?|\bUSA?\b"), " usa "),
    (re.compile(r"\b(the )?United Kingdom\b|\bU\.K\.|\bUK\b|\bBritain\b"), " ukgb "),
    (re.compile(r"\b(the )?United Nations\b|\bU\.N\.|\bUN\b"), " unorg "),
    (re.compile(r"\b(the )?European Union\b|\bEU\b"), " euorg "),
    (re.compile(r"\bper ?cent\b", re.IGNORECASE), " % "),
)
_ALIAS_HINTS = ("United", "U.", "US", "UK", "UN", "EU", "Britain", "European", "cent")
_KEEP_SHORT = frozenset({"%"})
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|%")
STEM = 6


@lru_cache(maxsize=131072)
def _term(token: str) -> str | None:
    if token[0].isdigit():
        return token.replace(",", "")
    if token in NUMBER_WORDS:
        return str(NUMBER_WORDS[token])
    if token in STOPWORDS:
        return None
    if len(token) <= 2:
        return token if token in _KEEP_SHORT else None
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return token[:STEM]


def terms(text: str) -> frozenset[str]:
    """Content terms of a text, for matching."""
    folded = strip_accents(fold_chars(text, spaces=False))
    if any(hint in folded for hint in _ALIAS_HINTS):
        for pattern, replacement in _ALIASES:
            folded = pattern.sub(replacement, folded)
    out = set(map(_term, _TOKEN.findall(folded.lower())))
    out.discard(None)
    return frozenset(out)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Weighted:
    """A sentence's terms with their total weight, precomputed for fast similarity."""

    terms: frozenset[str]
    total: float


class Vocabulary:
    """Inverse document frequencies over the sentences of both articles."""

    def __init__(self, documents: Sequence[Sequence[frozenset[str]]]) -> None:
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

    def weigh(self, sentence_terms: frozenset[str]) -> Weighted:
        idf = self.idf
        return Weighted(sentence_terms, math.fsum(idf[t] for t in sentence_terms))


def similarity(a: Weighted, b: Weighted, idf: dict[str, float]) -> tuple[float, float]:
    """Weighted Dice similarity and containment (share of the smaller side that is shared).

    Sums are exact (`fsum`), so set iteration order, which varies between runs, cannot change
    a score in its last digit and with it a tie-break.
    """
    if not a.total or not b.total:
        return 0.0, 0.0
    common = math.fsum(idf[t] for t in a.terms & b.terms)
    return 2.0 * common / (a.total + b.total), common / min(a.total, b.total)
