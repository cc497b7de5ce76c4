"""The closed vocabulary figures are written with: units, currencies, scales, qualifiers, roles.

Each list is a data file in `data/words/`; this module reads them once into the lookup tables
the figure reader needs. Nothing here is specific to one story: these are how English news
writes amounts anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..names.lexicon import ROLES
from ..text.wordlists import entries

_WORDS = Path(__file__).resolve().parent / "data" / "words"


@dataclass(frozen=True)
class Unit:
    """A unit of measure: its dimension and how a value converts to the dimension's base."""

    dimension: str
    factor: float
    offset: float
    label: str

    def to_base(self, value: float) -> float:
        return value * self.factor + self.offset


def _rows(name: str) -> list[tuple[str, list[str]]]:
    """`head | form, form` lines of a data file, in file order."""
    lines = (_WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        head, _, forms = line.partition("|")
        out.append((head.strip(), [f.strip() for f in forms.split(",") if f.strip()]))
    return out


def _key(form: str) -> str:
    """Short forms keep their case (m is metres, M is million); longer ones are matched lower."""
    return form if len(form) <= 2 else form.lower()


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Written form → unit, e.g. `km` and `kilometres` → length × 1000."""
    out: dict[str, Unit] = {}
    for head, forms in _rows("units"):
        parts = head.split()
        dimension, factor = parts[0], float(parts[1])
        offset = float(parts[2]) if len(parts) > 2 else 0.0
        for form in forms:
            out.setdefault(_key(form), Unit(dimension, factor, offset, forms[0]))
    return out


@lru_cache(maxsize=1)
def currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(symbol before the figure → code, word after the figure → code)."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for line in entries(_WORDS, "currencies"):
        code, symbols, words = (part.strip() for part in line.split("|"))
        for symbol in symbols.split(","):
            before.setdefault(symbol.strip(), code)
        for word in words.split(","):
            after.setdefault(word.strip().lower(), code)
    return before, after


@lru_cache(maxsize=1)
def scales() -> dict[str, float]:
    """Scale word → factor: `million` and `m` → 1e6."""
    out: dict[str, float] = {}
    for head, forms in _rows("scales"):
        for form in forms:
            out.setdefault(_key(form), float(head))
    return out


@lru_cache(maxsize=1)
def zones() -> dict[str, int]:
    """Time zone abbreviation (lower case) → minutes east of UTC."""
    return {form.lower(): int(head) for head, forms in _rows("zones") for form in forms}


@lru_cache(maxsize=1)
def qualifiers() -> dict[str, str]:
    """Qualifying phrase → sense (">", "<", "~", "<~", "=")."""
    return {form.lower(): head for head, forms in _rows("qualifiers") for form in forms}


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """Word or phrase → the role of the people counted near it (`killed` → dead)."""
    return {form.lower(): head for head, forms in _rows("roles") for form in forms}


@lru_cache(maxsize=1)
def noun_variants() -> dict[str, str]:
    """Short or compound form of a counted noun → the form figures are paired by (`ko` →
    knockout, `home run` → homer)."""
    return {form.lower(): head for head, forms in _rows("noun_variants") for form in forms}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    return frozenset(entries(_WORDS, "person_nouns"))


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns for groups of people (`victims`, `soldiers`), in their plural and singular."""
    words = entries(_WORDS, "people_nouns")
    return frozenset(words) | frozenset(w[:-1] for w in words if w.endswith("s"))


@lru_cache(maxsize=1)
def age_nouns() -> frozenset[str]:
    """Nouns for one person an age may follow between commas (`the police chief, 48,`),
    titles of office included."""
    return entries(_WORDS, "age_nouns") | frozenset(ROLES)


@lru_cache(maxsize=1)
def negations() -> frozenset[str]:
    """Words that deny the rest of their clause (`not`, `never`)."""
    return entries(_WORDS, "negations")


@lru_cache(maxsize=1)
def suppositions() -> frozenset[str]:
    """Words that make the rest of their clause supposed, feared or hoped for (`could`,
    `concern`): a figure there is not stated as a fact."""
    return entries(_WORDS, "suppositions")


@lru_cache(maxsize=1)
def longer_than_before() -> frozenset[str]:
    """Words after which `over` and a duration means `more than` it (`for over two years`);
    elsewhere the duration is the time something took (`a drop over a century`)."""
    return entries(_WORDS, "longer_than_before")


@lru_cache(maxsize=1)
def series_nouns() -> frozenset[str]:
    """Nouns that many different figures of one story count (`games`, `seasons`, `people`),
    in the light singular form figures are read with: sharing one says little about which
    figure is which."""
    return entries(_WORDS, "series_nouns")


@lru_cache(maxsize=1)
def role_modified() -> frozenset[str]:
    """Nouns a role word only describes (`death penalty`, `injury report`): the role word
    says nothing then about the people a figure counts."""
    return entries(_WORDS, "role_modified")


@lru_cache(maxsize=1)
def day_parts() -> frozenset[str]:
    """Words that place a date within a day or a calendar (`night`, `early`, `last week`)
    without saying what happened then."""
    return entries(_WORDS, "day_parts")
