"""Facts a fact-checker would want flagged when two aligned passages state them differently.

Each check compares only what both sides state: a number one outlet gives and the other omits
is a difference in the diff, not a discrepancy; `eight people` against `six people` is.
Kinds: `number` (same thing counted, different value), `qualifier` (`more than` vs `fewer
than`), `date` (weekday or month), `place` (`in Florida` vs `in Miami`), `attribution` (who
said it).
"""

from __future__ import annotations

import re

from ..model import Discrepancy
from ..text.normalize import MONTHS, NUMBER_WORDS, SCALE_WORDS, WEEKDAYS, fold
from .numbers import COMPARATORS, Quantity, quantities

_WHEN = re.compile(rf"\b({'|'.join(WEEKDAYS + MONTHS)})\b", re.IGNORECASE)
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|de|da|al|von|van|bin))*"
_PLACE = re.compile(rf"\b(?:in|at|near|from)\s+({_NAME})")
_SPEECH = "said|says|told|added|wrote|stated|claimed|insisted|reported|quoted"
_SPEAKER_BEFORE = re.compile(rf"({_NAME})(?:'s?|\u2019s?)?\s+(?:(?:was|were)\s+)?(?:{_SPEECH})\b")
_SPEAKER_AFTER = re.compile(rf"\b(?:{_SPEECH}|according to)\s+(?:the\s+)?({_NAME})")
_NOT_NAMES = frozenset(
    "he she they it we i you his her their its the a an this that there but and in on at "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _numbers(a: str, b: str) -> list[Discrepancy]:
    qa = [q for q in quantities(a) if not q.year]
    qb = [q for q in quantities(b) if not q.year]
    left_a = list(qa)
    left_b = list(qb)
    out: list[Discrepancy] = []
    for q in qa:
        same = next((r for r in left_b if r.value == q.value and (r.unit == "%") == (q.unit == "%")),
                    None)
        if same is not None:
            left_a.remove(q)
            left_b.remove(same)
            if q.comparator and same.comparator and {q.comparator, same.comparator} == {"<", ">"}:
                out.append(Discrepancy("qualifier", q.text, same.text))
    for q in left_a:
        match = _counterpart(q, left_b)
        if match is not None:
            left_b.remove(match)
            out.append(Discrepancy("number", q.text, match.text))
    return out


def _counterpart(q: Quantity, others: list[Quantity]) -> Quantity | None:
    """The quantity on the other side that answers the same question, if any."""
    for r in others:
        if q.unit and r.unit == q.unit:
            return r
    for r in others:
        if q.before and r.before == q.before and (q.unit == "%") == (r.unit == "%"):
            return r
    return None


def _dates(a: str, b: str) -> list[Discrepancy]:
    wa = {m.lower() for m in _WHEN.findall(a)}
    wb = {m.lower() for m in _WHEN.findall(b)}
    only_a, only_b = wa - wb, wb - wa
    if only_a and only_b:
        return [Discrepancy("date", ", ".join(sorted(w.title() for w in only_a)),
                            ", ".join(sorted(w.title() for w in only_b)))]
    return []


def _names(pattern: re.Pattern[str], text: str) -> set[str]:
    out = set()
    for match in pattern.finditer(text):
        name = match.group(1).strip()
        if name.lower() not in _NOT_NAMES and not _WHEN.fullmatch(name):
            out.add(name)
    return out


def _context(text: str, name: str) -> set[str]:
    """Content words within four words of a name: what the name is said about."""
    words = re.findall(r"[\w']+", fold(text))
    target = fold(name).split()
    out: set[str] = set()
    for i in range(len(words) - len(target) + 1):
        if words[i:i + len(target)] == target:
            window = words[max(0, i - 4):i] + words[i + len(target):i + len(target) + 4]
            out.update(w for w in window if len(w) > 3 and w not in _NOT_NAMES)
    return out


def _places(a: str, b: str) -> list[Discrepancy]:
    """Places named for the same thing: paired by the words around them when there are several."""
    fa, fb = fold(a), fold(b)
    only_a = sorted(p for p in _names(_PLACE, a) if fold(p) not in fb)
    only_b = sorted(p for p in _names(_PLACE, b) if fold(p) not in fa)
    if not only_a or not only_b:
        return []
    if len(only_a) == 1 and len(only_b) == 1:
        return [Discrepancy("place", only_a[0], only_b[0])]
    out = []
    taken: set[str] = set()
    for place in only_a:
        context = _context(a, place)
        best = max(only_b, key=lambda other: (len(context & _context(b, other)), other))
        if best not in taken and context & _context(b, best):
            taken.add(best)
            out.append(Discrepancy("place", place, best))
    return out


def _speakers(text: str) -> set[str]:
    return _names(_SPEAKER_BEFORE, text) | _names(_SPEAKER_AFTER, text)


def _attribution(a: str, b: str) -> list[Discrepancy]:
    sa, sb = _speakers(a), _speakers(b)
    if not sa or not sb:
        return []
    tokens_a = {t for name in sa for t in fold(name).split()}
    tokens_b = {t for name in sb for t in fold(name).split()}
    if tokens_a & tokens_b:
        return []
    fa, fb = fold(a), fold(b)
    if any(t in fb for t in tokens_a) or any(t in fa for t in tokens_b):
        return []
    return [Discrepancy("attribution", ", ".join(sorted(sa)), ", ".join(sorted(sb)))]


_QUALIFIER_WORDS = sorted({w for phrase in COMPARATORS for w in phrase.split() if len(w) > 2})
_NUMBERISH = re.compile(
    r"\d|\b(" + "|".join([*NUMBER_WORDS, *SCALE_WORDS, *_QUALIFIER_WORDS]) + r")\b",
    re.IGNORECASE,
)
"""Anything a changed figure or qualifier needs in a pair's changed words; without it the
number check cannot find anything and is skipped."""


def check(a: str, b: str, changed: str | None = None) -> tuple[Discrepancy, ...]:
    """All discrepancies between the two sides of an aligned pair, in a stable order.

    `changed` is the text of the pair's word differences, when known: a check whose kind of
    fact does not appear in it cannot find anything, so it is skipped.
    """
    if changed is not None and not changed.strip():
        return ()
    found: list[Discrepancy] = []
    if changed is None or _NUMBERISH.search(changed):
        found += _numbers(a, b)
    if changed is None or _WHEN.search(changed):
        found += _dates(a, b)
    if changed is None or any(ch.isupper() for ch in changed):
        found += _places(a, b) + _attribution(a, b)
    return tuple(found)
