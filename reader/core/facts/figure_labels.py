"""Numbers that name rather than count (`AK-47`, `G20`, `No. 10`, `the 2008-09 season`), and
figures written as sports pages write them (`.358`)."""

from __future__ import annotations

import re

from ..align.features import STOPWORDS
from . import lexicon
from .figure import Figure, unit_at
from .tokens import Token

_LABEL_BEFORE = re.compile(r"(\b(No|no|Nos|number|Number|Vol|Art|Article|Route|Flight|Room)"
                           r"[.-]?\s*|#\s*)$")


def _season(tokens: list[Token], k: int) -> bool:
    """`2008-09`: a year and the last two digits of the next, joined by a hyphen."""
    if k < 0 or k + 2 >= len(tokens):
        return False
    year, dash, end = tokens[k], tokens[k + 1], tokens[k + 2]
    return year.is_digits and len(year.text) == 4 and year.text[:2] in ("19", "20") and \
        dash.text == "-" and dash.glued and end.glued and end.is_digits and \
        len(end.text) == 2 and int(end.text) == (int(year.text) + 1) % 100


_CALIBRES = frozenset("caliber calibre cal magnum".split())
"""Words after a bare-point number that make it the name of a cartridge (`a .357 Magnum`)."""


def _calibre(tokens: list[Token], k: int) -> bool:
    if k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k].glued:
        k += 1
    return k < len(tokens) and tokens[k].lower in _CALIBRES


class LabelReading:
    """The figure reader's test for numbers that name, and its reading of sporting figures."""

    text: str
    tokens: list[Token]

    def _sporting(self, k: int) -> Figure | None:
        """`the 2008-09 season`: one season, named by its years; `hit .358`, `a .500
        record`: a rate as sports write it, compared only with another such figure."""
        tokens = self.tokens
        token = tokens[k]
        if _season(tokens, k):
            year = float(token.text)
            return Figure(token.start, tokens[k + 2].end, year, year, 1.0, "=", "season", "",
                          k, k + 2)
        if token.glued and k and tokens[k - 1].text == "." and not tokens[k - 1].glued and \
                not _calibre(tokens, k + 1):
            value = int(token.text) / 10 ** len(token.text)
            return Figure(tokens[k - 1].start, token.end, value, value,
                          10.0 ** -len(token.text), "=", "average", "", k - 1, k)
        return None

    def _is_label(self, k: int) -> bool:
        """`AK-47`, `G20`, `Oregon 214`, `No. 10`: a number that names, not one that counts."""
        token = self.tokens[k]
        if not token.is_digits:
            return False
        if k and token.glued and self.tokens[k - 1].text == "." and not self.tokens[k - 1].glued:
            return True  # `a .357 Magnum`, `a .38-caliber gun`: a cartridge's name
        head = self.text[max(0, token.start - 30):token.start]
        if _LABEL_BEFORE.search(head):
            return True
        tokens = self.tokens
        if k + 2 < len(tokens) and tokens[k + 1].text == "/" and tokens[k + 1].glued and \
                tokens[k + 2].glued and tokens[k + 2].is_digits and not (
                    k and tokens[k - 1].is_digits):
            return True  # `24/7`, `9/11`, `50/50`: a name or a ratio, not an amount
        if k > 1 and token.glued and tokens[k - 1].text == "/" and tokens[k - 1].glued and \
                tokens[k - 2].is_digits and not (k > 2 and tokens[k - 3].is_digits):
            return True
        if k and token.glued and self.tokens[k - 1].is_word:
            return True  # `G20`, `MP3`
        if k > 1 and _season(tokens, k - 2):
            return True  # the `09` of `2008-09`, read with its year
        if k > 1 and token.glued and self.tokens[k - 1].text == "-" and \
                self.tokens[k - 1].glued and self.tokens[k - 2].is_word and \
                self.tokens[k - 2].text[:1].isupper():
            word = self.tokens[k - 2].text
            if word.isupper() or len(word) <= 2 or len(token.text) <= 2:
                return True  # `AK-47`, `Su-25`, `Covid-19`; not `the Act-409`
        if k + 1 < len(self.tokens) and self.tokens[k + 1].glued and self.tokens[k + 1].is_word:
            suffix = self.tokens[k + 1].text
            known = suffix in lexicon.scales() or unit_at(self.tokens, k + 1, self.text)
            if not known and suffix.lower() not in ("am", "pm", "st", "nd", "rd", "th"):
                return True
        if k and not token.glued and tokens[k - 1].is_word and tokens[k - 1].text.isupper() and \
                2 <= len(tokens[k - 1].text) <= 3 and \
                tokens[k - 1].text not in lexicon.currencies()[0] and \
                not unit_at(tokens, k - 1, self.text) and not (
                    k + 1 < len(tokens) and unit_at(tokens, k + 1, self.text)):
            return True  # `12 AK 47 guns`, `an F 16`: a model written without its hyphen
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        counts_next = nxt is not None and nxt.is_word and nxt.text.islower() and (
            (nxt.text.endswith("s") and len(nxt.text) > 3) or (
                len(nxt.text) > 2 and nxt.lower not in STOPWORDS and not nxt.lower.endswith("ed")
                and k + 2 < len(self.tokens) and self.tokens[k + 2].is_word
                and self.tokens[k + 2].text.islower()))  # `Cheeks 4 contract extensions`
        if k and not token.glued and self.tokens[k - 1].is_word and "." not in token.text \
                and not counts_next:
            before = self.tokens[k - 1].text
            sentence_start = k == 1 or self.tokens[k - 2].text in ".!?\"“"
            if before[:1].isupper() and not sentence_start and \
                    before.lower() not in lexicon.qualifiers() and \
                    before not in lexicon.currencies()[0]:
                return True
        return False
