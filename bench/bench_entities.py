"""Entities: quality on the seed pair against a hand-checked list, extraction time, import cost.

Mention-level scores: a mention counts as right when its exact text and type match the gold
list (bench/seed_entities_gold.py). Long pairs (`--long`, default 5000 and 20000 sentences a
side) come from `bench/corpus.py`, which uses `../shared/benchmarks/onestopenglish/` when
present; each size runs in a fresh interpreter, timing the first call (as `reader compare`
makes it, word lists loaded) and the CPU time of 6 warm calls (min and median: the machine is
shared, so the min is the cost with the least interference).

Run: python bench/bench_entities.py [--long [sizes...]]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seed_entities_gold import GOLD  # noqa: E402
from timing import median_of_subprocess  # noqa: E402

IMPORT = (
    "import time; t=time.perf_counter(); import reader.core.align.aligner, reader.core.facts.diff;"
    "t1=time.perf_counter(); import reader.core.names.entities; t2=time.perf_counter(); print(t1-t, t2-t1)"
)


def long_pair(size: int) -> None:
    """CPU time of entities on a generated pair of `size` sentences a side."""
    from corpus import article_pair

    from reader.core.compare import analyse
    from reader.core.names.entities import extract
    from reader.core.sources.load import load

    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for side, text in zip("ab", article_pair(size)):
            path = Path(scratch, f"{side}.txt")
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        a, b = (analyse(load(p)) for p in paths)
    t = time.process_time()
    entities = extract(a, b)
    first = time.process_time() - t
    times = []
    for _ in range(6):
        t = time.process_time()
        extract(a, b)
        times.append(time.process_time() - t)
    print(f"{len(a.sentences)} x {len(b.sentences)} sentences: {len(entities)} entities, first call "
          f"{first:.2f} s CPU, then min {min(times):.2f} s, median {statistics.median(times):.2f} s")


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        long_pair(int(sys.argv[2]))
        return
    if sys.argv[1:2] == ["--long"]:
        for size in [int(s) for s in sys.argv[2:]] or [5000, 20000]:
            subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)
        return
    from reader.core.compare import analyse
    from reader.core.names.entities import extract
    from reader.core.sources.load import load
    from reader.core.store.resources import seed_paths

    _, extractor = median_of_subprocess(IMPORT)
    print(f"import of the extractor on top of the engine: {extractor * 1000:.1f} ms median")
    a, b = (analyse(load(p)) for p in seed_paths())
    t = time.perf_counter()
    entities = extract(a, b)
    first = time.perf_counter() - t
    times = []
    for _ in range(20):
        t = time.perf_counter()
        extract(a, b)
        times.append(time.perf_counter() - t)
    print(f"seed pair entities: first call {first * 1000:.1f} ms (loads the gazetteer), then "
          f"median {statistics.median(times) * 1000:.1f} ms")
    for side, article in enumerate((a, b)):
        got: Counter[tuple[str, str]] = Counter()
        for entity in entities:
            for m in entity.mentions:
                if m.article == side:
                    got[(article.sentences[m.sentence].text[m.start:m.end], entity.type)] += 1
        gold = Counter({(text, kind): n for text, kind, n in GOLD[side]})
        right = sum((got & gold).values())
        print(f"article {'AB'[side]}: {right}/{sum(gold.values())} gold mentions found exactly "
              f"(recall {right / sum(gold.values()):.1%}), precision "
              f"{right / max(sum(got.values()), 1):.1%}, {len(entities)} entities in the pair")


if __name__ == "__main__":
    main()
