"""Sentence alignment on ECB+ pairs against hand-made paragraph groups: link precision, recall, F1.

Needs `bench/data/ecb_align_hand.json` (held-out pairs) and `bench/data/ecb_align_hand_dev.json`
(development pairs), both written by hand (when neither exists the script says so and exits 0),
and, for texts given as paths, `../shared/benchmarks/ecbplus/`. Format:
`{"pairs": [{"id", "text_a", "text_b", "groups": [{"a": [...], "b": [...], "a_text", "b_text"}]}]}`,
`a` and `b` indexing the paragraphs `text.split("\\n\\n")`; `text_a` / `text_b` are paths inside
the ECB+ folder (`texts/1_1ecb.txt`), paths beside the hand file, or the texts themselves.

Scoring, pooled over the pairs of a part (dev: topics 1-12, test: 13-25, from the id's topic):
- Each reader sentence is mapped to the paragraph(s) it comes from by finding its normalised text
  (NFKC, curly quotes straight, whitespace collapsed) in the normalised paragraphs, searching on
  from the previous sentence so that repeated sentences map in order.
- A system's pair (A sentences, B sentences) is a set of links: every (A paragraph, B paragraph)
  of its sentences. A hand group is the set of links a x b. Links are counted once per pair.
- precision = system links inside some hand group / system links; recall = hand links the system
  has / hand links; F1 of the two. Also printed: system links with a paragraph that no hand group
  uses on its side (headline, date line, furniture, or text left unaligned by hand) and precision
  without them, and hand groups with at least one link found.
- A fair variant for an aligner that pairs each sentence once. A hand group of a A paragraphs
  and b B paragraphs counts a x b links, but one correspondence told in two sentences by one
  outlet is found once by a one-to-one pairing (which links it to one of the two), and a
  paragraph that is not among a system's sentences (reader takes a headline as the article's
  title, shown apart, and drops date lines and furniture) can be in no link at all. So: hand
  links out of reach (a paragraph with no sentence of the system on its side); the one-to-one
  ceiling (the largest set of hand links in reach, no paragraph twice: a maximum bipartite
  matching); recall / ceiling; and the fair F1, of the same precision and the recall of hand
  groups in reach (a group counts as found when one of its links is, each group once).
Systems as in bench_ecb_align.py: reader, rapidfuzz best match on reader's sentences, and
rapidfuzz on the raw paragraphs.

Run: .venv/bin/python bench/bench_hand_align.py [--part dev|test|all] [--hand FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ecb  # noqa: E402

HAND = (HERE / "data" / "ecb_align_hand_dev.json", HERE / "data" / "ecb_align_hand.json")
SYSTEMS = ("reader", "rapidfuzz", "rapidfuzz raw")
Link = tuple[int, int]


def resolve_text(value: str, hand_file: Path, scratch: Path, name: str) -> tuple[Path, str]:
    """The file to give reader and its text, for a `text_a` / `text_b` value."""
    if "\n" not in value and len(value) < 300:
        for candidate in (ecb.ECBPLUS / value, hand_file.parent / value, Path(value)):
            if candidate.is_file():
                return candidate, candidate.read_text(encoding="utf-8")
    path = scratch / f"{name}.txt"
    path.write_text(value, encoding="utf-8")
    return path, value


def sentence_paragraphs(sentences: Sequence[str], paras: Sequence[str]) -> tuple[list[set[int]], int]:
    """The paragraph indices of each sentence, and how many sentences could not be placed."""
    normed = [ecb.norm(p) for p in paras]
    starts, pos = [], 0
    for p in normed:
        starts.append(pos)
        pos += len(p) + 1
    full = " ".join(normed)
    out: list[set[int]] = []
    cursor = lost = 0
    for sentence in sentences:
        s = ecb.norm(sentence)
        at = full.find(s, cursor)
        if at < 0:
            at = full.find(s)
        if not s or at < 0:
            out.append(set())
            lost += 1
            continue
        end = at + len(s)
        out.append({k for k, st in enumerate(starts) if st < end and st + len(normed[k]) > at})
        cursor = end
    return out, lost


def links_of(groups: Sequence[ecb.Group], map_a: list[set[int]], map_b: list[set[int]]) -> set[Link]:
    """The (A paragraph, B paragraph) links of a system's groups."""
    links: set[Link] = set()
    for g in groups:
        pa = set().union(*(map_a[k] for k in g.a))
        pb = set().union(*(map_b[k] for k in g.b))
        links |= {(x, y) for x in pa for y in pb}
    return links


