"""Named entities on ECB+ news pairs: recall per type, presence flags, merged name variants.

Needs `../shared/benchmarks/ecbplus/` (entity lists derived from the ECB+ participant and
location annotation; its README.md defines the rules); without it the script says so and exits 0.
The gold is not exhaustive (only participants of annotated events), so precision is not measured.

Matching, as the README says: an extracted entity matches a gold one when its name or one of its
variants equals the gold canonical name or an alias, case-insensitively after NFKC and ’ -> '.
- recall per type (pooled over the pairs of a part, empty types skipped): a PERSON must be
  extracted as PERSON. For PLACE and ORG the README counts a name match of any type; both are
  printed: "typed right" (extracted with the gold type) and "any type".
- presence flags: for each gold entity matched by the README rule, whether the matched entities
  (all of them, if the name was split over several) have mentions in A exactly when gold `a` is
  true and in B exactly when gold `b` is true.
- merges: the share of the gold `merged` pairs (canonical name, a string-variant alias) where one
  extracted entity holds both names; also how many of the pairs had both names extracted at all.

Run: .venv/bin/python bench/bench_ecb_entities.py [--part dev|test|all] [--show N]
Without --part it reports dev, test and all. --show N prints N missed gold entities, N wrongly
typed ones, N presence-flag errors and N unmerged pairs, from the dev part only.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecb  # noqa: E402

TYPES = ("PERSON", "PLACE", "ORG")


def key(name: str) -> str:
    """A name as the README compares names: NFKC, ’ as ', lower case."""
    return unicodedata.normalize("NFKC", name).replace("\u2019", "'").lower()


@dataclass(frozen=True)
class Extracted:
    """One entity of reader's output."""

    name: str
    type: str
    names: frozenset[str]
    in_a: bool
    in_b: bool


@dataclass
class Issue:
    """An error worth showing: its kind and a line describing it."""

    kind: str
    pair: str
    text: str


