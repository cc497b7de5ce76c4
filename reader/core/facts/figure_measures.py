"""What follows a number and makes it an amount of something: scale (`million`, `bn`),
currency before or after, unit, `-old`, and a rate (`per year`, `each day`)."""

from __future__ import annotations

from . import lexicon
from .figure import unit_at
from .tokens import Token

_METRE_NEXT = frozenset("high tall long deep wide away above below from up down race sprint "
                        "freestyle hurdles relay metres".split())
_PER = frozenset({"per", "a", "an", "each", "every"})
_NOT_RATES = frozenset("cent few lot number total further record half quarter third".split())
_RATE_NOUNS = frozenset("game match head person piece capita week day month year hour "
                        "minute season contest".split())


_PERIOD_REACH = 9
"""How many words on a period may stand (`50,000 mystery shopping trips are carried out
every month`), within the clause."""
_CLAUSE_WORDS = frozenset("and but or while which that who whom whose because although".split())


class MeasureReading:
    """The figure reader's look at the tokens after (and the signs before) a number."""

    text: str
    tokens: list[Token]
    _period: str

    def _rate(self, j: int) -> tuple[int, float, str]:
        """`$120 per year`, `$10 a month`, `15.5 points per game`: an amount per something;
        per unit of time the amount is kept per second, so the two rates above compare.
        A noun between the figure and `per` stays outside the figure (it is what it counts)."""
        tokens = self.tokens
        k = j
        if k + 2 < len(tokens) and tokens[k].is_word and tokens[k + 1].lower in _PER and \
                tokens[k].lower not in _PER:
            k += 1
        else:  # `£30,000 in advertising revenue each day`: a period a few words on
            ahead = next((n for n in range(k, min(k + _PERIOD_REACH, len(tokens) - 1))
                          if not tokens[n].is_word or tokens[n].lower in _PER
                          or tokens[n].lower in _CLAUSE_WORDS), None)
            if ahead is not None and ahead > k + 1 and tokens[ahead].lower in (
                    "per", "each", "every"):
                period = lexicon.units().get(tokens[ahead + 1].lower)
                if period is not None and period.dimension == "duration":
                    self._period = f"{tokens[ahead].lower} {tokens[ahead + 1].lower}"
                    return j, period.factor, "duration"
        if k + 1 >= len(tokens) or tokens[k].lower not in _PER:
            return j, 0.0, ""
        word = tokens[k + 1]
        end = j if k > j else None
        unit = unit_at(tokens, k + 1, self.text)
        if unit is not None and unit[0].dimension == "duration":
            return (end if end is not None else unit[1] + 1), unit[0].factor, "duration"
        if word.is_digits and tokens[k].lower == "per" and k == j:
            return k + 2, 1.0, word.text.replace(",", "")  # `70 per 100,000 people`
        if word.is_word and word.lower not in _NOT_RATES and (
                tokens[k].lower == "per" or word.lower in _RATE_NOUNS):
            return (end if end is not None else k + 2), 1.0, word.lower.rstrip("s")
        return j, 0.0, ""

    def _old(self, j: int) -> int | None:
        """The token after `-old` / ` old` that makes a number of years an age, if any."""
        tokens = self.tokens
        if j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j + 1].lower == "old":
            return j + 2
        if j < len(tokens) and tokens[j].lower == "old":
            return j + 1
        return None

    def _currency_before(self, start: int) -> tuple[str, int] | None:
        before, _ = lexicon.currencies()
        head = self.text[max(0, start - 5):start]
        for symbol in sorted(before, key=len, reverse=True):
            for gap in ("", " "):
                if head.endswith(symbol + gap) and (len(symbol) == 1 or not symbol[-1].isalpha()
                                                    or gap or symbol[0] in "$£€"):
                    return before[symbol], start - len(symbol) - len(gap)
        return None

    def _scale(self, j: int, money: bool) -> tuple[int, float]:
        tokens = self.tokens
        if j < len(tokens) and tokens[j].text == "-" and tokens[j].glued and j + 1 < len(tokens) \
                and tokens[j + 1].lower in ("million", "billion", "trillion", "thousand"):
            j += 1
        if j >= len(tokens):
            return j, 0.0
        token = tokens[j]
        table = lexicon.scales()
        key = token.text if len(token.text) <= 2 else token.lower
        factor = table.get(key)
        if factor is None or (len(token.text) <= 2 and not token.glued):
            return j, 0.0
        if key == "m" and not money:
            nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            before = tokens[j - 2].text if j >= 2 else ""
            bracketed = nxt == ")" and any(t.text == "(" for t in tokens[max(0, j - 6):j])
            if nxt in _METRE_NEXT or nxt in ("by", "x") or (bracketed and (
                    before == "(" or tokens[j - 2].lower in ("by", "x"))):
                return j, 0.0  # `100m sprint`, `2.4m by 3.7m`, `(3,350m)`: metres
        return j + 1, factor

    def _currency_after(self, j: int, code: str | None) -> tuple[int, str | None, bool]:
        """A currency word after the figure (`euros`); `200-pound` and `pounds of` weigh."""
        tokens = self.tokens
        if j >= len(tokens):
            return j, code, False
        _, after = lexicon.currencies()
        for n in (2, 1):
            if j + n > len(tokens):
                continue
            words = " ".join(t.lower for t in tokens[j:j + n])
            if words in after:
                if words in ("pound", "pounds") and (tokens[j].glued or tokens[j - 1].text == "-"
                                                     or (j + 1 < len(tokens)
                                                         and tokens[j + 1].lower == "of")):
                    return j + 1, code, True
                return j + n, code or after[words], False
        if tokens[j].text == "-" and tokens[j].glued and j + 1 < len(tokens) and \
                tokens[j + 1].lower in ("pound", "pounds"):
            return j + 2, code, True
        return j, code, False

    def _unit(self, j: int) -> tuple[lexicon.Unit, int] | None:
        tokens = self.tokens
        if j < len(tokens) and tokens[j].text == "-" and tokens[j].glued:
            found = unit_at(tokens, j + 1, self.text)
            if found:
                return found
        if j < len(tokens) and tokens[j].text == "°":
            found = unit_at(tokens, j + 1, self.text)
            return found
        return unit_at(tokens, j, self.text)
