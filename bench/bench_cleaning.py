"""Cleaning time on large, repetitive input: it must grow linearly with the text.

Three shapes, each at growing sizes up to 20 MB: one paragraph repeated (blank lines between),
a whole article repeated (the bundled seed B, with its furniture), and many different
paragraphs that share their opening words. Prints seconds, MB/s and the growth ratio t(2n)/t(n)
(about 2 when linear). Standalone: uses no benchmark data.

Run: .venv/bin/python bench/bench_cleaning.py [max_mb]   (default 20)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from reader.core.store.resources import seed_paths
from reader.core.text.cleaning import clean

PARAGRAPH = ("The council said on Tuesday that the bridge over the river would stay closed until "
             "engineers had inspected it, and that drivers should use the ring road.")


def repeated_paragraph(size: int) -> str:
    return "\n\n".join([PARAGRAPH] * (size // (len(PARAGRAPH) + 2) + 1))


def repeated_article(size: int) -> str:
    article = Path(seed_paths()[1]).read_text(encoding="utf-8")
    return "\n\n".join([article] * (size // (len(article) + 2) + 1))


def shared_openings(size: int) -> str:
    count = size // (len(PARAGRAPH) + 12) + 1
    return "\n\n".join(f"{PARAGRAPH[:-1]} number {k}." for k in range(count))


def main() -> None:
    max_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    sizes = [mb for mb in (0.4, 0.8, 1.6, 5.0, 10.0, 20.0) if mb <= max_mb]
    for name, make in (("one paragraph repeated", repeated_paragraph),
                       ("an article repeated", repeated_article),
                       ("paragraphs sharing their opening", shared_openings)):
        print(f"{name}:")
        previous: tuple[float, float] | None = None
        for mb in sizes:
            text = make(int(mb * 1_000_000))
            t = time.perf_counter()
            cleaned = clean(text)
            seconds = time.perf_counter() - t
            growth = ""
            if previous:
                ratio = (seconds / previous[1]) / (mb / previous[0])
                growth = f"  time per MB vs previous size x{ratio:.2f}"
            print(f"  {len(text) / 1e6:5.1f} MB  {seconds:6.2f} s  {len(text) / 1e6 / seconds:5.1f} MB/s  "
                  f"{len(cleaned.paragraphs)} kept, {len(cleaned.removed)} removed{growth}")
            previous = (mb, seconds)


if __name__ == "__main__":
    main()
