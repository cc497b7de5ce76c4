"""Scale: comparison of long article pairs (names included; their share timed apart), growth ratio
t(2n)/t(n), and peak memory.

Run: python bench/bench_scale.py [sizes...]   (default 2500 5000 10000 20000 sentences per side)
Each size runs in a fresh subprocess so its peak resident memory (ru_maxrss, the larger of the
process and those it forks: the child that reads figures and names ahead, or diff workers) is
its own. The names are timed a second time in the parent alone, to show their share (in the
comparison they are found in the child, beside the alignment).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def one(size: int) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    from corpus import article_pair

    from reader.core.compare import analyse, compare_articles
    from reader.core.names.entities import extract
    from reader.core.sources.load import from_text

    text_a, text_b = article_pair(size)
    a, b = from_text(text_a, "A"), from_text(text_b, "B")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    comparison = compare_articles(analyse(a), analyse(b))
    elapsed = time.perf_counter() - t
    t = time.perf_counter()
    entities = extract(comparison.a, comparison.b)
    entity_seconds = time.perf_counter() - t  # a second time, to show their share
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {
        "size": size,
        "sentences_a": len(comparison.a.sentences),
        "sentences_b": len(comparison.b.sentences),
        "pairs": len(comparison.pairs),
        "seconds": elapsed,
        "entity_seconds": entity_seconds,
        "entities": len(entities),
        "peak_mb": rss / 1024,
        "rss_before_mb": rss_before / 1024,
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    sizes = [int(s) for s in sys.argv[1:]] or [2500, 5000, 10000, 20000]
    results = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True,
                             text=True, check=True).stdout
        r = json.loads(out)
        results.append(r)
        print(f"{r['sentences_a']:>6} x {r['sentences_b']:<6} sentences: {r['seconds']:.2f} s "
              f"(clean, segment, align, names, diff, check), {r['pairs']} pairs; of "
              f"which names ~{r['entity_seconds']:.2f} s ({r['entities']}); peak RSS {r['peak_mb']:.0f} MB "
              f"(of which {r['rss_before_mb']:.0f} MB before analysis: interpreter and input)")
    for small, big in zip(results, results[1:]):
        if big["size"] == 2 * small["size"]:
            print(f"t({big['size']})/t({small['size']}) = {big['seconds'] / small['seconds']:.2f}")


if __name__ == "__main__":
    main()
