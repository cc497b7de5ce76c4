"""Building the rows of the side-by-side view when most sentences have no counterpart.

Sentences only one side has are placed next to their neighbours in reading order; this must
take one pass, not a search per sentence. Prints the time for 250 to 20,000 one-sided
sentences per side (two unrelated articles of that length, a few pairs between them).

Run: python bench/bench_rows.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.model import Article, Comparison, Coverage, Pair, Sentence  # noqa: E402
from reader.core.output.rows import build_rows  # noqa: E402


def comparison(n: int) -> Comparison:
    def article(side: str) -> Article:
        sentences = tuple(Sentence(i, f"{side} sentence {i}.", i) for i in range(n))
        return Article(source=side, title=None, sentences=sentences, removed=(), paragraphs=n)

    pairs = tuple(Pair((i,), (i,), 0.5) for i in range(0, n, max(1, n // 5)))
    matched = {p.a[0] for p in pairs}
    rest = tuple(i for i in range(n) if i not in matched)
    coverage = Coverage((len(pairs),) * 2, (n, n), (len(pairs),) * 2, (n, n))
    return Comparison(article("A"), article("B"), pairs, coverage, rest, rest)


def main() -> None:
    for n in (250, 500, 1000, 5000, 20000):
        c = comparison(n)
        start = time.perf_counter()
        rows = build_rows(c)
        print(f"{n:>6} one-sided sentences per side: {len(rows):>6} rows in "
              f"{time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
