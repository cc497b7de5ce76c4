"""What keeps two paired figures of different value from being a contradiction: one is denied
or only supposed, the two sides list the same values in another order, the other side gives
the same value elsewhere, or, in sentences that share little, nothing ties the two to one
thing."""

from __future__ import annotations

import re

from . import lexicon
from .binding import Quantity
from .figure_verdict import UNIT_TOLERANCE, close_values, verdict
from .sides import Side
from .tokens import is_number_word

_ASIDE = re.compile(r"\s(?:--|\u2013|\u2014)\s[^-\u2013\u2014]*?\s(?:--|\u2013|\u2014)\s")
"""An aside between dashes (`None of the teams -- the Red Sox, the Orioles -- has offered`)."""


def _clause_words(side: Side, q: Quantity) -> tuple[set[str], bool]:
    """The words earlier in the figure's clause, and whether they hold an `n't`; an aside
    between dashes does not end the clause."""
    head = _ASIDE.sub(" ", side.folded[:q.start])
    head = re.split(r"[.;:!?,]\s|\s(?:but|yet|while|whereas)\s", head)[-1]
    return set(re.findall(r"[a-z]+", head.lower())), "n't" in head.replace("\u2019", "'")


def unasserted(a: Side, qa: Quantity, b: Side, qb: Quantity) -> bool:
    """One figure is denied (`no other offer was more than ...`), or one is supposed while the
    other is stated (`concern about a contract of eight years or more` against `the deal is
    for 8 years`): there is no stated fact for the other side to state more precisely."""
    words_a, nt_a = _clause_words(a, qa)
    words_b, nt_b = _clause_words(b, qb)
    if nt_a or nt_b or (words_a | words_b) & lexicon.negations():
        return True
    return bool(words_a & lexicon.suppositions()) != bool(words_b & lexicon.suppositions())


_LISTED = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


def _one_list(side: Side, figures: list[Quantity]) -> bool:
    """Figures written one after another with only commas, `and` or `or` between them, the
    last one's noun, if any, shared by all (`€100, €200 and €500 notes`; not `six rifles,
    12 magazines and 300 rounds`)."""
    ordered = sorted(figures, key=lambda q: q.start)
    return all(not x.noun and _LISTED.fullmatch(side.folded[x.end:y.start]) is not None
               for x, y in zip(ordered, ordered[1:]))


def reordered(a: Side, qa: list[Quantity], b: Side, qb: list[Quantity], i: int, j: int) -> bool:
    """One list of values given in another order on each side (`€100, €200 and €500 notes`
    against `€500, €200 and €100 notes`), not figures exchanged between the things they
    count (`12 are Somali and 11 Yemeni` against `11 are Somali and 12 Yemeni`)."""
    dimension = qa[i].figure.dimension
    if dimension == "score":
        return False  # `6-3, 6-4` against `6-4, 6-3`: the sets' scores exchanged
    listed_a = [q for q in qa if q.figure.dimension == dimension]
    listed_b = [q for q in qb if q.figure.dimension == dimension]
    values_a = sorted((q.figure.low, q.figure.high, q.figure.sense) for q in listed_a)
    values_b = sorted((q.figure.low, q.figure.high, q.figure.sense) for q in listed_b)
    moved = (qa[i].figure.low, qa[i].figure.high) != (qb[j].figure.low, qb[j].figure.high)
    respectively = "respectively" in a.folded or "respectively" in b.folded
    return moved and not respectively and len(values_a) > 1 and values_a == values_b and \
        _one_list(a, listed_a) and _one_list(b, listed_b)


def figures_only(changed: frozenset[str]) -> bool:
    """No word but numbers changed on a side (`nine` for `three`)."""
    return all(is_number_word(word) for word in changed)


