"""Figures and dates two aligned passages state differently, paired by what they are about.

Figures of the two sides are paired by what they count (role, noun, unit, the words around
them), as a reader pairs "three injured" with "60 injured" and not with "three dead"; only
then are values compared. A pair whose values agree once units, scales, ranges and written
precision are accounted for is not flagged; one that agrees only as a rounding or within a
qualifier is `precision`; one that cannot both be true is a `conflict`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..align.assignment import max_weight_matching
from ..align.features import STOPWORDS
from ..model import Discrepancy
from ..text.normalize import MONTHS, WEEKDAYS
from . import lexicon
from .binding import Quantity, lemma, read_quantities
from .dates import DateMention, read_dates
from .tokens import tokenize

_UNIT_TOLERANCE = 0.03
"""Relative difference allowed between a figure and its conversion into another unit
(`21 kilometres` = `13 miles`): newsrooms round conversions."""
_INFINITY = math.inf


@dataclass(frozen=True)
class Side:
    """One side's passage as shown, its folded form, and the map between the two."""

    text: str
    folded: str
    offsets: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the shown text of a span of the folded text."""
        first = self.offsets[start]
        return first, (self.offsets[end - 1] + 1 if end > start else first)


def _forms(q: Quantity) -> list[tuple[str, float, float, float, str]]:
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


def _close(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9) + 1e-9


def _verdict(qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """None when the two agree; else (severity, kind). A bracketed conversion on either side
    (`21 kilometres (13 miles)`) can make the two agree, never merely consistent."""
    forms_a, forms_b = _forms(qa), _forms(qb)
    sa, sb = qa.figure.sense, qb.figure.sense
    if qa.figure.compared != qb.figure.compared:  # `exceeding the $161 million` states it too
        sa = sb = "="
    hedges = {sa, sb} <= {"=", "~", "<~"}
    for da, la, ha, sta, ua in forms_a:
        for db, lb, hb, stb, ub in forms_b:
            if {ua, ub} == {"fraction", "%"}:  # `33%` is a third; `65.6%` is not two-thirds
                step = stb if ua == "fraction" else sta
                if abs(la - lb) <= step / 2 + 1e-9 and (sa == sb or hedges):
                    return None
                continue
            tolerance = 1e-9 if ua == ub and "/" not in da + db else _UNIT_TOLERANCE
            if _base(da) == _base(db) and _close(la, lb, tolerance) and \
                    _close(ha, hb, tolerance) and (sa == sb or hedges):
                return None
    da, la, ha, sta, ua = forms_a[0]
    db, lb, hb, stb, ub = forms_b[0]
    if da != db:
        return None  # a rate against a plain amount, or forms that cannot be compared
    tolerance = 1e-9 if ua == ub and "/" not in da + db else _UNIT_TOLERANCE
    same_value = _close(la, lb, tolerance) and _close(ha, hb, tolerance)
    if sa == sb and sa in (">", "<"):
        return ("conflict", "number")
    if ua != ub and _close(_written(qa), _written(qb), 1e-9):
        return ("precision", "number")  # `13 nautical miles`, `13 miles`: one figure, two units
    if sa == sb:
        ia, ib = _interval(la, ha, sta, "="), _interval(lb, hb, stb, "=")
    else:
        ia, ib = _interval(la, ha, sta, sa), _interval(lb, hb, stb, sb)
    if ia[0] < ib[1] and ib[0] < ia[1]:
        return ("precision", "number")
    return ("conflict", "qualifier" if same_value else "number")


def _base(dimension: str) -> str:
    return dimension.split("/")[0]


def _comparable(qa: Quantity, qb: Quantity) -> bool:
    """Same dimension; an amount per something and a plain amount of the same kind pair up
    too (`100 applications a year` and `100 applications`), but only agree or not compare."""
    dims_a = {_base(form[0]) for form in _forms(qa)}
    return any(_base(form[0]) in dims_a for form in _forms(qb))


def _written(q: Quantity) -> float:
    """The number as written, before scale, unit or rate (`$10 a month` → 10, `1.4m` → 1.4)."""
    f = q.figure
    return (f.low - f.offset) / f.factor if f.factor else f.low


def _ranks(quantities: list[Quantity]) -> list[int]:
    """Each figure's place among the figures of its dimension (`6-3, 6-4`: 0 and 1)."""
    seen: Counter[str] = Counter()
    out = []
    for q in quantities:
        out.append(seen[q.figure.dimension])
        seen[q.figure.dimension] += 1
    return out


