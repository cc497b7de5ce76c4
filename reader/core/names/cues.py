"""What the words around a name span say of its type, read as votes on the span.

`envoy X`, `X said`, `the city of X`, `X region`, `news agency X`, `a spokesperson for X`,
`Tucson, Arizona`: a few words on each side of a span, read from the sentence in lower case.
Votes flow along lists (`the Kharkiv, Sumy and Mykolaiv regions`). Spans are found in
`candidates`; the votes of all of a name's mentions are weighed in `entities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx

_LEAD_QUOTES = "\"'\u201c\u2018(["


@dataclass(slots=True)
class Candidate:
    """A span that may name an entity, with contextual votes per type."""

    sentence: int
    start: int
    end: int
    text: str
    votes: dict[str, float] = field(default_factory=dict)
    titled: bool = False

    def vote(self, kind: str, weight: float) -> None:
        self.votes[kind] = self.votes.get(kind, 0.0) + weight


def is_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (or a sentence inside a quotation)."""
    k = start - 1
    while k >= 0 and text[k] in _SPACE_OR_LEAD_QUOTE:
        k -= 1
    if k < 0 or text[k] in ":\u2014.!?":
        return True
    # `and added, "Since he fled…`: a quotation opened after a comma starts a sentence
    return text[k] == "," and any(c in _OPENING_QUOTES for c in text[k + 1:start])


_OPENING_QUOTES = frozenset("\"\u201c\u2018")


_SPACE_OR_LEAD_QUOTE = frozenset(_LEAD_QUOTES + " \t\n\r\u00a0")


_CONTEXT_WORD_OR_COMMA = re.compile(r"[\w'\u2019-]+|,")


_WORDS_OR_COMMAS = r"(?:[^\w'\u2019,-]*(?:[\w'\u2019-]+|,))"
_A_WORD_OR_COMMA = r"(?:[^\w'\u2019,-]*([\w'\u2019-]+|,))?"
_FOUR = re.compile(_A_WORD_OR_COMMA * 4)
_THREE = re.compile(_A_WORD_OR_COMMA * 3)
_SEVEN = re.compile(_WORDS_OR_COMMAS + "{0,7}")
"""The first words or commas (`_CONTEXT_WORD_OR_COMMA`'s tokens) from a position on, each a
group (`_SEVEN`: the stretch holding them); on the sentence reversed, the last ones before it."""


