"""Who a quote's attribution stands for, decided in reading order.

A name is itself. A pronoun (`he said`) goes to the last speaker of its sentence or the ones
before it (this paragraph or the last), else to the first person named there as a subject, so
`Putin told … with envoys Witkoff and Kushner. “…,” he said` is Putin's. A description
(`the Russian president`) goes to the person the article gives that title (`Russian President
Vladimir Putin`); `the government` to the country last named as a subject; an organisation
word (`the ministry`, `the Reuters news agency`) to the organisation it names or was last
named; whatever no name stands for keeps its description (`police`, `a friend of the
actress`), and vague sources (`reports`) credit no one. `he` after an unnamed speaker
introduced as such (`said a senior officer`), and `the officer`, are that speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ..text.normalize import fold
from .places import is_country
from .quote_cues import Cue, Ref
from .quote_index import Covered, Grouped, SpanIndex
from .quote_marks import Layout, Quotation
from .quote_verbs import speaker_nouns
from .speakers import NameSpan

Who = tuple[str, str, bool]
"""A speaker: name or description, type (`PERSON`, `ORG`, `PLACE` or `ROLE`), named."""
_ORG_NOUNS = frozenset("company firm agency department ministry government newspaper paper daily "
                       "magazine "
                       "network channel team club court group organisation organization "
                       "charity council statement".split())
_STATE_NOUNS = frozenset("government authorities".split())
_SAYS = re.compile(r"['\u2019]s?\s+(?:\w+\s+)?(?:assertion|comments?|remarks?|statement|words|"
                   r"claims?|message|view|argument|warning|words)\b")
_NEXT_WORD = re.compile(r"\s+(?:has\s+|had\s+|was\s+|is\s+|also\s+)?([a-z]+)")
_NOT_VERBS = frozenset("and or of in on at to for with from by as the a an who which that "
                       "but than".split())
_GENERIC_HEADS = frozenset("leader head chief".split())
_PLACE_WORDS = frozenset("in at from inside outside across throughout".split())
"""Words before a name that make it a place or a setting, even written capitalised."""
_DESCRIBED_SUBJECT = re.compile(r"\s*((?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?([A-Za-z]+)\b(?=\s+[a-z])")
"""A description opening a sentence: `Officials`, `The local police`."""
_TITLED = re.compile(r"\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?![a-z-]+ed\s)[a-z-]+\s+$",
                     re.IGNORECASE)
"""`The defending champion` before a name: a title, the name the subject."""
_VAGUE = frozenset("reports report media local media rumours".split())


def _someone(who: Who) -> bool:
    """An unnamed person introduced as such (`a senior officer`, `an officer`), whom a
    following `he` or `she` stands for; `the star` or `his mother` is more often someone
    the article names."""
    return who[1] == "ROLE" and who[0].lower().startswith(("a ", "an "))


def _many(who: Who) -> bool:
    """Unnamed people spoken of in the plural (`SAG leaders`, `Greek unions`, `police`),
    whom a following `they` stands for."""
    last = who[0].lower().split()[-1:] if who[1] == "ROLE" else []
    return bool(last) and (last[0] in ("police", "people") or last[0].endswith("s") and
                           not last[0].endswith("ss"))


_OWNER_COLON = re.compile(r"\s*([^\n:,]{1,60}?)['\u2019]s\s+[a-z]+\s*:\s*[\u201c\"\u2018']?\s*$")
"""`Carle's conclusion:` opening the sentence of a quotation: whose words follow."""
_PRONOUN_AND = re.compile(r"\b(he|she)\s+(?:[a-z]+\s+){1,3}and\s*$")
"""A pronoun and its verbs just before `and says`: who says."""
_TITLE_BREAK = re.compile(r"[.,;:!?\n\u201c\u201d\"()]|['\u2019]s?\s")
_WORD = re.compile(r"[\w-]+")
_TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")


class Speakers:
    """The speakers of one article's attributions, resolved as they are met (`speak` is
    called in reading order). `names` are sorted by offset."""

    def __init__(self, flat: Layout, names: SpanIndex, marks: list[Quotation],
                 quoted: Covered) -> None:
        self.flat, self.text, self.marks = flat, flat.text, marks
        self.names, self.at, self.quoted = names.spans, names, quoted
        self.titles = self._titles()
        self.titled: dict[str, set[str]] = {}  # title word: the people given it
        for key, titles in self.titles.items():
            for word in titles:
                self.titled.setdefault(word, set()).add(key)
        self.spoken: list[tuple[int, str, str]] = []  # (offset, key, type) of named speakers
        self.said: list[tuple[int, Who]] = []  # every resolved speaker
        self._spoken_at: list[int] = []
        self._said_at: list[int] = []
        self._spoken_kinds: dict[str, tuple[list[int], list[int]]] = {}  # (offsets, indices)
        self._grouped: dict[str, Grouped] = {}
        self._police: set[str] | None = None
        self._of_type: dict[str, list[int]] | None = None  # the names of each type

    def _titles(self) -> dict[str, set[str]]:
        """The words written before each person's name (`Russian President` Putin)."""
        out: dict[str, set[str]] = {}
        for span in self.names:
            if span.type != "PERSON":
                continue
            head = self.text[max(0, span.start - 50):span.start]
            head = _TITLE_BREAK.split(head)[-1]
            titles = set()
            for word in reversed(_WORD.findall(head)[-4:]):
                if not (word[:1].isupper() or word.lower() in speaker_nouns()):
                    break
                titles.add(word.lower())
            out.setdefault(span.key, set()).update(titles)
        return out

    def window(self, at: int) -> int:
        """Where the context of `at` starts: the paragraph before its own, or 400 characters
        back when paragraphs are single sentences."""
        paragraph = self.flat.paragraph_at(at)
        return max(0, min(self.flat.paragraph_starts[max(0, paragraph - 1)], at - 400))

    def _antecedent(self, at: int, since: int, wanted: tuple[str, ...]
                    ) -> tuple[str, str, bool] | None:
        """Whom a pronoun at `at` stands for: sentence by sentence backwards, the last speaker
        of a sentence, else the first name standing as a subject in it."""
        k = self.flat.sentence_at(at)
        while k >= 0 and self.flat.sentence_end(k) > since:
            start, end = self.flat.starts[k], min(at, self.flat.sentence_end(k))
            said = self.said[bisect_left(self._said_at, start):bisect_left(self._said_at, end)]
            if said and _someone(said[-1][1]) and "PERSON" in wanted:
                return said[-1][1]  # `said a senior officer. “…,” he added`
            if said and _many(said[-1][1]) and "PERSON" not in wanted:
                return said[-1][1]  # `Greek unions concede … But they say …`
            spoken = [(pos, key, kind) for pos, key, kind in self.spoken_between(start, end)
                      if kind in wanted]
            if spoken:
                return spoken[-1][1], spoken[-1][2], True
            named = [s for s in self.at.between(start, end) if s.type in wanted
                     and self._subjectlike(s)]
            if named:
                best = next((s for s in named if self._acts(s)), named[0])
                return best.key, best.type, True
            k -= 1
        nearest = [s for s in self.at.between(since, at) if s.type in wanted and
                   s.start not in self.quoted]
        if nearest:
            return nearest[-1].key, nearest[-1].type, True
        last = -1  # the story's voice: the last speaker of those kinds before
        for kind in wanted:
            offsets, indices = self._spoken_kinds.get(kind, ([], []))
            k = bisect_left(offsets, at)
            if k:
                last = max(last, indices[k - 1])
        before = bisect_left(self._said_at, at)
        if before and _someone(self.said[before - 1][1]) and "PERSON" in wanted and (
                last < 0 or self.spoken[last][0] < self._said_at[before - 1]):
            return self.said[before - 1][1]  # an unnamed speaker described last
        return (self.spoken[last][1], self.spoken[last][2], True) if last >= 0 else None

    def spoken_between(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """The named speakers of the attributions at offsets in [start, end), in order."""
        return self.spoken[bisect_left(self._spoken_at, start):bisect_left(self._spoken_at, end)]

    def _index(self, grouping: str, group: str, at: int) -> int:
        """Where the last name of a group before `at` is in `names` (-1: none). Groupings:
        each entity (`key`), the people of each surname (`surname`), the countries opening a
        sentence (`country`, group ""), organisations (`org`, and `org:WORD` those whose name
        holds the word; group "")."""
        found = self._grouped.get(grouping)
        if found is None:
            found = self._grouped[grouping] = Grouped(self.names, self._grouping(grouping),
                                                        self._candidates(grouping))
        return found.last(group, at)

    def _candidates(self, grouping: str) -> list[int] | None:
        """The names a grouping can hold: those of the one type it groups (None: all)."""
        if grouping == "key":
            return None
        if self._of_type is None:
            self._of_type = {}
            for n, span in enumerate(self.names):
                self._of_type.setdefault(span.type, []).append(n)
        kind = {"surname": "PERSON", "country": "PLACE"}.get(grouping, "ORG")
        return self._of_type.get(kind, [])

    def _last(self, grouping: str, group: str, at: int) -> NameSpan | None:
        n = self._index(grouping, group, at)
        return self.names[n] if n >= 0 else None

    def _grouping(self, grouping: str) -> Callable[[NameSpan], str | None]:
        if grouping == "key":
            return lambda s: s.key
        if grouping == "surname":
            return lambda s: s.key.split()[-1] if s.type == "PERSON" and s.key.split() else None
        if grouping == "country":
            countries: dict[str, bool] = {}  # each place's answer, asked once

            def country(s: NameSpan) -> str | None:
                if s.type != "PLACE":
                    return None
                if s.key not in countries:
                    countries[s.key] = is_country(s.key)
                return "" if countries[s.key] and self._opens_sentence(s) else None
            return country
        if grouping == "org":
            return lambda s: "" if s.type == "ORG" else None
        word = grouping.removeprefix("org:")  # organisations whose name holds the word
        return lambda s: "" if s.type == "ORG" and word in s.key.lower() else None

    def _opens_sentence(self, span: NameSpan) -> bool:
        """Whether a name is the first of its sentence: its subject, most often."""
        start = self.flat.starts[self.flat.sentence_at(span.start)]
        return not self.at.between(start, span.start)

    def _subjectlike(self, span: NameSpan) -> bool:
        """Whether a name stands where a speaker would, not as an object (`coproduced Reid`,
        `talks with Kushner`)."""
        if span.start in self.quoted:
            return False  # named inside a quotation
        if _SAYS.match(self.text, span.end):
            return True  # `Trump's earlier assertion that …`
        if self.text[span.end:span.end + 2] in ("'s", "\u2019s") or self.text[
                span.end:span.end + 2] in ("' ", "\u2019 "):
            return False  # `Reunion Pictures' Matthew O'Connor`: a modifier
        before = _TOKEN.findall(self.text, max(0, span.start - 30), span.start)
        if not before:
            return True
        opening = self.flat.starts[self.flat.sentence_at(span.start)]
        if span.start - opening < 40 and _TITLED.fullmatch(self.text, opening, span.start):
            return True  # `The defending champion Victoria Azarenka took the same line.`
        word = before[-1]
        if word.lower() in _PLACE_WORDS:
            return False  # `In Congress, Markey said`: where, not who
        if word == "," and len(before) > 1 and before[-2][:1].islower():
            return False  # `his wife, Michelle`: an apposition to someone else
        return not word[:1].islower() or word in speaker_nouns() or word in ("and", "the")

    def _acts(self, span: NameSpan) -> bool:
        """Whether a verb seems to follow the name (`Obama returned`): the sentence's subject
        more surely than a name in a list or after a comma."""
        after = _NEXT_WORD.match(self.text, span.end, span.end + 30)
        return after is not None and after.group(1) not in _NOT_VERBS

    def resolve(self, ref: Ref) -> tuple[str, str, bool] | None:
        if ref.kind == "name":
            return ref.key, ref.type, True
        if ref.kind == "same":  # `…, saying that …`: who spoke, or else the subject
            start = self.flat.starts[self.flat.sentence_at(ref.start)]
            first, last = bisect_left(self._said_at, start), bisect_left(self._said_at, ref.start)
            if last > first:
                return self.said[last - 1][1]
            named = [s for s in self.at.between(start, ref.start) if self._subjectlike(s)]
            if named:
                return named[0].key, named[0].type, True
            pronoun = re.match(r"\s*(he|she)\b", self.text[start:ref.start], re.IGNORECASE) or \
                _PRONOUN_AND.search(self.text, start, ref.start)  # (`…, he sighs and says`)
            if pronoun:  # `He also defended his plans, and said …`
                return self.resolve(Ref("pronoun", pronoun.group(1).lower(), "", start, start))
            described = _DESCRIBED_SUBJECT.match(self.text, start, ref.start)
            if described and described.group(2).lower() in speaker_nouns():
                # `Officials played down the risks, saying …`
                head = described.group(0).strip()  # (capitalised as the sentence's first word)
                head = head[:1].lower() + head[1:]
                return self.resolve(Ref("role", head, "", start, start + len(head),
                                        not head.lower().startswith(("a ", "an "))))
            return None
        since = self.window(ref.start)
        if ref.kind == "pronoun":
            wanted = ("PERSON",) if ref.key in ("he", "she", "i") else ("ORG", "PLACE")
            return self._antecedent(ref.start, since, wanted)
        words = [w.lower() for w in re.findall(r"[\w-]+", ref.key)]
        head = words[-1] if words else ""
        if "of" in words:
            head = words[words.index("of") - 1]
        inside = [s for s in self.at.between(ref.start, ref.end + 1) if s.end <= ref.end
                  and s.type == "ORG"]
        if inside and head in _ORG_NOUNS:  # `the Reuters news agency`
            return inside[0].key, "ORG", True
        if ref.definite:
            # only people given one of the words as a title can score (`head` is one)
            titled = self.titled.get(head, set()) if head not in _GENERIC_HEADS else \
                {key for word in set(words) for key in self.titled.get(word, ())}
            scores = {key: len(set(words) & self.titles[key]) for key in titled}
            best_score = max(scores.values(), default=0)
            if best_score:
                last = max(self._index("key", key, ref.start) for key, score in scores.items()
                           if score == best_score)
                if last >= 0:
                    return self.names[last].key, "PERSON", True
            if head in _STATE_NOUNS:  # `the government`: the country last named
                country = self._last("country", "", ref.start)
                if country is not None:
                    return country.key, "PLACE", True
            if head in _ORG_NOUNS:
                org = self._last(f"org:{head}", "", ref.start) or self._last("org", "", ref.start)
                if org is not None:
                    return org.key, "ORG", True
        if ref.definite and ref.key.lower().startswith("the "):
            # `the diplomat added` after `said a Western diplomat`: the one described before
            for _, who in reversed(self.said[bisect_left(self._said_at, since):
                                             bisect_left(self._said_at, ref.start)]):
                if who[1] == "ROLE" and re.findall(r"[\w-]+", who[0].lower())[-1:] == [head]:
                    return who
        if head in ("police",):
            if self._police is None:
                self._police = {s.key for s in self.names if s.type == "ORG" and "police" in
                                s.key.lower()}
            if len(self._police) == 1:
                return next(iter(self._police)), "ORG", True
        if " " not in ref.key and ref.key[:1].isupper():  # `said King`: a surname, not a king
            bearer = self._last("surname", ref.key, ref.start)
            return (bearer.key if bearer else ref.key), "PERSON", True
        shown = ref.key[4:] if ref.key.lower().startswith("the ") else ref.key
        if fold(shown).lower() in _VAGUE:
            return None
        return shown, "ROLE", False

    def sentence_subject(self, at: int) -> tuple[str, str, bool] | None:
        """Whom a quote without attribution belongs to when its own sentence names someone
        before it (`Reid described herself as “a social drinker”`, `He described it as “…”`)."""
        start = self.flat.starts[self.flat.sentence_at(at)]
        head = self.text[start:at]
        owner = _OWNER_COLON.match(head)
        if owner:  # `Carle's conclusion: “…”`
            whose = [s for s in self.at.between(start, start + owner.end(1)) if s.type in (
                "PERSON", "ORG") and s.end == start + owner.end(1)]
            if whose:
                return whose[0].key, whose[0].type, True
        named = [s for s in self.at.between(start, at) if s.type in ("PERSON", "ORG")
                 and self._subjectlike(s)]
        pronoun = re.match(r"\s*(?:[A-Z][\w ,]{0,60},\s*)?(he|she)\b", head, re.IGNORECASE)
        if pronoun and (not named or named[0].start > start + pronoun.start(1)):
            return self.resolve(Ref("pronoun", pronoun.group(1).lower(), "",
                                    start + pronoun.start(1), start + pronoun.end(1)))
        if named:
            return named[0].key, named[0].type, True
        return None

    def previous_subject(self, at: int) -> tuple[str, str, bool] | None:
        """Whom a quote opening its sentence without attribution belongs to when no one spoke
        just before it: the one the sentence before is about (`She is the least fit of the
        group. “I remember the first time I came …”`)."""
        k = self.flat.sentence_at(at)
        if k == 0 or self.text[self.flat.starts[k]:at].strip(" \u201c\"'\u2018") or \
                self.flat.paragraph_at(self.flat.starts[k - 1]) < self.flat.paragraph_at(at) - 1:
            return None
        return self.sentence_subject(self.flat.sentence_end(k - 1))

    def speak(self, cue: Cue) -> tuple[str, str, bool] | None:
        found = self.resolve(cue.ref)
        if found is not None:
            self.said.append((cue.start, found))
            self._said_at.append(cue.start)
        if found is not None and found[1] != "ROLE":
            offsets, indices = self._spoken_kinds.setdefault(found[1], ([], []))
            offsets.append(cue.start)
            indices.append(len(self.spoken))
            self.spoken.append((cue.start, found[0], found[1]))
            self._spoken_at.append(cue.start)
        return found
