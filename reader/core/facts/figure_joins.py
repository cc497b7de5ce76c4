"""Figures written in several pieces that state one amount: `three-quarters of an hour` (45
minutes), `one minute and 12 seconds` (72 seconds), `two hours, 30 minutes`; and amounts
said with a verb of multiplying (`will double`, `tripled`: two and three times)."""

from __future__ import annotations

from dataclasses import replace

from .figure import Figure
from .tokens import Token

_MULTIPLYING = {"doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0,
                "tripling": 3.0, "trebled": 3.0, "trebling": 3.0, "quadrupled": 4.0,
                "quadruples": 4.0, "quadrupling": 4.0, "halved": 0.5, "halving": 0.5}
"""Verb forms that can only be multiplying (`sales doubled`)."""
_MULTIPLY = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
"""Base forms that multiply only as verbs (not `a double murder`), after the words below."""
MULTIPLYING_WORDS = frozenset(_MULTIPLYING) | frozenset(_MULTIPLY)
"""Every word that can say how many times (for the check that skips pairs with no figure)."""
_VERB_BEFORE = frozenset("to will would could can may might should must did does do almost "
                         "nearly more than".split())


_FOOT = 0.3048
"""A foot in metres, the length base."""


class JoinReading:
    """The figure reader's joining of pieces once each piece is read."""

    text: str
    tokens: list[Token]

    def number(self, k: int) -> tuple[float, float, int] | None:
        raise NotImplementedError

    def _multiplying(self, k: int) -> Figure | None:
        """`output tripled`, `wants to double production`: so many times."""
        token = self.tokens[k]
        word = token.lower
        times = _MULTIPLYING.get(word)
        if times is None and word in _MULTIPLY and k and \
                self.tokens[k - 1].lower in _VERB_BEFORE:
            times = _MULTIPLY[word]
        if times is None or (k + 1 < len(self.tokens) and self.tokens[k + 1].text == "-"):
            return None
        return Figure(token.start, token.end, times, times, 0.0, "=", "times", "", k, k)

    def _joined(self, figures: list[Figure]) -> list[Figure]:
        """Pieces of one amount joined into one figure."""
        out: list[Figure] = []
        for figure in figures:
            last = out[-1] if out else None
            joined = self._part_of_unit(last, figure) if last else None
            if joined is None and last is not None:
                joined = self._compound(last, figure)
            if joined is not None:
                out[-1] = joined
            else:
                out.append(figure)
        return out

    def _between(self, left: Figure, right: Figure) -> list[str]:
        return [t.lower for t in self.tokens[left.last + 1:right.first]]

    def _part_of_unit(self, part: Figure, whole: Figure) -> Figure | None:
        """`three-quarters of an hour`, `a third of a mile`: the share of one unit."""
        if not part.dimension.startswith("percent") or self._between(part, whole) != ["of"] or \
                self.tokens[whole.first].lower not in ("a", "an") or whole.low <= 0 or \
                whole.dimension.startswith(("count", "percent", "money")):
            return None
        read = self.number(part.first)
        if read is None:
            return None
        share = read[0] / 100
        return replace(whole, start=part.start, low=whole.low * share, high=whole.high * share,
                       step=whole.step * share, sense=part.sense, first=part.first)

    def _compound(self, big: Figure, small: Figure) -> Figure | None:
        """`one minute and 12 seconds`, `2 hours, 30 minutes`: one duration or length;
        `six-foot-five`: feet and inches."""
        if big.dimension == "length" and abs(big.factor - _FOOT) < 1e-9 and \
                small.dimension == "count" and self._between(big, small) == ["-"] and \
                small.low == small.high and 0 < small.low < 12 and small.low == int(small.low):
            inches = small.low * _FOOT / 12
            return replace(big, end=small.end, low=big.low + inches, high=big.high + inches,
                           step=_FOOT / 12, last=small.last)
        if big.dimension != small.dimension or not big.dimension.startswith(("duration",
                                                                             "length")):
            return None
        if self._between(big, small) not in ([], ["and"], [","]) or big.sense != "=" or \
                small.sense != "=" or big.low != big.high or small.low != small.high:
            return None
        if not (big.factor > small.factor and small.low < big.factor):
            return None  # the second piece must be in a smaller unit, less than one larger
        return replace(small, start=big.start, low=big.low + small.low,
                       high=big.high + small.high, first=big.first)
