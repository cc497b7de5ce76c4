"""Figures and dates two aligned passages state differently, paired by what they are about.

Figures of the two sides are paired by what they count (role, noun, unit, the words around
them), as a reader pairs "three injured" with "60 injured" and not with "three dead"; only
then are values compared. A pair whose values agree once units, scales, ranges and written
precision are accounted for is not flagged; one that agrees only as a rounding or within a
qualifier is `precision`; one that cannot both be true is a `conflict`.
"""

from __future__ import annotations

from collections import Counter

from ..align.assignment import max_weight_matching
from ..model import Discrepancy
from . import lexicon
from .binding import Quantity, read_quantities
from .date_checks import date_flags
from .dates import read_dates
from .figure_guards import (
    complement,
    describe,
    figures_only,
    reordered,
    rest_of_list,
    stated_elsewhere,
    tie,
    tied,
    unasserted,
    years,
)
from .figure_verdict import close_values, comparable, distinctive, ranks, verdict, written
from .sides import Side

_COUNTED = frozenset({"count", "ordinal", "times"})
"""Dimensions whose noun says what is counted or ranked, so two nouns are two things."""


def _anyone(x: str, y: str) -> bool:
    """One noun counts people in general (`14 million people`), the other a kind of people
    (`41m subscribers`, `voters`): in close passages, the one count of each is one count."""
    for general, kind in ((x, y), (y, x)):
        if general == "person" and (kind in lexicon.people_nouns() or kind.endswith(_AGENT)):
            return True
    return False


_AGENT = ("er", "or", "ist", "ant", "ent")
"""Endings of nouns for someone who does something (`subscriber`, `donor`, `resident`)."""


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
    if not comparable(qa, qb):
        return 0.0
    if qa.figure.dimension != qb.figure.dimension and not close_values(
            written(qa), written(qb), 1e-9):
        return 0.0  # a rate and a plain amount pair only when they give the same figure
    if qa.role != qb.role and {"difference", "average", "each"} & {qa.role, qb.role}:
        return 0.0  # `two fewer than the average` is no amount of anything; `averaged 100
        # RBIs` is no season's tally, `5,000 fish each` no total
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
            qa.role and qa.role == qb.role and qa.noun in people and qb.noun in people) and \
            not (close and alone and (qa.figure.dimension not in _COUNTED or (
                qa.figure.dimension == "count" and _anyone(qa.noun, qb.noun)))):
        return 0.0  # `eight jurors` and `six women`, `four sentences` and `50 charges`; but
        # the one length of time, sum or age of two close passages is one fact whatever it
        # is said of (`three 10-year sentences`, `three 12-year terms`)
    nouns = {qa.noun[:5], qb.noun[:5]}  # `36 KOs`: the capitalised noun is no one's name
    names_a, names_b = {n[:5] for n in qa.names} - nouns, {n[:5] for n in qb.names} - nouns
    if names_a and names_b and not names_a & names_b:
        return 0.0  # `Rahman (45-7-2)` and `Povetkin (16-0)` are about different people
        # (names compared on five letters: `Angeles` misspelt for `Angels` is one name)
    if qa.change and qb.change and qa.change != qb.change:
        return 0.0  # `from 5.3m tonnes` is where the change began, `to 4.2m` where it ended
    if qa.part != qb.part and qa.figure.dimension != "percent":
        return 0.0  # `37 of the candidates` is not the count of all of them (a share is a
        # share however it is written: `28% of the people`, `82% of people`)
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
    if alone and not close and not distant and tie(qa, qb) >= 2:
        evidence = strong = True  # reworded, not retold: the one figure of its kind on each
        # side, with two of the words nearest it in common (`82% of people's names`, `28% of
        # the people's names`)
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
    if verdict(qa, qb) is None or close_values(written(qa), written(qb), 1e-9):
        score += 0.5
        evidence = strong = True
        if distinctive(qa) and qa.figure.low == qb.figure.low and \
                qa.figure.high == qb.figure.high:
            score += 6.0  # `2,001,926` on both sides is one figure, wherever each side puts it
    score -= 0.25 * position  # order only breaks ties: outlets reorder their sentences
    return score if evidence and strong and score > 0 else 0.0


def nouns_changed(a: Side, b: Side, moved: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Each side changed a word one of its figures counts (`two women and one man` against
    `two men and one woman`): the same numbers may now count other things, so the figures
    are compared even though no number changed."""
    for one, changed in zip((a, b), moved):
        counted = read_quantities(one.folded, read_dates(one.folded)[1])
        if not any(q.noun and q.noun[:6] in changed for q in counted):
            return False
    return True


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
    if qa and qb and not close and years(a) != years(b):
        qa = qb = []  # `in 2008 the bout went 11 rounds`: one loose passage is about another
        # time than the other, so its figures describe another event
    if qa and qb:
        edges = []
        dims_a = Counter(q.figure.dimension for q in qa)
        dims_b = Counter(q.figure.dimension for q in qb)
        rank_a, rank_b = ranks(qa), ranks(qb)
        fixed = figures_only(moved[0]) and figures_only(moved[1]) and \
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
        paired = {(i, j) for i, j, _ in edges}
        matching = max_weight_matching(edges)
        matched = ({i for i, _, _ in matching}, {j for _, j, _ in matching})
        for i, j, _ in matching:
            judged = verdict(qa[i], qb[j])
            if judged is None or reordered(a, qa, b, qb, i, j):
                continue
            severity, kind = judged
            if severity == "conflict" and not fixed and stated_elsewhere(qa, qb, i, j, paired,
                                                                     matched):
                continue
            if severity == "conflict" and (distant and not tied(qa[i], qb[j]) or
                                           complement(a, qa[i], b, qb[j]) or
                                           rest_of_list(a, qa, i, qb[j]) or
                                           rest_of_list(b, qb, j, qa[i])):
                continue
            if severity == "precision" and unasserted(a, qa[i], b, qb[j]):
                continue  # `no offer was more than seven years` states no figure to refine
            why = f"A: {describe(qa[i], a)}; B: {describe(qb[j], b)}"
            if severity == "precision":
                why += " (consistent, stated less precisely by one)"
            a_span, b_span = a.span(qa[i].start, qa[i].end), b.span(qb[j].start, qb[j].end)
            flag = Discrepancy(kind, a.text[slice(*a_span)], b.text[slice(*b_span)],  # type: ignore[arg-type]
                               severity, why, a_span, b_span)  # type: ignore[arg-type]
            out.append((qa[i].start, flag))
    out += [(m.start, d) for m, d in date_flags(a, b, dates_a, dates_b, close, distant)]
    return [d for _, d in sorted(out, key=lambda item: item[0])]
