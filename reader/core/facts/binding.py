"""What each figure of a sentence is about: the noun it counts, the role of the people it
counts, and the words around it.

`two people were confirmed dead and three others injured` holds (2, person, dead) and (3,
person, injured): figures are compared across two reports by what they count, never by their
value alone, so a value that appears on both sides in different roles cannot cancel out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..align.features import STOPWORDS
from ..names import lexicon as name_words
from . import lexicon
from .binding_kinds import (
    COMPARATIVES,
    anchored,
    averaged,
    compared_after,
    each,
    extra,
    is_age,
    model_name,
    numbered,
    threshold,
    word_before,
)
from .binding_words import (
    BOUNDARY_SIGNS,
    BOUNDARY_WORDS,
    context_words,
    nearest_words,
    qualifying_words,
)
from .lemmas import lemma as lemma
from .memo import Kept
from .quantities import Figure, FigureReader
from .tokens import Token, is_number_word, tokenize

_SKIP_BEFORE_NOUN = frozenset("more other additional further new extra fewer last first next past "
                              "previous final plus".split())
_SUBSET = frozenset("first last opening final".split())  # `the first two games` of a series
"""Words before a figure that make it a part of a series; `the last eight years` is no part
but the span up to now, like `the past eight years`."""
_PARTITIVE = frozenset("the those these its their his her our".split())
_NOT_NOUNS = frozenset("per got get gets went came left made took remain remained remains "
                       "including apiece each aged cannot ago plus north south east west "
                       "northwest northeast southwest southeast around worldwide globally "
                       "nationwide overall altogether annually".split())
"""Words after a figure that are never what it counts (`$459 million around the globe`,
`$495 million worldwide`)."""
_DEGREE = frozenset("little nothing no".split())
"""Words that make the comparative after them a degree (`little more than`), not a gap."""
_ADJECTIVE_ENDINGS = ("able", "ible", "ous", "ive", "ful", "less", "ary", "ical", "al")
_WINDOW_ROLE = 8


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
    change: str = ""
    """`from` or `to` when the figure is where a change starts or ends (`fell from 5.3m
    tonnes to 4.2m tonnes`): the start on one side is the start on the other."""


def _is_boundary(token: Token) -> bool:
    return token.text in BOUNDARY_SIGNS or token.lower in BOUNDARY_WORDS or (
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


def _noun(tokens: list[Token], last: int, plural: bool = False) -> tuple[str, int]:
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
    if k + 2 < len(tokens) and _adverb(tokens[k]) and tokens[k + 1].is_word and \
            tokens[k + 1].lower.endswith("ed"):
        k += 2  # `23 heavily armed pirates`: the adverb and what it qualifies describe them
    if k >= len(tokens) or not tokens[k].is_word:
        return "", -1
    if _in_compound(tokens, k) and k + 1 < len(tokens) and tokens[k + 1].is_word and \
            tokens[k + 1].text.islower():
        k += 1  # `nine pro-death jurors`: the compound describes the jurors
    elif tokens[k].lower.endswith(_ADJECTIVE_ENDINGS) and k + 1 < len(tokens) and \
            tokens[k + 1].is_word and tokens[k + 1].text.islower() and \
            tokens[k + 1].lower not in STOPWORDS and (
                not _role_at(tokens, k + 1) or tokens[k + 1].lower in lexicon.people_nouns()):
        k += 1  # `2,125 vulnerable children`, `4th parliamentary election`, `3.5 million
        # eligible voters` (a role word that names people is what is counted)
    if plural and _modifies_next(tokens, k):
        compound = lexicon.noun_variants().get(f"{tokens[k].lower} {lemma(tokens[k + 1].text)}")
        if compound:
            return compound, k + 1  # `13 home runs`: one noun in two words
        k += 1  # `23 piracy suspects`, `two fishing boats`: more than one of a singular word
        # cannot be; it describes the plural after it, which is what is counted
    word = tokens[k].lower
    if word in STOPWORDS or word in _NOT_NOUNS or is_number_word(word) or _role_at(tokens, k):
        return "", -1
    if word in _DEGREE and k + 1 < len(tokens) and tokens[k + 1].lower in COMPARATIVES:
        return "", -1  # `for 75 years little more than a grey blob`: `little more than` is
        # `only`, said of what follows; the figure is no gap between two amounts
    if word.endswith("ing") and word not in lexicon.people_nouns():
        return "", -1  # `two hours watching`: what was done, not what is counted
    found = lemma(tokens[k].text)
    return lexicon.noun_variants().get(found, found), k


def _over_a_run(tokens: list[Token], last: int) -> bool:
    """A record over the last few games (`2-8 in their last ten`, `4-1 over the past five`):
    part of a season, not the season's record."""
    words = [t.lower for t in tokens[last + 1:last + 5] if t.is_word]
    return len(words) >= 2 and words[0] in ("in", "over", "during") and (
        words[1] in ("last", "past") or (len(words) > 2 and words[2] in ("last", "past")))


