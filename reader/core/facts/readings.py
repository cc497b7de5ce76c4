"""Every sentence's dates and figures read at once, to be handed to the stages that need them.

A long comparison reads the dates and figures of a few thousand sentences (the figures table
reads every sentence that may hold one; the checks and the explained flags read many again).
`read_articles` reads them all (in another process, while the parent aligns: see
`compare.compare_articles`) and `remember` fills the readers' memories (`memo`) with the
results, so each later reading of the same text costs a look-up.
"""

from __future__ import annotations

import re

from ..model import Article
from ..text.normalize import NUMBER_WORDS, SCALE_WORDS, fold_with_offsets
from . import binding, dates
from .word_pattern import prefix_tree

_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"\b" + prefix_tree([*NUMBER_WORDS, *SCALE_WORDS, "half"]) + r"\b",
                          re.IGNORECASE)

Readings = tuple[list[tuple[str, tuple[tuple[dates.DateMention, ...], tuple[tuple[int, int], ...]]]],
                 list[tuple[tuple[str, tuple[tuple[int, int], ...]], tuple[binding.Quantity, ...]]]]
"""What `read_articles` returns: the readers' memory entries, dates then figures."""


def may_hold_figures(text: str) -> bool:
    """A sentence without a digit or a number word has no figure to read (most have none)."""
    return bool(_DIGIT.search(text) or _NUMBER_WORD.search(text))


def read_articles(*articles: Article) -> Readings:
    """The dates and figures of every sentence of the articles that may hold a figure."""
    texts = dict.fromkeys(fold_with_offsets(s.text)[0] for article in articles
                          for s in article.sentences if may_hold_figures(s.text))
    found_dates = []
    found_quantities = []
    for text in texts:
        found, spans = dates.read_dates(text)
        figures = binding.read_quantities(text, spans)
        found_dates.append((text, (tuple(found), tuple(spans))))
        found_quantities.append(((text, tuple(spans)), tuple(figures)))
    return found_dates, found_quantities


def remember(readings: Readings) -> None:
    """Fill the readers' memories with readings made elsewhere."""
    found_dates, found_quantities = readings
    dates.KEPT.update(found_dates)
    binding.KEPT.update(found_quantities)

