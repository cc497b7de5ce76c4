"""Seed pair: full analysis time in-process after imports, and import cost of the engine.

Run: python bench/bench_seed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_of_subprocess  # noqa: E402

IMPORT = (
    "import time, sys; t=time.perf_counter(); import reader.core.compare; "
    "print(time.perf_counter()-t, int('textual' in sys.modules), int('rich' in sys.modules))"
)


def main() -> None:
    seconds, textual, rich = median_of_subprocess(IMPORT)
    print(f"engine import: {seconds * 1000:.1f} ms median "
          f"(textual imported: {bool(textual)}, rich imported: {bool(rich)})")
    from reader.core.compare import compare
    from reader.core.sources.load import load
    from reader.core.store.resources import seed_paths

    a, b = (load(p) for p in seed_paths())
    compare(a, b)
    times = []
    for _ in range(30):
        t = time.perf_counter()
        comparison = compare(a, b)
        times.append(time.perf_counter() - t)
    print(f"seed pair full analysis: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms over {len(times)} runs; "
          f"{len(comparison.pairs)} pairs, {comparison.discrepancy_count} discrepancies")


if __name__ == "__main__":
    main()
