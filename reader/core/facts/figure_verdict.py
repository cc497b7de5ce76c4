"""Whether two figures agree: the same value once units, scales, ranges, conversions and the
precision each is written with are accounted for (`None`), agree only as a rounding or
within a qualifier (`precision`), or cannot both be true (`conflict`)."""

from __future__ import annotations

import math
from collections import Counter

from .binding import Quantity

UNIT_TOLERANCE = 0.03
"""Relative difference allowed between a figure and its conversion into another unit
(`21 kilometres` = `13 miles`): newsrooms round conversions."""
_INFINITY = math.inf
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
        tolerance = 1e-9 if strict else UNIT_TOLERANCE
        return base(da) == base(db) and close_values(la, lb, tolerance) and \
            close_values(ha, hb, tolerance) and (sa == sb or hedges)

    if len(forms_a) > 1 and len(forms_b) > 1:  # each gives a conversion: the figures as
        if agree(forms_a[0], forms_b[0]):  # first written must agree, and so must the others
            others = [(x, y) for x in forms_a[1:] for y in forms_b[1:]
                      if base(x[0]) == base(y[0])]
            if others and not any(agree(x, y) for x, y in others):
                return ("conflict", "number")  # `a third (29%)`, `a third (38%)`
            return None
    elif any(agree(x, y) for x in forms_a for y in forms_b):
        return None
    da, la, ha, sta, ua = forms_a[0]
    db, lb, hb, stb, ub = forms_b[0]
    if da != db:
        return None  # a rate against a plain amount, or forms that cannot be compared
    tolerance = 1e-9 if ua == ub and "/" not in da + db else UNIT_TOLERANCE
    same_value = close_values(la, lb, tolerance) and close_values(ha, hb, tolerance)
    if sa == sb and sa in (">", "<"):
        return ("conflict", "number")
    if ua != ub and close_values(written(qa), written(qb), 1e-9):
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


def base(dimension: str) -> str:
    return dimension.split("/")[0]


def comparable(qa: Quantity, qb: Quantity) -> bool:
    """Same dimension; an amount per something and a plain amount of the same kind pair up
    too (`100 applications a year` and `100 applications`), but only agree or not compare."""
    dims_a = {base(form[0]) for form in forms(qa)}
    return any(base(form[0]) in dims_a for form in forms(qb))


def written(q: Quantity) -> float:
    """The number as written, before scale, unit or rate (`$10 a month` → 10, `1.4m` → 1.4)."""
    f = q.figure
    return (f.low - f.offset) / f.factor if f.factor else f.low


def distinctive(q: Quantity) -> bool:
    """A figure precise enough that the same value on the other side is surely the same
    figure (`2,001,926`, `55.3%`), unlike `three` or `20`, which a sentence may give twice."""
    digits = "".join(ch for ch in f"{written(q):.6g}" if ch.isdigit()).strip("0")
    return len(digits) >= 3


def ranks(quantities: list[Quantity]) -> list[int]:
    """Each figure's place among the figures of its dimension (`6-3, 6-4`: 0 and 1)."""
    seen: Counter[str] = Counter()
    out = []
    for q in quantities:
        out.append(seen[q.figure.dimension])
        seen[q.figure.dimension] += 1
    return out
