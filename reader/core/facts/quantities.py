"""Figures stated in a sentence, read with their scale, unit, currency, range and qualifier.

`$4.2 billion`, `4.2bn dollars` and `US$4,200 million` are one amount; `21 kilometres (13
miles)` one distance; `more than 40` and `over 40` one claim; `10-15` and `between 10 and 15`
one range. Each figure becomes a `Figure` in the base unit of its dimension, with the step of
its written precision (`2.4 million` is precise to 0.1 million), so that rounding can be told
from contradiction. What a figure counts (noun, role, context) is bound in `binding`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon
from .tokens import FRACTIONS, MULTIPLES, ORDINALS, Token, digits_value, is_number_word, words_value

_SKIP_AFTER = frozenset({"st", "nd", "rd", "th", "s", "am", "pm", "x", "ers", "D", "G", "K"})
_SPACED_SHORT_UNITS = frozenset({"km", "kg", "ft", "mm", "cm", "lb", "mi", "yd", "oz", "lbs",
                                 "kms", "kgs"})
_LABEL_BEFORE = re.compile(r"(\b(No|no|Nos|number|Number|Vol|Art|Article|Route|Flight|Room)"
                           r"\.?\s*|#\s*)$")
_METRE_NEXT = frozenset("high tall long deep wide away above below from up down race sprint "
                        "freestyle hurdles relay metres".split())
_PERCENT = frozenset({"%", "percent", "pc"})
_RANGE_WORDS = frozenset({"-", "to", "and", "or"})
_A = frozenset({"a", "an", "one"})
_PER = frozenset({"per", "a", "an", "each", "every"})
_NOT_RATES = frozenset("cent few lot number total further record half quarter third".split())
_RATE_NOUNS = frozenset("game match head person piece capita week day month year hour "
                        "minute season contest".split())
_SCALE_WORDS = frozenset("million millions billion billions thousand bn m".split())
_NOT_NOUNS = frozenset("by x and or to in of on at for from with than high".split())
_NOT_ONE_BEFORE = frozenset("no the this that which every any each another only someone "
                            "anyone everyone".split())
_NOT_ONE_AFTER = frozenset("of another by".split())


@dataclass(frozen=True)
class Figure:
    """One figure as written: where it is (folded text), its value range in the base unit of
    its dimension, the precision it was written with, and its qualifier."""

    start: int
    end: int
    low: float
    high: float
    step: float
    sense: str = "="
    dimension: str = "count"
    unit: str = ""
    first: int = 0  # index of its first token
    last: int = 0  # index of its last token
    factor: float = 1.0  # scale and unit factor: a written number times this, plus offset
    offset: float = 0.0
    alternates: tuple[tuple[str, float, float, float], ...] = field(default=())
    """The same figure given again in brackets (`21 kilometres (13 miles)`): dimension, low,
    high and step of each other form."""
    compared: bool = False
    """`less than the $184 million`: a bound set by a figure the sentence states."""

    @property
    def value(self) -> float:
        return self.low


def _unit_at(tokens: list[Token], k: int, text: str) -> tuple[lexicon.Unit, int] | None:
    """The unit written from token k on (one to four tokens), and its last token."""
    table = lexicon.units()
    for n in (4, 3, 2, 1):
        if k + n > len(tokens):
            continue
        first, last = tokens[k], tokens[k + n - 1]
        if any(not t.is_word and t.text not in "%°/²" for t in tokens[k:k + n]):
            continue
        written = text[first.start:last.end]
        key = written if len(written) <= 2 else written.lower()
        unit = table.get(key)
        if unit is None:
            continue
        if len(written) <= 3 and not first.glued and written.lower() not in _SPACED_SHORT_UNITS:
            continue  # `in`, `m`, `t` spaced from the figure are words, not units
        return unit, k + n - 1
    return None


class FigureReader:
    """Reads the figures of one folded sentence, token by token, skipping date spans."""

    def __init__(self, text: str, tokens: list[Token], masked: list[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokens
        self.masked = masked

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
            return value, step, k
        words: list[str] = []
        end = k
        j = k
        if token.lower == "half" and k + 2 < len(tokens) and tokens[k + 1].lower in ("a", "an") \
                and _unit_at(tokens, k + 2, self.text):
            return 0.5, 0.5, k + 1  # `half a century`: fifty years
        if token.lower in _A and j + 1 < len(tokens):
            nxt = tokens[j + 1].lower
            if nxt in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
                words.append("one")
                j += 1
            elif nxt in FRACTIONS and token.lower != "one" or nxt == "half":
                return FRACTIONS[nxt] * 100, 1.0, j + 1  # `a third`: a share, in percent
            elif token.lower != "one" and self._single_unit(k):
                return 1.0, 1.0, k  # `less than an hour`, `a week after`: one of the unit
            else:
                return (1.0, 1.0, k) if token.lower == "one" else None
        while j < len(tokens):
            word = tokens[j].lower
            if is_number_word(word) or (word == "and" and words and j + 1 < len(tokens)
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
            if after < len(tokens) and tokens[after].lower in FRACTIONS and words != ["one"] or (
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
        half = [t.lower for t in tokens[end + 1:end + 8] if t.text != "-"][:3]
        if half == ["and", "a", "half"]:  # `five-and-a-half minutes`
            last = end + 1
            while tokens[last].lower != "half":
                last += 1
            return parsed[0] + 0.5, 0.5, last
        return parsed[0], parsed[1], end

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
        unit = _unit_at(tokens, k + 1, self.text)
        if unit is None or unit[0].dimension not in ("duration", "length"):
            return False
        head = self.text[max(0, tokens[k].start - 20):tokens[k].start].lower()
        after = tokens[unit[1] + 1].lower if unit[1] + 1 < len(tokens) else ""
        return bool(_qualifier_before().search(head)) or head.rstrip().endswith(
            ("for", "within", "in")) or after in ("ago", "after", "later", "earlier", "before")

    def read(self) -> list[Figure]:
        out: list[Figure] = []
        k = 0
        tokens = self.tokens
        while k < len(tokens):
            token = tokens[k]
            if token.lower in ("twice", "thrice") and not self._masked(token):
                out.append(Figure(token.start, token.end, MULTIPLES[token.lower],
                                  MULTIPLES[token.lower], 0.0, "=", "times", "", k, k))
                k += 1
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
        return self._bracketed(out)

    def _ordinal(self, k: int) -> Figure | None:
        """`third`, `29th`, `11th-round`: a rank or a repeat, compared only with the same."""
        tokens = self.tokens
        token = tokens[k]
        if token.is_digits:
            if k + 1 >= len(tokens) or not tokens[k + 1].glued or \
                    tokens[k + 1].lower not in ("st", "nd", "rd", "th") or "." in token.text:
                return None
            value, last = float(token.text.replace(",", "")), k + 1
        elif token.lower in ORDINALS and not (k and (tokens[k - 1].lower in _A or
                                                     is_number_word(tokens[k - 1].lower))):
            value, last = float(ORDINALS[token.lower]), k
        else:
            return None
        return Figure(token.start, tokens[last].end, value, value, 0.0, "=", "ordinal", "",
                      k, last)

    def _is_label(self, k: int) -> bool:
        """`AK-47`, `G20`, `Oregon 214`, `No. 10`: a number that names, not one that counts."""
        token = self.tokens[k]
        if not token.is_digits:
            return False
        head = self.text[max(0, token.start - 30):token.start]
        if _LABEL_BEFORE.search(head):
            return True
        if k and token.glued and self.tokens[k - 1].is_word:
            return True  # `G20`, `MP3`
        if k > 1 and token.glued and self.tokens[k - 1].text == "-" and \
                self.tokens[k - 1].glued and self.tokens[k - 2].is_word and \
                self.tokens[k - 2].text[:1].isupper():
            word = self.tokens[k - 2].text
            if word.isupper() or len(word) <= 2 or len(token.text) <= 2:
                return True  # `AK-47`, `Su-25`, `Covid-19`; not `the Act-409`
        if k + 1 < len(self.tokens) and self.tokens[k + 1].glued and self.tokens[k + 1].is_word:
            suffix = self.tokens[k + 1].text
            known = suffix in lexicon.scales() or _unit_at(self.tokens, k + 1, self.text)
            if not known and suffix.lower() not in ("am", "pm", "st", "nd", "rd", "th"):
                return True
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        counts_next = nxt is not None and nxt.is_word and nxt.text.islower() and \
            nxt.text.endswith("s") and len(nxt.text) > 3
        if k and not token.glued and self.tokens[k - 1].is_word and "." not in token.text \
                and not counts_next:
            before = self.tokens[k - 1].text
            sentence_start = k == 1 or self.tokens[k - 2].text in ".!?\"“"
            if before[:1].isupper() and not sentence_start and \
                    before.lower() not in lexicon.qualifiers() and \
                    before not in lexicon.currencies()[0]:
                return True
        return False

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
        fraction_read = tokens[last].lower in FRACTIONS
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
        j, rate, per = self._rate(j)
        if rate:
            dimension = f"{dimension}/{per}"
            factor /= rate
        if negative:
            value = -value
        low = high = value * factor + offset
        figure = Figure(start, tokens[j - 1].end, low, high, abs(step * factor), "=",
                        dimension, unit_label, k, j - 1, (scale or 1.0) * factor, offset)
        return self._range(figure)

    def _rate(self, j: int) -> tuple[int, float, str]:
        """`$120 per year`, `$10 a month`, `15.5 points per game`: an amount per something;
        per unit of time the amount is kept per second, so the two rates above compare.
        A noun between the figure and `per` stays outside the figure (it is what it counts)."""
        tokens = self.tokens
        k = j
        if k + 2 < len(tokens) and tokens[k].is_word and tokens[k + 1].lower in _PER and \
                tokens[k].lower not in _PER:
            k += 1
        if k + 1 >= len(tokens) or tokens[k].lower not in _PER:
            return j, 0.0, ""
        word = tokens[k + 1]
        end = j if k > j else None
        unit = _unit_at(tokens, k + 1, self.text)
        if unit is not None and unit[0].dimension == "duration":
            return (end if end is not None else unit[1] + 1), unit[0].factor, "duration"
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
            if nxt in _METRE_NEXT or nxt in ("by", "x") or (before == "(" and nxt == ")"):
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
            found = _unit_at(tokens, j + 1, self.text)
            if found:
                return found
        if j < len(tokens) and tokens[j].text == "°":
            found = _unit_at(tokens, j + 1, self.text)
            return found
        return _unit_at(tokens, j, self.text)

    def _range(self, figure: Figure) -> Figure:
        """`10-15`, `10 to 15 million`, `between 10 and 15`, `three or four`: one range; the
        first number takes the scale and unit of the second when it has none."""
        tokens, j = self.tokens, figure.last + 1
        if j + 1 >= len(tokens) or tokens[j].lower not in _RANGE_WORDS:
            return figure
        word = tokens[j].lower
        head = self.text[max(0, figure.start - 20):figure.start].lower().rstrip()
        if (word == "and" and not head.endswith("between")) or \
                (word == "to" and head.endswith("from")) or \
                (word == "or" and (figure.high > 20 or tokens[figure.first].is_digits)) or \
                (word == "-" and tokens[j].glued != tokens[j + 1].glued
                 and tokens[j + 1].is_word):
            return figure
        nxt = j + 1
        if tokens[nxt].text in "$£€" and nxt + 1 < len(tokens):
            nxt += 1
        if not (tokens[nxt].is_digits or is_number_word(tokens[nxt].lower)):
            return figure
        second = self._figure(nxt, signed=False)
        if second is None:
            return figure
        low = figure.low
        if figure.dimension in ("count", second.dimension) and figure.factor == 1.0 and (
                second.dimension != "count" or second.factor != 1.0):
            raw = self.number(figure.first)
            low = raw[0] * second.factor + second.offset if raw else figure.low
        elif figure.dimension != second.dimension:
            return figure
        if low > second.high:
            if word == "-" and figure.step == second.step == 1.0 and second.high < 1000 \
                    and figure.dimension == second.dimension == "count":
                score = figure.low * 1000 + second.high  # `won 6-4`: a score, not a range
                return Figure(figure.start, second.end, score, score, 0.0, "=", "score", "",
                              figure.first, second.last)
            return figure
        return Figure(figure.start, second.end, low, second.high, max(second.step, figure.step),
                      second.sense, second.dimension, second.unit, figure.first, second.last,
                      second.factor, second.offset)

    def _qualified(self, figure: Figure) -> Figure:
        """The figure with the qualifier written before it (`more than`) or after it (`or
        more`, `-plus`), its span grown to include the words."""
        head = self.text[max(0, figure.start - 40):figure.start].lower()
        match = _qualifier_before().search(head)
        sense, start, end = figure.sense, figure.start, figure.end
        phrase = " ".join(match.group(1).split()) if match else ""
        if match and phrase == "over" and figure.dimension == "duration":
            before = head[:match.start(1)].rstrip().split()
            if before and (before[-1][:1].isdigit() or before[-1] in _SCALE_WORDS):
                match = None  # `$160 million over eight years`: during them, not more
        compared = False
        if match:
            sense = lexicon.qualifiers()[phrase]
            start = figure.start - len(head) + match.start(1)
            compared = match.group(0).rstrip().endswith(" the")
            outer = _qualifier_before().search(head[:match.start(1)])
            if outer and " ".join(outer.group(1).split()) not in ("up to", "as much as"):
                sense = "~"  # `over nearly $100 billion`: two hedges, neither sure
        tail = self.text[figure.end:].lower()
        after = _QUALIFIER_AFTER.match(tail)
        if after and sense == "=":
            sense = ">" if after.group(1).lstrip("-") in ("or more", "plus", "+") else "~"
            if after.group(0).strip().startswith(after.group(1)):
                end = figure.end + after.end()  # `40 or more`; in `40 homes or more` the
                # noun stays outside the figure
        if (sense, start, end) == (figure.sense, figure.start, figure.end):
            return figure
        return replace(figure, sense=sense, start=start, end=end, compared=compared)

    def _bracketed(self, figures: list[Figure]) -> list[Figure]:
        """Figures in brackets right after figures of the same count (`21 kilometres (13
        miles)`, `8ft by 12ft (2.4m by 3.7m)`) are other forms of those: kept as alternates."""
        tokens = self.tokens
        out: list[Figure] = []
        k = 0
        while k < len(figures):
            figure = figures[k]
            out.append(figure)
            k += 1
            opening = figure.last + 1
            if opening >= len(tokens) or tokens[opening].text != "(":
                continue
            closing = next((q for q in range(opening + 1, len(tokens))
                            if tokens[q].text in ")("), None)
            if closing is None or tokens[closing].text != ")":
                continue
            inner = [f for f in figures[k:] if f.last < closing]
            before = out[-len(inner):] if inner and len(out) >= len(inner) else []
            if not inner or len(before) != len(inner):
                continue
            if any(later.first - earlier.last > 3 for earlier, later in zip(before, before[1:])):
                continue  # `33 share) and women 25-54 (19.2/40)`: not one run of figures
            if all(f.dimension == "count" for f in before + inner):
                continue  # `(14.1 rating/33 share)`: figures of their own, not conversions
            for n, (outer, alternate) in enumerate(zip(before, inner)):
                forms = outer.alternates + ((alternate.dimension, alternate.low, alternate.high,
                                             alternate.step),)
                out[len(out) - len(inner) + n] = replace(outer, alternates=forms)
            k += len(inner)
        return out


_QUALIFIER_AFTER = re.compile(r"^(?:\s*[a-z]+)?\s*(or more|or so|or thereabouts|-?plus|\+)\b")


@lru_cache(maxsize=1)
def _qualifier_before() -> re.Pattern[str]:
    phrases = sorted(lexicon.qualifiers(), key=len, reverse=True)
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])({words})\s*(?:the\s+)?$")
