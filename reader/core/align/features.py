"""The lexical evidence alignment rests on: content terms weighted by how rare they are.

Each sentence becomes a set of content terms, each with a multiplier. Two outlets write the same
fact in different words, so terms are made to meet where the words differ only in form:
- light stemming (`killed` / `killing`), figures in one form (`3:45 AM` / `3.45 am`, `eighteen`
  / `18`, `4.2 million` / `$4.2m`, see `text.figures`), `United States` / `US`;
- verbs and nouns of the same event in one class (`killed` / `died` / `dead`, `injured` /
  `hurt`), from the general list `data/words/events.txt`;
- a counted thing as a role term (`12 people` and `15 people` share `#people`), so a figure
  that differs between outlets still says the sentences are about the same count;
- names as a spelling skeleton (`Novoselytsia` / `Novoselitsa`, `Hua-lien` / `Hualien`);
- words of an attribution (`…, police said`, `according to X`) count for little, so two
  sentences sharing only their speaker are not taken for the same fact.
A term's weight is its inverse document frequency over both articles times its multiplier, so a
shared `Kryvyi` counts for much more than a shared `war`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text.figures import canonical_figures
from ..text.normalize import NUMBER_WORDS, fold_chars, numbers_to_digits, strip_accents
from ..text.wordlists import entries, words

_WORDS = Path(__file__).resolve().parent / "data" / "words"
STOPWORDS = words(_WORDS, "stopwords")
ATTRIBUTION_VERBS = words(_WORDS, "attribution")
_ALIASES = (
    (re.compile(r"\b(the )?United States( of America)?\b|\bU\.S\.(A\.)?|\bUSA?\b"), " usa "),
    (re.compile(r"\b(the )?United Kingdom\b|\bU\.K\.|\bUK\b|\bBritain\b"), " ukgb "),
    (re.compile(r"\b(the )?United Nations\b|\bU\.N\.|\bUN\b"), " unorg "),
    (re.compile(r"\b(the )?European Union\b|\bEU\b"), " euorg "),
    (re.compile(r"\bper ?cent\b", re.IGNORECASE), " % "),
)
_ALIAS_HINTS = ("United", "U.", "US", "UK", "UN", "EU", "Britain", "European", "cent")
_TOKEN = re.compile(
    r"t\d{4}\b|\d+(?:[.,]\d+)*(?:(?:-[^\W\d_]+)+|m|bn|k)?|[^\W\d_]+(?:['-][^\W\d_]+)*|%"
)
_VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
_ATTRIBUTION = re.compile(
    rf"(?:^|[,;:\"']\s*)(?:[^,;:.!?\"]{{0,80}}?\b(?:{_VERBS})\b[^,;:!?\"]{{0,40}}[.!?\"']*\s*$)"
    rf"|^[^,;:.!?\"]{{0,60}}?\b(?:{_VERBS})\b(?:\s+(?:on|last|this|late|early)\s+\w+)?"
    rf"(?:\s+that)?\s"
    rf"|\b(?:according to|quoted by|cited by)\b[^,;:.!?]*",
    re.IGNORECASE,
)
WEAK = 0.25
"""Multiplier of words inside an attribution: the speaker is not the fact."""
STEM = 6
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


def _event_classes() -> dict[str, str]:
    """Each word of a line of `events.txt` mapped to one class term, the line's first word."""
    out: dict[str, str] = {}
    for line in sorted(entries(_WORDS, "events")):
        members = line.split()
        for word in members:
            out.setdefault(word.replace("_", " "), "=" + members[0])
    return out


EVENTS = _event_classes()
_PHRASES = {phrase for phrase in EVENTS if " " in phrase}


def stem(word: str) -> str:
    """A light English stem: plural, `-ing` and `-ed` off, cut to `STEM` characters."""
    n = len(word)
    if n > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif n > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        word = word[:-2]
    elif n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = _undouble(word[:-3])
    elif len(word) > 4 and word.endswith("ed"):
        word = _undouble(word[:-2])
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word[:STEM]


def _undouble(word: str) -> str:
    return word[:-1] if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz" else word


def skeleton(word: str) -> str:
    """A name's spelling key: letters only, vowels after the first letter and doubled letters
    dropped, so that transliterations and slips (`Novoselytsia` / `Novoselitsa`) coincide."""
    letters = "".join(ch for ch in word if ch.isalpha())
    rest = _VOWELS.sub("", letters[1:].replace("kh", "h").replace("ph", "f").replace("w", "v"))
    return "^" + _DOUBLE.sub(r"\1", letters[:1] + rest)


