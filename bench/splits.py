"""The development / held-out split of the shared benchmark data, fixed once for every bench.

Rules are tuned by looking at the development part only; the held-out part is scored at the end
and reported beside it. Splitting by topic (ECB+) keeps reports of one event on one side, so a
rule tuned on one event's wording cannot leak into the held-out score.

- ECB+ (`../shared/benchmarks/ecbplus/`): topics 1-12 develop (226 pairs, 414 required
  correspondences), topics 13-25 are held out (181 pairs, 380).
- OneStopEnglish (`../shared/benchmarks/onestopenglish/`): titles in sorted order, even
  positions develop, odd positions are held out.
"""

from __future__ import annotations

import json
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"
ECBPLUS = SHARED / "ecbplus"
ONESTOP = SHARED / "onestopenglish"
DEV_TOPICS = frozenset(range(1, 13))


def ecb_pairs(part: str) -> list[dict]:
    """ECB+ pairs of one part: "dev", "test" or "all"."""
    pairs = json.loads((ECBPLUS / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    if part == "all":
        return pairs
    dev = part == "dev"
    return [p for p in pairs if (p["topic"] in DEV_TOPICS) == dev]


def ecb_documents(part: str) -> list[str]:
    """ECB+ document ids (`13_1ecb`) of one part, from the texts folder."""
    out = []
    for path in sorted((ECBPLUS / "texts").glob("*.txt")):
        topic = int(path.stem.split("_")[0])
        if part == "all" or (topic in DEV_TOPICS) == (part == "dev"):
            out.append(path.stem)
    return out


def ose_titles(part: str) -> list[str]:
    """OneStopEnglish article titles of one part (the file name without `-adv.txt`)."""
    titles = sorted(p.name[: -len("-adv.txt")] for p in (ONESTOP / "texts" / "adv").glob("*-adv.txt"))
    if part == "all":
        return titles
    return titles[0::2] if part == "dev" else titles[1::2]
