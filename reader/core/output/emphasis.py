"""What a passage's text should draw the eye to, as spans of each side's own text.

A word diff reads well when two outlets word a passage alike: the few words each changed stand
out. On a loose paraphrase (most seed pairs of two newsrooms) it marks nearly every word, and
that says nothing. There only what matters is marked: the names and figures both sides give
(the anchors that make the two one passage), and those only one side gives. Discrepancies are
marked by the front end from their own spans. Every span is `(start, end, kind)` in the side's
passage text (`Article.passage`), so a front end lays the text out once and styles ranges.

`what_changed` says the same in words, for notes and the clipboard, where no colour can.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ..facts.diff import tokenize
from ..facts.diff_sides import side_runs
from ..model import Comparison, Entity, Pair
from .rows import Row, row_text

Kind = Literal["removed", "added", "shared"]
"""`removed`: only A says it; `added`: only B says it; `shared`: a name or figure both give."""
Span = tuple[int, int, Kind]

LOOSE_SHARE = 0.5
"""A pair is loose when the words both sides share are fewer than this share of the shorter
side's words: its word diff would mark more than it leaves."""

_FIGURE = re.compile(r"\d(?:[\d,.:]*\d)?")


def shared_share(pair: Pair) -> float:
    """Words both sides share, as a share of the shorter side's words."""
    both = own_a = own_b = 0
    for op, text in pair.diff:
        words = len(text.split())
        if op == "=":
            both += words
        elif op == "-":
            own_a += words
        else:
            own_b += words
    shorter = min(both + own_a, both + own_b)
    return both / shorter if shorter else 1.0


def is_loose(pair: Pair) -> bool:
    """Whether the pair is told in other words, so that its word diff is noise."""
    return shared_share(pair) < LOOSE_SHARE


def changed_spans(pair: Pair, side: int, own: str, limit: int | None = None,
                  ) -> list[tuple[int, int]]:
    """Where the words only this side has are in its own text `own`, as `(start, end)`.

    The diff's runs are matched to `own` word by word (they hold the same words, perhaps
    spelt as the other side wrote them), so the spans fall on this side's exact characters.
    Given `limit`, only spans starting before it are returned.
    """
    runs = side_runs(pair.diff, side, None, limit)
    flags = [changed for text, changed in runs for token in tokenize(text) if token.strip()]
    spans: list[tuple[int, int]] = []
    position = 0
    k = 0
    for token in tokenize(own if limit is None else own[:limit + 200]):
        word = token.strip()
        if word:
            if k >= len(flags):
                break
            if flags[k]:
                start, end = position, position + len(word)
                if spans and own[spans[-1][1]:start].isspace():
                    spans[-1] = (spans[-1][0], end)  # one span for a run of words
                else:
                    spans.append((start, end))
            k += 1
        position += len(token)
        if limit is not None and position > limit:
            break
    return spans


def _offsets(comparison: Comparison, side: int, ids: Sequence[int]) -> dict[int, int]:
    """Where each sentence starts in the passage text of `ids` (sentences joined by a space)."""
    out, at = {}, 0
    for i in ids:
        out[i] = at
        at += len(comparison.articles[side].sentences[i].text) + 1
    return out


@dataclass(frozen=True)
class Named:
    """One mention of an entity inside a passage side."""

    entity: Entity
    start: int
    end: int


