"""What kind of amount a figure is, beyond the count it seems: an age, a point in time measured
from another, the gap between two amounts, an amount added to another, an average, or a model
named with a number."""

from __future__ import annotations

import re
from dataclasses import replace

from ..align.features import STOPWORDS
from . import lexicon
from .lemmas import lemma
from .quantities import Figure
from .tokens import Token, is_number_word

_AGE_BEFORE = ("aged", "age of", "ages of", "age", "younger than", "older than")
_AGE_GROUP = re.compile(r"\b(children|kids|people|adults|those|anyone|everyone|someone|nobody|"
                        r"men|women|girls|boys|babies|"
                        r"infants|pupils)\s+(under|over|aged|below|above)\s+\S+$")


def is_age(tokens: list[Token], figure: Figure, text: str) -> bool:
    """`aged 33`, `at the age of 33`, `Tara Reid, 33,`, `the police chief, 48,`: a count of
    years that is an age."""
    if figure.dimension != "count" or figure.step != 1.0 or not 0 < figure.low < 125:
        return False
    head = text[max(0, figure.start - 40):figure.start].lower().rstrip()
    if any(head == cue or head.endswith(" " + cue) for cue in _AGE_BEFORE) or \
            _AGE_GROUP.search(text[max(0, figure.start - 40):figure.end].lower()):
        return True  # `aged 33`, not `damaged 40 buildings`
    first, last = figure.first, figure.last
    before = first - 2
    if before >= 1 and tokens[before].text == "." and tokens[before - 1].is_word:
        before -= 1  # `Comeaux Jr., 49,`
    if first >= 2 and tokens[first - 1].text == "," and (
            tokens[before].text[:1].isupper() or tokens[before].lower in lexicon.age_nouns()):
        after = tokens[last + 1].text if last + 1 < len(tokens) else "."
        return after in (",", ".") or tokens[last + 1].lower in ("who", "and", "was", "is")
    return False


def anchored(tokens: list[Token], figure: Figure) -> Figure:
    """`two years ago`, `nine days after the attack`: a point in time measured from something
    else, never compared with a plain length of time (`for two years`) nor with one measured
    from another anchor."""
    if figure.dimension != "duration" or figure.last + 1 >= len(tokens):
        return figure
    word = tokens[figure.last + 1].lower
    if word == "following":
        word = "after"  # `three weeks following the end of the season`
    if word in ("ago", "earlier", "later", "before", "after", "since", "from", "until"):
        return replace(figure, dimension=f"duration {word}")
    return figure


def threshold(tokens: list[Token], figure: Figure) -> Figure:
    """`a 30-homer season`, `his fifth 100-RBI season`: a season that reached the figure, at
    least that many, as sports pages write it."""
    k = figure.last + 1
    if figure.sense != "=" or k + 1 >= len(tokens) or tokens[k].text != "-" or \
            not tokens[k].glued or not tokens[k + 1].glued:
        return figure
    j = k + 2
    while j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].is_digits and \
            tokens[j + 2].text == "-":
        j += 4  # `a 30-homer, 100-RBI season`: one season, two marks it reached
    if j < len(tokens) and tokens[j].lower in ("season", "seasons", "campaign", "campaigns"):
        return replace(figure, sense=">")
    return figure


COMPARATIVES = frozenset("fewer more less higher lower greater bigger smaller larger longer "
                          "shorter older younger earlier later".split())


def compared_after(tokens: list[Token], k: int) -> bool:
    """A comparative and `than` right after a figure or its noun (`two fewer than the
    average`, `2% higher than the year before`): the figure is the gap between two amounts.
    Not when a number follows (`children younger than 14`: that bounds the children)."""
    if not (k + 2 < len(tokens) and tokens[k + 1].lower in COMPARATIVES and
            tokens[k + 2].lower == "than") or (k and tokens[k - 1].lower in ("or", "and")):
        return False
    nxt = tokens[k + 3] if k + 3 < len(tokens) else None
    return not (nxt and (nxt.is_digits or is_number_word(nxt.lower) or nxt.text in "$£€"))