def stated_elsewhere(qa: list[Quantity], qb: list[Quantity], i: int, j: int,
                     paired: set[tuple[int, int]],
                     matched: tuple[set[int], set[int]]) -> bool:
    """Either figure is also given, with the same value, by a figure of the other side that
    could be about the same thing and is paired with nothing else: the two sides agree on
    it, and the pair that differs is a list matched the wrong way round (`the Orioles, seven
    years` against `eight years ... the Orioles over seven years`) or one side's detail set
    against the other's total (`23 pirates (12 Somali and 11 Yemeni)` against `23 Somali and
    Yemeni pirates`). A same value paired with its own counterpart (`a 100-seat
    planetarium` on both sides) says nothing, and in a swap (`one with broken bones, three
    with breathing problems`, the other way round) every figure is paired."""
    return any(k != j and k not in matched[1] and (i, k) in paired and same(qa[i], qb[k])
               for k in range(len(qb))) or \
        any(k != i and k not in matched[0] and (k, j) in paired and same(qa[k], qb[j])
            for k in range(len(qa)))


def same(x: Quantity, y: Quantity) -> bool:
    """One value, written alike or in another unit or form (not merely consistent)."""
    return verdict(x, y) is None and x.figure.sense == y.figure.sense and \
        close_values(x.figure.low, y.figure.low, UNIT_TOLERANCE) and \
        close_values(x.figure.high, y.figure.high, UNIT_TOLERANCE)


def tied(x: Quantity, y: Quantity) -> bool:
    """In two sentences that share little but their story, two different figures contradict
    each other only when they surely count one thing: the same people in the same role
    (`five killed`, `seven killed`), the same object (`two boats`, `three boats`), or two of
    the words nearest each. A count of something many figures of a story count (games,
    seasons, years, crew members, wins) is no such tie: two reports give many of them."""
    if x.role and x.role == y.role and x.role not in _TALLIES:
        return True
    if x.noun and x.noun == y.noun and x.noun not in lexicon.series_nouns() and \
            x.noun not in lexicon.people_nouns():
        return True
    return tie(x, y) >= 2


_TALLIES = frozenset({"won", "lost"})
"""Roles that count a run of results, not people."""


def tie(x: Quantity, y: Quantity) -> int:
    """How many of the words nearest each figure the two share, their nouns aside."""
    return len(x.near & y.near - {x.noun[:6], y.noun[:6]})


_YEAR = re.compile(r"(?<![\w.,$£€-])(?:19[5-9]\d|20[0-4]\d)(?![\w%-]|[.,]\d)")


def years(side: Side) -> frozenset[str]:
    """The years a passage names (`in 2008`, `the 2009 season`)."""
    return frozenset(_YEAR.findall(side.folded))


def describe(q: Quantity, side: Side) -> str:
    shown = side.text[slice(*side.span(q.start, q.end))]
    if q.figure.period:
        shown += f" {q.figure.period}"
    return f"{shown} ({q.role})" if q.role and q.role not in shown.lower() else shown


def complement(a: Side, qa: Quantity, b: Side, qb: Quantity) -> bool:
    """Two shares that add up to the whole, one of them denied (`only 40% of the rubbish is
    collected`, `60% of it is never collected`): one fact told from its other side."""
    if qa.figure.dimension != "percent" or qb.figure.dimension != "percent" or \
            abs(qa.figure.low + qb.figure.low - 100.0) > 0.5:
        return False
    return _denied(a) != _denied(b)


def _denied(side: Side) -> bool:
    return bool(set(re.findall(r"[a-z]+", side.folded.lower())) & lexicon.negations())



_OTHER = re.compile(r"\sother\s")
_LIST_GAP = re.compile(r"[^.;:!?()\d]{0,40}?(?:,\s*|,?\s+and\s+)")
"""What ends one item of a list before the next (` assault rifles, `)."""


def rest_of_list(side: Side, figures: list[Quantity], k: int, total: Quantity) -> bool:
    """`seven AK-47 assault rifles, two other rifles` against `nine assault rifles`: the
    figure with `other` counts the rest of a list, and with the item listed before it makes
    the other side's total; the two sides agree."""
    rest = figures[k]
    if not _OTHER.search(side.folded[rest.start:rest.end]) or k == 0:
        return False
    before = figures[k - 1]
    if before.figure.dimension != "count" or _LIST_GAP.fullmatch(
            side.folded[before.end:rest.start]) is None:
        return False
    return close_values(before.figure.low + rest.figure.low, total.figure.low, 1e-9) and \
        close_values(before.figure.high + rest.figure.high, total.figure.high, 1e-9)
