"""Every flag `reader` raises on real reports of one event by different outlets (ECB+).

Uses `../shared/benchmarks/ecbplus/` (CC BY 3.0). ECB+ does not annotate conflicting facts,
so this lists the flags for review by hand: `--dump FILE` writes those of the development
part as JSON lines (pair, kind, severity, why, both passages) for a reviewer to mark as worth
keeping or not; `--score FILE` reads such a file back, with a `keep` field per line, and
prints the share of the flags raised today that the review kept (and any not reviewed
yet). Without options it counts flags per part.

`--every` takes, instead of `pairs.json`'s pairs, every other two documents of one sub-topic
(one event): many more pairs, for a larger review. `--part test` dumps or scores the held-out
part, whose review is a measurement only. Reviews kept beside this script, in `data/`:
`ecb_flags_dev_reviewed.jsonl` (pairs.json's development pairs),
`ecb_flags_dev_every_reviewed.jsonl` (the other development pairs; each flag not kept has a
class saying why: `different-thing`, `different-moment`, `misread`…) and
`ecb_flags_test_reviewed.jsonl` (pairs.json's held-out pairs).

Run: python bench/bench_ecb_flags.py [--dump FILE | --score FILE] [--part dev|test] [--every]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from splits import ECBPLUS, ecb_documents, ecb_pairs  # noqa: E402

from reader.core.compare import compare  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402


def every_pair(part: str) -> list[dict]:
    """Every two documents of one sub-topic (one event) that `pairs.json` does not pair: more
    real pairs of reports of one event, to review more flags than the chosen pairs raise."""
    chosen = {(p["a"], p["b"]) for p in ecb_pairs("all")}
    groups: dict[str, list[str]] = {}
    for doc in ecb_documents(part):
        topic, rest = doc.split("_", 1)
        groups.setdefault(f"{topic}_{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}",
                          []).append(doc)
    out = []
    for docs in groups.values():
        docs.sort(key=lambda d: int(d.split("_")[1].rstrip("ecbplus")))
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                if (a, b) not in chosen:
                    out.append({"id": f"{a}__{b}", "a": a, "b": b,
                                "text_a": f"texts/{a}.txt", "text_b": f"texts/{b}.txt"})
    return out


def flags(part: str, every: bool = False) -> list[dict]:
    out = []
    for pair in every_pair(part) if every else ecb_pairs(part):
        a = (ECBPLUS / pair["text_a"]).read_text(encoding="utf-8")
        b = (ECBPLUS / pair["text_b"]).read_text(encoding="utf-8")
        c = compare(from_text(a, pair["a"]), from_text(b, pair["b"]))
        for p in c.pairs:
            for d in p.discrepancies:
                out.append({"pair": pair["id"], "kind": d.kind, "severity": d.severity,
                            "a": d.a, "b": d.b, "why": d.why, "score": p.score,
                            "a_text": c.a.passage(p.a), "b_text": c.b.passage(p.b)})
    return out


def _key(row: dict) -> tuple[str, str, str]:
    return row["pair"], row["a"], row["b"]


def score(reviewed_file: Path, part: str = "dev", every: bool = False) -> None:
    """The share of today's flags that the review kept; flags the review has not seen are
    listed, to be reviewed and added."""
    reviewed = {_key(r): r for r in map(json.loads, reviewed_file.read_text().splitlines()) if r}
    rows = flags(part, every)
    unseen = [r for r in rows if _key(r) not in reviewed]
    judged = [reviewed[_key(r)] for r in rows if _key(r) in reviewed]
    kept = sum(1 for r in judged if r.get("keep"))
    print(f"{kept}/{len(judged)} reviewed flags raised today worth keeping "
          f"({kept / max(len(judged), 1):.1%}); {len(unseen)} not reviewed yet; "
          f"{len(reviewed) - len(judged)} reviewed flags no longer raised")
    by = Counter((r["kind"], r["severity"], bool(r.get("keep"))) for r in judged)
    for key, n in sorted(by.items()):
        print(f"  {key}: {n}")
    for r in unseen:
        print(f"  not reviewed: {r['pair']} {r['kind']}/{r['severity']}: {r['why']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump")
    parser.add_argument("--score")
    parser.add_argument("--part", choices=("dev", "test"), default="dev",
                        help="the part --dump writes and --score reads (default: dev)")
    parser.add_argument("--every", action="store_true",
                        help="the other pairs of documents of one event instead of pairs.json's")
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        print("ECB+ data not found beside the project; nothing to measure.")
        return
    if args.score:
        score(Path(args.score), args.part, args.every)
        return
    for part in ("dev", "test"):
        found = flags(part, args.every)
        pairs = every_pair(part) if args.every else ecb_pairs(part)
        print(f"{part}: {len(found)} flags in {len(pairs)} pairs; "
              + ", ".join(f"{k}/{s} {n}" for (k, s), n in
                          sorted(Counter((f['kind'], f['severity']) for f in found).items())))
        if args.dump and part == args.part:
            Path(args.dump).write_text("".join(json.dumps(f) + "\n" for f in found))


if __name__ == "__main__":
    main()
