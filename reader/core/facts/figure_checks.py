"""Figures and dates two aligned passages state differently, paired by what they are about.

Figures of the two sides are paired by what they count (role, noun, unit, the words around
them), as a reader pairs "three injured" with "60 injured" and not with "three dead"; only
then are values compared. A pair whose values agree once units, scales, ranges and written
precision are accounted for is not flagged; one that agrees only as a rounding or within a
qualifier is `precision`; one that cannot both be true is a `conflict`.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..align.assignment import max_weight_matching
from ..model import Discrepancy
from . import lexicon
from .binding import Quantity, read_quantities
from .date_checks import date_flags
from .dates import read_dates
from .sides import Side
from .tokens import is_number_word

_UNIT_TOLERANCE = 0.03
"""Relative difference allowed between a figure and its conversion into another unit
(`21 kilometres` = `13 miles`): newsrooms round conversions."""
_INFINITY = math.inf
_ELSEWHERE = 0.6
"""How nearly as well another figure of the other side, one that gives the same value, must
fit a figure for the two sides to be taken as agreeing on it."""
_VAGUE = 0.35
"""How far apart two figures may be for one to be the other given less precisely (`923` and
`more than 900`, `65.6%` and `about two-thirds`); two hedged figures further apart that happen
to be consistent are two vague statements, not one figure."""


def forms(q: Quantity) -> list[tuple[str, float, float, float, str]]:
    f = q.figure
    own = [(f.dimension, f.low, f.high, f.step, f.unit)]
    return own + [(d, low, high, step, "alt") for d, low, high, step in f.alternates]


def _interval(low: float, high: float, step: float, sense: str) -> tuple[float, float]:
    slack = max(step, 0.1 * max(abs(low), abs(high)))
    if sense == ">":
        return high, _INFINITY
    if sense == "<":
        return -_INFINITY, low
    if sense == "~":
        return low - slack, high + slack
    if sense == "<~":
        return low - slack, high
    return low - step / 2, high + step / 2


def close_values(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9) + 1e-9


def verdict(qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """None when the two agree; else (severity, kind). A bracketed conversion on either side
    (`21 kilometres (13 miles)`) can make the two agree, never merely consistent."""
    forms_a, forms_b = forms(qa), forms(qb)
    sa, sb = qa.figure.sense, qb.figure.sense
    if qa.figure.compared != qb.figure.compared:  # `exceeding the $161 million` states it too
        sa = sb = "="
    hedges = {sa, sb} <= {"=", "~", "<~"}
    def agree(fa: tuple[str, float, float, float, str],
              fb: tuple[str, float, float, float, str]) -> bool:
        da, la, ha, sta, ua = fa
        db, lb, hb, stb, ub = fb
        if {ua, ub} == {"fraction", "%"}:  # `33%` is a third; `65.6%` is not two-thirds
            step = stb if ua == "fraction" else sta
            return abs(la - lb) <= step / 2 + 1e-9 and (sa == sb or hedges)
        strict = ua == ub != "alt" and "/" not in da + db  # conversions are rounded
        tolerance = 1e-9 if strict else _UNIT_TOLERANCE
        return _base(da) == _base(db) and close_values(la, lb, tolerance) and \
            close_values(ha, hb, tolerance) and (sa == sb or hedges)

    if len(forms_a) > 1 and len(forms_b) > 1:  # each gives a conversion: the figures as
        if agree(forms_a[0], forms_b[0]):  # first written must agree, and so must the others
            others = [(x, y) for x in forms_a[1:] for y in forms_b[1:]
                      if _base(x[0]) == _base(y[0])]
            if others and not any(agree(x, y) for x, y in others):
                return ("conflict", "number")  # `a third (29%)`, `a third (38%)`
            return None
    elif any(agree(x, y) for x in forms_a for y in forms_b):
        return None
    da, la, ha, sta, ua = forms_a[0]
    db, lb, hb, stb, ub = forms_b[0]
    if da != db:
        return None  # a rate against a plain amount, or forms that cannot be compared
    tolerance = 1e-9 if ua == ub and "/" not in da + db else _UNIT_TOLERANCE
    same_value = close_values(la, lb, tolerance) and close_values(ha, hb, tolerance)
    if sa == sb and sa in (">", "<"):
        return ("conflict", "number")
    if ua != ub and close_values(_written(qa), _written(qb), 1e-9):
        return ("precision", "number")  # `13 nautical miles`, `13 miles`: one figure, two units
    if sa == sb and not (sa == "~" and ua != ub):  # `around 11,000ft`, `around 3,000
        ia, ib = _interval(la, ha, sta, "="), _interval(lb, hb, stb, "=")  # metres`: rounded
    else:
        ia, ib = _interval(la, ha, sta, sa), _interval(lb, hb, stb, sb)
    if ia[0] < ib[1] and ib[0] < ia[1]:
        bound = {sa, sb} & {">", "<"} and "=" in (sa, sb)  # `485 years` is no sharper
        if ("=" not in (sa, sb) or bound) and \
                not close_values((la + ha) / 2, (lb + hb) / 2, _VAGUE):  # telling of `more
            return None  # than three years`; `more than a week ago`, `almost three weeks
            # ago`: both vague, not one figure
        return ("precision", "number")  # figure given less precisely
    return ("conflict", "qualifier" if same_value else "number")


def _base(dimension: str) -> str:
    return dimension.split("/")[0]


def _comparable(qa: Quantity, qb: Quantity) -> bool:
    """Same dimension; an amount per something and a plain amount of the same kind pair up
    too (`100 applications a year` and `100 applications`), but only agree or not compare."""
    dims_a = {_base(form[0]) for form in forms(qa)}
    return any(_base(form[0]) in dims_a for form in forms(qb))


def _written(q: Quantity) -> float:
    """The number as written, before scale, unit or rate (`$10 a month` → 10, `1.4m` → 1.4)."""
    f = q.figure
    return (f.low - f.offset) / f.factor if f.factor else f.low


def _distinctive(q: Quantity) -> bool:
    """A figure precise enough that the same value on the other side is surely the same
    figure (`2,001,926`, `55.3%`), unlike `three` or `20`, which a sentence may give twice."""
    digits = "".join(ch for ch in f"{_written(q):.6g}" if ch.isdigit()).strip("0")
    return len(digits) >= 3


def ranks(quantities: list[Quantity]) -> list[int]:
    """Each figure's place among the figures of its dimension (`6-3, 6-4`: 0 and 1)."""
    seen: Counter[str] = Counter()
    out = []
    for q in quantities:
        out.append(seen[q.figure.dimension])
        seen[q.figure.dimension] += 1
    return out


