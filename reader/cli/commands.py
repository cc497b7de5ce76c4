"""The commands for scripts: compare, entities, quotes, figures, bookmarks, export."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from . import say_waiting
from .args import article_parser, new_parser, paths

if TYPE_CHECKING:
    import argparse

    from ..core.compare import QuoteRows
    from ..core.model import Article, Comparison


def _compare_parser() -> argparse.ArgumentParser:
    parser = article_parser(
        prog="reader compare",
        description="Compare two articles and print the aligned passages, word differences, "
        "discrepancies and coverage.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def _plain_output(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(os.environ.get("NO_COLOR")) or not (isatty and isatty())


def _unicode_output() -> bool:
    """Whether standard output can hold any character (UTF-8 or another UTF)."""
    import codecs

    try:
        return codecs.lookup(getattr(sys.stdout, "encoding", None) or "utf-8").name.startswith(
            "utf")
    except LookupError:
        return False


def _write_json(document: object) -> None:
    from ..core.output.jsondoc import to_json

    # On an output that cannot hold every character (PYTHONIOENCODING=ascii), \u escapes
    # keep the document valid JSON with the same strings.
    sys.stdout.write(to_json(document, ascii=not _unicode_output()) + "\n")


def _write_comparison_json(comparison: Comparison, quotes: QuoteRows) -> None:
    from ..core.output.jsondoc import comparison_json

    sys.stdout.write(comparison_json(comparison, ascii=not _unicode_output(), quotes=quotes)
                     + "\n")


def _warn(*articles: Article) -> None:
    """Doubts about how the articles were read (a guessed encoding), once each, on stderr."""
    from ..core.safety import inert

    for warning in dict.fromkeys(w for article in articles for w in article.warnings):
        print(f"reader: warning: {inert(warning)}", file=sys.stderr)


def _write_lines(lines: Iterable[str]) -> None:
    for line in lines:
        sys.stdout.write(line + "\n")


def run_compare(argv: Sequence[str]) -> int:
    parser = _compare_parser()
    args = parser.parse_args(list(argv))
    from ..core.compare import compare_paths, compare_paths_quoted

    if args.json:  # the quotes, in the document, are matched beside the rest of the work
        comparison, quotes = compare_paths_quoted(*paths(args.articles, parser),
                                                  refresh=args.refresh, waiting=say_waiting)
        _warn(*comparison.articles)
        _write_comparison_json(comparison, quotes)
        return 0
    comparison = compare_paths(*paths(args.articles, parser), refresh=args.refresh,
                               waiting=say_waiting)
    _warn(*comparison.articles)
    if _plain_output(sys.stdout):
        from ..core.output.textreport import lines

        _write_lines(lines(comparison))
    else:
        from rich.console import Console

        from .report import render

        render(comparison, Console())
    return 0


def run_entities(argv: Sequence[str]) -> int:
    parser = article_parser(
        prog="reader entities",
        description="List the people, places and organisations each article names.",
    )
    parser.add_argument("--json", action="store_true", help="print the entities as JSON")
    args = parser.parse_args(list(argv))
    from ..core.compare import analyse_paths
    from ..core.names.entities import extract

    articles = analyse_paths(*paths(args.articles, parser), refresh=args.refresh,
                             waiting=say_waiting)
    _warn(*articles)
    entities = extract(*articles)
    if args.json:
        from ..core.output.jsondoc import entities_document

        _write_json({"version": 1, "entities": entities_document(entities)})
    elif _plain_output(sys.stdout):
        from ..core.output.textreport import entity_lines

        _write_lines(entity_lines(entities))
    else:
        from rich.console import Console

        from .report import entity_table

        Console().print(entity_table(entities))
    return 0


def _compared(prog: str, description: str, argv: Sequence[str]) -> tuple[Comparison, bool]:
    """Parse `A B [--json]`, compare the two articles; (comparison, whether JSON)."""
    parser = article_parser(prog=prog, description=description)
    parser.add_argument("--json", action="store_true", help="print them as JSON")
    args = parser.parse_args(list(argv))
    from ..core.compare import compare_paths

    comparison = compare_paths(*paths(args.articles, parser), refresh=args.refresh,
                               waiting=say_waiting)
    _warn(*comparison.articles)
    return comparison, args.json


def run_quotes(argv: Sequence[str]) -> int:
    comparison, as_json = _compared(
        "reader quotes", "Who said what: each article's quotes per speaker, the quotes of A "
        "beside those of B that report the same remark, and those only one has.", argv)
    from ..core.facts.quote_match import match_quotes
    from ..core.facts.quote_shares import speaker_shares
    from ..core.output import quotes_figures as view

    rows = match_quotes(comparison)
    if as_json:
        _write_json({"version": 1, "quotes": view.quotes_document(rows),
                     "speakers": view.speakers_document(speaker_shares(rows))})
    else:
        _write_lines(view.quote_lines(rows))
    return 0


def run_figures(argv: Sequence[str]) -> int:
    comparison, as_json = _compared(
        "reader figures", "Every figure of both articles side by side, grouped by what it "
        "counts, conflicts first.", argv)
    from ..core.facts.figure_table import figure_rows
    from ..core.output import quotes_figures as view

    rows = figure_rows(comparison)
    if as_json:
        _write_json({"version": 1, "figures": view.figures_document(rows)})
    else:
        _write_lines(view.figure_lines(rows))
    return 0


def run_bookmarks(argv: Sequence[str]) -> int:
    parser = new_parser(prog="reader bookmarks",
                         description="List saved bookmarks of every pair.")
    parser.add_argument("--json", action="store_true", help="print them as JSON")
    args = parser.parse_args(list(argv))
    from ..core.safety import inert
    from ..core.store.bookmarks import BookmarkError, BookmarkStore
    from ..core.store.paths import bookmarks_file

    store = BookmarkStore(bookmarks_file())
    try:
        items = store.load()
    except BookmarkError as exc:
        print(f"reader: {inert(str(exc))}", file=sys.stderr)
        return 2
    if store.problem:
        print(f"reader: {inert(store.problem)}", file=sys.stderr)
    if args.json:
        _write_json({"version": 1, "bookmarks": [b.fields() for b in items]})
        return 0
    if not items:
        print("No bookmarks yet (in the app, press b on a passage).")
    for b in items:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(b.created))
        print(f"{when}  {inert(b.a_source)} ~ {inert(b.b_source)}")
        print(f"  A: {inert(b.a_text) or '(nothing)'}")
        print(f"  B: {inert(b.b_text) or '(nothing)'}")
        if b.note:
            print(f"  note: {inert(b.note)}")
    return 0


def run_export(argv: Sequence[str]) -> int:
    parser = article_parser(
        prog="reader export",
        description="Write Markdown notes for a pair: every discrepancy, its bookmarks and "
        "what only one article has, quoted with where each passage is.",
    )
    parser.add_argument("-o", "--output", required=True, help="Markdown file to create ('-' "
                        "for standard output); an existing file is never overwritten")
    args = parser.parse_args(list(argv))
    from ..core.compare import compare_paths
    from ..core.output.markdown import to_markdown
    from ..core.safety import inert
    from ..core.store.bookmarks import BookmarkError, BookmarkStore
    from ..core.store.paths import bookmarks_file

    comparison = compare_paths(*paths(args.articles, parser), refresh=args.refresh,
                               waiting=say_waiting)
    _warn(*comparison.articles)
    try:
        bookmarks = BookmarkStore(bookmarks_file()).for_pair(comparison.a.digest,
                                                             comparison.b.digest)
    except BookmarkError as exc:
        print(f"reader: {inert(str(exc))}; exporting without bookmarks", file=sys.stderr)
        bookmarks = []
    text = to_markdown(comparison, bookmarks)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        with open(args.output, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        print(f"reader: {inert(args.output)}: exists; not overwritten", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"reader: {inert(args.output)}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    from ..core.output.textreport import plural

    print(f"Wrote {inert(args.output)} ({plural(len(bookmarks), 'bookmark')})")
    return 0
