"""The shapes a figure takes beyond one number: a range (`10-15`, `between 10 and 15`), a
score (`6-4`), a qualifier before or after it (`more than`, `or more`), and a conversion given
in brackets (`21 kilometres (13 miles)`)."""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .figure import Figure, qualifier_before
from .tokens import Token, is_number_word

_TALLY_WORDS = frozenset("record records score scored scoreline won win wins beat beaten lost lose "
                         "loses defeat defeated victory draw drew tie tied".split())
_RANGE_WORDS = frozenset({"-", "to", "and", "or"})
_RANGE_BEFORE = frozenset("between from aged ages age of by some about around roughly nearly "
                          "almost approximately".split())
"""Words before `N-M` that make it a span of values, whatever follows."""
_CLAUSE_WORDS = frozenset("with when and in on at after before since as but while to for "
                          "this last".split())
"""Words after `N-M` that start the next phrase rather than name what is counted."""
_SCALE_WORDS = frozenset("million millions billion billions thousand bn m".split())
_AT_LEAST_AFTER = ("or more", "or older", "or over", "or above", "or higher", "or later",
                   "and over", "and older", "and above", "plus", "+")
_AT_MOST_AFTER = ("or less", "or fewer", "or under", "or below", "or younger", "or earlier")
_QUALIFIER_AFTER = re.compile(r"^(?:\s*[a-z]+)?\s*(or more|or older|or over|or above|or higher|"
                              r"or later|and over|and older|and above|or less|or fewer|"
                              r"or under|or below|or younger|or earlier|or so|or thereabouts|"
                              r"-?plus|\+)(?![\w-])")
_NUMBER_NEXT = re.compile(r"\s*(?:[$£€\d]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten)\b)")
"""`aged 65 and over`, but not `four days and over 30 hours`: there `over` qualifies the next."""


class ShapeReading:
    """The figure reader's look around a figure once its number and unit are read."""

    text: str
    tokens: list[Token]

    def number(self, k: int) -> tuple[float, float, int] | None:
        raise NotImplementedError

    def _figure(self, k: int, signed: bool = True) -> Figure | None:
        raise NotImplementedError

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
                (word == "or" and figure.high > 20) or \
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
        if figure.dimension.startswith("money") and second.dimension == "count" and \
                figure.factor == 1.0 and second.factor != 1.0:
            second = replace(second, dimension=figure.dimension, unit=figure.unit,  # `$140-
                             low=second.low, high=second.high)  # 150MM`: dollars, both ends
        if figure.dimension in ("count", second.dimension) and figure.factor == 1.0 and (
                second.dimension != "count" or second.factor != 1.0):
            raw = self.number(figure.first)
            low = raw[0] * second.factor + second.offset if raw else figure.low
        elif figure.dimension != second.dimension:
            return figure
        scored = word == "-" and figure.step == second.step == 1.0 and second.high < 1000 \
            and figure.dimension == second.dimension == "count"
        if scored and low <= second.high and (self._tally(figure.first, second.last) or
                                               self._bare(word, figure.first, second.last)):
            score = figure.low * 1000 + second.high  # `a record of 284-286`: a tally
            return Figure(figure.start, second.end, score, score, 0.0, "=", "score", "",
                          figure.first, second.last)
        if low > second.high:
            if scored:
                score = figure.low * 1000 + second.high  # `won 6-4`: a score, not a range
                return Figure(figure.start, second.end, score, score, 0.0, "=", "score", "",
                              figure.first, second.last)
            return figure
        return Figure(figure.start, second.end, low, second.high, max(second.step, figure.step),
                      second.sense, second.dimension, second.unit, figure.first, second.last,
                      second.factor, second.offset)

    def _tally(self, first: int, last: int) -> bool:
        """Words that make `N-M` a score or a record rather than a range: `a record of`,
        `won`, `a 3-5 defeat`."""
        tokens = self.tokens
        around = [t.lower for t in tokens[max(0, first - 4):first]] + [
            t.lower for t in tokens[last + 1:last + 3]]
        return any(word in _TALLY_WORDS for word in around)

    def _bare(self, joint: str, first: int, last: int) -> bool:
        """`N-M` with nothing counted after it (`the Sixers (9-14)`, `opened 9-14 with`): a
        record or a vote; a range says what it counts (`10-15 people`) or is an age."""
        tokens = self.tokens
        if joint != "-" or (first and tokens[first - 1].lower in _RANGE_BEFORE):
            return False
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        return after is None or not after.is_word or after.lower in _CLAUSE_WORDS

    def _qualified(self, figure: Figure) -> Figure:
        """The figure with the qualifier written before it (`more than`) or after it (`or
        more`, `-plus`), its span grown to include the words."""
        head = self.text[max(0, figure.start - 40):figure.start].lower()
        match = qualifier_before().search(head)
        sense, start, end = figure.sense, figure.start, figure.end
        phrase = " ".join(match.group(1).split()) if match else ""
        if match and phrase == "over" and figure.dimension == "duration":
            before = head[:match.start(1)].replace("(", " ").replace(")", " ").split()
            of = figure.last + 1 < len(self.tokens) and self.tokens[figure.last + 1].lower == "of"
            if (not before or before[-1] not in lexicon.longer_than_before()) and not of:
                match = None  # `$160 million over eight years`, `a drop over a century`:
                # during them; `for over two years`, `was over 80`, `over three years of
                # efforts` (an amount of time spent): more than
        compared = False
        if match:
            sense = lexicon.qualifiers()[phrase]
            start = figure.start - len(head) + match.start(1)
            compared = match.group(0).rstrip().endswith(" the")
            outer = qualifier_before().search(head[:match.start(1)])
            outer_phrase = " ".join(outer.group(1).split()) if outer else ""
            if outer and outer_phrase not in ("up to", "as much as") and \
                    lexicon.qualifiers()[outer_phrase] != sense:
                sense = "~"  # `over nearly $100 billion`: two hedges, neither sure
        tail = self.text[figure.end:].lower()
        after = _QUALIFIER_AFTER.match(tail)
        if after and after.group(1).endswith(("over", "above", "under", "below")) and \
                _NUMBER_NEXT.match(tail, after.end()):
            after = None
        if after and sense == "=":
            phrase = after.group(1).lstrip("-")
            sense = ">" if phrase in _AT_LEAST_AFTER else "<" if phrase in _AT_MOST_AFTER else "~"
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
            before = [_metres(o) if i.dimension == "length" else o
                      for o, i in zip(before, inner)]  # `1.96m (6ft 5in)`: metres, not million
            out[len(out) - len(before):] = before
            if any(o.dimension.split(":")[0] != i.dimension.split(":")[0]
                   for o, i in zip(before, inner)):
                continue  # `2,001,926 votes (55.3%)`: a share of something, not its other form
            for n, (outer, alternate) in enumerate(zip(before, inner)):
                forms = outer.alternates + ((alternate.dimension, alternate.low, alternate.high,
                                             alternate.step),)
                out[len(out) - len(inner) + n] = replace(outer, alternates=forms)
            k += len(inner)
        return out


def _metres(figure: Figure) -> Figure:
    """A count written with `m` (`1.96m`) read as metres rather than millions."""
    if figure.dimension != "count" or figure.factor != 1e6 or not figure.unit == "":
        return figure
    value = figure.low / 1e6
    return replace(figure, low=value, high=figure.high / 1e6, step=figure.step / 1e6,
                   dimension="length", unit="m", factor=1.0)

