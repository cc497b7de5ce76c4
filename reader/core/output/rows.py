"""The rows of the side-by-side view, in reading order, computed once for every front end.

Rows follow A's order. A sentence only B has sits right after the row holding B's previous
sentence, so it appears next to what surrounds it in B. A pair whose B side breaks B's reading
order (it is not on the longest run of pairs in order) is marked as moved, with B's position.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from ..model import Comparison, Entity, Pair

RowKind = Literal["pair", "only_a", "only_b"]


@dataclass(frozen=True)
class Row:
    """One passage of the view: a pair, or a sentence of one side facing a gap."""

    kind: RowKind
    a: tuple[int, ...]
    b: tuple[int, ...]
    pair: Pair | None = None
    moved: bool = False

    @property
    def changed(self) -> bool:
        return self.kind != "pair" or (self.pair is not None and self.pair.changed)

    @property
    def flagged(self) -> bool:
        return self.pair is not None and bool(self.pair.discrepancies)

    @property
    def conflicting(self) -> bool:
        """Flagged for more than precision: a conflict or an attribution."""
        return self.pair is not None and any(d.severity != "precision"
                                             for d in self.pair.discrepancies)


def row_text(comparison: Comparison, row: Row, side: int) -> str:
    """The plain text of one side of a row."""
    return comparison.articles[side].passage(row.a if side == 0 else row.b)


def row_sentences(row: Row) -> set[tuple[int, int]]:
    """The (article, sentence) pairs a row holds, as entity mentions name them."""
    return {(0, i) for i in row.a} | {(1, j) for j in row.b}


def row_entities(comparison: Comparison, row: Row) -> list[Entity]:
    """Entities named in either side of a row."""
    held = row_sentences(row)
    return [e for e in comparison.entities
            if any((m.article, m.sentence) in held for m in e.mentions)]


def _in_order(values: list[int]) -> set[int]:
    """Positions of one longest increasing subsequence of `values`."""
    tails: list[int] = []
    tail_pos: list[int] = []
    parent = [-1] * len(values)
    for pos, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(pos)
        else:
            tails[k] = value
            tail_pos[k] = pos
        parent[pos] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    pos = tail_pos[-1] if tail_pos else -1
    while pos >= 0:
        keep.add(pos)
        pos = parent[pos]
    return keep


def build_rows(comparison: Comparison) -> list[Row]:
    """Rows in reading order for the two articles of a comparison."""
    by_first_a = {pair.a[0]: pair for pair in comparison.pairs}
    in_pair_a = {i for pair in comparison.pairs for i in pair.a}
    rows: list[Row] = []
    for i in range(len(comparison.a.sentences)):
        if i in by_first_a:
            pair = by_first_a[i]
            rows.append(Row("pair", pair.a, pair.b, pair))
        elif i not in in_pair_a:
            rows.append(Row("only_a", (i,), ()))
    pair_rows = [k for k, row in enumerate(rows) if row.kind == "pair"]
    ordered = _in_order([rows[k].b[0] for k in pair_rows])
    for n, k in enumerate(pair_rows):
        if n not in ordered:
            row = rows[k]
            rows[k] = Row(row.kind, row.a, row.b, row.pair, moved=True)
    return _place_only_b(rows, comparison)


def _place_only_b(rows: list[Row], comparison: Comparison) -> list[Row]:
    """Each sentence only B has goes right after the row holding B's nearest earlier sentence
    that sits in reading order (one pass over B)."""
    row_of_b: dict[int, int] = {}
    for k, row in enumerate(rows):
        if not row.moved:
            for j in row.b:
                row_of_b[j] = k
    unmatched = set(comparison.unmatched_b)
    after: dict[int, list[int]] = {}
    anchor = -1
    for j in range(len(comparison.b.sentences)):
        if j in row_of_b:
            anchor = row_of_b[j]
        elif j in unmatched:
            after.setdefault(anchor, []).append(j)
    out: list[Row] = [Row("only_b", (), (j,)) for j in after.get(-1, [])]
    for k, row in enumerate(rows):
        out.append(row)
        out.extend(Row("only_b", (), (j,)) for j in after.get(k, []))
    return out
