"""Flags raised between two versions of one article (OneStopEnglish advanced vs elementary).

Uses `../shared/benchmarks/onestopenglish/`. A rewrite for learners keeps the facts of its
original, so most flags here are false alarms; a few are real (the rewriter changed "a dozen"
to "six"). This counts them per kind on each part, per 100 aligned pairs; `--show` lists the
development part's flags with both passages, for review by hand.

Run: python bench/bench_ose_flags.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from splits import ONESTOP, ose_titles  # noqa: E402

from reader.core.compare import compare  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list development flags")
    args = parser.parse_args()
    if not ONESTOP.exists():
        sys.exit(f"needs {ONESTOP}")
    for part in ("dev", "test"):
        kinds: Counter[str] = Counter()
        pairs = 0
        for title in ose_titles(part):
            texts = [(ONESTOP / "texts" / level / f"{title}-{level}.txt").read_text(
                encoding="utf-8") for level in ("adv", "ele")]
            comparison = compare(from_text(texts[0], f"{title}-adv.txt"),
                                 from_text(texts[1], f"{title}-ele.txt"))
            pairs += len(comparison.pairs)
            for pair in comparison.pairs:
                for flag in pair.discrepancies:
                    kinds[f"{flag.kind}/{flag.severity}"] += 1
                    if args.show and part == "dev":
                        print(f"[{title}] {flag.kind}/{flag.severity}: {flag.why}")
                        print(f"  A: {comparison.a.passage(pair.a)}")
                        print(f"  B: {comparison.b.passage(pair.b)}\n")
        total = sum(kinds.values())
        print(f"{part}: {total} flags in {pairs} aligned pairs ({100 * total / max(pairs, 1):.1f} "
              f"per 100); " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