def affinity(qa: Quantity, qb: Quantity, position: float,
              moved: tuple[frozenset[str], frozenset[str]], alone: bool,
              parallel: bool = False, close: bool = True, distant: bool = False) -> float:
    """How surely two figures answer the same question; 0 when they cannot.

    `moved` holds the words each side changed: a changed word next to a figure on both sides
    (`male` by 5.3% in A and by 5.3% in B) says the figure moved with what it describes, as
    in a reordered sentence, rather than being exchanged for another value. `alone`: each is
    the only figure of its dimension in its passage (one sum of money on each side);
    `parallel`: the two hold the same place in lists of the same length (`6-3, 6-4`).
    Neither counts as evidence unless the two passages are `close` (they share most of their
    wording): in two reports that only share a topic, the one sum of money on each side may
    well be two different sums. In `distant` passages (little shared but the story) records
    and scores are not compared at all.
    """
    if not _comparable(qa, qb):
        return 0.0
    if qa.figure.dimension != qb.figure.dimension and not close_values(
            _written(qa), _written(qb), 1e-9):
        return 0.0  # a rate and a plain amount pair only when they give the same figure
    if qa.role != qb.role and {"difference", "average"} & {qa.role, qb.role}:
        return 0.0  # `two fewer than the average` is no amount of anything; `averaged 100
        # RBIs` is no season's tally
    if qa.role and qb.role and qa.role != qb.role:
        return 0.0
    if bool(qa.role) != bool(qb.role) and verdict(qa, qb) is not None and \
            not (qa.context & qb.context) - {qa.noun[:6], qb.noun[:6]}:
        return 0.0  # `four people (dead)` is not answered by `50 people` said of nothing
    people = lexicon.people_nouns()
    for x, y in ((qa, qb), (qb, qa)):
        if x.role and not x.noun and y.noun and not y.role and y.noun not in people:
            return 0.0  # `losing eight` is about people or games lost, `10 games` about games
    if qa.noun and qb.noun and qa.noun != qb.noun and not (
            qa.role and qa.role == qb.role and qa.noun in people and qb.noun in people):
        return 0.0  # `eight jurors` and `six women`, `four sentences` and `50 charges`
    if qa.names and qb.names and not {n[:5] for n in qa.names} & {n[:5] for n in qb.names}:
        return 0.0  # `Rahman (45-7-2)` and `Povetkin (16-0)` are about different people
        # (names compared on five letters: `Angeles` misspelt for `Angels` is one name)
    if qa.part != qb.part:
        return 0.0  # `37 of the candidates` is not the count of all of them
    if distant and "score" in (qa.figure.dimension, qb.figure.dimension):
        return 0.0  # a record or a score in two sentences that share little else: a season's
        # record and a run's, two games' scores
    if qa.figure.dimension == "ordinal" and (qa.noun != qb.noun or not close):
        return 0.0  # `third time` and `fifth round` rank different things; in two reports
        # told differently, `her second marriage` and `her third marriage` are two marriages
    score = 1.0
    evidence = close and ((alone and qa.figure.dimension != "count") or parallel)
    strong = close  # in a loose pair one shared word, or a noun many figures of a story
    # count, is not enough: `23 games` and `eight games` in two reports are two runs
    if qa.role and qa.role == qb.role:
        score += 3.0
        evidence = strong = True
    shared = len((qa.context & qb.context) - {qa.noun[:6], qb.noun[:6]})
    if qa.noun and qa.noun == qb.noun:
        score += 2.0
        evidence = True
        strong = strong or shared > 0 or qa.noun not in lexicon.series_nouns()
    if shared:
        score += min(len(qa.context & qb.context), 2)
        evidence = True
        strong = strong or shared > 1
    own_a, own_b = qa.near & moved[0], qb.near & moved[1]
    if own_a & own_b:
        score += 4.0 * min(len(own_a & own_b), 2)
        evidence = True
        strong = strong or bool(own_a & own_b - {qa.noun[:6], qb.noun[:6]})
    if verdict(qa, qb) is None or close_values(_written(qa), _written(qb), 1e-9):
        score += 0.5
        evidence = strong = True
        if _distinctive(qa) and qa.figure.low == qb.figure.low and \
                qa.figure.high == qb.figure.high:
            score += 6.0  # `2,001,926` on both sides is one figure, wherever each side puts it
    score -= 0.25 * position  # order only breaks ties: outlets reorder their sentences
    return score if evidence and strong and score > 0 else 0.0