def _affinity(qa: Quantity, qb: Quantity, position: float,
              moved: tuple[frozenset[str], frozenset[str]], alone: bool,
              parallel: bool = False, close: bool = True) -> float:
    """How surely two figures answer the same question; 0 when they cannot.

    `moved` holds the words each side changed: a changed word next to a figure on both sides
    (`male` by 5.3% in A and by 5.3% in B) says the figure moved with what it describes, as
    in a reordered sentence, rather than being exchanged for another value. `alone`: each is
    the only figure of its dimension in its passage (one sum of money on each side);
    `parallel`: the two hold the same place in lists of the same length (`6-3, 6-4`).
    Neither counts as evidence unless the two passages are `close` (they share most of their
    wording): in two reports that only share a topic, the one sum of money on each side may
    well be two different sums.
    """
    if not _comparable(qa, qb):
        return 0.0
    if qa.figure.dimension != qb.figure.dimension and not _close(
            _written(qa), _written(qb), 1e-9):
        return 0.0  # a rate and a plain amount pair only when they give the same figure
    if qa.role and qb.role and qa.role != qb.role:
        return 0.0
    if bool(qa.role) != bool(qb.role) and _verdict(qa, qb) is not None and \
            not (qa.context & qb.context) - {qa.noun[:6], qb.noun[:6]}:
        return 0.0  # `four people (dead)` is not answered by `50 people` said of nothing
    people = lexicon.people_nouns()
    if qa.noun and qb.noun and qa.noun != qb.noun and not (
            qa.role and qa.role == qb.role and qa.noun in people and qb.noun in people):
        return 0.0  # `eight jurors` and `six women`, `four sentences` and `50 charges`
    if qa.names and qb.names and not qa.names & qb.names:
        return 0.0  # `Rahman (45-7-2)` and `Povetkin (16-0)` are about different people
    if qa.part != qb.part:
        return 0.0  # `37 of the candidates` is not the count of all of them
    if qa.figure.dimension == "ordinal" and qa.noun != qb.noun:
        return 0.0  # `third time` and `fifth round` rank different things
    score = 1.0
    evidence = close and ((alone and qa.figure.dimension != "count") or parallel)
    if qa.role and qa.role == qb.role:
        score += 3.0
        evidence = True
    if qa.noun and qa.noun == qb.noun:
        score += 2.0
        evidence = True
    shared = len(qa.context & qb.context)
    if shared:
        score += min(shared, 2)
        evidence = True
    own_a, own_b = qa.near & moved[0], qb.near & moved[1]
    if own_a & own_b:
        score += 4.0 * min(len(own_a & own_b), 2)
        evidence = True
    if _verdict(qa, qb) is None or _close(_written(qa), _written(qb), 1e-9):
        score += 0.5
        evidence = True
    score -= 0.25 * position  # order only breaks ties: outlets reorder their sentences
    return score if evidence and score > 0 else 0.0


def _describe(q: Quantity, side: Side) -> str:
    shown = side.text[slice(*side.span(q.start, q.end))]
    return f"{shown} ({q.role})" if q.role and q.role not in shown.lower() else shown


def figure_flags(a: Side, b: Side, moved: tuple[frozenset[str], frozenset[str]] = (
        frozenset(), frozenset()), close: bool = True) -> list[Discrepancy]:
    """Flags for the figures and dates of two aligned passages, in A's reading order;
    `moved` holds the content words (lemma, six letters) each side's diff changed."""
    dates_a, masked_a = read_dates(a.folded)
    dates_b, masked_b = read_dates(b.folded)
    qa = read_quantities(a.folded, masked_a)
    qb = read_quantities(b.folded, masked_b)
    out: list[tuple[int, Discrepancy]] = []
    if qa and qb:
        edges = []
        dims_a = Counter(q.figure.dimension for q in qa)
        dims_b = Counter(q.figure.dimension for q in qb)
        rank_a, rank_b = _ranks(qa), _ranks(qb)
        for i, x in enumerate(qa):
            for j, y in enumerate(qb):
                where = abs(i / max(len(qa), 1) - j / max(len(qb), 1))
                dimension = x.figure.dimension
                alone = dims_a[dimension] == 1 and dims_b[dimension] == 1
                parallel = dims_a[dimension] == dims_b[dimension] and rank_a[i] == rank_b[j]
                weight = _affinity(x, y, where, moved, alone, parallel, close)
                if weight > 0:
                    edges.append((i, j, round(weight, 6)))
        for i, j, _ in max_weight_matching(edges):
            verdict = _verdict(qa[i], qb[j])
            if verdict is None:
                continue
            severity, kind = verdict
            why = f"A: {_describe(qa[i], a)}; B: {_describe(qb[j], b)}"
            if severity == "precision":
                why += " (consistent, stated less precisely by one)"
            a_span, b_span = a.span(qa[i].start, qa[i].end), b.span(qb[j].start, qb[j].end)
            flag = Discrepancy(kind, a.text[slice(*a_span)], b.text[slice(*b_span)],  # type: ignore[arg-type]
                               severity, why, a_span, b_span)  # type: ignore[arg-type]
            out.append((qa[i].start, flag))
    out += [(m.start, d) for m, d in _date_flags(a, b, dates_a, dates_b)]
    return [d for _, d in sorted(out, key=lambda item: item[0])]


