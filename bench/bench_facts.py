"""Do the flags catch changed facts and stay quiet on equivalent rewrites?

Scores `bench/data/facts_edits.json`: real sentences from OneStopEnglish and ECB+ (in
`../shared/benchmarks/`, licences in their READMEs) with hand-written edits. Each item is run
through the whole pipeline as two one-sentence articles, as a user comparing them would.
- changed facts (a value changed, two roles swapped, a qualifier flipped): an expected pair
  [A phrase, B phrase] is caught when a flag's evidence overlaps both phrases; recall counts
  expected pairs caught.
- equivalent rewrites (other number forms, unit conversions, reordered clauses, paraphrases,
  a figure left out): every flag is a false alarm; reported per 100 items.
- precision items (a rounding, a hedge): caught as `precision`, flagged as a conflict, or not
  flagged.
Items carry the split of their source (`bench/splits.py`): rules are tuned on `dev` only.

`bench/data/facts_edits_dev2.json`, `bench/data/facts_edits_dev3.json`,
`bench/data/facts_edits_dev4.json` and `bench/data/facts_edits_dev5.json` hold more development
items from other sentences (dev3 weighted toward equivalent rewrites, dev4 and dev5 toward
reworded sentences with one figure changed, paraphrases and other number forms, each written
after the earlier development sets were used up), and
`bench/data/facts_edits_test2.json` a second held-out set (split `test2`, written from held-out
sources after the rules of the first rounds were in place), scored only (`--data`);
`bench/data/facts_edits_test3.json` a third one (split `test3`), written by hand from held-out
articles not used before where possible and never used to tune, and
`bench/data/facts_edits_test4.json` a fourth one (split `test4`), written the same way after the
first three had been scored several times.

Run: python bench/bench_facts.py [--part dev|test|test2|test3|test4|all] [--show N] [--data FILE]
(--show: dev only)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.compare import compare  # noqa: E402
from reader.core.model import Discrepancy  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402

DATA = ROOT / "bench" / "data" / "facts_edits.json"


def _locate(text: str, phrase: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is not None:
        return span
    at = text.find(phrase)
    return None if at < 0 else (at, at + len(phrase))


def _overlaps(x: tuple[int, int] | None, y: tuple[int, int] | None) -> bool:
    return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


def flags(a: str, b: str) -> tuple[list[Discrepancy], str, str]:
    """The flags raised on the two sentences, with each side's passage text."""
    comparison = compare(from_text(a, "a.txt"), from_text(b, "b.txt"))
    out: list[Discrepancy] = []
    texts = ("", "")
    for pair in comparison.pairs:
        texts = (comparison.a.passage(pair.a), comparison.b.passage(pair.b))
        out.extend(pair.discrepancies)
    return out, texts[0], texts[1]


def caught(expected: list[str], found: list[Discrepancy], a: str, b: str) -> Discrepancy | None:
    """The flag whose evidence overlaps both expected phrases, if any."""
    want_a = _locate(a, expected[0], None)
    want_b = _locate(b, expected[1], None)
    for d in found:
        got_a = _locate(a, d.a, getattr(d, "a_span", None))
        got_b = _locate(b, d.b, getattr(d, "b_span", None))
        if _overlaps(want_a, got_a) and _overlaps(want_b, got_b):
            return d
    return None


def score(items: list[dict], show: int) -> None:
    expected = hit = false_alarms = equivalent = 0
    precision = {"precision": 0, "conflict": 0, "missed": 0}
    misses: list[str] = []
    alarms: list[str] = []
    for item in items:
        found, a, b = flags(item["a"], item["b"])
        if item["category"] == "equivalent":
            equivalent += 1
            false_alarms += len(found)
            if found:
                alarms.append(f"[{item['id']} {item['edit']}]\n  A: {item['a']}\n  B: {item['b']}\n"
                              + "".join(f"  flag: {d.kind} {d.a!r} vs {d.b!r}"
                                        f" {getattr(d, 'why', '')}\n" for d in found))
            continue
        for pair in item["expect"]:
            d = caught(pair, found, a or item["a"], b or item["b"])
            if item["category"] == "precision":
                severity = getattr(d, "severity", "conflict") if d else "missed"
                precision[severity if severity in precision else "conflict"] += 1
                continue
            expected += 1
            if d is not None:
                hit += 1
            else:
                misses.append(f"[{item['id']} {item['edit']}] want {pair}\n  A: {item['a']}\n"
                              f"  B: {item['b']}\n"
                              + "".join(f"  flag: {f.kind} {f.a!r} vs {f.b!r}\n" for f in found))
    changed = sum(1 for i in items if i["category"] == "changed")
    print(f"changed facts caught: {hit}/{expected} = {hit / max(expected, 1):.1%} "
          f"(in {changed} items)")
    print(f"false alarms on equivalent rewrites: {false_alarms} in {equivalent} items = "
          f"{100 * false_alarms / max(equivalent, 1):.1f} per 100")
    print(f"precision items: {precision['precision']} flagged as precision, "
          f"{precision['conflict']} as conflicts, {precision['missed']} not flagged")
    for label, examples in (("MISSED", misses), ("FALSE ALARMS", alarms)):
        if show and examples:
            print(f"\n{label} ({len(examples)}), first {show}:")
            print("\n".join(examples[:show]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "test2", "test3", "test4", "all"), default=None)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--data", default=str(DATA), help="items to score (default: %(default)s)")
    args = parser.parse_args()
    data = Path(args.data)
    if not data.is_file():
        print(f"{data} not found; nothing to measure.")
        return
    if args.show and args.part != "dev":
        print("--show lists examples of the development part only (--part dev): the held-out "
              "part is scored, never looked at.")
        sys.exit(2)
    items = json.loads(data.read_text(encoding="utf-8"))["items"]
    start = time.perf_counter()
    parts = sorted({i["split"] for i in items}, key=["dev", "test", "test2", "test3", "test4"].index)
    for part in ([args.part] if args.part else [*parts, "all"]):
        chosen = [i for i in items if part == "all" or i["split"] == part]
        print(f"== {part}: {len(chosen)} items")
        score(chosen, args.show)
        print()
    print(f"runtime {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
