"""The `reader` command: the app, and the same analysis for scripts.

Every failure a user can cause (missing file, bad encoding, bad arguments) ends in one line on
standard error and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from .core.loading import LoadError

COMMANDS = ("compare", "entities")


def _paths(values: list[str], parser: argparse.ArgumentParser) -> tuple[str, str]:
    if not values:
        from .core.resources import seed_paths

        return seed_paths()
    if len(values) != 2:
        parser.error("give two articles (A and B), or none for the bundled example pair")
    return values[0], values[1]


def _compare_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader compare",
        description="Compare two articles and print the aligned passages, word differences, "
        "discrepancies and coverage.",
    )
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="two files (.txt or .md), '-' for standard input; none for the "
                        "bundled example pair")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def _plain_output(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(os.environ.get("NO_COLOR")) or not (isatty and isatty())


def run_compare(argv: Sequence[str]) -> int:
    parser = _compare_parser()
    args = parser.parse_args(list(argv))
    from .core.compare import compare_paths

    comparison = compare_paths(*_paths(args.articles, parser))
    if args.json:
        from .core.jsonout import to_document

        json.dump(to_document(comparison), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif _plain_output(sys.stdout):
        from .core.textreport import lines

        for line in lines(comparison):
            sys.stdout.write(line + "\n")
    else:
        from rich.console import Console

        from .report import render

        render(comparison, Console())
    return 0


def run_entities(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="reader entities",
        description="List the people, places and organisations each article names.",
    )
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="two files, '-' for standard input; none for the bundled pair")
    parser.add_argument("--json", action="store_true", help="print the entities as JSON")
    args = parser.parse_args(list(argv))
    from .core.compare import analyse_paths
    from .core.entities import extract

    entities = extract(*analyse_paths(*_paths(args.articles, parser)))
    if args.json:
        from .core.jsonout import entities_document

        json.dump({"version": 1, "entities": entities_document(entities)}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif _plain_output(sys.stdout):
        from .core.textreport import entity_lines

        for line in entity_lines(entities):
            sys.stdout.write(line + "\n")
    else:
        from rich.console import Console

        from .report import entity_table

        Console().print(entity_table(entities))
    return 0


def _main_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Compare two news articles side by side. Commands: compare, entities.",
    )
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="two files to compare; none for the bundled example pair")
    return parser


def dispatch(argv: Sequence[str]) -> int:
    if argv and argv[0] == "compare":
        return run_compare(argv[1:])
    if argv and argv[0] == "entities":
        return run_entities(argv[1:])
    parser = _main_parser()
    args = parser.parse_args(list(argv))
    return run_compare(args.articles)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `reader` console script."""
    try:
        return dispatch(sys.argv[1:] if argv is None else argv)
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
