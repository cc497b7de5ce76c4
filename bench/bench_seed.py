"""Seed pair: full analysis time in-process after imports, and import cost of the engine.

Run: python bench/bench_seed.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

IMPORT = (
    "import time, sys; t=time.perf_counter(); import reader.core.compare; "
    "print(time.perf_counter()-t, 'textual' in sys.modules, 'rich' in sys.modules)"
)


def main() -> None:
    out = [subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True,
                          check=True).stdout.split() for _ in range(5)]
    print(f"engine import: {statistics.median(float(o[0]) for o in out) * 1000:.1f} ms median "
          f"(textual imported: {out[0][1]}, rich imported: {out[0][2]})")
    from reader.core.compare import compare
    from reader.core.loading import load
    from reader.core.resources import seed_paths

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