_ASIDE = re.compile(r"\s(?:--|\u2013|\u2014)\s[^-\u2013\u2014]*?\s(?:--|\u2013|\u2014)\s")
"""An aside between dashes (`None of the teams -- the Red Sox, the Orioles -- has offered`)."""


def _clause_words(side: Side, q: Quantity) -> tuple[set[str], bool]:
    """The words earlier in the figure's clause, and whether they hold an `n't`; an aside
    between dashes does not end the clause."""
    head = _ASIDE.sub(" ", side.folded[:q.start])
    head = re.split(r"[.;:!?,]\s|\s(?:but|yet|while|whereas)\s", head)[-1]
    return set(re.findall(r"[a-z]+", head.lower())), "n't" in head.replace("\u2019", "'")


def _unasserted(a: Side, qa: Quantity, b: Side, qb: Quantity) -> bool:
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


def _reordered(a: Side, qa: list[Quantity], b: Side, qb: list[Quantity], i: int, j: int) -> bool:
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


def _figures_only(changed: frozenset[str]) -> bool:
    """No word but numbers changed on a side (`nine` for `three`)."""
    return all(is_number_word(word) for word in changed)


def _stated_elsewhere(qa: list[Quantity], qb: list[Quantity], i: int, j: int,
                      weights: dict[tuple[int, int], float]) -> bool:
    """Either figure is also given, with the same value, by another figure of the other side
    that fits it about as well (`the Orioles, seven years` against `eight years ... the
    Orioles over seven years`): the two sides agree on it, and the pair that differs is two
    figures of a list matched the wrong way round, not a contradiction. Not when the words
    nearest the two differing figures tie them more (`one with broken bones` against `three
    with broken bones, one with breathing problems`): that is a swap."""
    bar = _ELSEWHERE * weights[(i, j)]
    tie = _tie(qa[i], qb[j])
    return any(verdict(qa[i], qb[k]) is None and _tie(qa[i], qb[k]) >= tie
               for k in range(len(qb)) if k != j and weights.get((i, k), 0.0) >= bar) or \
        any(verdict(qa[k], qb[j]) is None and _tie(qa[k], qb[j]) >= tie
            for k in range(len(qa)) if k != i and weights.get((k, j), 0.0) >= bar)


