"""Random bytes and random hostile Unicode (controls, markup, bidirectional and zero-width
characters, NBSP, combining marks) go through load, compare and every output: no traceback,
and no raw control character reaches any output."""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from rich.console import Console

from reader.cli import main
from reader.cli.report import render
from reader.core.compare import compare_paths
from reader.core.sources.errors import LoadError

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")

PIECES = st.sampled_from([
    "The council", " met on Monday", " in Marrowby", ", officials said", ".", "!", "?", "\n",
    "\n\n", " eight people", " six people", " Mayor Vera Quill", " 40%", " $3m", " — ",
    "[bold]", "[/x]", "[@click=app.quit]", "[link=http://x]", "**", "`", "~~", "# ", "> ",
    "<b>", "&amp;", "\x1b[2J", "\x1b]52;c;eA==\x07", "\x9b31m", "\x85", "\x7f", "\r",
    "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00a0", "e\u0301", "\u2028",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), min_size=1, max_size=60).map("".join)
CONTENT = st.one_of(TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                    st.binary(max_size=400))


def _outputs(a: Path, b: Path, capsys) -> list[str]:
    texts = []
    for args in (["compare", str(a), str(b)], ["compare", str(a), str(b), "--json"],
                 ["entities", str(a), str(b), "--json"], ["export", str(a), str(b), "-o", "-"]):
        code = main(args)
        out, err = capsys.readouterr()
        assert code in (0, 2), (args, code, err)
        if code == 2:
            assert out == "" and err.startswith("reader: ") and err.count("\n") == 1, err
        texts += [out, err]
    try:
        comparison = compare_paths(str(a), str(b))
    except LoadError:
        event("refused")
        return texts
    event("compared")
    console = Console(file=io.StringIO(), width=100, color_system=None)
    render(comparison, console)
    return [*texts, console.file.getvalue()]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=CONTENT, second=CONTENT)
@example(first="The [bold]council[/x] met \x1b[2J on \u202eMonday\u202c.\n".encode(),
         second="The council met on Tuesday [@click=app.quit]here[/].\n".encode())
@example(first=b"\x9b\x85 caf\xe9 said the mayor.\n", second=b"Caf\xc3\xa9 said the mayor.\n")
def test_no_traceback_and_no_raw_control_character_in_any_output(dirs, capsys, first, second):
    capsys.readouterr()
    with tempfile.TemporaryDirectory() as folder:
        a, b = Path(folder) / "a\x1b[2J.txt", Path(folder) / "b\u202e.md"
        a.write_bytes(first)
        b.write_bytes(second)
        for output in _outputs(a, b, capsys):
            found = RAW.search(output)
            assert found is None, (hex(ord(found.group())), output[max(found.start() - 40, 0):found.end() + 40])
