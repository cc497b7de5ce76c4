"""Figures stated in a sentence, read with their scale, unit, currency, range and qualifier.

`$4.2 billion`, `4.2bn dollars` and `US$4,200 million` are one amount; `21 kilometres (13
miles)` one distance; `more than 40` and `over 40` one claim; `10-15` and `between 10 and 15`
one range. Each figure becomes a `Figure` in the base unit of its dimension, with the step of
its written precision (`2.4 million` is precise to 0.1 million), so that rounding can be told
from contradiction. What a figure counts (noun, role, context) is bound in `binding`.
"""

from __future__ import annotations

from functools import lru_cache

from ..text.normalize import NUMBER_WORDS, SCALE_WORDS
from . import lexicon
from .figure import Figure, qualifier_before, unit_at
from .figure_joins import MULTIPLYING_WORDS, JoinReading
from .figure_labels import LabelReading
from .figure_measures import MeasureReading
from .figure_shapes import ShapeReading
from .tokens import FRACTIONS, MULTIPLES, ORDINALS, Token, digits_value, is_number_word, words_value

__all__ = ["Figure", "FigureReader"]

_PERCENT = frozenset({"%", "percent", "pc"})
_A = frozenset({"a", "an", "one"})
_NOT_ONE_BEFORE = frozenset("no the this that which every any each another only someone "
                            "anyone everyone".split())
_AFTER_AMOUNT = frozenset("and or of to in on at by from with without for since until as "
                          "than when while that the this its his her their".split())
