"""Words, numbers and signs of a sentence with their positions, and the values of number words.

Figures are read from the folded text (typographic variants made plain, see
`text.normalize.fold_with_offsets`), token by token, so that every figure found keeps the
exact span of the text the reader sees.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.normalize import NUMBER_WORDS, SCALE_WORDS

_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*|[^\W\d_]+|\S)")
"""A token; a group, so that `split` gives the tokens with the gaps between them."""
_TUPLE = tuple.__new__

FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125, "ninth": 1 / 9,
    "ninths": 1 / 9, "tenth": 0.1, "tenths": 0.1,
}
"""Fraction words ("two-thirds", "a quarter"), as shares of one."""

MULTIPLES: dict[str, float] = {"twice": 2.0, "thrice": 3.0}
"""Words that are a number of times: `twice as many` is `two times as many` (verbs of
multiplying, `doubled`, are read in `figure_joins`)."""

ORDINALS: dict[str, int] = {
    word: n for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(), 1)
}
"""Ordinal words, for ranks and repeats (`for the third time`, `the fifth round`)."""


class Token(NamedTuple):
    """One word, number or sign: its text, where it is, and whether it touches the previous
    token (`1.4m`, `40C`, `three-year-old`). Lower case and kind are kept, not recomputed:
    the readers look at every token many times. A named tuple: a sentence's tokens are made
    by the thousand, and a tuple is made several times faster than a frozen dataclass."""

    text: str
    start: int
    end: int
    glued: bool
    lower: str
    is_digits: bool
    is_word: bool


def tokenize(text: str) -> list[Token]:
    """The tokens of a text in order. Every sentence that may hold a figure is tokenised, so
    this is built for speed: one `split` gives tokens and gaps (no match object per token),
    and each token is made as a plain tuple of its class (no call of the class)."""
    out: list[Token] = []
    append = out.append
    parts = _TOKEN.split(text)  # gap, token, gap, token, ..., gap
    start = 0
    end = -1
    for k in range(1, len(parts), 2):
        start += len(parts[k - 1])
        word = parts[k]
        stop = start + len(word)
        first = word[0]
        append(_TUPLE(Token, (word, start, stop, start == end, word.lower(), first.isdecimal(),
                              first.isalpha())))
        end = start = stop
    return out


def digits_value(text: str) -> tuple[float, float] | None:
    """The value of a written number and its precision step (`2.44` → 2.44, 0.01); None for
    a string of digits that is no number (`1,2,3`)."""
    if "," in text:
        whole, _, fraction = text.partition(".")
        groups = whole.split(",")
        if any(len(g) != 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            return None
        text = whole.replace(",", "") + ("." + fraction if fraction else "")
    if text.count(".") > 1:
        return None
    return float(text), 10.0 ** -len(text.partition(".")[2])


def is_number_word(word: str) -> bool:
    return word in NUMBER_WORDS or word in SCALE_WORDS


def words_value(words: list[str]) -> tuple[float, float] | None:
    """The value of number words (`one hundred and twenty`, `twenty five`, `two million`) and
    the step of their last word (`two million` is precise to a million)."""
    total = current = 0.0
    step = 1.0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word == "dozen":
            current = (current or 1.0) * 12
            step = 1.0
            seen = True
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
            step = 1.0
            seen = True
        elif word in SCALE_WORDS:
            factor = SCALE_WORDS[word]
            current = (current or 1.0) * factor
            step = float(factor)
            if factor >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return (total + current, step) if seen else None
