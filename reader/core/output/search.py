"""Finding what someone typed in both articles, the way they mean it.

A reporter types `day's` and the article prints `day’s`; types `Kyiv-based` and it prints
`Kyiv–based`. Quote style, dash style, runs of spaces and letter case never decide whether a
passage matches: each typed quote, dash or space matches any of its kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Comparison
from .rows import Row, row_text

_KINDS = ("'‘’‚‛ʼ′`´", "\"“”„‟″«»", "-‐‑‒–—―−")
"""Characters that stand for one another in a search: single quotes, double quotes, dashes."""


def search_pattern(typed: str) -> re.Pattern[str] | None:
    """A pattern finding `typed` in any quote, dash, spacing and case; None for nothing."""
    typed = " ".join(typed.split())
    if not typed:
        return None
    parts = []
    for ch in typed:
        kind = next((group for group in _KINDS if ch in group), None)
        if kind is not None:
            parts.append("[" + re.escape(kind) + "]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts), re.IGNORECASE)


def matching_rows(comparison: Comparison, rows: Sequence[Row],
                  pattern: re.Pattern[str]) -> list[int]:
    """Indices of the rows where either side holds a match, in reading order."""
    return [k for k, row in enumerate(rows)
            if any(pattern.search(row_text(comparison, row, side)) for side in (0, 1))]
