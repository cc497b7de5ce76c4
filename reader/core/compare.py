"""The pipeline from two sources to one `Comparison`: the single entry point front ends call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .align.aligner import Link, align
from .facts.ahead import Ahead, ahead
from .facts.checks import CLOSE_PAIR
from .facts.event import judge, undecided
from .facts.explained import drop_explained
from .facts.pairwork import diff_and_check, diffs, name_checks
from .facts.readings import read_articles, remember
from .model import (
    Article,
    Comparison,
    Coverage,
    Entity,
    EventJudgement,
    Pair,
    QuoteMatch,
    Source,
)
from .sources.load import load
from .text.cleaning import clean
from .text.segment import segment


def analyse(source: Source) -> Article:
    """Clean and segment one source into an article."""
    cleaned = clean(source.text, markdown=source.kind == "markdown")
    return Article(
        source=source.name,
        title=cleaned.title or source.title,
        sentences=segment(cleaned.paragraphs),
        removed=cleaned.removed,
        paragraphs=cleaned.total_paragraphs,
        digest=source.digest,
        url=source.url,
        outlet=source.outlet,
        published=source.published,
        byline=source.byline,
        warnings=source.warnings,
    )


AHEAD_MIN_SENTENCES = 2000
"""From this many sentences (both articles), the names and every sentence's figures are read
in another process while this one aligns: below it, starting a process costs more than it
saves."""


DIFFED_AHEAD = 0.125
"""Share of the aligned pairs (the last ones) that the process finding the names diffs before
it finds them, where there is one: it then finds the names and matches the quotes while this
process diffs and checks the others, finishes the facts and writes the document, and the two
are done about together on long articles."""
DIFFED_ALONE = 0.5
"""Share of the aligned pairs (the last ones) another process diffs when it has nothing else
to do (the comparison is wanted without names)."""


def _names(a: Article, b: Article) -> tuple[Entity, ...]:
    from .names.entities import extract

    return extract(a, b)


def compare_articles(a: Article, b: Article, names: bool = True) -> Comparison:
    """Align two analysed articles, diff every pair and check its figures and dates; then,
    unless `names` is False, find the names and finish the facts (`with_names`).

    The app shows the comparison without names first: finding them is the slowest part of a
    first screen, and figures and dates need none. Long articles have every sentence's
    figures read, and their names found, in other processes meanwhile, where that is safe
    (`facts.ahead`): the diffs are checked with the figures already read.
    """
    return _compare(a, b, names, quotes=False)[0]


QuoteRows = Callable[[], list[QuoteMatch]]
"""The quotes of a comparison matched (`match_quotes`), when asked for."""


def compare_quoted(a: Article, b: Article) -> tuple[Comparison, QuoteRows]:
    """`compare_articles` with names, and its quotes. The quotes need the names, which
    sentences are aligned and the verdict on the event (which weighs the alignment's scores),
    none of the diffs or flags: long articles have them matched in the process that finds the
    names, while this one diffs, checks and finishes the facts."""
    from .facts.quote_match import match_quotes

    comparison, naming = _compare(a, b, True, quotes=True)
    if naming is None:
        return comparison, lambda: match_quotes(comparison)
    started = naming

    def rows() -> list[QuoteMatch]:
        try:
            return list(started.next())
        finally:
            started.close()

    return comparison, rows


Named = tuple[tuple[Entity, ...], EventJudgement]
"""The names of two articles and the verdict on whether they report one event."""


def _aligned_pairs(links: list[Link]) -> tuple[Pair, ...]:
    return tuple(Pair(a=link.a, b=link.b, score=link.score, diff=(), discrepancies=())
                 for link in links)


def _named(a: Article, b: Article, links: list[Link], kept: dict[str, Named]) -> Named:
    """The names and the verdict on the event. The verdict weighs only the names, the
    articles and the alignment's scores, which no later step changes, so it is the verdict
    `with_names` would give the finished pairs."""
    found = _names(a, b)
    kept["named"] = found, judge(a, b, _aligned_pairs(links), found)
    return kept["named"]


def _quotes_of(a: Article, b: Article, links: list[Link],
               kept: dict[str, Named]) -> list[QuoteMatch]:
    """The quotes matched from the names and verdict (`kept`, given by `_named` in the same
    process) and the alignment alone."""
    from .facts.quote_match import match_quotes

    found, event = kept["named"] if "named" in kept else _named(a, b, links, kept)
    aligned = Comparison(a=a, b=b, pairs=_aligned_pairs(links),
                         coverage=_coverage(a, b, set(), set()), unmatched_a=(),
                         unmatched_b=(), entities=found, event=event)
    return match_quotes(aligned)


def _compare(a: Article, b: Article, names: bool, quotes: bool
             ) -> tuple[Comparison, Ahead | None]:
    """The comparison, and (with `quotes`) the process matching its quotes, if one was
    started. Long articles have every sentence's figures read in one forked child from the
    start; once they are aligned, another diffs a share of the pairs, then finds their names
    (then their quotes) if they are wanted."""
    large = len(a.sentences) + len(b.sentences) >= AHEAD_MIN_SENTENCES
    reading = ahead([lambda: read_articles(a, b)]) if large else None
    naming = None
    kept: dict[str, Named] = {}
    named: Named | None = None
    try:
        links = align([s.text for s in a.sentences], [s.text for s in b.sentences])
        texts = [(a.passage(link.a), b.passage(link.b), link.score) for link in links]
        tail = len(texts) - int(len(texts) * (DIFFED_AHEAD if names else DIFFED_ALONE))
        if large:
            naming = ahead([lambda: diffs(texts[tail:])] + (
                [lambda: _named(a, b, links, kept)] if names else []) +
                ([lambda: _quotes_of(a, b, links, kept)] if names and quotes else []))
        elsewhere = (tail, naming.next) if naming is not None else None
        if reading is None:
            results = diff_and_check(texts, parallel=naming is None, elsewhere=elsewhere)
        else:  # words are diffed while the child finishes reading the figures
            results = diff_and_check(texts, parallel=False,
                                     before_checks=lambda: remember(reading.next()),
                                     elsewhere=elsewhere)
        if naming is not None and names:
            named = kept["named"] = naming.next()
    except BaseException:
        if naming is not None:
            naming.close()
        raise
    finally:
        if reading is not None:
            reading.close()
    if naming is not None and not quotes:
        naming.close()
        naming = None
    pairs = [
        Pair(a=link.a, b=link.b, score=link.score, diff=diff, discrepancies=flags)
        for link, (diff, flags) in zip(links, results)
    ]
    pairs = drop_explained(pairs, a, b)
    matched_a = {i for p in pairs for i in p.a}
    matched_b = {j for p in pairs for j in p.b}
    comparison = Comparison(
        a=a,
        b=b,
        pairs=tuple(pairs),
        coverage=_coverage(a, b, matched_a, matched_b),
        unmatched_a=tuple(i for i in range(len(a.sentences)) if i not in matched_a),
        unmatched_b=tuple(j for j in range(len(b.sentences)) if j not in matched_b),
    )
    if not names:
        return comparison, naming
    if named is None:
        return with_names(comparison), naming
    return with_names(comparison, *named), naming


def with_names(comparison: Comparison, found: tuple[Entity, ...] | None = None,
               event: EventJudgement | None = None) -> Comparison:
    """The comparison with its names, the flags only names can raise (places, speakers) and
    the verdict on whether the two report one event: facts are compared only if they do.
    `found` are the names, and `event` the verdict, when they were found already
    (`compare_articles`)."""
    a, b = comparison.a, comparison.b
    if found is None:
        found = _names(a, b)
    pairs = name_checks(comparison.pairs, a, b, found)
    if event is None:
        event = judge(a, b, pairs, found)
    if not event.same:
        pairs = [replace(p, discrepancies=()) for p in pairs]
    elif undecided(event, found, a, b):
        pairs = [p if p.score >= CLOSE_PAIR else replace(p, discrepancies=()) for p in pairs]
    return replace(comparison, pairs=tuple(pairs), entities=found, event=event)


def _coverage(a: Article, b: Article, matched_a: set[int], matched_b: set[int]) -> Coverage:
    def words(article: Article, ids: set[int] | None) -> int:
        return sum(
            len(s.text.split()) for s in article.sentences if ids is None or s.index in ids
        )

    return Coverage(
        sentences_matched=(len(matched_a), len(matched_b)),
        sentences_total=(len(a.sentences), len(b.sentences)),
        words_matched=(words(a, matched_a), words(b, matched_b)),
        words_total=(words(a, None), words(b, None)),
    )


AHEAD_MIN_CHARACTERS = 300_000
"""From this many characters (both sources), B is analysed in a forked child while this
process analyses A."""


def analyse_both(a: Source, b: Source) -> tuple[Article, Article]:
    """Both sources analysed; long ones side by side, on two cores where that is safe."""
    started = ahead([lambda: analyse(b)]) \
        if len(a.text) + len(b.text) >= AHEAD_MIN_CHARACTERS else None
    if started is None:
        return analyse(a), analyse(b)
    try:
        return analyse(a), started.next()
    finally:
        started.close()


def compare(a: Source, b: Source) -> Comparison:
    """Compare two loaded sources."""
    return compare_articles(*analyse_both(a, b))


def analyse_paths(a: str, b: str, refresh: bool = False,
                  waiting: Callable[[str], None] | None = None) -> tuple[Article, Article]:
    """Load and analyse two articles without comparing them; raises `LoadError`."""
    first = load(a, refresh=refresh, waiting=waiting)
    return analyse_both(first, load(b, refresh=refresh, waiting=waiting))


def compare_paths(a: str, b: str, refresh: bool = False,
                  waiting: Callable[[str], None] | None = None) -> Comparison:
    """Load and compare two files, URLs or `-` for standard input; raises `LoadError`.
    `waiting` hears what a load waits for (a FIFO nobody writes to yet)."""
    first = load(a, refresh=refresh, waiting=waiting)
    return compare(first, load(b, refresh=refresh, waiting=waiting))


def compare_paths_quoted(a: str, b: str, refresh: bool = False,
                         waiting: Callable[[str], None] | None = None
                         ) -> tuple[Comparison, QuoteRows]:
    """`compare_paths`, and the quotes (`compare_quoted`)."""
    first = load(a, refresh=refresh, waiting=waiting)
    second = load(b, refresh=refresh, waiting=waiting)
    return compare_quoted(*analyse_both(first, second))
