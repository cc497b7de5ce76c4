"""Word diffs and checks for every aligned pair, on all cores when the input is large.

Diffing is the costliest step for long documents and each pair is independent, so above a few
thousand pairs the work is split between processes. Forking is only safe in a process with a
single thread, so anywhere else (the app computes in a worker thread) it runs serially.
Places and speakers are checked afterwards (`name_checks`), once the entity index has found
which capitalised words are places and people: the app shows the rows before that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Article, Discrepancy, Entity, Pair
from ..text.normalize import fold
from .ahead import can_fork, cores
from .checks import figure_check, name_check
from .diff import Segment, word_diff
from .speakers import NameSpan
from .subjects import different_people, subject

PARALLEL_MIN_PAIRS = 1500
Result = tuple[tuple[Segment, ...], tuple[Discrepancy, ...]]
PairTexts = tuple[str, str, float]
"""A pair's two passages and its alignment score."""
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
_STATED_WITHIN = re.compile(r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*),\s+([A-Z][\w'-]*"
                            r"(?:\s+[A-Z][\w'-]*)*)")


def name_index(entities: Sequence[Entity], side: int) -> dict[int, list[NameSpan]]:
    """The names of one article by sentence, as spans in that sentence."""
    index: dict[int, list[NameSpan]] = {}
    for entity in entities:
        for m in entity.mentions:
            if m.article == side:
                index.setdefault(m.sentence, []).append(
                    NameSpan(m.start, m.end, entity.type, entity.name))
    return index


def passage_names(index: dict[int, list[NameSpan]], article: Article,
                  ids: tuple[int, ...]) -> tuple[NameSpan, ...]:
    """The names in a passage (sentences joined by a space), at their passage offsets."""
    out: list[NameSpan] = []
    offset = 0
    for i in ids:
        for span in index.get(i, ()):
            out.append(NameSpan(span.start + offset, span.end + offset, span.type, span.key))
        offset += len(article.sentences[i].text) + 1
    return tuple(sorted(out, key=lambda s: s.start))


def stated_within(entities: Sequence[Entity], *articles: Article) -> frozenset[tuple[str, str]]:
    """Places the articles themselves put inside others (`Rancho Mirage, California`): only
    sentences where a place is followed by a comma and a capital are read."""
    places = {fold(v) for e in entities if e.type == "PLACE" for v in (e.name, *e.variants)}
    pairs = set()
    for side, article in enumerate(articles):
        candidates = sorted({m.sentence for e in entities if e.type == "PLACE"
                             for m in e.mentions if m.article == side
                             and _COMMA_CAPITAL.match(article.sentences[m.sentence].text, m.end)})
        for i in candidates:
            for match in _STATED_WITHIN.finditer(article.sentences[i].text):
                small, large = fold(match.group(1)), fold(match.group(2))
                if small in places and large in places:
                    pairs.add((small, large))
    return frozenset(pairs)


def _one(item: PairTexts) -> Result:
    a, b, score = item
    diff = tuple(word_diff(a, b))
    return diff, figure_check(a, b, diff, score)


def _chunk(items: Sequence[PairTexts]) -> list[Result]:
    return [_one(item) for item in items]


Diffed = tuple[int, Callable[[], Sequence[tuple[Segment, ...]]]]
"""The index from which the pairs are diffed elsewhere, and what gives those diffs."""


def diffs(texts: Sequence[PairTexts]) -> list[tuple[Segment, ...]]:
    """The word diff of each pair."""
    return [tuple(word_diff(a, b)) for a, b, _ in texts]


def diff_and_check(texts: Sequence[PairTexts], parallel: bool = True,
                   before_checks: Callable[[], None] | None = None,
                   elsewhere: Diffed | None = None) -> list[Result]:
    """Diff each (A text, B text, score) and check its figures and dates, in order; on all
    cores when there are many, unless `parallel` is False (another process has one). In one
    process every pair is diffed before any is checked, and `before_checks` runs between the
    two (the figures read elsewhere meanwhile are taken in). `elsewhere` gives the diffs of
    the pairs from its index on, when another process makes them: they are not made here."""
    if elsewhere is not None or not parallel or len(texts) < PARALLEL_MIN_PAIRS or \
            not can_fork():
        if elsewhere is None:
            made = diffs(texts)
        else:
            made = diffs(texts[:elsewhere[0]])
            made.extend(elsewhere[1]())
        if before_checks is not None:
            before_checks()
        return [(diff, figure_check(a, b, diff, score))
                for (a, b, score), diff in zip(texts, made)]
    if before_checks is not None:
        before_checks()
    import multiprocessing  # costs start-up time, so only for inputs that need it

    workers = cores()
    size = -(-len(texts) // workers)
    chunks = [texts[k:k + size] for k in range(0, len(texts), size)]
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(len(chunks)) as pool:
            parts = pool.map(_chunk, chunks)
    except OSError:
        return _chunk(texts)
    return [result for part in parts for result in part]


def name_checks(pairs: Sequence[Pair], a: Article, b: Article,
                entities: Sequence[Entity]) -> list[Pair]:
    """The pairs with the flags only names can raise (places, speakers) added after their
    figure and date flags, and without the figure and date flags of passages about two
    different people."""
    index_a, index_b = name_index(entities, 0), name_index(entities, 1)
    stated = stated_within(entities, a, b)
    out = []
    for pair in pairs:
        names_a = passage_names(index_a, a, pair.a)
        names_b = passage_names(index_b, b, pair.b)
        kept = pair.discrepancies
        if kept and pair.a and pair.b and different_people(
                subject(a, index_a, pair.a[0]), subject(b, index_b, pair.b[0]), names_a, names_b):
            kept = ()  # figures about two different people describe no one fact
        flags = name_check(a.passage(pair.a), b.passage(pair.b), pair.diff, names_a, names_b,
                           stated, pair.score)
        if flags or kept is not pair.discrepancies:
            pair = replace(pair, discrepancies=kept + flags)
        out.append(pair)
    return out
