"""The `reader` command: the app, and the same analysis for scripts.

Every failure a user can cause (missing file, bad encoding, bad arguments) ends in one line on
standard error and exit status 2, never a traceback.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from ..core.model import Source

COMMANDS = ("compare", "entities", "bookmarks", "export")


def _new_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """An option parser; argparse loads here, as the app's usual start needs none."""
    import argparse

    return argparse.ArgumentParser(prog=prog, description=description)


def _paths(values: list[str], parser: argparse.ArgumentParser) -> tuple[str, str]:
    if not values:
        from ..core.store.resources import seed_paths

        return seed_paths()
    if len(values) != 2:
        parser.error("give two articles (A and B), or none for the bundled example pair")
    return values[0], values[1]


def _article_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """A parser taking the two articles and --refresh, as every command that reads articles
    does."""
    parser = _new_parser(prog, description)
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="two files (.txt, .md, .html) or http(s) URLs, '-' for standard "
                        "input; none for the bundled example pair")
    parser.add_argument("--refresh", action="store_true",
                        help="fetch web pages again instead of using the cache")
    return parser


def _compare_parser() -> argparse.ArgumentParser:
    parser = _article_parser(
        prog="reader compare",
        description="Compare two articles and print the aligned passages, word differences, "
        "discrepancies and coverage.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def _plain_output(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(os.environ.get("NO_COLOR")) or not (isatty and isatty())


def _write_json(document: object) -> None:
    import json

    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _write_lines(lines: Iterable[str]) -> None:
    for line in lines:
        sys.stdout.write(line + "\n")


def run_compare(argv: Sequence[str]) -> int:
    parser = _compare_parser()
    args = parser.parse_args(list(argv))
    from ..core.compare import compare_paths

    comparison = compare_paths(*_paths(args.articles, parser), refresh=args.refresh)
    if args.json:
        from ..core.output.jsondoc import to_document

        _write_json(to_document(comparison))
    elif _plain_output(sys.stdout):
        from ..core.output.textreport import lines

        _write_lines(lines(comparison))
    else:
        from rich.console import Console

        from .report import render

        render(comparison, Console())
    return 0


def run_entities(argv: Sequence[str]) -> int:
    parser = _article_parser(
        prog="reader entities",
        description="List the people, places and organisations each article names.",
    )
    parser.add_argument("--json", action="store_true", help="print the entities as JSON")
    args = parser.parse_args(list(argv))
    from ..core.compare import analyse_paths
    from ..core.names.entities import extract

    entities = extract(*analyse_paths(*_paths(args.articles, parser), refresh=args.refresh))
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


def run_bookmarks(argv: Sequence[str]) -> int:
    parser = _new_parser(prog="reader bookmarks",
                         description="List saved bookmarks of every pair.")
    parser.add_argument("--json", action="store_true", help="print them as JSON")
    args = parser.parse_args(list(argv))
    from dataclasses import asdict

    from ..core.safety import inert
    from ..core.store.bookmarks import BookmarkError, BookmarkStore
    from ..core.store.paths import bookmarks_file

    store = BookmarkStore(bookmarks_file())
    try:
        items = store.load()
    except BookmarkError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    if store.problem:
        print(f"reader: {store.problem}", file=sys.stderr)
    if args.json:
        _write_json({"version": 1, "bookmarks": [asdict(b) for b in items]})
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
    parser = _article_parser(
        prog="reader export",
        description="Write Markdown notes for a pair: its bookmarks, or else its discrepancies "
        "and unmatched passages.",
    )
    parser.add_argument("-o", "--output", required=True, help="Markdown file to create ('-' "
                        "for standard output); an existing file is never overwritten")
    args = parser.parse_args(list(argv))
    from ..core.compare import compare_paths
    from ..core.output.markdown import to_markdown
    from ..core.store.bookmarks import BookmarkError, BookmarkStore
    from ..core.store.paths import bookmarks_file

    comparison = compare_paths(*_paths(args.articles, parser), refresh=args.refresh)
    try:
        bookmarks = BookmarkStore(bookmarks_file()).for_pair(comparison.a.digest,
                                                             comparison.b.digest)
    except BookmarkError as exc:
        print(f"reader: {exc}; exporting without bookmarks", file=sys.stderr)
        bookmarks = []
    text = to_markdown(comparison, bookmarks)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        with open(args.output, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        print(f"reader: {args.output}: exists; not overwritten", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"reader: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Wrote {args.output} ({len(bookmarks)} bookmark(s))")
    return 0


def _web_source(location: str, refresh: bool) -> Source | str:
    """A page from the cache, else its address for the app to fetch; a malformed address
    fails here, before the app starts."""
    from ..core.sources.load import cached_source
    from ..core.sources.web import check_url

    check_url(location)
    cached = None if refresh else cached_source(location)
    return cached if cached is not None else location


def run_app(paths: tuple[str, str], refresh: bool = False) -> int:
    if "-" in paths:
        print("reader: the app reads articles from files; use 'reader compare' for standard "
              "input", file=sys.stderr)
        return 2
    from ..core.sources.load import is_url, load

    sources = [_web_source(p, refresh) if is_url(p) else load(p) for p in paths]
    if not sys.stdout.isatty():
        print("reader: the app needs a terminal; use 'reader compare' in scripts",
              file=sys.stderr)
        return 2
    from ..ui.prefetch import Prefetch

    # Start loading and comparing before the UI toolkit loads, so the two overlap on two cores.
    prefetch = Prefetch.start((paths[0], paths[1]), refresh)
    try:
        from ..ui.app import ReaderApp

        ReaderApp((sources[0], sources[1]), prefetch=prefetch, refresh=refresh).run()
    finally:
        if prefetch is not None:
            prefetch.close()
    return 0


def _main_parser() -> argparse.ArgumentParser:
    return _article_parser(
        prog="reader",
        description="Compare two news articles side by side. Without a command, opens the app. "
        "Commands: compare, entities, bookmarks, export (each has --help).",
    )


def dispatch(argv: Sequence[str]) -> int:
    if argv and argv[0] == "compare":
        return run_compare(argv[1:])
    if argv and argv[0] == "entities":
        return run_entities(argv[1:])
    if argv and argv[0] == "bookmarks":
        return run_bookmarks(argv[1:])
    if argv and argv[0] == "export":
        return run_export(argv[1:])
    if len(argv) in (0, 2) and not any(arg.startswith("-") for arg in argv):
        # `reader` and `reader A B` open the app without building the option parser, which
        # costs more of the app's start-up than anything else done before the toolkit loads.
        from ..core.store.resources import seed_paths

        return run_app((argv[0], argv[1]) if argv else seed_paths())
    parser = _main_parser()
    args = parser.parse_args(list(argv))
    return run_app(_paths(args.articles, parser), refresh=args.refresh)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `reader` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in COMMANDS:
        # Starting the app creates a few hundred thousand objects and frees almost none, so
        # the cycle collector's passes over them are wasted: about 19 ms before the first
        # frame. The app turns it back on once that frame is drawn.
        gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: list[str]) -> int:
    from ..core.sources.errors import LoadError

    try:
        return dispatch(args)
    except LoadError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
