"""Does `reader` tell reports of one event from reports of different events?

Uses `../shared/benchmarks/ecbplus/` (CC BY 3.0; see its README). Positives: its same-event
pairs. Hard negatives: one document of each sub-topic against one of the other sub-topic of
the same topic (topic 1: Tara Reid enters rehab vs Lindsay Lohan enters rehab: same kind of
event, different events). Easy negatives: documents of different topics. Split by topic as in
`bench/splits.py`; rules are tuned on the development topics only.

Run: python bench/bench_same_event.py [--part dev|test|all] [--show N]   (--show: dev only)
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from splits import DEV_TOPICS, ECBPLUS, ecb_pairs  # noqa: E402

from reader.core.compare import compare  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402


def _text(doc: str) -> str:
    return (ECBPLUS / "texts" / f"{doc}.txt").read_text(encoding="utf-8")


def _sets(part: str) -> dict[str, list[tuple[str, str]]]:
    meta = json.loads((ECBPLUS / "meta.json").read_text(encoding="utf-8"))
    docs = meta.get("documents", meta)
    by_sub: dict[str, list[str]] = {}
    for doc, info in sorted(docs.items()):
        if not isinstance(info, dict) or "subtopic" not in info:
            continue
        by_sub.setdefault(info["subtopic"], []).append(doc)
    topics = sorted({int(s.split("_")[0]) for s in by_sub})
    chosen = [t for t in topics if part == "all" or (t in DEV_TOPICS) == (part == "dev")]
    positives = [(p["a"], p["b"]) for p in ecb_pairs(part)]
    hard = []
    for t in chosen:
        left, right = by_sub.get(f"{t}_ecb", []), by_sub.get(f"{t}_ecbplus", [])
        hard += list(zip(left[:8], right[:8]))
    easy = []
    for t1, t2 in itertools.pairwise(chosen):
        easy += list(zip(by_sub.get(f"{t1}_ecbplus", [])[:3], by_sub.get(f"{t2}_ecb", [])[:3]))
    return {"same event": positives, "same kind, other event": hard, "other topic": easy}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default=None)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        print("ECB+ data not found beside the project; nothing to measure.")
        return
    if args.show and args.part != "dev":
        print("--show lists examples of the development part only (--part dev).")
        sys.exit(2)
    start = time.perf_counter()
    for part in [args.part] if args.part else ["dev", "test"]:
        print(f"== {part}")
        for label, pairs in _sets(part).items():
            wrong = []
            for a, b in pairs:
                c = compare(from_text(_text(a), a), from_text(_text(b), b))
                said_same = c.event is not None and c.event.same
                if said_same != (label == "same event"):
                    wrong.append((a, b, c.event))
            right = len(pairs) - len(wrong)
            print(f"  {label:<24} {right}/{len(pairs)} judged right ({right / max(len(pairs), 1):.1%})")
            for a, b, event in wrong[:args.show]:
                print(f"    {a} ~ {b}: {event}")
    print(f"runtime {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
