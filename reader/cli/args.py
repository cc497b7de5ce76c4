"""Option parsing shared by the commands that take two articles.

argparse is imported here, on first use: the app's usual start (`reader`, `reader A B`) needs
no option parser, and building one costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse


def new_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """An option parser; argparse loads here, as the app's usual start needs none."""
    import argparse

    from ..core.safety import inert

    class Parser(argparse.ArgumentParser):
        """Usage errors echo the arguments given, so they are shown inert."""

        def error(self, message: str) -> NoReturn:
            super().error(inert(message))

    return Parser(prog=prog, description=description)


def paths(values: list[str], parser: argparse.ArgumentParser) -> tuple[str, str]:
    if not values:
        from ..core.store.resources import seed_paths

        return seed_paths()
    if len(values) != 2:
        parser.error("give two articles (A and B), or none for the bundled example pair")
    if values[0] == values[1] == "-":
        parser.error("'-' (standard input) can be given only once")
    return values[0], values[1]


def article_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """A parser taking the two articles and --refresh, as every command that reads articles
    does."""
    parser = new_parser(prog, description)
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="two files (.txt, .md, .html) or http(s) URLs, '-' for standard "
                        "input; none for the bundled example pair")
    parser.add_argument("--refresh", action="store_true",
                        help="fetch web pages again instead of using the cache")
    return parser
