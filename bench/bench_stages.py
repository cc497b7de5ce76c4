"""Where the time of `reader compare A B --json` goes, stage by stage, on long article pairs.

Uses `bench/corpus.py`'s pairs (OneStopEnglish from `../shared/benchmarks/onestopenglish/` when
present, generated text otherwise), written to temporary files so that loading is timed too.
Each size runs in a fresh interpreter; the whole command is also timed as a user runs it
(`reader compare A B --json > file`, a subprocess of the installed entry point), imports
included, with its peak memory (the larger of the process and its children). Wall-clock time
on a shared machine varies; CPU time of the process is printed beside it.

The stages run one after another here; the command runs those marked `(child)` in a forked
process beside the others (every sentence's figures and the names while the parent aligns and
diffs, the quotes while it finds the figures and writes the rest), so its wall time is less
than their sum. Quotes (read in both articles and matched) and figures are timed as stages of
their own; the JSON document is given them, as the command's is, and timed without them.

Run: python bench/bench_stages.py [sizes...]   (default 5000 20000 sentences per side)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def stages(path_a: str, path_b: str) -> dict[str, tuple[float, float]]:
    """Times (wall, cpu) of each stage of the compare command, in-process, in its order."""

    from reader.core.align.aligner import align
    from reader.core.compare import analyse, compare_articles, with_names
    from reader.core.facts.explained import drop_explained
    from reader.core.facts.figure_table import figure_rows
    from reader.core.facts.pairwork import diff_and_check, name_checks
    from reader.core.facts.quote_match import match_quotes
    from reader.core.facts.readings import read_articles, remember
    from reader.core.model import Pair
    from reader.core.names.entities import extract
    from reader.core.output.jsondoc import to_document, to_json
    from reader.core.sources.load import load

    out: dict[str, tuple[float, float]] = {}

    def timed(name: str, fn):  # noqa: ANN001, ANN202
        wall, cpu = time.perf_counter(), time.process_time()
        value = fn()
        out[name] = (time.perf_counter() - wall, time.process_time() - cpu)
        return value

    a, b = timed("load", lambda: (load(path_a), load(path_b)))
    art_a, art_b = timed("clean + segment", lambda: (analyse(a), analyse(b)))
    links = timed("align", lambda: align([s.text for s in art_a.sentences],
                                         [s.text for s in art_b.sentences]))
    timed("figures read (child)", lambda: remember(read_articles(art_a, art_b)))
    results = timed("diff + checks", lambda: diff_and_check(
        [(art_a.passage(link.a), art_b.passage(link.b), link.score) for link in links],
        parallel=False))
    pairs = [Pair(a=link.a, b=link.b, score=link.score, diff=diff, discrepancies=flags)
             for link, (diff, flags) in zip(links, results)]
    timed("explained flags", lambda: drop_explained(pairs, art_a, art_b))
    first = compare_articles(art_a, art_b, names=False)
    found = timed("names (child)", lambda: extract(art_a, art_b))
    timed("name checks", lambda: name_checks(first.pairs, art_a, art_b, found))
    comparison = with_names(first)
    quotes = timed("quotes (child)", lambda: match_quotes(comparison))
    figures = timed("figures", lambda: figure_rows(comparison))
    document = timed("JSON document", lambda: to_document(comparison, quotes, figures))
    timed("JSON writing", lambda: to_json(document))
    return out


_WHOLE = """
import resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[5], "w", encoding="utf-8") as sink:
    subprocess.run(sys.argv[1:5] + ["--json"], stdout=sink, check=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(time.perf_counter() - start, peak)
"""


def _whole(reader: Path, path_a: Path, path_b: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak memory (MB, the largest of the command and the processes it
    forks) of `reader compare A B --json > out`, run from a fresh interpreter of its own."""
    answer = subprocess.run([sys.executable, "-c", _WHOLE, str(reader), "compare", str(path_a),
                             str(path_b), str(out)], capture_output=True, text=True,
                            check=True).stdout.split()
    return float(answer[0]), float(answer[1])


def main() -> None:
    if len(sys.argv) > 3 and sys.argv[1] == "--one":
        print(json.dumps(stages(sys.argv[2], sys.argv[3])))
        return
    sys.path.insert(0, str(HERE))
    from corpus import article_pair

    sizes = [int(s) for s in sys.argv[1:]] or [5000, 20000]
    reader = Path(sys.executable).with_name("reader")
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            text_a, text_b = article_pair(size)
            path_a, path_b = Path(scratch, f"a{size}.txt"), Path(scratch, f"b{size}.txt")
            path_a.write_text(text_a, encoding="utf-8")
            path_b.write_text(text_b, encoding="utf-8")
            result = json.loads(subprocess.run(
                [sys.executable, __file__, "--one", str(path_a), str(path_b)],
                capture_output=True, text=True, check=True).stdout)
            whole, peak = _whole(reader, path_a, path_b, Path(scratch, "out.json"))
            print(f"\n{size} x {size} sentences: whole `reader compare --json` {whole:.2f} s, "
                  f"peak memory {peak:.0f} MB")
            for name, (wall, cpu) in result.items():
                print(f"  {name:21} {wall:6.3f} s wall  {cpu:6.3f} s cpu")


if __name__ == "__main__":
    main()