class MentionIndex:
    """Entity mentions by (article, sentence), built once per comparison."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.by_sentence: dict[tuple[int, int], list[tuple[Entity, int, int]]] = {}
        self.rank = {entity.name: n for n, entity in enumerate(entities)}
        for entity in entities:
            for m in entity.mentions:
                self.by_sentence.setdefault((m.article, m.sentence), []).append(
                    (entity, m.start, m.end))

    def entities_in(self, row: Row) -> list[Entity]:
        """Entities named in either side of a row, in the comparison's order (as
        `rows.row_entities`, at a cost that does not grow with the whole article)."""
        found: dict[str, Entity] = {}
        for side, ids in ((0, row.a), (1, row.b)):
            for i in ids:
                for entity, _, _ in self.by_sentence.get((side, i), ()):
                    found.setdefault(entity.name, entity)
        return sorted(found.values(), key=lambda e: self.rank[e.name])

    def named(self, comparison: Comparison, row: Row, side: int) -> list[Named]:
        """Mentions in one side of a row, with offsets in its passage text."""
        ids = row.a if side == 0 else row.b
        starts = _offsets(comparison, side, ids)
        return [Named(entity, starts[i] + start, starts[i] + end)
                for i in ids for entity, start, end in self.by_sentence.get((side, i), ())]


def _figures(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _FIGURE.finditer(text):
        yield match.start(), match.end(), match.group().replace(",", "")


def side_spans(comparison: Comparison, row: Row, side: int, index: MentionIndex,
               limit: int | None = None) -> list[Span]:
    """What to mark in one side of a row: its own words on a close pair, its names and
    figures on a loose one (both sides' in bold, one side's tinted). Sorted by start."""
    pair = row.pair
    if pair is None:
        return []
    own = row_text(comparison, row, side)
    tint: Kind = "removed" if side == 0 else "added"
    if not is_loose(pair):
        return [(start, end, tint) for start, end in changed_spans(pair, side, own, limit)]
    other = row_text(comparison, row, 1 - side)
    other_names = {n.entity.name for n in index.named(comparison, row, 1 - side)}
    other_figures = {value for _, _, value in _figures(other)}
    spans: list[Span] = []
    for n in index.named(comparison, row, side):
        spans.append((n.start, n.end, "shared" if n.entity.name in other_names else tint))
    for start, end, value in _figures(own if limit is None else own[:limit]):
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, "shared" if value in other_figures else tint))
    return sorted(spans)


def _quoted(text: str, size: int = 60) -> str:
    text = " ".join(text.split()).strip(" ,;")
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0] + "…"
    return f"“{text}”"


def _changes(pair: Pair) -> list[str]:
    """The diff as replacements and one-sided runs, in reading order."""
    out: list[str] = []
    removed = added = ""

    def flush() -> None:
        nonlocal removed, added
        if removed.strip() and added.strip():
            out.append(f"{_quoted(removed)} → {_quoted(added)}")
        elif removed.strip():
            out.append(f"only A: {_quoted(removed)}")
        elif added.strip():
            out.append(f"only B: {_quoted(added)}")
        removed = added = ""

    for op, text in pair.diff:
        if op == "=":
            if text.strip():
                flush()
        elif op == "-":
            removed += text
        else:
            added += text
    flush()
    return [change for change in out if change.strip("“”→ ")]


def _one_sided(comparison: Comparison, row: Row, index: MentionIndex) -> list[str]:
    """Names and figures only one side of a loose pair gives, in words."""
    out = []
    texts = (row_text(comparison, row, 0), row_text(comparison, row, 1))
    names = [{n.entity.name for n in index.named(comparison, row, side)} for side in (0, 1)]
    figures = [[value for _, _, value in _figures(texts[side])] for side in (0, 1)]
    for side, label in ((0, "A"), (1, "B")):
        only_names = sorted(names[side] - names[1 - side])
        only_figures = [f for f in dict.fromkeys(figures[side]) if f not in figures[1 - side]]
        if only_names:
            out.append(f"only {label} names {', '.join(only_names)}")
        if only_figures:
            out.append(f"only {label} gives {', '.join(only_figures)}")
    return out


def what_changed(comparison: Comparison, row: Row, index: MentionIndex | None = None,
                 most: int = 6) -> str:
    """One line saying how the two sides of a row differ, without marks or colour."""
    if row.pair is None:
        return "Only A has this passage." if row.kind == "only_a" else "Only B has this passage."
    pair = row.pair
    if not pair.changed:
        return "Same wording."
    if is_loose(pair):
        index = index or MentionIndex(comparison.entities)
        details = _one_sided(comparison, row, index)
        head = "Told in other words"
        return f"{head}; {'; '.join(details)}." if details else f"{head}."
    changes = _changes(pair)
    if not changes:  # only spacing or punctuation differs
        return "Same words; punctuation differs."
    shown = changes[:most]
    more = len(changes) - len(shown)
    tail = f"; and {more} more" if more else ""
    return "; ".join(shown) + tail + "."