def matching_size(links: set[Link]) -> int:
    """The most links that share no paragraph on either side (augmenting paths; hand pairs
    are small)."""
    partners: dict[int, list[int]] = {}
    for x, y in sorted(links):
        partners.setdefault(x, []).append(y)
    owner: dict[int, int] = {}

    def augment(x: int, seen: set[int]) -> bool:
        for y in partners[x]:
            if y not in seen:
                seen.add(y)
                if y not in owner or augment(owner[y], seen):
                    owner[y] = x
                    return True
        return False

    return sum(augment(x, set()) for x in partners)


def score(system: set[Link], hand_groups: list[dict[str, Any]],
          reach: tuple[set[int], set[int]] | None = None) -> Counter[str]:
    """Counts of one system on one pair; `reach` holds the A and B paragraphs its sentences
    come from (None: every paragraph)."""
    group_links = [{(x, y) for x in g["a"] for y in g["b"]} for g in hand_groups]
    hand = set().union(*group_links) if group_links else set()
    used_a = {x for g in hand_groups for x in g["a"]}
    used_b = {y for g in hand_groups for y in g["b"]}
    outside = {(x, y) for x, y in system if x not in used_a or y not in used_b}
    if reach is None:
        reach = (used_a, used_b)
    in_reach = [{(x, y) for x, y in links if x in reach[0] and y in reach[1]}
                for links in group_links]
    reachable = set().union(*in_reach) if in_reach else set()
    return Counter({
        "links": len(system), "right": len(system & hand), "hand": len(hand),
        "outside": len(outside), "groups": len(group_links),
        "groups found": sum(bool(links & system) for links in group_links),
        "out of reach": len(hand - reachable), "ceiling": matching_size(reachable),
        "groups in reach": sum(bool(links) for links in in_reach),
    })


def part_of(pair_id: str) -> str | None:
    """dev / test from the topic at the start of an ECB+ pair id, None when it has none."""
    head = pair_id.split("_", 1)[0]
    return ecb.topic_part(int(head)) if head.isdigit() else None