def _around(text: str, reverse: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Up to three words before `start`, and the words or commas from `end` on, of a sentence
    already in lower case (`reverse` is the same text reversed).

    After the span, only the first two are given unless the first is a comma (a cue word
    right after a name, or `news agency`), else up to six. Each side is one regex match
    anchored at the span that finds the stretch of the few words wanted, then cut into words:
    a word's letters are the same read backwards, so the stretch before a span is found as
    the one after it in the reversed text. On a long article, this is the commonest step of
    finding names.
    """
    back = _FOUR.match(reverse, len(text) - start)
    ahead = _THREE.match(text, end)
    assert back is not None and ahead is not None  # each may match nothing: always a match
    nearest = [w for w in back.groups() if w and w != ","]  # nearest first, spelt backwards
    before = [w[::-1] for w in nearest[2::-1]]
    first = [w for w in ahead.groups() if w]
    skip = _WORD_CHAR.match(text, end) and end and _WORD_CHAR.match(text, end - 1)
    if skip:
        del first[0]  # the rest of a word the span ends inside (`Smith's`)
    if not first or first[0] != ",":
        return before, first[:2]
    further = _SEVEN.match(text, end)
    assert further is not None
    after = _CONTEXT_WORD_OR_COMMA.findall(text, end, further.end())
    return before, after[1:7] if skip else after[:6]


_WORD_CHAR = re.compile(r"[\w'\u2019-]")


def cue_votes(candidate: Candidate, text: str, lower: str, reverse: str, possessive: bool,
               initial: bool | None = None) -> None:
    """Votes from the words around a span; `initial`, when known, says it opens a sentence."""
    before, after = _around(lower, reverse, candidate.start, candidate.end)
    if before and (is_initial(text, candidate.start) if initial is None else initial):
        before = []  # `…, he says: “Climate models…`: the words before belong to another clause
    prev = before[-1] if before else ""
    comma = bool(after) and after[0] == ","
    plain = bool(after) and not comma  # a word right after the span
    nxt = after[0] if plain else next((w for w in after if w != ","), "") if comma else ""
    facility = plain and (len(after) > 1 and after[1] in lx.FACILITY_NOUNS
                          and after[0] not in lx.NAME_FOLLOWERS or (
        nxt in lx.FACILITY_NOUNS and (len(after) < 2 or after[1] in lx.NAME_FOLLOWERS)))
    """`the Cliffside rehab centre`, `a Malibu treatment facility`, `Cliffside resort.`: a place
    (`the` belongs to the noun); not `a hotel chain` nor `center fielder`."""
    if candidate.titled or prev in lx.ROLES:
        candidate.vote("PERSON", 3)
    if prev == "told" and " " not in candidate.text and \
            candidate.text.lower() in lx.common_words() and candidate.text not in lx.given_names():
        candidate.vote("ORG", 2)  # `told Science`, `told Time`: an outlet
    elif (nxt in lx.SPEECH and not (comma and (prev in lx.PLACE_CUES_BEFORE or prev in _OBJECT_OF))) or \
            prev in lx.SPEECH or (before[-2:] == ["according", "to"] and nxt not in lx.PLACE_OWNED):
        # outweighs a small town's name (`Jackson said`), but in `a researcher at Stanford,
        # said…` or `one of the inventors of Virtopsy, said…` the one who speaks is before
        candidate.vote("PERSON", 1.5)
    if plain and nxt in ("administration", "presidency") and " " not in candidate.text and \
            not _party_adjective(candidate.text):
        candidate.vote("PERSON", 2)  # `the Obama administration`: a president's surname
    if possessive and nxt in _FIRM_STAFF:
        candidate.vote("ORG", 1)  # `Lego's chief executive`, `Tesco's staff`: a firm's people
    elif possessive and nxt in lx.ROLES:
        candidate.vote("PERSON", 1)
    if prev in lx.PLACE_CUES_BEFORE or before[-2:] == ["residents", "of"]:
        candidate.vote("PLACE", 1)
    if plain and nxt in lx.PLACE_OWNED:
        candidate.vote("PLACE", 2)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in lx.PLACE_CUES_NEXT:
        candidate.vote("PLACE", 3)
    if plain and nxt in lx.PLACE_CUES_NEXT:
        candidate.vote("PLACE", 3)
    elif facility:
        candidate.vote("PLACE", 2)
    if comma and len(after) > 1 and after[1] == "a" and _place_apposition(after):
        candidate.vote("PLACE", 2)
    if comma and len(after) > 1 and after[1] in ("a", "an", "the") and \
            _org_apposition(_CONTEXT_WORD_OR_COMMA.findall(text, candidate.end, candidate.end + 120)):
        candidate.vote("ORG", 3)  # `Jisc, a charity that…`, `Enders, the research firm`
    if prev.endswith(("'s", "\u2019s")) and " " not in candidate.text and \
            (not plain or nxt in lx.NAME_FOLLOWERS or not _NOUN_NEXT.match(text, candidate.end)) \
            and lx.name_key(prev[:-2]) in lx.major_places():
        candidate.vote("OWNED", 1)  # `Japan's Toyota`: a country's firm, not a town (but `Rio's
        # Copacabana beach`)
    if (prev in lx.ORG_CUES and not _name_then_noun(candidate.text)) or \
            (plain and nxt in lx.ORG_CUES and prev not in ("a", "an")) or \
            after[:2] == ["news", "agency"]:  # but `publisher Robert Harrison` is a person
        candidate.vote("ORG", 3)
    kind = _kind_listed(before)
    if kind:
        candidate.vote(kind, 3)  # `car makers, including Volvo…`, `bands such as Daft Punk`
    if len(before) >= 2 and before[-2] in lx.BUSINESS_ROLES and prev in ("of", "for", "at"):
        candidate.vote("ORG", 3)  # `a spokesperson for X`, `chief executive of X`
    if " " in candidate.text and nxt in lx.WORK_WORDS and prev in _DETERMINERS and plain or (
        prev in ("entitled", "titled", "called") and any(w in lx.WORK_WORDS for w in before)
    ) or (len(before) >= 1 and prev in lx.WORK_WORDS and text[:candidate.start].rstrip().endswith(",")):
        candidate.vote("WORK", 3)  # `the X trilogy`, `an artwork entitled X`, `the novel, X`
    if candidate.text.isupper() and _spelt_out_before(text, candidate.start, candidate.text):
        candidate.vote("THING", 1)  # `magnetic resonance imaging (MRI)`: a thing, not a body
    if (prev in ("a", "an") or prev[:1].isdigit()) and candidate.text.isupper() and (
            not plain or after[0] in lx.NAME_FOLLOWERS):  # not `an NBA team`
        candidate.vote("THING", 1)  # `a DJ`, `an MRI scan`, `500 MW`: a thing, not a name
    if prev == "the" and not facility and (not plain or after[0] in lx.NAME_FOLLOWERS or after[0] in lx.SPEECH
                          or (" " in candidate.text and not _name_then_noun(candidate.text))):
        # `the Red Sox said`, `the Red Sox offered`: a name used as a noun is no one's name
        candidate.vote("THE", 1)
    if comma and " " not in candidate.text and _in_major_place(text, candidate.end):
        candidate.vote("PLACE", 3)  # `Tucson, Arizona`, `Paris, Texas`: a town, then its state


def _party_adjective(word: str) -> bool:
    """An adjective capitalised (`Republican`, `Democratic`, `Conservative`), not a surname."""
    lower = word.lower()
    return lower.endswith(("an", "ic", "ive", "ist")) and lower in lx.common_words()


_OBJECT_OF = frozenset(("of", "for", "by", "with"))
_FIRM_STAFF = frozenset(("chief", "ceo", "founder", "co-founder", "chairman", "chairwoman",
                         "employees", "staff", "owner", "owners", "shareholders", "board"))
_PLACE_KINDS = frozenset(("country", "city", "town", "village", "region", "state", "nation",
                          "island", "province", "destination"))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _kind_listed(before: list[str]) -> str:
    """`firms such as X`, `car makers, including X`, `a company called X`, `cities like X`: the
    kind of the things named after a plural noun of a kind (or a noun before `called`)."""
    if len(before) >= 3 and before[-2:] == ["such", "as"]:
        noun = before[-3]
    elif len(before) >= 2 and before[-1] in ("including", "like", "called", "named"):
        noun = before[-2]
        if before[-1] in ("called", "named"):
            return "ORG" if noun in lx.ORG_CUES else ""
    else:
        return ""
    if not noun.endswith("s"):
        return ""
    one = _singular(noun)
    if one in lx.ORG_CUES or one[-5:] == "maker" or one in ("band", "brand", "bank", "carrier"):
        return "ORG"
    return "PLACE" if one in _PLACE_KINDS else ""


def _name_then_noun(text: str) -> bool:
    """Whether a multi-word span opens with a given name (`the Bettie Page look`, `publisher
    Robert Harrison`): after `the` or a firm's noun, still a person's name."""
    first = text.split()[0]
    return " " in text and first in lx.given_names() and first not in lx.FOREIGN_ARTICLES


_COMMA_PLACE = re.compile(r",\s+([^\W\d_][\w.]*)(?:-[a-z]+|(?=\s+[^\W\d_A-Z]|[,.;:)]|$))")
"""`, Arizona` or `, Arizona-based` after a span, then a lower-case word or a stop (not `,
California Quorrin`, a person, nor `, Germany's chancellor`)."""


def _in_major_place(text: str, end: int) -> bool:
    """Whether a country's, state's or region's name follows a span after a comma."""
    match = _COMMA_PLACE.match(text, end)
    return match is not None and lx.name_key(match.group(1)) in lx.major_places()


_PLACE_NOUNS = frozenset(("city", "town", "village", "port"))
_AFTER_PLACE_NOUN = frozenset(("of", "in", "on", "near", "north", "south", "east", "west",
                               "outside", "that", "where", "which", "with", "and", "known",
                               "called", ","))


def _place_apposition(after: list[str]) -> bool:
    """`X, a small town in …`, `X, a port city`: the apposition is headed by a place noun
    (but in `X, a local village headman` the village is where the man is from)."""
    for k, word in enumerate(after):
        if word in _PLACE_NOUNS:
            return k + 1 >= len(after) or after[k + 1] in _AFTER_PLACE_NOUN
    return False


_NOUN_NEXT = re.compile(r"\s+[a-z]")


def _org_apposition(after: list[str]) -> bool:
    """`X, a charity that…`, `X, the research firm.`: the apposition is headed by a word for an
    organisation (but in `X, a company spokesman` the company is where the man works)."""
    for k, word in enumerate(after[2:5], 2):  # at most two words between (`a US-based firm`)
        if word == "," or (word[:1].isupper() and "-" not in word):
            return False  # `, the Royal Shakespeare Company`: another name in a list
        if word in lx.ORG_CUES:
            return k + 1 >= len(after) or after[k + 1].lower() in _AFTER_PLACE_NOUN
    return False


_LIST_GAP = re.compile(r"\s*(,|,?\s*and|,?\s*or)\s*")
_LIST_GAP_INCLUDING = re.compile(r"\s*(,|,?\s*and|,?\s*or|,\s*including)\s*")


def listed_together(text: str, first: Candidate, second: Candidate,
                    including: bool = False) -> bool:
    """Whether `second` follows `first` in a list (`X, Y and Z`; with `including`, also
    `X, including Y`), a possessive on `first` aside."""
    gap = text[first.end:second.start]
    if gap.startswith(("'s", "\u2019s")):
        gap = gap[2:]
    return bool((_LIST_GAP_INCLUDING if including else _LIST_GAP).fullmatch(gap))


def propagate_lists(text: str, found: list[Candidate]) -> None:
    """Members of `X, Y and Z` share the cues that only the first or the last one has."""
    if len(found) < 2:
        return
    groups: list[list[Candidate]] = []
    for candidate in found:
        if groups and listed_together(text, groups[-1][-1], candidate):
            groups[-1].append(candidate)
            continue
        groups.append([candidate])
    for group in groups:
        if len(group) < 2:
            continue
        for kind in ("PLACE", "ORG"):
            best = max(c.votes.get(kind, 0.0) for c in (group[0], group[-1]))
            if best >= 3:
                for member in group:
                    member.votes[kind] = max(member.votes.get(kind, 0.0), best)


_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its"))
_LETTERS = re.compile(r"[^\W\d_]+")


def _spelt_out_before(text: str, start: int, acronym: str) -> bool:
    """Whether an acronym in brackets follows lower-case words whose initials spell it."""
    if start < 2 or text[start - 1] != "(" or not 1 < len(acronym) <= 6:
        return False
    words = _LETTERS.findall(text, max(0, start - 15 * len(acronym)), start - 1)[-len(acronym):]
    return len(words) == len(acronym) and all(w.islower() for w in words) and \
        "".join(w[0] for w in words) == acronym.lower()
