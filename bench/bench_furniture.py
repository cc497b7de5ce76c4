"""Everything cleaning removes from every ECB+ and OneStopEnglish text, with its kind, for review.

Needs `../shared/benchmarks/` (ECB+ texts and OneStopEnglish advanced and elementary texts);
without it the script says so and exits 0. Cleaning must never remove a real sentence: the
removals are listed so a person can check them; the counts per kind are printed at the end.
OneStopEnglish texts are plain article text, so every removal there is suspect.

Run: .venv/bin/python bench/bench_furniture.py [--part dev|test|all] [--kinds] [--out FILE]
`--part` defaults to dev (look at dev; score held-out once, at the end). `--kinds` prints only
the counts. Each listed line is `corpus  document  paragraph  kind  | text`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import ECBPLUS, ONESTOP, ecb_documents, ose_titles  # noqa: E402

from reader.core.text.cleaning import clean  # noqa: E402


def texts(part: str) -> list[tuple[str, str, str]]:
    """(corpus, document, text) of every text of one part."""
    out = []
    for doc in ecb_documents(part):
        out.append(("ecb+", doc, (ECBPLUS / "texts" / f"{doc}.txt").read_text(encoding="utf-8")))
    for title in ose_titles(part):
        for level in ("adv", "ele"):
            path = ONESTOP / "texts" / level / f"{title}-{level}.txt"
            if path.exists():
                out.append((f"ose-{level}", title, path.read_text(encoding="utf-8-sig")))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--kinds", action="store_true", help="print only the counts")
    parser.add_argument("--out", type=Path, help="write the list to this file")
    args = parser.parse_args()
    if not (ECBPLUS / "texts").is_dir() or not (ONESTOP / "texts").is_dir():
        print(f"benchmark texts not found under {ECBPLUS.parent}; nothing to list.")
        return 0
    start = time.perf_counter()
    lines: list[str] = []
    kinds: Counter[tuple[str, str]] = Counter()
    paragraphs: Counter[str] = Counter()
    documents = texts(args.part)
    for corpus, doc, text in documents:
        cleaned = clean(text)
        paragraphs[corpus] += cleaned.total_paragraphs
        if cleaned.title:
            kinds[(corpus, "title")] += 1
        for r in cleaned.removed:
            kinds[(corpus, r.kind)] += 1
            lines.append(f"{corpus:8} {doc:40.40} {r.paragraph:>3} {r.kind:11} | {r.text[:160]}")
    if not args.kinds:
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{len(lines)} removals written to {args.out}")
        else:
            print("\n".join(lines))
    print(f"\n== {args.part}: {len(documents)} texts, removals by corpus and kind "
          "(title: headlines taken as the title)")
    for corpus in sorted({c for c, _ in kinds} | set(paragraphs)):
        row = ", ".join(f"{k} {n}" for (c, k), n in sorted(kinds.items()) if c == corpus)
        removed = sum(n for (c, k), n in kinds.items() if c == corpus and k != "title")
        print(f"{corpus:8} {paragraphs[corpus]:>6} paragraphs, {removed:>5} removed: {row}")
    print(f"runtime {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