def run_pair(hand_pair: dict[str, Any], hand_file: Path,
             scratch: Path) -> tuple[dict[str, Counter[str]], int]:
    """Counts of every system on one hand pair, and the reader sentences that could not be placed."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in str(hand_pair["id"]))
    path_a, text_a = resolve_text(hand_pair["text_a"], hand_file, scratch, safe + "_a")
    path_b, text_b = resolve_text(hand_pair["text_b"], hand_file, scratch, safe + "_b")
    doc = ecb.run_reader(path_a, path_b)
    sa, sb = doc["articles"][0]["sentences"], doc["articles"][1]["sentences"]
    pa, pb = ecb.paragraphs(text_a), ecb.paragraphs(text_b)
    map_a, lost_a = sentence_paragraphs(sa, pa)
    map_b, lost_b = sentence_paragraphs(sb, pb)
    raw_a, raw_b = [p.strip() for p in pa], [p.strip() for p in pb]
    identity_a, identity_b = [{k} for k in range(len(pa))], [{k} for k in range(len(pb))]
    systems = {
        "reader": links_of(ecb.reader_groups(doc), map_a, map_b),
        "rapidfuzz": links_of(ecb.fuzzy_groups(sa, sb), map_a, map_b),
        "rapidfuzz raw": links_of(ecb.fuzzy_groups(raw_a, raw_b), identity_a, identity_b),
    }
    sentences_reach = (set().union(*map_a), set().union(*map_b))
    reach = {"reader": sentences_reach, "rapidfuzz": sentences_reach,
             "rapidfuzz raw": (set(range(len(pa))), set(range(len(pb))))}
    return ({name: score(links, hand_pair["groups"], reach[name]) for name, links in systems.items()},
            lost_a + lost_b)


def report(part: str, results: list[dict[str, Counter[str]]]) -> None:
    """The table of one part."""
    if not results:
        print(f"\n== {part}: no hand-aligned pairs")
        return
    totals = {name: sum((r[name] for r in results), Counter()) for name in SYSTEMS}
    h = totals["reader"]
    print(f"\n== {part}: {len(results)} pairs, {h['groups']} hand groups, {h['hand']} hand links")
    print(f"{'':30}" + "".join(f"{name:>16}" for name in SYSTEMS))
    rows: list[tuple[str, Any]] = [
        ("links right / links", lambda t: f"{t['right']}/{t['links']}"),
        ("precision", lambda t: ecb.ratio(t["right"], t["links"])),
        ("recall (hand links found)", lambda t: ecb.ratio(t["right"], t["hand"])),
        ("F1", lambda t: ecb.ratio(2 * t["right"], t["links"] + t["hand"])),
        ("links outside hand groups", lambda t: str(t["outside"])),
        ("precision without those", lambda t: ecb.ratio(t["right"], t["links"] - t["outside"])),
        ("hand groups with a link found", lambda t: f"{t['groups found']}/{t['groups']}"),
        ("hand links out of reach", lambda t: str(t["out of reach"])),
        ("one-to-one ceiling (links)", lambda t: str(t["ceiling"])),
        ("recall / one-to-one ceiling", lambda t: ecb.ratio(t["right"], t["ceiling"])),
        ("hand groups in reach found", lambda t: f"{t['groups found']}/{t['groups in reach']}"),
        ("fair F1 (groups in reach)", lambda t: ecb.ratio(
            2 * t["right"] * t["groups found"],
            t["right"] * t["groups in reach"] + t["groups found"] * t["links"])),
    ]
    for label, cell in rows:
        print(f"{label:30}" + "".join(f"{cell(totals[name]):>16}" for name in SYSTEMS))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=ecb.PARTS,
                        help="report only this part (default: dev, test and all)")
    parser.add_argument("--hand", type=Path, nargs="+", default=list(HAND),
                        help="hand alignment files (default: "
                             + ", ".join(str(p.relative_to(HERE.parent)) for p in HAND) + ")")
    args = parser.parse_args()
    files = [path for path in args.hand if path.is_file()]
    if not files:
        print("no hand alignment file found (hand alignments are being written); nothing to measure.")
        return 0
    start = time.perf_counter()
    hand_pairs = [(pair, path) for path in files
                  for pair in json.loads(path.read_text(encoding="utf-8"))["pairs"]]
    if any("\n" not in p[f"text_{s}"] for p, _ in hand_pairs for s in "ab") and not ecb.ECBPLUS.is_dir():
        print(f"ECB+ texts not found at {ecb.ECBPLUS} (needs ../shared/benchmarks/ecbplus); "
              "nothing to measure.")
        return 0
    results: list[tuple[str | None, dict[str, Counter[str]]]] = []
    lost = 0
    with tempfile.TemporaryDirectory() as scratch:
        for hand_pair, path in hand_pairs:
            if args.part in ("dev", "test") and part_of(str(hand_pair["id"])) != args.part:
                continue
            counts, n_lost = run_pair(hand_pair, path, Path(scratch))
            results.append((part_of(str(hand_pair["id"])), counts))
            lost += n_lost
    for part in ecb.parts_to_report(args.part):
        report(part, [r for p, r in results if part == "all" or p == part])
    if lost:
        print(f"\n{lost} reader sentences could not be placed in a paragraph (their links are missing)")
    print(f"\nruntime: {time.perf_counter() - start:.1f} s ({len(results)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
