"""Every figure of both articles side by side, grouped by what it counts.

A figure is read with what it counts (`binding.read_quantities`: the role of the people
counted, the noun, the unit). Figures of aligned passages are paired exactly as the fact checks
pair them (`figure_checks`: by role, noun and the words around them, never by value alone) and
judged by the same verdict, so a row's severity is the flag the passage carries. A figure whose
passage has no counterpart still meets the other article's figure of the same kind when each
article gives only one (`drones`: 138 vs —, or the toll told in two unaligned sentences).
Rows that would share a label are told apart by the place their sentence names (`injured
(Odesa)`). Conflicts come first, then differences of precision, then figures that agree, then
figures only one article gives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..align.assignment import max_weight_matching
from ..model import Article, Comparison, FigureRow, FigureValue
from .binding import Quantity, read_quantities
from .checks import CLOSE_PAIR, changed_words
from .checks import side as text_side
from .dates import read_dates
from .diff import Segment
from .figure_checks import affinity
from .figure_guards import same as same_value
from .figure_verdict import ranks, verdict
from .readings import may_hold_figures
from .sides import Side

_ORDER = {"conflict": 0, "precision": 1, None: 2}
@dataclass(frozen=True)
class _Figure:
    sentence: int
    quantity: Quantity
    value: FigureValue
    label: str


def _label(q: Quantity, side: Side, start: int, end: int) -> str:
    """What a figure counts, in the article's words: `injured`, `drones`, `percent of
    Ukraine`, `age (girl)`."""
    f = q.figure
    shown = side.text[start:end]
    noun = re.findall(r"[^\W\d_][\w'-]*", shown)
    written = noun[-1].lower() if noun and (q.noun or f.dimension == "duration") else ""
    if f.dimension == "age":
        return f"age of {written}" if written and written not in ("old", "years") else "age"
    if q.role:
        return q.role
    if written:
        return written
    if f.dimension == "percent":
        after = re.match(r"\s+of\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)",
                         side.text[end:end + 60])
        return f"percent of {after.group(1)}" if after else "percent"
    return f.unit or f.dimension


def _figures(article: Article) -> list[_Figure]:
    out = []
    for sentence in article.sentences:
        if sentence.heading or not may_hold_figures(sentence.text):
            continue
        side = text_side(sentence.text)
        _, masked = read_dates(side.folded)
        for q in read_quantities(side.folded, masked):
            f = q.figure
            if f.dimension == "ordinal" or (f.dimension == "count" and not q.noun and
                                            not q.role):
                continue  # `a valuable one`, `for the third time`: nothing counted
            start, end = side.span(q.start, q.end)
            fig_start, fig_end = side.span(f.start, f.end)
            value = FigureValue(sentence.text[fig_start:fig_end], sentence.index,
                                fig_start, fig_end)
            out.append(_Figure(sentence.index, q, value, _label(q, side, start, end)))
    return out


def _pair(xs: list[_Figure], ys: list[_Figure], diff: Sequence[Segment], close: bool
          ) -> list[tuple[int, int]]:
    """The figure checks' pairing of two aligned passages' figures (indices into xs, ys),
    from the same evidence: the words the pair's diff changed, the figures alone of their
    kind or in the same place of lists, whether the passages share most of their wording."""
    qa = [x.quantity for x in xs]
    qb = [y.quantity for y in ys]
    moved = (changed_words(diff, "-"), changed_words(diff, "+"))
    dims_a = Counter(q.figure.dimension for q in qa)
    dims_b = Counter(q.figure.dimension for q in qb)
    rank_a, rank_b = ranks(qa), ranks(qb)
    edges = []
    for i, x in enumerate(qa):
        for j, y in enumerate(qb):
            dimension = x.figure.dimension
            alone = dims_a[dimension] == 1 and dims_b[dimension] == 1
            parallel = dims_a[dimension] == dims_b[dimension] and rank_a[i] == rank_b[j]
            where = abs(i / max(len(qa), 1) - j / max(len(qb), 1))
            weight = affinity(x, y, where, moved, alone, parallel, close)
            if weight > 0:
                edges.append((i, j, round(weight, 6)))
    return [(i, j) for i, j, _ in max_weight_matching(edges)]


Places = dict[tuple[int, int], list[tuple[int, str]]]
"""The places each sentence names: (side, sentence) -> (start, name), in the entities' order."""


def _places(comparison: Comparison) -> Places:
    out: Places = {}
    for entity in comparison.entities:
        if entity.type == "PLACE":
            for m in entity.mentions:
                out.setdefault((m.article, m.sentence), []).append((m.start, entity.name))
    return out


def _place(places: Places, side: int, value: FigureValue) -> str:
    """The place named nearest the figure in its sentence, if any (the first listed of
    two as near)."""
    best, distance = "", 10**9
    for start, name in places.get((side, value.sentence), ()):
        if abs(start - value.start) < distance:
            best, distance = name, abs(start - value.start)
    return best


def _severity(x: _Figure, y: _Figure) -> str | None:
    judged = verdict(x.quantity, y.quantity)
    return judged[0] if judged else None


def figure_rows(comparison: Comparison) -> list[FigureRow]:
    """The figures table: one row per figure pair or one-sided group, conflicts first."""
    figs = (_figures(comparison.a), _figures(comparison.b))
    by_sentence: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for side in (0, 1):
        for n, fig in enumerate(figs[side]):
            by_sentence[side].setdefault(fig.sentence, []).append(n)
    paired: list[tuple[int, int]] = []
    same = comparison.event is None or comparison.event.same
    for pair in comparison.pairs if same else ():
        xs = [n for i in pair.a for n in by_sentence[0].get(i, [])]
        ys = [n for j in pair.b for n in by_sentence[1].get(j, [])]
        if xs and ys:
            local = _pair([figs[0][n] for n in xs], [figs[1][n] for n in ys], pair.diff,
                          pair.score >= CLOSE_PAIR)
            paired += [(xs[i], ys[j]) for i, j in local]
    used_a, used_b = {i for i, _ in paired}, {j for _, j in paired}
    left_a = [n for n in range(len(figs[0])) if n not in used_a]  # in reading order
    left_b = [n for n in range(len(figs[1])) if n not in used_b]
    labels_a = Counter(figs[0][n].label for n in left_a)
    labels_b = Counter(figs[1][n].label for n in left_b)
    alone_b = {figs[1][n].label: n for n in left_b if labels_b[figs[1][n].label] == 1}
    met_a: set[int] = set()
    met_b: set[int] = set()
    for i in left_a if same else ():
        label = figs[0][i].label
        if labels_a[label] != 1 or label not in alone_b:
            continue
        j = alone_b[label]
        if affinity(figs[0][i].quantity, figs[1][j].quantity, 0.0, (frozenset(), frozenset()),
                     alone=True, close=False) > 0:
            paired.append((i, j))
            met_a.add(i)
            met_b.add(j)
    left_a = [n for n in left_a if n not in met_a]
    left_b = [n for n in left_b if n not in met_b]
    rows: list[tuple[tuple[int, int, int], FigureRow]] = []
    for i, j in paired:
        x, y = figs[0][i], figs[1][j]
        severity = _severity(x, y)
        rows.append(((_ORDER[severity], x.sentence, y.sentence),
                     FigureRow(x.label, (x.value,), (y.value,), severity)))  # type: ignore[arg-type]
    groups: tuple[dict[str, list[_Figure]], dict[str, list[_Figure]]] = ({}, {})
    for side, left in ((0, left_a), (1, left_b)):
        for n in left:
            groups[side].setdefault(figs[side][n].label, []).append(figs[side][n])
    for label in [k for k in groups[0] if k in groups[1]] if same else ():
        shared_a, shared_b = groups[0][label], groups[1][label]
        if any(same_value(x.quantity, y.quantity) for x in shared_a for y in shared_b):
            del groups[0][label], groups[1][label]  # `the 28-point plan` in passages not
            # aligned with each other: one figure both give, not two one-sided ones
            rows.append(((_ORDER[None], shared_a[0].sentence, shared_b[0].sentence), FigureRow(
                label, tuple(f.value for f in shared_a), tuple(f.value for f in shared_b), None)))
    for side in (0, 1):
        for label, group in groups[side].items():
            values = tuple(f.value for f in group)
            row = FigureRow(label, values if side == 0 else (), values if side == 1 else (), None)
            rows.append(((3 + side, group[0].sentence, 0), row))
    rows.sort(key=lambda item: item[0])
    return _told_apart(comparison, [row for _, row in rows])


def _told_apart(comparison: Comparison, rows: Sequence[FigureRow]) -> list[FigureRow]:
    """Rows that share a label get the place their sentence names: `injured (Odesa)`."""
    counts = Counter(row.counts for row in rows)
    places = _places(comparison) if any(n > 1 for n in counts.values()) else {}
    out = []
    for row in rows:
        if counts[row.counts] > 1:
            side, value = (0, row.a[0]) if row.a else (1, row.b[0])
            place = _place(places, side, value)
            if place:
                row = FigureRow(f"{row.counts} ({place})", row.a, row.b, row.severity)
        out.append(row)
    return out


__all__ = ["figure_rows"]
