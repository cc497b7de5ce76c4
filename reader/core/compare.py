"""The pipeline from two sources to one `Comparison`: the single entry point front ends call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .align.aligner import align
from .facts.ahead import Ahead, ahead
from .facts.event import judge
from .facts.explained import drop_explained
from .facts.pairwork import diff_and_check, name_checks
from .facts.readings import read_articles, remember
from .model import Article, Comparison, Coverage, Entity, Pair, QuoteMatch, Source
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


def _names(a: Article, b: Article) -> tuple[Entity, ...]:
    from .names.entities import extract

    return extract(a, b)


def compare_articles(a: Article, b: Article, names: bool = True) -> Comparison:
    """Align two analysed articles, diff every pair and check its figures and dates; then,
    unless `names` is False, find the names and finish the facts (`with_names`).

    The app shows the comparison without names first: finding them is the slowest part of a
    first screen, and figures and dates need none. Long articles have every sentence's
    figures, then their names, read in another process meanwhile, where that is safe
    (`facts.ahead`): the diffs are checked with the figures already read.
    """
    return _compare(a, b, names, quotes=False)[0]


QuoteRows = Callable[[], list[QuoteMatch]]
"""The quotes of a comparison matched (`match_quotes`), when asked for."""


def compare_quoted(a: Article, b: Article) -> tuple[Comparison, QuoteRows]:
    """`compare_articles` with names, and its quotes. The quotes need the names, which
    sentences are aligned and the verdict on the event, none of the flags: long articles
    have them matched in another process while this one finishes the facts."""
    from .facts.quote_match import match_quotes

    comparison, quoting = _compare(a, b, True, quotes=True)
    if quoting is None:
        return comparison, lambda: match_quotes(comparison)
    started = quoting

    def rows() -> list[QuoteMatch]:
        try:
            return list(started.next())
        finally:
            started.close()

    return comparison, rows


def _compare(a: Article, b: Article, names: bool, quotes: bool) -> tuple[Comparison, Ahead | None]:
    large = len(a.sentences) + len(b.sentences) >= AHEAD_MIN_SENTENCES
    started = ahead([lambda: read_articles(a, b)] + ([lambda: _names(a, b)] if names else [])
                    ) if large else None
    found: tuple[Entity, ...] | None = None
    try:
        links = align([s.text for s in a.sentences], [s.text for s in b.sentences])
        texts = [(a.passage(link.a), b.passage(link.b), link.score) for link in links]
        if started is None:
            results = diff_and_check(texts)
        else:  # words are diffed while the child finishes reading the figures
            results = diff_and_check(texts, parallel=False,
                                     before_checks=lambda: remember(started.next()))
        if started is not None and names:
            found = started.next()
    finally:
        if started is not None:
            started.close()
    pairs = [
        Pair(a=link.a, b=link.b, score=link.score, diff=diff, discrepancies=flags)
        for link, (diff, flags) in zip(links, results)
    ]
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
    quoting = None
    if quotes and started is not None and found is not None:
        from .facts.quote_match import match_quotes

        named = replace(comparison, entities=found)
        quoting = ahead([lambda: match_quotes(
            replace(named, event=judge(a, b, named.pairs, named.entities)))])
    comparison = replace(comparison, pairs=tuple(drop_explained(pairs, a, b)))
    return (with_names(comparison, found) if names else comparison), quoting


def with_names(comparison: Comparison, found: tuple[Entity, ...] | None = None) -> Comparison:
    """The comparison with its names, the flags only names can raise (places, speakers) and
    the verdict on whether the two report one event: facts are compared only if they do.
    `found` are the names when they were found already (`compare_articles`)."""
    a, b = comparison.a, comparison.b
    if found is None:
        found = _names(a, b)
    pairs = name_checks(comparison.pairs, a, b, found)
    event = judge(a, b, pairs, found)
    if not event.same:
        pairs = [replace(p, discrepancies=()) for p in pairs]
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


def compare(a: Source, b: Source) -> Comparison:
    """Compare two loaded sources."""
    return compare_articles(analyse(a), analyse(b))


def analyse_paths(a: str, b: str, refresh: bool = False,
                  waiting: Callable[[str], None] | None = None) -> tuple[Article, Article]:
    """Load and analyse two articles without comparing them; raises `LoadError`."""
    first = load(a, refresh=refresh, waiting=waiting)
    return analyse(first), analyse(load(b, refresh=refresh, waiting=waiting))


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
    return compare_quoted(analyse(first), analyse(second))