_MONTH_OR_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    m[:3] for m in MONTHS) | {"sept", "st", "nd", "rd", "th"}
_SAID = frozenset("said says told tells reported reports announced added confirmed stated "
                  "wrote posted tweeted updated published".split())


def _date_context(side: Side, mention: DateMention) -> tuple[frozenset[str], bool]:
    """Content words around a date (roles folded: `died` and `killed` are one), and whether
    it dates a statement (`officials said Saturday`) rather than the event."""
    before = [t for t in tokenize(side.folded[max(0, mention.start - 60):mention.start])
              if t.is_word][-4:]
    after = [t for t in tokenize(side.folded[mention.end:mention.end + 60]) if t.is_word][:4]
    said = bool(before) and (before[-1].lower in _SAID or (
        len(before) > 1 and before[-1].lower in ("on", "late", "early")
        and before[-2].lower in _SAID))
    words = set()
    for token in before + after:
        word = token.lower
        if len(word) > 2 and word not in STOPWORDS:
            words.add(lexicon.roles().get(word) or lemma(word)[:6])
    return frozenset(words), said


_CALENDAR_WORDS = frozenset("am pm a.m p.m gmt utc ist est bst local time hrs hours updated "
                            "posted published last first".split())


def _dateline(side: Side) -> bool:
    """A passage that is a date and time with no word in lower case beside them (`December
    22nd, 2008 8:55 am`, `TNN Nov 12, 2011, 05.51AM IST MUMBAI`): a page's timestamp."""
    return not any(t.is_word and t.text.islower() and len(t.text) > 2 and
                   t.lower not in _CALENDAR_WORDS and t.lower not in _MONTH_OR_DAY
                   for t in tokenize(side.folded))


def _date_flags(a: Side, b: Side, dates_a: list[DateMention], dates_b: list[DateMention]
                ) -> list[tuple[DateMention, Discrepancy]]:
    """Dates and times about the same thing (the words around them agree), compared field by
    field; the date of a statement is only compared with the date of a statement."""
    if _dateline(a) or _dateline(b):
        return []  # `December 22nd, 2008 8:55 am`: when a page was posted, not a fact
    context_a = [_date_context(a, x) for x in dates_a]
    context_b = [_date_context(b, y) for y in dates_b]
    edges = []
    for i, x in enumerate(dates_a):
        fx = x.fields()
        for j, y in enumerate(dates_b):
            fy = y.fields()
            shared = set(fx) & set(fy)
            (words_a, said_a), (words_b, said_b) = context_a[i], context_b[j]
            if not shared or said_a != said_b:
                continue
            agree = all(fx[k] == fy[k] for k in shared)
            common = len(words_a & words_b)
            specific = "day" in shared or "minutes" in shared or "weekday" in shared
            single = len(dates_a) == len(dates_b) == 1 and specific
            if not common and not agree and not single:
                continue
            weight = len(shared) + common + (1.5 if agree else 0.0)
            weight -= 0.5 * abs(i / len(dates_a) - j / len(dates_b))
            if weight > 0:
                edges.append((i, j, round(weight, 6)))
    out = []
    for i, j, _ in max_weight_matching(edges):
        x, y = dates_a[i], dates_b[j]
        fx, fy = x.fields(), y.fields()
        differing = [k for k in set(fx) & set(fy) if fx[k] != fy[k]]
        if "minutes" in differing and ((x.zone and y.zone and x.zone != y.zone) or (
                (x.twelve_hour or y.twelve_hour) and fx["minutes"] % 720 == fy["minutes"] % 720)):
            differing.remove("minutes")
        if not differing:
            continue
        a_span, b_span = a.span(x.start, x.end), b.span(y.start, y.end)
        shown_a, shown_b = a.text[slice(*a_span)], b.text[slice(*b_span)]
        out.append((x, Discrepancy("date", shown_a, shown_b, "conflict",
                                   f"A: {shown_a}; B: {shown_b}", a_span, b_span)))
    return out
