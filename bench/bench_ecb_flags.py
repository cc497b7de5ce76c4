"""Every flag `reader` raises on real reports of one event by different outlets (ECB+).

Uses `../shared/benchmarks/ecbplus/` (CC BY 3.0). ECB+ does not annotate conflicting facts,
so this lists the flags for review by hand: `--dump FILE` writes those of the development
part as JSON lines (pair, kind, severity, why, both passages) for a reviewer to mark as worth
keeping or not; `--score FILE` reads such a file back, with a `keep` field per line, and
prints the share of the flags raised today that the review kept (and any not reviewed
yet). Without options it counts flags per part.

Run: python bench/bench_ecb_flags.py [--dump FILE | --score FILE]
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

from splits import ECBPLUS, ecb_pairs  # noqa: E402

from reader.core.compare import compare  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402


def flags(part: str) -> list[dict]:
    out = []
    for pair in ecb_pairs(part):
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


def score(reviewed_file: Path) -> None:
    """The share of today's development flags that the review kept; flags the review has not
    seen are listed, to be reviewed and added."""
    reviewed = {_key(r): r for r in map(json.loads, reviewed_file.read_text().splitlines()) if r}
    rows = flags("dev")
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
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        print("ECB+ data not found beside the project; nothing to measure.")
        return
    if args.score:
        score(Path(args.score))
        return
    for part in ("dev", "test"):
        found = flags(part)
        print(f"{part}: {len(found)} flags in {len(ecb_pairs(part))} pairs; "
              + ", ".join(f"{k}/{s} {n}" for (k, s), n in
                          sorted(Counter((f['kind'], f['severity']) for f in found).items())))
        if args.dump and part == "dev":
            Path(args.dump).write_text("".join(json.dumps(f) + "\n" for f in found))


if __name__ == "__main__":
    main()