@dataclass
class PairResult:
    """Counts of one pair: (type, what) -> n, and the issues for --show."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    issues: list[Issue] = field(default_factory=list)


def extracted_entities(doc: dict[str, Any]) -> list[Extracted]:
    """The entities of a `compare --json` document, with their names as keys."""
    out = []
    for e in doc["entities"]:
        names = frozenset(key(n) for n in [e["name"], *e.get("variants", [])])
        count = e.get("count", [0, 0])
        out.append(Extracted(e["name"], e["type"], names, count[0] > 0, count[1] > 0))
    return out


def _describe(entities: list[Extracted]) -> str:
    return "; ".join(f"{e.name} ({e.type}, A={e.in_a}, B={e.in_b})" for e in entities) or "none"


def score_pair(pair: dict[str, Any], gold: dict[str, Any], extracted: list[Extracted]) -> PairResult:
    """Recall, presence and merge counts of one pair."""
    result = PairResult()
    pid = pair["id"]
    for kind in TYPES:
        for canonical, info in gold.get(kind, {}).items():
            names = {key(canonical), *(key(a) for a in info["aliases"])}
            found = [e for e in extracted if e.names & names]
            typed = [e for e in found if e.type == kind]
            matched = typed if kind == "PERSON" else found
            c = result.counts
            c[(kind, "gold")] += 1
            c[(kind, "typed")] += bool(typed)
            c[(kind, "any")] += bool(found)
            label = f"{kind} {canonical!r} aliases {info['aliases']} gold A={info['a']} B={info['b']}"
            if not found:
                result.issues.append(Issue("missed", pid, label))
            elif not typed:
                result.issues.append(Issue("wrong type", pid, f"{label}\n    reader: {_describe(found)}"))
            if matched:
                in_a, in_b = any(e.in_a for e in matched), any(e.in_b for e in matched)
                right = in_a == info["a"] and in_b == info["b"]
                c[(kind, "matched")] += 1
                c[(kind, "flags")] += right
                if not right:
                    result.issues.append(Issue("presence", pid, f"{label}\n    reader: {_describe(matched)}"))
    for canonical, alias in gold.get("merged", []):
        c_key, a_key = key(canonical), key(alias)
        result.counts[("merged", "gold")] += 1
        holders = [e for e in extracted if c_key in e.names or a_key in e.names]
        both_found = any(c_key in e.names for e in holders) and any(a_key in e.names for e in holders)
        merged = any(c_key in e.names and a_key in e.names for e in extracted)
        result.counts[("merged", "both found")] += both_found
        result.counts[("merged", "merged")] += merged
        if not merged:
            result.issues.append(Issue("unmerged", pid, f"{canonical!r} + {alias!r}\n    reader: "
                                       f"{_describe(holders)}"))
    return result


def report(part: str, results: list[PairResult]) -> None:
    """The table of one part."""
    total: Counter[tuple[str, str]] = Counter()
    for r in results:
        total.update(r.counts)
    print(f"\n== {part}: {len(results)} pairs")
    print(f"{'type':8}{'gold':>7}{'typed right':>14}{'recall':>9}{'any type':>11}{'recall':>9}"
          f"{'README recall':>15}{'flags right':>14}{'share':>9}")
    for kind in (*TYPES, "total"):
        kinds = TYPES if kind == "total" else (kind,)
        n = {what: sum(total[(k, what)] for k in kinds)
             for what in ("gold", "typed", "any", "matched", "flags")}
        if not n["gold"]:
            print(f"{kind:8}{0:>7}  (no gold entities of this type: skipped)")
            continue
        print(f"{kind:8}{n['gold']:>7}{n['typed']:>14}{ecb.ratio(n['typed'], n['gold']):>9}"
              f"{n['any']:>11}{ecb.ratio(n['any'], n['gold']):>9}{ecb.ratio(n['matched'], n['gold']):>15}"
              f"{str(n['flags']) + '/' + str(n['matched']):>14}{ecb.ratio(n['flags'], n['matched']):>9}")
    print("README recall: PERSON typed right, PLACE and ORG any type; flags are checked on those matches")
    g, both, merged = (total[("merged", w)] for w in ("gold", "both found", "merged"))
    print(f"merged pairs: {merged}/{g} in one entity ({ecb.ratio(merged, g).strip()}); both names "
          f"extracted in {both}, of which merged {ecb.ratio(merged, both).strip()}")


def show(results: list[tuple[str, PairResult]], n: int) -> None:
    """Examples of each kind of error on the dev part."""
    for kind in ("missed", "wrong type", "presence", "unmerged"):
        issues = [i for _, r in results for i in r.issues if i.kind == kind]
        print(f"\n== dev: {min(n, len(issues))} of {len(issues)} {kind}")
        for issue in ecb.spread(issues, n):
            print(f"[{issue.pair}] {issue.text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ecb.show_argument(parser)
    args = parser.parse_args()
    if ecb.refuse_show_on_held_out(args):
        return 2
    if not ecb.available():
        return 0
    start = time.perf_counter()
    parts = ecb.parts_to_report(args.part)
    pairs = ecb.pairs_of("all" if len(parts) > 1 else parts[0])
    results: list[tuple[str, PairResult]] = []
    reader_time = 0.0
    for pair in pairs:
        t = time.perf_counter()
        doc = ecb.run_reader(ecb.text_path(pair, "a"), ecb.text_path(pair, "b"))
        reader_time += time.perf_counter() - t
        gold = ecb.load_json(pair["entities_gold"])
        results.append((ecb.topic_part(pair["topic"]), score_pair(pair, gold, extracted_entities(doc))))
    for part in parts:
        report(part, [r for p, r in results if part in ("all", p)])
    if args.show:
        show([(p, r) for p, r in results if p == "dev"], args.show)
    total = time.perf_counter() - start
    print(f"\nruntime: {total:.1f} s ({len(results)} pairs; reader compare {reader_time:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
