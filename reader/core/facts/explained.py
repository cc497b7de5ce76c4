"""Flags the articles explain themselves: each outlet also gives the other's figure.

One report says its warship seized "14 AK-47 rifles", the other "six"; but the first also says
six were seized in this operation and 14 in five operations so far. When an outlet gives the
other outlet's figure somewhere, for the same thing, the two figures are about different
things (a running total and one event, an earlier count and a later one), not a conflict
between the outlets, and the flag is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Article, Discrepancy, Pair
from ..text.normalize import MONTHS, NUMBER_WORDS, WEEKDAYS, fold_with_offsets
from .binding import Quantity, read_quantities
from .dates import read_dates
from .figure_verdict import close_values, forms
from .word_pattern import prefix_tree


def _quantities(text: str, read: dict[str, list[Quantity]]) -> list[Quantity]:
    """The figures of a sentence, read once however many flags look for a figure in it
    (`read` keeps them for one comparison)."""
    if text not in read:
        folded, _ = fold_with_offsets(text)
        read[text] = read_quantities(folded, read_dates(folded)[1])
    return read[text]


def _flagged(passage: str, span: tuple[int, int]) -> list[Quantity]:
    """The figure a flag points at, read in its passage (so its context is known)."""
    folded, offsets = fold_with_offsets(passage)
    found = read_quantities(folded, read_dates(folded)[1])
    return [q for q in found if offsets[q.start] < span[1] and span[0] < offsets[q.end - 1] + 1]


def _same(x: Quantity, y: Quantity) -> bool:
    """The same figure for the same thing: value, dimension, noun and role where given, no
    other names beside it (`six injured in Kryvyi Rih` does not explain `six injured in
    Odesa`), and some words around it in common."""
    if x.noun and y.noun and x.noun != y.noun:
        return False
    if x.role and y.role and x.role != y.role:
        return False
    if x.names and y.names and not x.names & y.names:
        return False
    if not (x.context & y.context) - {x.noun[:6]}:
        return False
    return any(fx[0] == fy[0] and close_values(fx[1], fy[1], 1e-9) and close_values(fx[2], fy[2], 1e-9)
               for fx in forms(x) for fy in forms(y))


_CAPITALISED = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z][\w'-]*")
_CALENDAR = frozenset(w.title() for w in (*WEEKDAYS, *MONTHS))


def _names(text: str) -> set[str]:
    """Capitalised words not opening a sentence (not acronyms, weekdays or months): the
    people and places a passage is about."""
    return set(_CAPITALISED.findall(text)) - _CALENDAR


def _spellings(q: Quantity) -> set[str]:
    """How the figure's number may be written: `6`, `six`, `1,000`, `1000`, `2.5`."""
    f = q.figure
    value = (f.low - f.offset) / f.factor if f.factor else f.low
    if value != int(value):
        return {f"{value:g}"}
    n = int(value)
    words = {w for w, v in NUMBER_WORDS.items() if v == n}
    return {str(n), f"{n:,}"} | words


_PIECES = re.compile(r"[.,]")
_NUMBER_RUN = re.compile(r"(?<![\w.,])(?:\d[\w.,]*|" + prefix_tree(NUMBER_WORDS) +
                         r"[.,]*(?![\w.,]))")
"""A run of letters, digits, points and commas that opens with a digit or is a number word
(before its points and commas): the runs a figure's spellings can be found in."""


def _number_index(article: Article) -> dict[str, list[int]]:
    """Every number and number word of an article (and the pieces of `1,000` and `6.5`),
    lower case, with the sentences that hold it: where a figure's spellings may be found."""
    index: dict[str, list[int]] = {}
    for sentence in article.sentences:
        keys: set[str] = set()
        for run in _NUMBER_RUN.findall(sentence.text.lower()):
            keys.add(run.rstrip(".,"))
            if run[0].isdigit():
                keys.update(_PIECES.split(run))
        for key in keys:
            index.setdefault(key, []).append(sentence.index)
    return index


def _given_in(wanted: list[Quantity], passage: str, article: Article,
              besides: tuple[int, ...], index: dict[str, list[int]],
              read: dict[str, list[Quantity]], names_of: dict[int, set[str]]) -> bool:
    """Whether the article states a `wanted` figure (read in `passage`) in a sentence other
    than `besides` (the pair's own: a swap inside one sentence stays a conflict), about the
    same people and places. `index` (`_number_index`) says which sentences to read;
    `names_of` keeps each sentence's names once read."""
    if not wanted:
        return False
    spellings = set().union(*(_spellings(q) for q in wanted))
    pattern = re.compile(r"(?<![\w.,])(" + "|".join(map(re.escape, sorted(spellings))) +
                         r")(?![\w])", re.IGNORECASE)
    names = _names(passage)
    candidates = sorted({i for spelling in spellings for i in index.get(spelling.lower(), ())})
    for sentence in (article.sentences[i] for i in candidates):
        if sentence.index in besides or not pattern.search(sentence.text):
            continue
        other = names_of.get(sentence.index)
        if other is None:
            other = names_of[sentence.index] = _names(sentence.text)
        if names and other and not names & other:
            continue  # `six injured` in Kryvyi Rih does not explain `six injured` in Odesa
        found = _quantities(sentence.text, read)
        if any(_same(x, y) for x in wanted for y in found):
            return True
    return False


def drop_explained(pairs: Sequence[Pair], a: Article, b: Article) -> list[Pair]:
    """The pairs with figure flags removed where each outlet also states the other's figure
    (for the same thing)."""
    out = []
    index_a = index_b = None
    read: dict[str, list[Quantity]] = {}
    names_a: dict[int, set[str]] = {}
    names_b: dict[int, set[str]] = {}
    for pair in pairs:
        kept: list[Discrepancy] = []
        for d in pair.discrepancies:
            if d.kind in ("number", "qualifier") and d.severity == "conflict":
                figure_a = _flagged(a.passage(pair.a), d.a_span)
                figure_b = _flagged(b.passage(pair.b), d.b_span)
                passage_a, passage_b = a.passage(pair.a), b.passage(pair.b)
                index_a = index_a if index_a is not None else _number_index(a)
                index_b = index_b if index_b is not None else _number_index(b)
                if _given_in(figure_b, passage_b, a, pair.a, index_a, read, names_a) or \
                        _given_in(figure_a, passage_a, b, pair.b, index_b, read, names_b):
                    continue
            kept.append(d)
        out.append(pair if len(kept) == len(pair.discrepancies) else
                   replace(pair, discrepancies=tuple(kept)))
    return out

