"""Alignment recall on OneStopEnglish (advanced vs elementary rewrites of the same articles).

Needs `../shared/benchmarks/onestopenglish/` (CC BY-SA 4.0, Vajjala & Lučić 2018). Its sentence
pairs were aligned automatically (cosine similarity), are positives only and skip identical
sentences, so only recall is meaningful: the share of its pairs, locatable in both texts, that
`reader` also pairs. Precision is not measurable here. Also prints the time for all 189 pairs.

Run: python bench/bench_quality.py
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import CORPUS  # noqa: E402

from reader.core.compare import compare  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = re.sub("[\"'\u2018\u2019\u201c\u201d`]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def main() -> None:
    if not CORPUS.is_dir():
        print("OneStopEnglish corpus not found beside the project; nothing to measure.")
        return
    lines = (CORPUS / "ADV-ELE.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    gold = [(_norm(lines[k]), _norm(lines[k + 1])) for k in range(0, len(lines) - 2, 3)]
    found = located = 0
    total_time = 0.0
    for adv in sorted((CORPUS / "texts" / "adv").glob("*-adv.txt")):
        ele = CORPUS / "texts" / "ele" / adv.name.replace("-adv.txt", "-ele.txt")
        a = from_text(adv.read_text(encoding="utf-8-sig"), adv.name)
        b = from_text(ele.read_text(encoding="utf-8-sig"), ele.name)
        t = time.perf_counter()
        c = compare(a, b)
        total_time += time.perf_counter() - t
        sa = [_norm(s.text) for s in c.a.sentences]
        sb = [_norm(s.text) for s in c.b.sentences]
        linked = {(i, j) for p in c.pairs for i in p.a for j in p.b}
        for ga, gb in gold:
            ia = [i for i, s in enumerate(sa) if ga in s]
            jb = [j for j, s in enumerate(sb) if gb in s]
            if ia and jb:
                located += 1
                found += any((i, j) in linked for i in ia for j in jb)
    print(f"gold pairs located in both texts: {located}")
    print(f"recall: {found}/{located} = {found / max(located, 1):.1%}")
    print(f"analysis time for all article pairs: {total_time:.2f} s")


if __name__ == "__main__":
    main()
