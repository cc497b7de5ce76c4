"""The `reader` command: the app, and the same analysis for scripts.

Every failure a user can cause (missing file, bad encoding, bad arguments) ends in one line on
standard error and exit status 2, never a traceback. This module only dispatches: the
commands for scripts are in `commands`, opening the app in `open_app`.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

COMMANDS = ("compare", "entities", "quotes", "figures", "bookmarks", "export")


def say_waiting(message: str) -> None:
    """Tell the user, in one line, what reading an article waits for (a FIFO nobody writes
    to yet)."""
    from ..core.safety import inert

    print(f"reader: {inert(message)}", file=sys.stderr, flush=True)


def _main_parser() -> argparse.ArgumentParser:
    from .args import article_parser

    return article_parser(
        prog="reader",
        description="Compare two news articles side by side. Without a command, opens the app. "
        "Commands: compare, entities, quotes, figures, bookmarks, export (each has --help).",
    )


def dispatch(argv: Sequence[str]) -> int:
    if argv and argv[0] in COMMANDS:
        from . import commands

        run = getattr(commands, f"run_{argv[0]}")
        return int(run(argv[1:]))
    from .open_app import run_app

    if len(argv) in (0, 2) and not any(arg.startswith("-") for arg in argv):
        # `reader` and `reader A B` open the app without building the option parser, which
        # costs more of the app's start-up than anything else done before the toolkit loads.
        from ..core.store.resources import seed_paths

        return run_app((argv[0], argv[1]) if argv else seed_paths())
    from .args import paths

    parser = _main_parser()
    args = parser.parse_args(list(argv))
    return run_app(paths(args.articles, parser), refresh=args.refresh)


def _streams_problem() -> str | None:
    """What makes the standard streams unusable, if anything; made fit otherwise.

    A closed standard output (`>&-`) leaves nowhere to write to. An output encoding that
    cannot hold every character (`PYTHONIOENCODING=ascii`, an old locale) writes the others
    as backslash escapes instead of failing on the first curly quote."""
    if sys.stdout is None:
        return "standard output is closed; nowhere to write to"
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
    return None


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests capture it)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `reader` console script."""
    problem = _streams_problem()
    if problem:
        print(f"reader: {problem}", file=sys.stderr)
        return 2
    args = list(sys.argv[1:] if argv is None else argv)
    # Starting the app creates a few hundred thousand objects and frees almost none, so the
    # cycle collector's passes over them are wasted: about 19 ms before the first frame (the
    # app turns it back on once that frame is drawn). A command's comparison keeps what it
    # builds until it is written and makes next to no cyclic garbage: on a 5,000-sentence pair
    # the collector ran 1,300 times, a tenth of the command's time, to free 200 objects.
    from ..core.collector import paused

    with paused():
        return _run(args)


def _run(args: list[str]) -> int:
    from ..core.safety import inert
    from ..core.sources.errors import LoadError

    try:
        code = dispatch(args)
        sys.stdout.flush()  # a full disk or a closed terminal is reported here, not at exit
        return code
    except LoadError as exc:  # names a file, URL or server answer: shown inert
        print(f"reader: {inert(str(exc))}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"reader: {inert(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of a pipe stopped early (`| head`): not an error
        _silence_stdout()
        return 0
    except OSError as exc:  # writing failed: a full disk (/dev/full), a terminal gone…
        _silence_stdout()
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        print(f"reader: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