def model_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word joined to a number (`AK-47`, `Su-25`): a model of a thing, not
    people named by their nation (`12 Somalis`)."""
    return k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].glued and \
        tokens[k + 2].glued and tokens[k + 2].is_digits


_NUMBERING = frozenset("number numbered numbering totalled totaled totalling totaling".split())
_NUMBERED_REACH = 8


def numbered(tokens: list[Token], figure: Figure, qualifying: frozenset[str]) -> str:
    """`pirates, who are thought to number about 1,200`, `the crowd, numbering 300`: a count
    after `number` (the verb) counts the plural noun its clause is about, in its light
    singular form; "" when there is none. `qualifying` holds the words of qualifiers."""
    k = word_before(tokens, figure)
    while k >= 0 and tokens[k].lower in qualifying:
        k -= 1
    if k < 0 or tokens[k].lower not in _NUMBERING:
        return ""
    for j in range(k - 1, max(-1, k - 1 - _NUMBERED_REACH), -1):
        token = tokens[j]
        if token.text in ".;:!?":
            break
        if token.is_word and token.text.islower() and len(token.lower) > 3 and \
                lemma(token.text) != token.lower and token.lower not in STOPWORDS:
            return lemma(token.text)
    return ""


def word_before(tokens: list[Token], figure: Figure) -> int:
    """The index of the token before a figure and its currency sign (-1 at the start)."""
    k = figure.first - 1
    while k >= 0 and tokens[k].text in "$£€":
        k -= 1
    return k


def extra(tokens: list[Token], figure: Figure) -> bool:
    """`an extra £114,500`, `an additional 500 troops`, `another 20,000 people`, `a further
    £5m`, `20 more people`: an amount added to another, not the whole of anything."""
    k = word_before(tokens, figure)
    if k >= 0 and (tokens[k].lower in ("extra", "additional", "another") or (
            tokens[k].lower == "further" and k and tokens[k - 1].lower == "a")):
        return True
    after = figure.last + 1
    return after + 1 < len(tokens) and tokens[after].lower == "more" and \
        tokens[after + 1].is_word and tokens[after + 1].lower not in ("than", "and", "or")


def each(tokens: list[Token], figure: Figure) -> bool:
    """`12 tanks will each have 5,000 fish`, `tickets cost £5 each`: an amount per one of
    something, not the total."""
    k = word_before(tokens, figure)
    for j in range(k, max(-1, k - _EACH_REACH), -1):
        if tokens[j].text in _CLAUSE_END or tokens[j].text == ",":
            break
        if tokens[j].lower == "each" and j + 1 < len(tokens) and \
                tokens[j + 1].lower not in _NOT_PER_ONE:
            return True
    for after in range(figure.last + 1, min(len(tokens), figure.last + 1 + _EACH_REACH + 1)):
        if tokens[after].lower in ("each", "apiece"):
            return True  # `£5 each`, `two hours of stories each`
        if not tokens[after].is_word or tokens[after].lower in ("and", "but", "or"):
            break
    return False


_EACH_REACH = 3
_NOT_PER_ONE = frozenset("of year years day days week weeks month months time other".split())
"""Words after `each` that make it no share per one (`each of the 12`, `each year`)."""


def averaged(tokens: list[Token], first: int) -> bool:
    """`has averaged 30 home runs and 100 RBIs`, `an average of 40`: a mean over some span,
    not the figure of any one game, day or season. Looks back to the clause's start."""
    k = first - 1
    while k >= 0 and first - k <= _AVERAGE_REACH and tokens[k].text not in _CLAUSE_END:
        if tokens[k].lower.startswith("averag"):
            return True
        k -= 1
    return False


_AVERAGE_REACH = 8
_CLAUSE_END = frozenset(".;:!?()\u2014")