def _tied(x: Quantity, y: Quantity) -> bool:
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
    return _tie(x, y) >= 2


_TALLIES = frozenset({"won", "lost"})
"""Roles that count a run of results, not people."""


def _tie(x: Quantity, y: Quantity) -> int:
    """How many of the words nearest each figure the two share, their nouns aside."""
    return len(x.near & y.near - {x.noun[:6], y.noun[:6]})


_YEAR = re.compile(r"(?<![\w.,$£€-])(?:19[5-9]\d|20[0-4]\d)(?![\w%-]|[.,]\d)")


def _years(side: Side) -> frozenset[str]:
    """The years a passage names (`in 2008`, `the 2009 season`)."""
    return frozenset(_YEAR.findall(side.folded))


def _describe(q: Quantity, side: Side) -> str:
    shown = side.text[slice(*side.span(q.start, q.end))]
    if q.figure.period:
        shown += f" {q.figure.period}"
    return f"{shown} ({q.role})" if q.role and q.role not in shown.lower() else shown


def figure_flags(a: Side, b: Side, moved: tuple[frozenset[str], frozenset[str]] = (
        frozenset(), frozenset()), close: bool = True, distant: bool = False
                 ) -> list[Discrepancy]:
    """Flags for the figures and dates of two aligned passages, in A's reading order;
    `moved` holds the content words (lemma, six letters) each side's diff changed."""
    dates_a, masked_a = read_dates(a.folded)
    dates_b, masked_b = read_dates(b.folded)
    qa = read_quantities(a.folded, masked_a)
    qb = read_quantities(b.folded, masked_b)
    out: list[tuple[int, Discrepancy]] = []
    if qa and qb and not close and _years(a) != _years(b):
        qa = qb = []  # `in 2008 the bout went 11 rounds`: one loose passage is about another
        # time than the other, so its figures describe another event
    if qa and qb:
        edges = []
        dims_a = Counter(q.figure.dimension for q in qa)
        dims_b = Counter(q.figure.dimension for q in qb)
        rank_a, rank_b = ranks(qa), ranks(qb)
        fixed = _figures_only(moved[0]) and _figures_only(moved[1]) and \
            dims_a == dims_b  # only figures changed (`nine in favor` now `three in favor`):
        for i, x in enumerate(qa):  # the words stayed, so each figure keeps its place
            for j, y in enumerate(qb):
                where = abs(i / max(len(qa), 1) - j / max(len(qb), 1))
                dimension = x.figure.dimension
                alone = dims_a[dimension] == 1 and dims_b[dimension] == 1
                parallel = dims_a[dimension] == dims_b[dimension] and rank_a[i] == rank_b[j]
                weight = affinity(x, y, where, moved, alone, parallel, close, distant)
                if weight > 0 and fixed and parallel:
                    weight += 10.0
                if weight > 0:
                    edges.append((i, j, round(weight, 6)))
        weights = {(i, j): w for i, j, w in edges}
        for i, j, _ in max_weight_matching(edges):
            judged = verdict(qa[i], qb[j])
            if judged is None or _reordered(a, qa, b, qb, i, j):
                continue
            severity, kind = judged
            if severity == "conflict" and not fixed and _stated_elsewhere(qa, qb, i, j, weights):
                continue
            if severity == "conflict" and distant and not _tied(qa[i], qb[j]):
                continue
            if severity == "precision" and _unasserted(a, qa[i], b, qb[j]):
                continue  # `no offer was more than seven years` states no figure to refine
            why = f"A: {_describe(qa[i], a)}; B: {_describe(qb[j], b)}"
            if severity == "precision":
                why += " (consistent, stated less precisely by one)"
            a_span, b_span = a.span(qa[i].start, qa[i].end), b.span(qb[j].start, qb[j].end)
            flag = Discrepancy(kind, a.text[slice(*a_span)], b.text[slice(*b_span)],  # type: ignore[arg-type]
                               severity, why, a_span, b_span)  # type: ignore[arg-type]
            out.append((qa[i].start, flag))
    out += [(m.start, d) for m, d in date_flags(a, b, dates_a, dates_b, close, distant)]
    return [d for _, d in sorted(out, key=lambda item: item[0])]