_RELATIVE = {"next": "later", "following": "later", "previous": "earlier", "preceding": "earlier"}
_BIG_NUMBER_WORDS = frozenset("hundred thousand million billion".split())
"""Words after which `and` goes on with the same number (`one hundred and twenty`)."""
_NOT_ONE_AFTER = frozenset("of another by".split())


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Every word a figure can begin with (besides digits)."""
    return frozenset([*NUMBER_WORDS, *SCALE_WORDS, *_A, "half", *MULTIPLES, *ORDINALS,
                      *_RELATIVE, *MULTIPLYING_WORDS])


class FigureReader(ShapeReading, MeasureReading, JoinReading, LabelReading):
    """Reads the figures of one folded sentence, token by token, skipping date spans."""

    def __init__(self, text: str, tokens: list[Token], masked: list[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokens
        self.masked = masked
        self._period = ""

    def _masked(self, token: Token) -> bool:
        return any(s <= token.start < e for s, e in self.masked)

    def number(self, k: int) -> tuple[float, float, int] | None:
        """The number starting at token k: value, step and its last token."""
        tokens = self.tokens
        token = tokens[k]
        if token.is_digits:
            parsed = digits_value(token.text)
            if parsed is None:
                return None
            value, step = parsed
            if k + 3 < len(tokens) and tokens[k + 2].text == "/" and tokens[k + 1].is_digits \
                    and tokens[k + 2].glued and tokens[k + 3].glued and not tokens[k + 1].glued:
                top, bottom = int(tokens[k + 1].text), int(tokens[k + 3].text or "1")
                if 0 < top < bottom <= 8:
                    return value + top / bottom, step / bottom, k + 3
            half = self._and_a_half(k)
            if half is not None and "." not in token.text:
                return value + 0.5, 0.5, half
            return value, step, k
        words: list[str] = []
        end = k
        j = k
        if token.lower == "half" and k + 2 < len(tokens) and tokens[k + 1].lower in ("a", "an"):
            if tokens[k + 2].lower in _BIG_NUMBER_WORDS | {"dozen"}:
                whole = words_value(["one", tokens[k + 2].lower])
                if whole is not None:  # `half a dozen`: six; `half a million`
                    return whole[0] / 2, min(whole[1] / 2, whole[0] / 20), k + 2
            if unit_at(tokens, k + 2, self.text):
                return 0.5, 0.5, k + 1  # `half a century`: fifty years
        if token.lower in _A and j + 1 < len(tokens):
            nxt = tokens[j + 1].lower
            if nxt in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
                words.append("one")
                j += 1
            elif nxt in FRACTIONS and token.lower != "one" or nxt == "half":
                return FRACTIONS[nxt] * 100, 1.0, j + 1  # `a third`: a share, in percent
            elif nxt == "-" and j + 2 < len(tokens) and tokens[j + 2].lower in FRACTIONS and \
                    tokens[j + 2].glued:
                return FRACTIONS[tokens[j + 2].lower] * 100, 1.0, j + 2  # `one-sixth`
            elif token.lower != "one" and self._single_unit(k):
                return 1.0, 0.5, k  # `less than an hour`, `a week after`: one of the unit
            else:
                return (1.0, 1.0, k) if token.lower == "one" else None
        while j < len(tokens):
            word = tokens[j].lower
            if is_number_word(word) or (word == "and" and words and j + 1 < len(tokens)
                                        and words[-1] in _BIG_NUMBER_WORDS
                                        and is_number_word(tokens[j + 1].lower)):
                words.append(word)
                end = j
            elif tokens[j].text == "-" and tokens[j].glued and words and j + 1 < len(tokens) \
                    and tokens[j + 1].glued and is_number_word(tokens[j + 1].lower):
                pass
            else:
                break
            j += 1
        if words and end + 1 < len(tokens):
            after = end + 1 + (tokens[end + 1].text == "-")
            if after < len(tokens) and tokens[after].lower in FRACTIONS and (
                    words != ["one"] or after > end + 1) or (
                    after < len(tokens) and tokens[after].lower in ("third", "quarter", "fifth",
                                                                    "tenth")):
                parsed = words_value(words)
                if parsed is not None:
                    return parsed[0] * FRACTIONS[tokens[after].lower] * 100, 1.0, after
        if not words or words[-1] in ("dozen",) and len(words) == 1:
            return None
        parsed = words_value(words)
        if parsed is None:
            return None
        half = self._and_a_half(end)
        if half is not None:
            return parsed[0] + 0.5, 0.5, half
        return parsed[0], parsed[1], end

    def _and_a_half(self, end: int) -> int | None:
        """The last token of `and a half` right after token `end` (`five-and-a-half`,
        `4 and a half hours`), if it is there."""
        tokens = self.tokens
        words = [(n, t.lower) for n, t in enumerate(tokens[end + 1:end + 7], end + 1)
                 if t.text != "-"][:3]
        if [w for _, w in words] == ["and", "a", "half"]:
            return words[-1][0]
        return None

    def _one_in(self, k: int) -> Figure | None:
        """`one in four`, `1 in 5`: a share, in percent."""
        tokens = self.tokens
        if k + 2 >= len(tokens) or tokens[k + 1].lower != "in":
            return None
        top, bottom = self.number(k), self.number(k + 2)
        if top is None or bottom is None or not 0 < top[0] < bottom[0]:
            return None
        value = 100.0 * top[0] / bottom[0]
        return Figure(tokens[k].start, tokens[bottom[2]].end, value, value, 100.0 / bottom[0],
                      "=", "percent", "fraction", k, bottom[2])

    def _single_unit(self, k: int) -> bool:
        """`a`/`an` before a unit of time or length that states an amount: after a qualifier
        or `for`/`within`, or before `ago`, `after`, `later`, `earlier`, `before`."""
        tokens = self.tokens
        unit = unit_at(tokens, k + 1, self.text)
        if unit is None or unit[0].dimension not in ("duration", "length"):
            return False
        head = self.text[max(0, tokens[k].start - 20):tokens[k].start].lower()
        after = tokens[unit[1] + 1].lower if unit[1] + 1 < len(tokens) else ""
        if after in ("ago", "after", "later", "earlier", "before"):
            return True
        if after in ("’", "'") and unit[1] + 2 < len(tokens) and tokens[unit[1] + 2].lower == "s":
            return True  # `a fortnight's holiday`
        if after.isalpha() and after not in _AFTER_AMOUNT:
            return False  # `in a second chamber`, `for a day trip`: the word describes
        return bool(qualifier_before().search(head)) or head.rstrip().endswith(
            ("for", "within", "in"))

    def read(self) -> list[Figure]:
        out: list[Figure] = []
        k = 0
        tokens = self.tokens
        starters = _starters()
        while k < len(tokens):
            token = tokens[k]
            if not token.is_digits and token.lower not in starters:
                k += 1  # most words can start no figure: skip them before any closer look
                continue
            if token.lower in MULTIPLES and not self._masked(token):
                out.append(Figure(token.start, token.end, MULTIPLES[token.lower],
                                  MULTIPLES[token.lower], 0.0, "=", "times", "", k, k))
                k += 1
                continue
            multiple = self._multiplying(k) if not self._masked(token) else None
            if multiple is not None:
                out.append(self._qualified(multiple))
                k += 1
                continue
            relative = self._relative(k)
            if relative is not None:
                out.append(relative)
                k = relative.last + 1
                continue
            sporting = self._sporting(k) if token.is_digits and not self._masked(token) else None
            if sporting is not None:
                out.append(sporting)
                k = sporting.last + 1
                continue
            starts = token.is_digits or is_number_word(token.lower) or token.lower in _A \
                or token.lower == "half" or token.lower in ORDINALS
            if not starts or self._masked(token) or self._is_label(k):
                k += 1
                continue
            ordinal = self._ordinal(k)
            if ordinal is not None:
                out.append(ordinal)
                k = ordinal.last + 1
                continue
            ratio = self._one_in(k)
            if ratio is not None:
                out.append(self._qualified(ratio))
                k = ratio.last + 1
                continue
            if token.lower == "one" and (
                    (k and tokens[k - 1].lower in _NOT_ONE_BEFORE)
                    or (k + 1 < len(tokens) and tokens[k + 1].lower in _NOT_ONE_AFTER)
                    or (k > 1 and tokens[k - 2].lower in _A and tokens[k - 1].is_word)):
                k += 1
                continue
            if token.lower == "half" and (k + 1 >= len(tokens) or
                                          tokens[k + 1].lower not in ("a", "an")):
                figure = self._half(k)
            else:
                figure = self._figure(k)
            if figure is None:
                k += 1
                continue
            out.append(self._qualified(figure))
            k = figure.last + 1
        return self._bracketed(self._joined(out))

    def _relative(self, k: int) -> Figure | None:
        """`the next day`, `the following week`, `the previous month`: one unit of time
        later or earlier, as `a day later` is."""
        tokens = self.tokens
        direction = _RELATIVE.get(tokens[k].lower)
        if direction is None or not k or tokens[k - 1].lower != "the" or k + 1 >= len(tokens):
            return None
        unit = lexicon.units().get(tokens[k + 1].lower)
        if unit is None or unit.dimension != "duration" or self._masked(tokens[k + 1]):
            return None
        start = tokens[k - 1].start
        return Figure(start, tokens[k + 1].end, unit.factor, unit.factor, unit.factor / 2, "=",
                      f"duration {direction}", unit.label, k, k + 1, unit.factor)

    def _ordinal(self, k: int) -> Figure | None:
        """`third`, `29th`, `11th-round`: a rank or a repeat, compared only with the same."""
        tokens = self.tokens
        token = tokens[k]
        if token.is_digits:
            if k + 1 >= len(tokens) or not tokens[k + 1].glued or \
                    tokens[k + 1].lower not in ("st", "nd", "rd", "th") or "." in token.text:
                return None
            value, last = float(token.text.replace(",", "")), k + 1
        elif token.lower in ORDINALS and (not (k and (tokens[k - 1].lower in _A or
                                                      is_number_word(tokens[k - 1].lower)))
                                          or self._hyphened(k)):
            value, last = float(ORDINALS[token.lower]), k
        else:
            return None
        return Figure(token.start, tokens[last].end, value, value, 0.0, "=", "ordinal", "",
                      k, last)

    def _hyphened(self, k: int) -> bool:
        """`a second-round pick`, `a third-place finish`: an ordinal joined to what it ranks
        is a rank even after `a`, which otherwise makes it `another` (`a second chance`)."""
        tokens = self.tokens
        return k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].glued and \
            tokens[k + 2].glued and tokens[k + 2].is_word

    def _half(self, k: int) -> Figure | None:
        nxt = self.tokens[k + 1].lower if k + 1 < len(self.tokens) else ""
        before = self.text[max(0, self.tokens[k].start - 20):self.tokens[k].start]
        if nxt != "of" and not before.rstrip().endswith("than"):
            return None
        token = self.tokens[k]
        return Figure(token.start, token.end, 50.0, 50.0, 5.0, dimension="percent",
                      unit="fraction", first=k, last=k)

    def _figure(self, k: int, signed: bool = True) -> Figure | None:
        parsed = self.number(k)
        if parsed is None:
            return None
        value, step, last = parsed
        tokens, text = self.tokens, self.text
        if last + 1 < len(tokens) and tokens[last + 1].glued and tokens[last + 1].lower in (
                "st", "nd", "rd", "th", "s"):
            return None  # ordinals and decades: `11th`, `1990s`
        fraction_read = tokens[last].lower in FRACTIONS and not (
            tokens[last].lower == "half" and "and" in (t.lower for t in tokens[k:last]))
        start = tokens[k].start
        currency = self._currency_before(start)
        if currency:
            start = currency[1]
        negative = False
        head = text[max(0, start - 10):start]
        if signed and (head.endswith("-") and (len(head) < 2 or head[-2] in " (") or
                       head.lower().endswith("minus ")):
            negative = True
            start -= 1 if head.endswith("-") else 6
        dimension, unit_label, factor, offset = "count", "", 1.0, 0.0
        j = last + 1
        if fraction_read:
            dimension, unit_label = "percent", "fraction"  # `a third` is about 33%
        j, scale = self._scale(j, currency is not None)
        if scale:
            value, step = value * scale, step * scale
        code = currency[0] if currency else None
        j, code, mass = self._currency_after(j, code)
        unit = None if code or dimension == "percent" else self._unit(j)
        if code:
            dimension, unit_label = f"money:{code}", code
        elif mass:
            unit = (lexicon.units()["lb"], j - 1)
        if unit is not None:
            found, j_last = unit
            dimension, unit_label = found.dimension, found.label
            factor, offset = found.factor, found.offset
            j = j_last + 1
            if found.label == "year" and self._old(j) is not None:
                dimension, unit_label, factor, j = "age", "years old", 1.0, self._old(j) or j
        if j < len(tokens) and tokens[j].text in _PERCENT and dimension == "count":
            dimension, unit_label = "percent", "%"
            j += 1
        elif j + 1 < len(tokens) and tokens[j].lower == "per" and tokens[j + 1].lower == "cent" \
                and dimension == "count":
            dimension, unit_label = "percent", "%"
            j += 2
        self._period = ""
        j, rate, per = self._rate(j)
        if rate:
            dimension = f"{dimension}/{per}"
            factor /= rate
        if negative:
            value = -value
        low = high = value * factor + offset
        figure = Figure(start, tokens[j - 1].end, low, high, abs(step * factor), "=",
                        dimension, unit_label, k, j - 1, (scale or 1.0) * factor, offset,
                        period=self._period)
        return self._range(figure)