@lru_cache(maxsize=262144)
def _term(token: str, name: bool) -> str | None:
    if token[0].isdigit():
        return None if "-" in token else token.replace(",", "")
    if token[0] == "t" and len(token) == 5 and token[1:].isdigit():
        return token
    value = NUMBER_WORDS.get(token)
    if value is not None:
        return str(value) if value > 1 else None
    if token in EVENTS:
        return EVENTS[token]
    if "-" in token or "'" in token:
        if token.endswith("n't"):
            return None
        token = token.split("'")[0]
        if "-" in token and not name:
            return None
        token = token.replace("-", "")
    if token in STOPWORDS or len(token) <= 2:
        return "%" if token == "%" else None
    if name and len(token) >= 5:
        return skeleton(token)
    return stem(token)


def _parts(token: str, name: bool) -> list[str]:
    """Terms of one token; an unnamed hyphenated word gives its parts and its joined form."""
    term = _term(token, name)
    if term is not None:
        return [term]
    if "-" not in token or name:
        return []
    pieces = token.split("-")
    out = [t for part in pieces if part and (t := _term(part, False))]
    if len(pieces) == 2 and all(p.isalpha() for p in pieces):
        joined = _term(token.replace("-", ""), False)
        if joined and joined not in out:
            out.append(joined)
    return out


def _is_year(term: str) -> bool:
    return len(term) == 4 and term.isdigit() and 1800 <= int(term) <= 2100


@dataclass(frozen=True)
class Tokens:
    """A sentence's words in matching form, with which are names and which attribution."""

    words: tuple[str, ...]
    capital: tuple[bool, ...]
    weak: tuple[bool, ...]
    spaced: tuple[bool, ...]
    """Whether only a space separates a word from the next (`12 people`, not `12, people`)."""


def tokens(text: str) -> Tokens:
    """The words of a sentence as `terms` needs them."""
    folded = canonical_figures(numbers_to_digits(strip_accents(fold_chars(text, spaces=False))))
    if any(hint in folded for hint in _ALIAS_HINTS):
        for pattern, replacement in _ALIASES:
            folded = pattern.sub(replacement, folded)
    spans = [m.span() for m in _ATTRIBUTION.finditer(folded)] if _has_verb(folded) else []
    found, capital, weak, spaced = [], [], [], []
    end = 0
    for m in _TOKEN.finditer(folded):
        if found:
            spaced.append(folded[end:m.start()] == " ")
        end = m.end()
        word = m.group()
        if word.endswith(("'s", "'S")):
            word = word[:-2]
        found.append(word.lower())
        capital.append(word[0].isupper() and m.start() > 0 and folded[m.start() - 1] not in "\"'(")
        start = m.start()
        weak.append(any(a <= start < b for a, b in spans))
    if capital:
        capital[0] = False
        spaced.append(False)
    return Tokens(tuple(found), tuple(capital), tuple(weak), tuple(spaced))


def _has_verb(text: str) -> bool:
    lower = text.lower()
    return any(verb in lower for verb in ATTRIBUTION_VERBS) or "according" in lower


def names_of(sentences: Sequence[Tokens]) -> frozenset[str]:
    """Words written capitalised inside some sentence and never in lower case: names."""
    upper: set[str] = set()
    lower: set[str] = set()
    for sentence in sentences:
        for word, cap in zip(sentence.words, sentence.capital):
            (upper if cap else lower).add(word)
    return frozenset(upper - lower)


def terms(sentence: Tokens, names: frozenset[str] = frozenset()) -> dict[str, float]:
    """Content terms of a sentence and their multipliers (1, or `WEAK` in an attribution)."""
    out: dict[str, float] = {}
    found = sentence.words
    n = len(found)
    for k, word in enumerate(found):
        if k + 1 < n and f"{word} {found[k + 1]}" in _PHRASES:
            parts = [EVENTS[f"{word} {found[k + 1]}"]]
        else:
            parts = _parts(word, word in names)
        value = WEAK if sentence.weak[k] else 1.0
        for term in parts:
            if out.get(term, 0.0) < value:
                out[term] = value
            if term[0].isdigit() and not _is_year(term) and sentence.spaced[k]:
                counted = _parts(found[k + 1], False)
                if counted and counted[0][0].isalpha() and counted[0][0] != "=":
                    role = "#" + counted[0]
                    if out.get(role, 0.0) < value:
                        out[role] = value
    return out


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
    if len(wa) > len(wb):
        wa, wb = wb, wa
    common = math.fsum(min(w, wb[t]) for t, w in wa.items() if t in wb)
    return 2.0 * common / (a.total + b.total), common / min(a.total, b.total), common
