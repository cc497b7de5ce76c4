"""How often each outlet quotes each speaker, and how many words it gives them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import QuoteMatch


@dataclass(frozen=True)
class SpeakerShare:
    """How often each outlet quotes a speaker and how many words it gives them."""

    speaker: str
    quotes: tuple[int, int]
    words: tuple[int, int]


def speaker_shares(rows: Sequence[QuoteMatch]) -> list[SpeakerShare]:
    """One line per speaker, those given most words first; unattributed quotes left out. A
    quote in two rows (it matches two of the other outlet's) counts once."""
    counts: dict[str, list[int]] = {}
    seen: set[int] = set()
    for row in rows:
        for side, quote in enumerate((row.a, row.b)):
            if quote is None or not quote.speaker or id(quote) in seen:
                continue
            seen.add(id(quote))
            entry = counts.setdefault(quote.speaker, [0, 0, 0, 0])
            entry[side] += 1
            entry[2 + side] += quote.words
    shares = [SpeakerShare(name, (n[0], n[1]), (n[2], n[3])) for name, n in counts.items()]
    return sorted(shares, key=lambda s: (-(s.words[0] + s.words[1]), s.speaker))