def _adverb(token: Token) -> bool:
    return token.is_word and len(token.lower) > 4 and token.lower.endswith("ly") and \
        token.text.islower()


def _modifies_next(tokens: list[Token], k: int) -> bool:
    """A singular word before a plural one is a noun describing it (`piracy suspects`,
    `member states`, `fishing boats`), not the thing counted."""
    if k + 1 >= len(tokens) or not tokens[k].is_word or not tokens[k].text.islower():
        return False
    word, after = tokens[k].lower, tokens[k + 1]
    return not word.endswith("s") and word not in STOPWORDS and word not in _NOT_NOUNS and \
        after.is_word and after.text.islower() and len(after.lower) > 3 and \
        after.lower.endswith("s") and not after.lower.endswith(("ss", "us", "is")) and \
        after.lower not in STOPWORDS and not _role_at(tokens, k + 1) and \
        not _role_at(tokens, k)


def read_quantities(folded: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    """Every figure of a folded sentence with what it counts. Read once per text: the checks,
    the flags the articles explain and the figures table read the same sentences."""
    key = (folded, tuple(masked))
    kept = KEPT.get(key)
    if kept is None:
        kept = KEPT.put(key, tuple(_read(folded, masked)))
    return list(kept)


KEPT: Kept[tuple[str, tuple[tuple[int, int], ...]], tuple[Quantity, ...]] = Kept()
"""`read_quantities` by text and date spans."""


def _read(folded: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    tokens = tokenize(folded)
    out: list[Quantity] = []
    figures = FigureReader(folded, tokens, masked).read()
    nearest = nearest_words(tokens, figures, masked)
    for figure, (near, names) in zip(figures, nearest):
        if is_age(tokens, figure, folded):
            figure = replace(figure, dimension="age", unit="years old")
        noun, at = _noun(tokens, figure.last,
                         figure.dimension == "count" and figure.low > 1)
        if not noun and figure.dimension == "count":
            noun = numbered(tokens, figure, qualifying_words())  # `pirates ... number 1,200`
        people = not noun or noun in lexicon.people_nouns() or (
            tokens[at].text[:1].isupper() and not model_name(tokens, at))
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
        if at >= 0 and tokens[at].lower in COMPARATIVES and compared_after(tokens, at - 1):
            noun, at = "", -1  # `2% higher than`: `higher` is no noun
        if compared_after(tokens, at if at >= 0 else figure.last) or extra(tokens, figure):
            role = "difference"  # `two fewer than the average`, `an extra £114,500`: a gap
        elif not role and (averaged(tokens, figure.first) or noun.startswith("averag")):
            role = "average"  # `$23 million average`
        elif each(tokens, figure):
            role = "each"
        figure = threshold(tokens, anchored(tokens, figure))
        if figure.dimension == "count" and noun == "time":  # `three times`, like `twice`
            figure, noun = replace(figure, dimension="times"), ""
        part = figure.last + 2 < len(tokens) and tokens[figure.last + 1].lower == "of" and \
            tokens[figure.last + 2].lower in _PARTITIVE | {"them", "whom", "which", "those"} \
            or (figure.first > 0 and tokens[figure.first - 1].lower in _SUBSET and not (
                tokens[figure.first - 1].lower == "last" and figure.dimension == "duration")) \
            or (figure.dimension == "score" and _over_a_run(tokens, figure.last))
        k = word_before(tokens, figure)
        change = tokens[k].lower if k >= 0 and tokens[k].lower in ("from", "to") else ""
        out.append(Quantity(figure, noun, role, context_words(tokens, figure.first, figure.last),
                            figure.start, end, near, names, part, change))
    return out
