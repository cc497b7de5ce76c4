"""What each figure of a sentence is about: the noun it counts, the role of the people it
counts, and the words around it.

`two people were confirmed dead and three others injured` holds (2, person, dead) and (3,
person, injured): figures are compared across two reports by what they count, never by their
value alone, so a value that appears on both sides in different roles cannot cancel out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from ..align.features import STOPWORDS
from ..names import lexicon as name_words
from . import lexicon
from .quantities import Figure, FigureReader
from .tokens import Token, is_number_word, tokenize

_BOUNDARY_SIGNS = frozenset(",;:()[]\u2014\u2013")
_BOUNDARY_WORDS = frozenset("and but while whereas when after as because although though "
                            "including plus compared versus whereas".split())
_SKIP_BEFORE_NOUN = frozenset("more other additional further new extra fewer last first next past "
                              "previous final plus".split())
_SUBSET = frozenset("first last opening final".split())  # `the first two games` of a series
_PARTITIVE = frozenset("the those these its their his her our".split())
_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman",
              "lives": "life", "feet": "foot", "police": "police"}
_AGE_BEFORE = ("aged", "age of", "ages of", "age", "younger than", "older than")
_AGE_GROUP = re.compile(r"\b(children|kids|people|adults|those|anyone|everyone|someone|nobody|"
                        r"men|women|girls|boys|babies|"
                        r"infants|pupils)\s+(under|over|aged|below|above)\s+\S+$")
_NOT_NOUNS = frozenset("per got get gets went came left made took remain remained remains "
                       "including apiece each aged cannot ago plus north south east west "
                       "northwest northeast southwest southeast".split())
_ADJECTIVE_ENDINGS = ("able", "ible", "ous", "ive", "ful", "less", "ary", "ical", "al")
_WINDOW = 5
_WINDOW_ROLE = 8
_NEAR = 4


@dataclass(frozen=True)
class Quantity:
    """A figure with what it is about, and the span of its evidence (figure and noun)."""

    figure: Figure
    noun: str
    role: str
    context: frozenset[str]
    start: int
    end: int
    near: frozenset[str] = frozenset()
    """Content words closer to this figure than to any other of the sentence: what sets it
    apart from its neighbours (`male` in `male directors' earnings rose by 5.3%`)."""
    names: frozenset[str] = frozenset()
    """Capitalised words among those (not opening the sentence): whom the figure is about."""
    part: bool = False
    """A part of a whole (`37 of the candidates`, `three of them`): never compared with a
    count of the whole."""


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """A light singular form: `drones` → drone, `injuries` → injury, `people` → person."""
    word = word.lower().strip("'")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in lexicon.person_nouns():
        return "person"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_boundary(token: Token) -> bool:
    return token.text in _BOUNDARY_SIGNS or token.lower in _BOUNDARY_WORDS or (
        token.text == "-" and not token.glued)


def _in_compound(tokens: list[Token], k: int) -> bool:
    """Part of a hyphenated word (`pro-death`, `death-row`): a modifier, not a role."""
    return (k > 0 and tokens[k].glued and tokens[k - 1].text == "-" and tokens[k - 1].glued) or (
        k + 1 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].glued)


def _role_at(tokens: list[Token], k: int) -> str:
    if _in_compound(tokens, k):
        return ""
    table = lexicon.roles()
    for n in (3, 2, 1):
        phrase = " ".join(t.lower for t in tokens[k:k + n])
        if phrase in table:
            if k + n < len(tokens) and tokens[k + n].lower in lexicon.role_modified():
                return ""  # `against the death penalty`, `an injury report`: no one counted
            return table[phrase]
    return ""


def _role(tokens: list[Token], first: int, last: int) -> str:
    """The nearest role word in the figure's clause, after it on a tie (`killed four people
    in an escape and was sentenced`: dead; `four people were killed`: dead)."""
    after = before = ""
    after_at = before_at = _WINDOW_ROLE + 1
    for n, k in enumerate(range(last + 1, min(len(tokens), last + 1 + _WINDOW_ROLE))):
        if _is_boundary(tokens[k]) or tokens[k].is_digits:
            break
        after = _role_at(tokens, k)
        if after:
            after_at = n
            break
    for n, k in enumerate(range(first - 1, max(-1, first - 1 - _WINDOW_ROLE), -1)):
        if n >= after_at or _is_boundary(tokens[k]) or tokens[k].is_digits:
            break
        before = _role_at(tokens, k)
        if before:
            before_at = n
            break
    return before if before_at < after_at else after


def _noun(tokens: list[Token], last: int) -> tuple[str, int]:
    """The noun the figure counts and its token, or ("", -1): `eight people`, `eight of the
    jurors`, `six African-American women`, `three more people`."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k].glued and \
            tokens[k + 1].glued and tokens[k + 1].is_word and tokens[k + 1].text.islower() and \
            tokens[k + 1].lower not in _SKIP_BEFORE_NOUN and not (
                k + 2 < len(tokens) and tokens[k + 2].text == "-" and tokens[k + 2].glued):
        k += 1  # `a five-boat pirate attack`, `a 14-item checklist`: the figure counts boats,
        # items; the word after the compound is what they make up
        word = tokens[k].lower
        if word in STOPWORDS or word in _NOT_NOUNS or _role_at(tokens, k):
            return "", -1
        return lemma(tokens[k].text), k
    if k + 2 < len(tokens) and tokens[k].lower == "of" and tokens[k + 1].lower in _PARTITIVE:
        k += 2
    while k < len(tokens) and (tokens[k].lower in _SKIP_BEFORE_NOUN or (
            tokens[k].text == "-" and tokens[k].glued) or tokens[k].text in name_words.DEMONYMS or (
            k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].glued
            and tokens[k + 2].glued and tokens[k].is_word and tokens[k + 2].is_word)):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word:
        return "", -1
    if _in_compound(tokens, k) and k + 1 < len(tokens) and tokens[k + 1].is_word and \
            tokens[k + 1].text.islower():
        k += 1  # `nine pro-death jurors`: the compound describes the jurors
    elif tokens[k].lower.endswith(_ADJECTIVE_ENDINGS) and k + 1 < len(tokens) and \
            tokens[k + 1].is_word and tokens[k + 1].text.islower() and \
            tokens[k + 1].lower not in STOPWORDS and not _role_at(tokens, k + 1):
        k += 1  # `2,125 vulnerable children`, `4th parliamentary election`
    word = tokens[k].lower
    if word in STOPWORDS or word in _NOT_NOUNS or is_number_word(word) or _role_at(tokens, k):
        return "", -1
    if word.endswith("ing") and word not in lexicon.people_nouns():
        return "", -1  # `two hours watching`: what was done, not what is counted
    return lemma(tokens[k].text), k


def _context(tokens: list[Token], first: int, last: int) -> frozenset[str]:
    words: set[str] = set()
    for k in list(range(max(0, first - _WINDOW), first)) + list(
            range(last + 1, min(len(tokens), last + 1 + _WINDOW))):
        word = tokens[k].lower
        if tokens[k].is_word and len(word) > 2 and word not in STOPWORDS and \
                not is_number_word(word):
            words.add(lemma(word)[:6])
    return frozenset(words)


def _is_age(tokens: list[Token], figure: Figure, text: str) -> bool:
    """`aged 33`, `at the age of 33`, `Tara Reid, 33,`: a count of years that is an age."""
    if figure.dimension != "count" or figure.step != 1.0 or not 0 < figure.low < 125:
        return False
    head = text[max(0, figure.start - 40):figure.start].lower().rstrip()
    if head.endswith(_AGE_BEFORE) or _AGE_GROUP.search(text[max(0, figure.start - 40):
                                                             figure.end].lower()):
        return True
    first, last = figure.first, figure.last
    before = first - 2
    if before >= 1 and tokens[before].text == "." and tokens[before - 1].is_word:
        before -= 1  # `Comeaux Jr., 49,`
    if first >= 2 and tokens[first - 1].text == "," and tokens[before].text[:1].isupper():
        after = tokens[last + 1].text if last + 1 < len(tokens) else "."
        return after in (",", ".") or tokens[last + 1].lower in ("who", "and", "was", "is")
    return False


@lru_cache(maxsize=1)
def _qualifying() -> frozenset[str]:
    return frozenset(w for phrase in lexicon.qualifiers() for w in phrase.split())


def _nearest_words(tokens: list[Token], figures: list[Figure], masked: list[tuple[int, int]]
                   ) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each figure, the content words (and years) nearer to it than to any other figure,
    counting distance in content words, up to `_NEAR` of them."""
    if not figures:
        return []
    inside = {k for f in figures for k in range(f.first, f.last + 1)}
    qualifying = _qualifying()
    content: list[tuple[int, str]] = []
    capitalised: set[int] = set()
    for k, token in enumerate(tokens):
        word = token.lower
        dated = token.is_digits and len(word) == 4 and any(
            s <= token.start < e for s, e in masked)
        if k in inside or not (token.is_word or dated) or len(word) <= 2 or \
                word in STOPWORDS or word in qualifying or is_number_word(word):
            continue
        content.append((k, lemma(word)[:6]))
        if token.is_word and token.text[:1].isupper() and k and tokens[k - 1].text not in \
                ".!?\"\u201c(":
            capitalised.add(k)
    positions = [k for k, _ in content]
    walls = [0]
    for k, token in enumerate(tokens):
        after_name = token.text == "(" and k and tokens[k - 1].text[:1].isupper()
        walls.append(walls[-1] + ((token.text in _BOUNDARY_SIGNS and not after_name)
                                  or token.lower in _BOUNDARY_WORDS))
    near: list[set[str]] = [set() for _ in figures]
    names: list[set[str]] = [set() for _ in figures]
    groups: dict[str, list[int]] = {}
    for index, f in enumerate(figures):  # a word describes the nearest figure of each kind:
        groups.setdefault(f.dimension, []).append(index)  # an age between two shares
    for members in groups.values():  # does not take the share's words
        firsts = [figures[c].first for c in members]
        for n, (k, word) in enumerate(content):
            following = bisect_left(firsts, k)
            candidates = [members[c] for c in (following - 1, following)
                          if 0 <= c < len(members)]
            distances = []
            crossings = []
            for c in candidates:
                f = figures[c]
                if k < f.first:
                    crossed = walls[f.first] - walls[k]
                    apart = bisect_left(positions, f.first) - n + 2 * crossed
                else:
                    crossed = walls[k] - walls[f.last]
                    apart = n - bisect_left(positions, f.last) + 1 + 2 * crossed
                distances.append(apart)
                crossings.append(crossed)
            best = min(distances)
            if distances.count(best) == 1 and best <= _NEAR:
                at = distances.index(best)
                near[candidates[at]].add(word)
                if k in capitalised and not crossings[at]:
                    names[candidates[at]].add(word)
    return [(frozenset(words), frozenset(found)) for words, found in zip(near, names)]


def _anchored(tokens: list[Token], figure: Figure) -> Figure:
    """`two years ago`, `nine days after the attack`: a point in time measured from something
    else, never compared with a plain length of time (`for two years`) nor with one measured
    from another anchor."""
    if figure.dimension != "duration" or figure.last + 1 >= len(tokens):
        return figure
    word = tokens[figure.last + 1].lower
    if word in ("ago", "earlier", "later", "before", "after", "since", "from", "until"):
        return replace(figure, dimension=f"duration {word}")
    return figure


_COMPARATIVES = frozenset("fewer more less higher lower greater bigger smaller larger longer "
                          "shorter older younger earlier later".split())


def _compared_after(tokens: list[Token], k: int) -> bool:
    """A comparative and `than` right after a figure or its noun (`two fewer than the
    average`, `2% higher than the year before`): the figure is the gap between two amounts.
    Not when a number follows (`children younger than 14`: that bounds the children)."""
    if not (k + 2 < len(tokens) and tokens[k + 1].lower in _COMPARATIVES and
            tokens[k + 2].lower == "than") or (k and tokens[k - 1].lower in ("or", "and")):
        return False
    nxt = tokens[k + 3] if k + 3 < len(tokens) else None
    return not (nxt and (nxt.is_digits or is_number_word(nxt.lower) or nxt.text in "$£€"))


def _model_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word joined to a number (`AK-47`, `Su-25`): a model of a thing, not
    people named by their nation (`12 Somalis`)."""
    return k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].glued and \
        tokens[k + 2].glued and tokens[k + 2].is_digits


def _extra(tokens: list[Token], figure: Figure) -> bool:
    """`an extra £114,500`, `an additional 500 troops`, `another 20,000 people`, `a further
    £5m`, `20 more people`: an amount added to another, not the whole of anything."""
    k = figure.first - 1
    while k >= 0 and tokens[k].text in "$£€":
        k -= 1
    if k >= 0 and (tokens[k].lower in ("extra", "additional", "another") or (
            tokens[k].lower == "further" and k and tokens[k - 1].lower == "a")):
        return True
    after = figure.last + 1
    return after + 1 < len(tokens) and tokens[after].lower == "more" and \
        tokens[after + 1].is_word and tokens[after + 1].lower not in ("than", "and", "or")


def _averaged(tokens: list[Token], first: int) -> bool:
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


def read_quantities(folded: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    """Every figure of a folded sentence with what it counts."""
    tokens = tokenize(folded)
    out: list[Quantity] = []
    figures = FigureReader(folded, tokens, masked).read()
    nearest = _nearest_words(tokens, figures, masked)
    for figure, (near, names) in zip(figures, nearest):
        if _is_age(tokens, figure, folded):
            figure = replace(figure, dimension="age", unit="years old")
        noun, at = _noun(tokens, figure.last)
        people = not noun or noun in lexicon.people_nouns() or (
            tokens[at].text[:1].isupper() and not _model_name(tokens, at))
        role = _role(tokens, figure.first, figure.last) \
            if figure.dimension == "count" and people else ""
        if not role and at >= 0 and figure.dimension == "count":
            role = _role_at(tokens, at)
        end = tokens[at].end if at >= 0 else figure.end
        while 0 <= at < len(tokens) - 1 and tokens[at + 1].glued and (
                tokens[at + 1].text == "-" or not _is_boundary(tokens[at + 1])) and \
                tokens[at + 1].text not in "’'.,;:!?)\"”":
            at += 1  # the whole word: `AK-47s`, not `AK`
            end = tokens[at].end
        if at < 0 and figure.last + 1 < len(tokens) and _role_at(tokens, figure.last + 1):
            end = tokens[figure.last + 1].end  # `eight injured`
        if at >= 0 and tokens[at].lower in _COMPARATIVES and _compared_after(tokens, at - 1):
            noun, at = "", -1  # `2% higher than`: `higher` is no noun
        if _compared_after(tokens, at if at >= 0 else figure.last) or _extra(tokens, figure):
            role = "difference"  # `two fewer than the average`, `an extra £114,500`: a gap
        elif not role and (_averaged(tokens, figure.first) or noun.startswith("averag")):
            role = "average"  # `$23 million average`
        figure = _anchored(tokens, figure)
        if figure.dimension == "count" and noun == "time":  # `three times`, like `twice`
            figure, noun = replace(figure, dimension="times"), ""
        part = figure.last + 2 < len(tokens) and tokens[figure.last + 1].lower == "of" and \
            tokens[figure.last + 2].lower in _PARTITIVE | {"them", "whom", "which", "those"} \
            or (figure.first > 0 and tokens[figure.first - 1].lower in _SUBSET)
        out.append(Quantity(figure, noun, role, _context(tokens, figure.first, figure.last),
                            figure.start, end, near, names, part))
    return out
